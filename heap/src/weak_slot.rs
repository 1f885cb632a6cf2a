//! Weak slots: which weak reference objects watch which referent, and which of them call back.
//!
//! A weak reference *object* (Python's `weakref.ref(obj, callback)`) is an ordinary heap object that
//! the embedder registers with [`Heap::watch`](crate::Heap::watch), or, when it has no callback, with
//! [`Heap::watch_without_callback`](crate::Heap::watch_without_callback): such a *listing-only*
//! watcher is listed by `Heap::watchers` (Python's `getweakrefs`) but never queued, as CPython
//! queues nothing for a reference without callback. The collector looks a referent up here only
//! when it dies (its `Watched` bit says whether to), so the cost of callbacks is proportional to the
//! referents that died, not to the heap.

use hashbrown::HashMap;
use smallvec::SmallVec;

use crate::handle::GcAny;

/// The weak reference objects whose callbacks are due for one dead referent, newest registration
/// first (what the collector takes from the weak slots in DESIGN step 3).
pub type Watchers = SmallVec<[GcAny; 2]>;

/// One registration of a weak reference object on a referent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Registration {
    pub(crate) watcher: GcAny,
    /// `false` for a listing-only watcher: listed, never queued.
    pub(crate) calls_back: bool,
}

/// The registrations on one referent, oldest first.
pub(crate) type Registrations = SmallVec<[Registration; 2]>;

#[derive(Default)]
pub(crate) struct WeakSlots {
    /// Keyed by the referent's cell index; `target` guards against a reused cell.
    by_target: HashMap<u32, (GcAny, Registrations)>,
}

impl WeakSlots {
    /// Registers `watcher` on `target`, first dropping watchers for which `alive` is false so that
    /// weak reference objects created and dropped in a loop do not pile up.
    pub(crate) fn add(
        &mut self,
        target: GcAny,
        watcher: GcAny,
        calls_back: bool,
        alive: impl Fn(GcAny) -> bool,
    ) {
        let entry = self
            .by_target
            .entry(target.index())
            .or_insert_with(|| (target, Registrations::new()));
        if entry.0 != target {
            *entry = (target, Registrations::new());
        }
        entry.1.retain(|r| alive(r.watcher));
        entry.1.push(Registration {
            watcher,
            calls_back,
        });
    }

    /// Unregisters `watcher` from `target`; `true` if it was registered.
    pub(crate) fn remove(&mut self, target: GcAny, watcher: GcAny) -> bool {
        match self.by_target.get_mut(&target.index()) {
            Some((t, list)) if *t == target => {
                let before = list.len();
                list.retain(|r| r.watcher != watcher);
                before != list.len()
            }
            _ => false,
        }
    }

    /// The registrations on `target`, oldest first (possibly of dead watchers).
    pub(crate) fn get(&self, target: GcAny) -> &[Registration] {
        match self.by_target.get(&target.index()) {
            Some((t, list)) if *t == target => list,
            _ => &[],
        }
    }

    /// Removes and returns `target`'s registrations, oldest first.
    pub(crate) fn take(&mut self, target: GcAny) -> Registrations {
        match self.by_target.remove(&target.index()) {
            Some((t, list)) if t == target => list,
            Some(other) => {
                self.by_target.insert(target.index(), other);
                Registrations::new()
            }
            None => Registrations::new(),
        }
    }
}

//! Weak slots: which weak reference objects watch which referent.
//!
//! A weak reference *object* (Python's `weakref.ref(obj, callback)`) is an ordinary heap object that
//! the embedder registers with [`Heap::watch`](crate::Heap::watch). The collector looks a referent up
//! here only when it dies (its `Watched` bit says whether to), so the cost of callbacks is proportional
//! to the referents that died, not to the heap.

use hashbrown::HashMap;
use smallvec::SmallVec;

use crate::handle::GcAny;

/// The weak reference objects registered on one referent, oldest first.
pub type Watchers = SmallVec<[GcAny; 2]>;

#[derive(Default)]
pub(crate) struct WeakSlots {
    /// Keyed by the referent's cell index; `target` guards against a reused cell.
    by_target: HashMap<u32, (GcAny, Watchers)>,
}

impl WeakSlots {
    /// Registers `watcher` on `target`, first dropping watchers for which `alive` is false so that
    /// weak reference objects created and dropped in a loop do not pile up.
    pub(crate) fn add(&mut self, target: GcAny, watcher: GcAny, alive: impl Fn(GcAny) -> bool) {
        let entry = self
            .by_target
            .entry(target.index())
            .or_insert_with(|| (target, Watchers::new()));
        if entry.0 != target {
            *entry = (target, Watchers::new());
        }
        entry.1.retain(|w| alive(*w));
        entry.1.push(watcher);
    }

    /// Unregisters `watcher` from `target`; `true` if it was registered.
    pub(crate) fn remove(&mut self, target: GcAny, watcher: GcAny) -> bool {
        match self.by_target.get_mut(&target.index()) {
            Some((t, list)) if *t == target => {
                let before = list.len();
                list.retain(|w| *w != watcher);
                before != list.len()
            }
            _ => false,
        }
    }

    /// The watchers registered on `target`, oldest first (possibly including dead ones).
    pub(crate) fn get(&self, target: GcAny) -> &[GcAny] {
        match self.by_target.get(&target.index()) {
            Some((t, list)) if *t == target => list,
            _ => &[],
        }
    }

    /// Removes and returns `target`'s watchers.
    pub(crate) fn take(&mut self, target: GcAny) -> Watchers {
        match self.by_target.remove(&target.index()) {
            Some((t, list)) if t == target => list,
            Some(other) => {
                self.by_target.insert(target.index(), other);
                Watchers::new()
            }
            None => Watchers::new(),
        }
    }
}

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

/// The registrations on one referent.
struct Slot {
    /// Guards against a reused cell: the referent these registrations are for.
    target: GcAny,
    registrations: Registrations,
    /// How many registrations were left by the last pruning of dead watchers.
    after_prune: usize,
}

/// Registrations a slot may hold before dead watchers are first pruned from it.
const PRUNE_MIN: usize = 8;

#[derive(Default)]
pub(crate) struct WeakSlots {
    /// Keyed by the referent's cell index.
    by_target: HashMap<u32, Slot>,
}

impl WeakSlots {
    /// Registers `watcher` on `target`. Dead watchers (for which `alive` is false) are pruned once
    /// the list has doubled since the last pruning, so that weak reference objects created and
    /// dropped in a loop do not pile up (the list stays under twice its live watchers, plus
    /// `PRUNE_MIN`), and registering n watchers on one referent costs O(n) `alive` calls in all:
    /// pruning at every registration made that O(n^2), 2.8 s in minipy for 50,000
    /// `weakref.ref(obj, cb)` on one object.
    pub(crate) fn add(
        &mut self,
        target: GcAny,
        watcher: GcAny,
        calls_back: bool,
        alive: impl Fn(GcAny) -> bool,
    ) {
        let slot = self
            .by_target
            .entry(target.index())
            .or_insert_with(|| Slot {
                target,
                registrations: Registrations::new(),
                after_prune: 0,
            });
        if slot.target != target {
            *slot = Slot {
                target,
                registrations: Registrations::new(),
                after_prune: 0,
            };
        }
        if slot.registrations.len() >= PRUNE_MIN.max(2 * slot.after_prune) {
            slot.registrations.retain(|r| alive(r.watcher));
            slot.after_prune = slot.registrations.len();
        }
        slot.registrations.push(Registration {
            watcher,
            calls_back,
        });
    }

    /// Removes the newest registration of `watcher` on `target`; `true` if there was one.
    pub(crate) fn remove(&mut self, target: GcAny, watcher: GcAny) -> bool {
        match self.by_target.get_mut(&target.index()) {
            Some(slot) if slot.target == target => {
                let Some(i) = slot
                    .registrations
                    .iter()
                    .rposition(|r| r.watcher == watcher)
                else {
                    return false;
                };
                slot.registrations.remove(i);
                slot.after_prune = slot.after_prune.min(slot.registrations.len());
                true
            }
            _ => false,
        }
    }

    /// The registrations on `target`, oldest first (possibly of dead watchers).
    pub(crate) fn get(&self, target: GcAny) -> &[Registration] {
        match self.by_target.get(&target.index()) {
            Some(slot) if slot.target == target => &slot.registrations,
            _ => &[],
        }
    }

    /// Removes and returns `target`'s registrations, oldest first.
    pub(crate) fn take(&mut self, target: GcAny) -> Registrations {
        match self.by_target.remove(&target.index()) {
            Some(slot) if slot.target == target => slot.registrations,
            Some(other) => {
                self.by_target.insert(target.index(), other);
                Registrations::new()
            }
            None => Registrations::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;
    use crate::Heap;

    /// Watchers per test: enough to tell linear from quadratic, few under Miri (CI runs it here).
    const N: u32 = if cfg!(miri) { 200 } else { 1000 };

    #[test]
    fn registering_many_watchers_checks_liveness_a_linear_number_of_times() {
        let mut heap = Heap::new();
        let target = GcAny::from(heap.alloc(0u32));
        let watchers: Vec<GcAny> = (0..N).map(|i| heap.alloc(i).into()).collect();
        let mut slots = WeakSlots::default();
        let checks = Cell::new(0usize);
        for w in &watchers {
            slots.add(target, *w, true, |_| {
                checks.set(checks.get() + 1);
                true
            });
        }
        assert_eq!(slots.get(target).len(), N as usize);
        assert!(
            checks.get() <= 2 * N as usize,
            "{} liveness checks",
            checks.get()
        );
    }

    #[test]
    fn dead_watchers_do_not_pile_up() {
        let mut heap = Heap::new();
        let target = GcAny::from(heap.alloc(0u32));
        let kept = GcAny::from(heap.alloc(1u32));
        let mut slots = WeakSlots::default();
        slots.add(target, kept, false, |_| true);
        for i in 0..N {
            let dropped = GcAny::from(heap.alloc(i));
            slots.add(target, dropped, true, |w| w == kept);
            assert!(slots.get(target).len() <= PRUNE_MIN + 1);
        }
        assert_eq!(
            slots.get(target)[0].watcher,
            kept,
            "the live one stays first"
        );
    }

    #[test]
    fn remove_takes_back_one_registration_the_newest() {
        let mut heap = Heap::new();
        let target = GcAny::from(heap.alloc(0u32));
        let (a, b) = (GcAny::from(heap.alloc(1u32)), GcAny::from(heap.alloc(2u32)));
        let mut slots = WeakSlots::default();
        for (w, calls_back) in [(a, true), (b, true), (a, false)] {
            slots.add(target, w, calls_back, |_| true);
        }
        assert!(slots.remove(target, a));
        let left: Vec<_> = slots
            .get(target)
            .iter()
            .map(|r| (r.watcher, r.calls_back))
            .collect();
        assert_eq!(left, [(a, true), (b, true)]);
        assert!(slots.remove(target, a));
        assert!(!slots.remove(target, a));
        assert_eq!(slots.get(target).len(), 1);
    }
}

//! Freezing (Python's `gc.freeze()`): every object live now is kept, with its weak references
//! and its finalizer untouched, by every collection until [`Heap::unfreeze`]
//! (docs/semantics.md, "Freeze").
//!
//! # Invariant F
//! Every handle in `Heap::frozen` names a live object (it is never found dead: full and major
//! cycles mark it as a root, and minors never free it, since in generational mode it is old),
//! and the list is in cell order, so `is_frozen` is a binary search. In generational mode every
//! frozen object is old: `freeze` makes everything old there, entering generational mode makes
//! everything old, and nothing makes an old object young. So minors, which trace only young
//! objects and the remembered set, need not list the frozen; only full and major cycles do
//! (`CycleAccess::frozen`).

use crate::handle::GcAny;
use crate::Heap;

impl Heap {
    /// Freezes every live object (Python's `gc.freeze()`): until [`unfreeze`](Self::unfreeze),
    /// no collection frees them, clears their weak references or queues their finalizers, even
    /// once nothing reaches them; objects they refer to stay alive with them. A cycle in progress
    /// ends first, as in [`set_mode`](Self::set_mode); in generational mode every object becomes
    /// old, so minor collections never trace the frozen again. Objects allocated later are not
    /// frozen; freezing again freezes them too. O(pages + live objects).
    ///
    /// Frozen objects are roots of every full and major cycle (their edges are traced each
    /// cycle, as CPython's refcounts keep what a frozen object refers to alive): freezing saves
    /// minors their work, not full cycles.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// let garbage = heap.alloc(1u32);
    /// heap.freeze();
    /// assert!(heap.is_frozen(garbage));
    /// assert_eq!(heap.freeze_count(), 1);
    /// heap.unfreeze();
    /// assert_eq!(heap.freeze_count(), 0);
    /// ```
    pub fn freeze(&mut self) {
        self.end_cycle_in_progress();
        if self.mode.is_generational() {
            self.make_all_old();
        }
        // With no cycle under way nothing is found dead: these are the allocated cells, in cell
        // order, a superset of what was frozen before (frozen objects are never freed).
        self.frozen = self.arena.live_handles();
    }

    /// Unfreezes every frozen object (Python's `gc.unfreeze()`): the next full collection frees
    /// the unreachable ones, clearing their weak references and queueing their finalizers and
    /// callbacks as for any garbage. In generational mode they stay old (they return to the old
    /// generation), so only a full or major cycle finds them. An incremental cycle already
    /// marking keeps them until its end (it marked them at its start). O(1).
    pub fn unfreeze(&mut self) {
        self.frozen = Vec::new();
    }

    /// How many objects are frozen (Python's `gc.get_freeze_count()`).
    pub fn freeze_count(&self) -> usize {
        self.frozen.len()
    }

    /// Whether `gc`'s object is frozen. O(log frozen).
    pub fn is_frozen(&self, gc: impl Into<GcAny>) -> bool {
        let gc = gc.into();
        self.frozen
            .binary_search_by_key(&gc.index(), |f| f.index())
            .is_ok_and(|i| {
                // The same cell's occupant: a frozen object is never freed (F), so a handle with
                // another generation names an object that died before the freeze.
                self.frozen[i] == gc
            })
    }

    /// Invariant F, for `Heap::verify`.
    pub(crate) fn verify_frozen(&self) -> Result<(), String> {
        if !self.frozen.windows(2).all(|w| w[0].index() < w[1].index()) {
            return Err("the frozen list is not in cell order".into());
        }
        let generational_idle =
            self.mode.is_generational() && self.gc_phase() == crate::GcPhase::Idle;
        for &gc in &self.frozen {
            if !self.arena.is_live(gc) {
                return Err(format!("frozen {gc:?} is not live"));
            }
            if generational_idle && !self.is_old(gc) {
                return Err(format!("frozen {gc:?} is young in generational mode"));
            }
        }
        Ok(())
    }
}

//! DESIGN step 3: clear every weak reference to an unreachable object, before any user code runs.

use weakheap_heap::cycle::CycleAccess;
use weakheap_heap::{GcAny, Watchers};

/// What step 3 found.
pub(crate) struct Cleared {
    /// Objects whose weak handles were cleared.
    pub(crate) weak_cleared: u64,
    /// Dead referents with the weak reference objects to call back, newest registration first.
    pub(crate) callbacks: Vec<(GcAny, Watchers)>,
}

/// Clears weak handles to unmarked objects and takes the weak-reference registrations of the dead.
///
/// Needs: steps 1-2 done (marks final for reachability). After: no weak handle upgrades to an
/// unmarked object, now or after step 4 keeps some alive; watchers that were themselves unmarked are
/// dropped (their callbacks never run). O(pages + dead weakly referenced objects).
pub(crate) fn clear_weak_slots(cycle: &mut CycleAccess<'_>) -> Cleared {
    let weak_cleared = cycle.clear_weak_of_unmarked();
    let mut callbacks = cycle.take_dead_watched();
    callbacks.retain(|(_, watchers)| !watchers.is_empty());
    Cleared {
        weak_cleared,
        callbacks,
    }
}

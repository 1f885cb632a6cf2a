//! DESIGN step 3: clear every weak reference to an unreachable object, before any user code runs.

use weakgc_heap::cycle::CycleAccess;
use weakgc_heap::{GcAny, Watchers};

/// What step 3 found.
pub(crate) struct Cleared {
    /// Objects whose weak handles were cleared.
    pub(crate) weak_cleared: u64,
    /// Every dead referent with registrations, with the weak reference objects to call back,
    /// newest registration first (empty when none calls back). Its registrations are still in
    /// place: step 4 takes them when it queues the callbacks.
    pub(crate) dead_watched: Vec<(GcAny, Watchers)>,
}

/// Clears weak handles to unmarked objects and finds the weak-reference registrations of the dead.
///
/// Needs: steps 1-2 done (marks final for reachability). After: no weak handle upgrades to an
/// unmarked object, now or after step 4 keeps some alive; watchers that were themselves unmarked are
/// left out (their callbacks never run). Takes no registration: step 4 still runs user code
/// (`Trace::trace`) before it queues, and a panic there must lose nothing (issue #16).
/// O(pages + dead weakly referenced objects).
pub(crate) fn clear_weak_slots(cycle: &mut CycleAccess<'_>) -> Cleared {
    let weak_cleared = cycle.clear_weak_of_unmarked();
    Cleared {
        weak_cleared,
        dead_watched: cycle.dead_watched(),
    }
}

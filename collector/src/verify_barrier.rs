//! The barrier verifier (docs/semantics.md, "The barrier", rule 6): at the end of incremental
//! marking, no marked object may point to an unmarked one.

use weakgc_heap::cycle::{CycleAccess, Gray};
use weakgc_heap::GcAny;

/// Traces every marked object again and panics at the first strong edge, or ephemeron value
/// whose key is marked, that leads to an unmarked cell.
///
/// Needs: marking propagated to an empty gray set, barrier disarmed (the atomic phase, before
/// step 3). After the propagation every traced edge is marked (even a stale one), so a report
/// means an edge the object's `Trace` reports now but did not when it was traced: a store the
/// barrier never saw. O(marked objects + their edges).
///
/// # Panics
/// On such an edge, naming both objects and `Heap::write_barrier`: documented misuse (a handle
/// stored through interior mutability and not announced).
pub(crate) fn verify_no_black_to_white(cycle: &CycleAccess<'_>) {
    let mut gray = Gray::new();
    for referrer in cycle.marked_objects() {
        cycle.trace_any(referrer, &mut gray);
        let mut edges = gray.take_edges();
        for (key, values) in gray.take_ephemerons() {
            let key_marked = cycle
                .heap()
                .upgrade_any(key)
                .is_some_and(|k| cycle.is_marked(k));
            if key_marked {
                edges.extend(values);
            }
        }
        if let Some(&edge) = edges.iter().find(|&&e| cycle.is_white(e)) {
            report(cycle, referrer, edge);
        }
    }
}

#[cold]
fn report(cycle: &CycleAccess<'_>, referrer: GcAny, edge: GcAny) -> ! {
    let heap = cycle.heap();
    let name = |gc: GcAny| heap.type_name(gc).unwrap_or("?").to_string();
    panic!(
        "weakgc: the write barrier missed an edge: {referrer:?} ({}) was marked (or old, in a \
         minor collection), and now points to {edge:?} ({}), which is not; a handle stored through interior mutability \
         needs `Heap::write_barrier` before the next collection call",
        name(referrer),
        name(edge)
    );
}

/// The minor's check (rule 6): before a minor marks, no old object outside the remembered set
/// may have a strong edge, or an ephemeron value, to a young (unmarked) object: invariant R.
/// O(old objects + their edges).
///
/// # Panics
/// On such an edge, naming both objects and `Heap::write_barrier`.
pub(crate) fn verify_remembered(cycle: &CycleAccess<'_>, written: &[GcAny], carried: &[GcAny]) {
    let mut gray = Gray::new();
    for referrer in cycle.old_unremembered(written, carried) {
        cycle.trace_any(referrer, &mut gray);
        let mut edges = gray.take_edges();
        edges.extend(gray.take_ephemerons().into_iter().flat_map(|(_, v)| v));
        if let Some(&edge) = edges.iter().find(|&&e| cycle.is_white(e)) {
            report(cycle, referrer, edge);
        }
    }
}

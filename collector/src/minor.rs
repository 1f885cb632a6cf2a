//! Minor collections (issue #14): DESIGN's steps 1-6 over the young objects only, in generational
//! mode. Old objects count as marked (their sticky mark), so a minor never frees one; the roots
//! are the heap's, the pending queue, the extra roots and the remembered set (old objects written
//! since the last collection, and those the last minor carried). docs/semantics.md, "Generational
//! mode", says why that is enough.

use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::time::Instant;

use tracing::info_span;
use weakgc_heap::{GcPhase, Heap, Trace};

use crate::mark::Marker;
use crate::{
    clear_weak, collect_step, collect_with, finalizable, verify_barrier, CycleKind, CycleReport,
    ObserveUnreachable, Pacing,
};

/// A minor collection with `extra_roots`: frees unreachable young objects, keeps every old one.
///
/// In generational mode ([`CollectorMode::Generational`](crate::CollectorMode)): the young
/// objects reachable from the heap's roots, the pending queue, `extra_roots` and the old objects
/// written since the last collection are kept, and the survivors age; everything DESIGN promises
/// of a cycle holds for the young objects it frees (weak references cleared first, finalizers and
/// callbacks queued in reference-counting order, weak tables pruned). Old garbage, and what it
/// reaches, waits for a major or a full `collect()`. During a major (an incremental cycle in
/// generational mode), finishes that major stop-the-world instead and returns its report. In the
/// other modes: a full collection ([`collect_with`]).
///
/// # Panics
/// As [`collect_with`]: a panic in `Trace::trace` or `prune_weak` propagates; nothing is freed, and
/// every object becomes old (the remembered set is lost with the collection), so the next minor
/// starts afresh. In debug builds (or with `Heap::set_verify_barriers`), if an old object that was
/// not written through `get_mut` or announced with `Heap::write_barrier` points to a young one.
///
/// # Examples
/// ```
/// use weakgc_collector::{collect_minor, CollectorMode, CycleKind};
/// use weakgc_heap::Heap;
/// let mut heap = Heap::new();
/// heap.set_mode(CollectorMode::Generational { promote_after: 1 });
/// let kept = heap.alloc(1u32);
/// let _root = heap.root(kept);
/// heap.alloc(2u32);
/// let report = collect_minor(&mut heap, &());
/// assert_eq!((report.kind, report.freed, report.promoted), (CycleKind::Minor, 1, 1));
/// assert_eq!(heap.young_count(), 0);
/// ```
pub fn collect_minor<R: Trace + ?Sized>(heap: &mut Heap, extra_roots: &R) -> CycleReport {
    if !heap.mode().is_generational() {
        return collect_with(heap, extra_roots);
    }
    if heap.gc_phase() != GcPhase::Idle {
        return finish_major(heap, extra_roots);
    }
    minor_cycle(heap, extra_roots, None)
}

/// [`collect_minor`], showing `observe` the young objects it found unreachable before it does
/// anything to them, and keeping what it returns (see [`collect_observing`](crate::collect_observing)). Where
/// [`collect_minor`] would run a full collection or finish a major, runs
/// [`collect_observing`](crate::collect_observing) instead, so `observe` is always called once.
///
/// # Panics
/// As [`collect_minor`]; a panic in `observe` frees nothing.
pub fn collect_minor_observing<R: Trace + ?Sized>(
    heap: &mut Heap,
    extra_roots: &R,
    observe: ObserveUnreachable<'_>,
) -> CycleReport {
    if !heap.mode().is_generational() || heap.gc_phase() != GcPhase::Idle {
        return crate::collect_observing(heap, extra_roots, observe);
    }
    minor_cycle(heap, extra_roots, Some(observe))
}

/// A minor in generational mode between majors, with its span and panic handling.
fn minor_cycle<R: Trace + ?Sized>(
    heap: &mut Heap,
    extra_roots: &R,
    observe: Option<ObserveUnreachable<'_>>,
) -> CycleReport {
    let started = Instant::now();
    let span = info_span!(
        "weakgc.collect",
        kind = "minor",
        marked = tracing::field::Empty,
        freed = tracing::field::Empty,
        promoted = tracing::field::Empty,
        remembered = tracing::field::Empty,
    );
    let _entered = span.enter();
    let outcome = catch_unwind(AssertUnwindSafe(|| minor(heap, extra_roots, observe)));
    let (mut report, verified) = match outcome {
        Ok(outcome) => outcome,
        Err(payload) => {
            // User code panicked before the sweep (`Drop` panics are caught): free nothing, and
            // make everything old, since the remembered set was taken.
            heap.cycle().abandon();
            resume_unwind(payload);
        }
    };
    report.duration = started.elapsed();
    report.cycle = heap.cycle_count();
    #[cfg(debug_assertions)]
    if verified {
        if let Err(e) = heap.verify() {
            panic!("weakgc bug: the heap is inconsistent after a minor collection: {e}");
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = verified;
    span.record("marked", report.marked);
    span.record("freed", report.freed);
    span.record("promoted", report.promoted);
    span.record("remembered", report.remembered);
    report
}

/// The minor itself: DESIGN steps 1-6 with old objects marked and the remembered set as roots.
/// Also returns whether this minor is one the debug checks verify.
fn minor<R: Trace + ?Sized>(
    heap: &mut Heap,
    extra_roots: &R,
    observe: Option<ObserveUnreachable<'_>>,
) -> (CycleReport, bool) {
    let mut cycle = heap.cycle();
    let (written, carried) = cycle.begin_minor();
    let verified = cycle.verify_this_minor();
    if verified && cycle.verify_barriers() {
        verify_barrier::verify_remembered(&cycle, &written, &carried);
    }
    let mut marker = Marker::default();
    marker.push_roots(cycle.roots());
    marker.push_traced(extra_roots);
    let before = marker.gray_len();
    for &gc in written.iter().chain(&carried) {
        marker.push_edges_of(&mut cycle, gc);
    }
    // What retracing the remembered set cost, which no nursery size bounds (a large old list
    // appended to between minors is traced whole each time).
    let retraced = marker.gray_len().saturating_sub(before) as u64;
    marker.mark(&mut cycle);
    // Steps 1-2 done over the young: every young object reachable from the roots or an old
    // object is marked (R: an old object pointing to a young one is in `remembered`).
    if let Some(observe) = observe {
        // Old objects are marked (sticky): the unmarked ones are the young dead.
        let keep = observe(cycle.heap(), &cycle.unmarked_objects());
        if !keep.is_empty() {
            marker.push_roots(keep);
            marker.mark(&mut cycle);
        }
    }
    let marked = marker.marked;
    marker.forget_waiting(&mut cycle);
    let cleared = clear_weak::clear_weak_slots(&mut cycle);
    // Step 3: weak handles to young dead objects voided; old watchers count as alive.
    let queued = finalizable::select_finalizable(&mut cycle, &mut marker, cleared.dead_watched);
    // Step 4: the young dead's finalizers and callbacks queued, in reference-counting order among
    // them; what the finalizers reach (young) is marked.
    let tables_pruned = cycle.prune_young_or_remembered_tables(
        &written.iter().chain(&carried).copied().collect::<Vec<_>>(),
    );
    // Step 5: the tables that can hold a young key or value (young or remembered) are pruned.
    let swept = cycle.sweep();
    // Step 6: only young cells had their flat bit set, so only young objects were freed.
    let n_remembered = (written.len() + carried.len()) as u64;
    let promoted = cycle.end_minor(written, marker.marked + retraced);
    let report = CycleReport {
        cycle: 0,
        marked,
        kept_for_finalizers: marker.marked - marked,
        weak_cleared: cleared.weak_cleared,
        finalizers_queued: queued.finalizers,
        callbacks_queued: queued.callbacks,
        tables_pruned,
        freed: swept.objects,
        bytes_freed: swept.bytes,
        bytes_after: heap.bytes_in_use() as u64,
        drop_panics: swept.drop_panics,
        duration: std::time::Duration::ZERO,
        steps: 0,
        longest_step: std::time::Duration::ZERO,
        kind: CycleKind::Minor,
        promoted,
        remembered: n_remembered,
    };
    (report, verified)
}

/// Finishes the major under way in unbounded steps; returns its report.
fn finish_major<R: Trace + ?Sized>(heap: &mut Heap, extra_roots: &R) -> CycleReport {
    let pacing = Pacing {
        step_units: Some(u64::MAX),
        ..Pacing::default()
    };
    loop {
        if let Some(report) = collect_step(heap, &pacing, extra_roots).finished {
            return report;
        }
    }
}

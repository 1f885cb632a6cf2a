//! One collection cycle of a weakgc [`Heap`], and when to run one.
//!
//! [`collect`] runs DESIGN.md's steps 1-6 in order; step 7, running finalizers and callbacks, is the
//! heap's pending queue, drained by the embedder (`Heap::next_pending`, `Heap::run_pending`).
//! Each cycle is a `tracing` span `weakgc.collect` at `debug` carrying the [`CycleReport`] figures,
//! with a child span per phase, and ends with one `debug` event (target `weakgc`) holding every
//! figure of the report; a panic caught in `Drop` is a `warn` event.
//!
//! Start reading at [`collect_with`].

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod clear_weak;
mod collector;
mod finalizable;
mod incremental;
mod mark;
mod minor;
mod pacing;
mod report;
mod verify_barrier;

use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::time::Instant;

use tracing::debug_span;
use weakgc_heap::{GcAny, Heap, Trace};

pub use collector::{
    CallbackId, Collector, CycleEvent, Generation, Observed, SaveAllFilter, Totals,
};
pub use incremental::{bytes_until_step, collect_step, step_if_due, step_is_due, StepReport};
pub use minor::{collect_minor, collect_minor_observing};
pub use pacing::Pacing;
pub use report::{CycleKind, CycleReport};
pub use weakgc_heap::{CollectorMode, GcPhase};

/// A full, deterministic collection with only the heap's own roots ([`Root`](weakgc_heap::Root)s
/// and pending jobs).
///
/// # Examples
/// ```
/// use weakgc_collector::collect;
/// use weakgc_heap::Heap;
/// let mut heap = Heap::new();
/// let kept = heap.alloc(1u32);
/// let root = heap.root(kept);
/// let lost = heap.alloc(2u32);
/// let report = collect(&mut heap);
/// assert_eq!((report.marked, report.freed), (1, 1));
/// assert!(heap.is_alive(kept) && !heap.is_alive(lost));
/// ```
pub fn collect(heap: &mut Heap) -> CycleReport {
    collect_with(heap, &())
}

/// A full, deterministic collection, with `extra_roots` (the embedder's VM stack, globals, ...)
/// treated as roots for this cycle only.
///
/// Stop-the-world even mid-way through an incremental cycle ([`collect_step`]): a cycle still
/// marking is abandoned (it has queued nothing yet) and one sweeping is finished first, so the
/// report and the order of queued work are exactly those of a stop-the-world collection.
///
/// Finalizers and callbacks are queued, not run: drain them with `Heap::run_pending` or
/// `Heap::next_pending`. Until drained, they keep their objects alive.
///
/// # Panics
/// If a `Trace::trace` or `Trace::prune_weak` implementation panics, the panic propagates and the
/// cycle stops before freeing anything. Each step either completes or leaves the heap as if it had
/// not started, so nothing is lost: a finalizer or callback is queued exactly once, by this cycle
/// or the next (see docs/semantics.md, "Panics"). Panics in `Drop` do not propagate: they are
/// listed in [`CycleReport::drop_panics`].
pub fn collect_with<R: Trace + ?Sized>(heap: &mut Heap, extra_roots: &R) -> CycleReport {
    full_cycle(heap, extra_roots, None)
}

/// What an observer of a collection is shown, and what it may keep: given the heap and every
/// object the cycle found unreachable (in cell order), after marking and before step 3 clears a
/// weak reference, queues a finalizer or frees anything, it returns the objects (a subset; others
/// are ignored) the cycle must treat as reachable: they and everything they reach survive this
/// cycle untouched, as if they had been roots. Every unreachable object is still readable
/// (`Heap::get`, `Heap::referents`); the ones a finalizer will keep are among them.
pub type ObserveUnreachable<'a> = &'a mut dyn FnMut(&Heap, &[GcAny]) -> Vec<GcAny>;

/// [`collect_with`], showing `observe` what the cycle found unreachable before it does anything to
/// it, and keeping what `observe` returns: for an embedder that counts or spares garbage by its
/// own rules (an interpreter standing in for reference counting frees the garbage refcounting
/// would free and spares reference cycles until its cyclic collection; CPython's `gc.collect()`
/// counts only the cycles). The cost is the observer's, one walk over the unreachable cells, and
/// marking what it keeps; the live heap is not walked again.
///
/// # Panics
/// As [`collect_with`]; a panic in `observe` leaves the heap as if the cycle had not started.
///
/// # Examples
/// ```
/// use weakgc_collector::collect_observing;
/// use weakgc_heap::Heap;
/// let mut heap = Heap::new();
/// let kept = heap.alloc(1u32);
/// let _root = heap.root(kept);
/// let lost = heap.alloc(2u32);
/// let spared = heap.alloc(3u32);
/// let mut seen = Vec::new();
/// collect_observing(&mut heap, &(), &mut |heap, dead| {
///     seen.extend(dead.iter().map(|gc| *heap.get(heap.downcast::<u32>(*gc).unwrap())));
///     vec![spared.into()]
/// });
/// assert_eq!(seen, [2, 3]);
/// assert!(!heap.is_alive(lost) && heap.is_alive(spared));
/// ```
pub fn collect_observing<R: Trace + ?Sized>(
    heap: &mut Heap,
    extra_roots: &R,
    observe: ObserveUnreachable<'_>,
) -> CycleReport {
    full_cycle(heap, extra_roots, Some(observe))
}

/// The full cycle [`collect_with`] and [`collect_observing`] run.
fn full_cycle<R: Trace + ?Sized>(
    heap: &mut Heap,
    extra_roots: &R,
    observe: Option<ObserveUnreachable<'_>>,
) -> CycleReport {
    let started = Instant::now();
    let span = debug_span!(
        "weakgc.collect",
        cycle = heap.cycle_count() + 1,
        marked = tracing::field::Empty,
        freed = tracing::field::Empty,
        bytes_freed = tracing::field::Empty,
        weak_cleared = tracing::field::Empty,
        finalizers_queued = tracing::field::Empty,
        callbacks_queued = tracing::field::Empty,
    );
    let _entered = span.enter();
    incremental::end_cycle_in_progress(heap);
    // A panic in user code (`trace`, `prune_weak`) comes before the sweep: the cycle is abandoned
    // (flat bits cleared; in generational mode every object becomes old, as the remembered set
    // is gone), so the heap is as between cycles, with what steps 3-4 completed standing.
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let mut cycle = heap.cycle();
        let mut marker = mark::Marker::recycled(&mut cycle);

        cycle.begin();
        {
            let _phase = debug_span!("mark").entered();
            let roots = cycle.roots();
            marker.push_roots(roots);
            marker.push_roots(cycle.frozen().iter().copied());
            marker.push_traced(extra_roots);
            marker.mark(&mut cycle);
        }
        // Steps 1-2 done: every object reachable from the roots is marked; an ephemeron's values are
        // marked iff its key is (the ephemeron fixpoint is folded into marking: docs/semantics.md step 2).
        if let Some(observe) = observe {
            let keep = observe(cycle.heap(), &cycle.unmarked_objects());
            if !keep.is_empty() {
                marker.push_roots(keep);
                marker.mark(&mut cycle);
            }
        }
        let marked = marker.marked;
        marker.forget_waiting(&mut cycle);

        let cleared = {
            let _phase = debug_span!("clear_weak").entered();
            clear_weak::clear_weak_slots(&mut cycle)
        };
        // Step 3 done: no weak handle upgrades to an unmarked object; the registrations of dead referents
        // are found, with their live weak reference objects (step 4 takes them as it queues).

        let queued = {
            let _phase = debug_span!("finalizable").entered();
            finalizable::select_finalizable(&mut cycle, &mut marker, cleared.dead_watched)
        };
        // Step 4 done: finalizers and callbacks are queued (the queue is a root set from now on), the
        // dead's registrations taken, and everything a queued finalizer can see is marked.

        let tables_pruned = {
            let _phase = debug_span!("prune").entered();
            cycle.prune_weak_tables()
        };
        // Step 5 done: no live weak table holds an entry whose weak part died; `len()` is exact.

        let swept = {
            let _phase = debug_span!("sweep").entered();
            cycle.sweep()
        };
        // Step 6 done: every unmarked object is dropped and its cell free for reuse.
        cycle.finish();
        let kept = marker.marked - marked;
        marker.keep(&mut cycle);
        (
            marked,
            kept,
            cleared.weak_cleared,
            queued,
            tables_pruned,
            swept,
        )
    }));
    let (marked, kept_for_finalizers, weak_cleared, queued, tables_pruned, swept) = match outcome {
        Ok(figures) => figures,
        Err(payload) => {
            if !heap.cycle().is_sweeping() {
                heap.cycle().abandon();
            }
            resume_unwind(payload);
        }
    };

    let report = CycleReport {
        cycle: heap.cycle_count(),
        marked,
        kept_for_finalizers,
        weak_cleared,
        finalizers_queued: queued.finalizers,
        callbacks_queued: queued.callbacks,
        tables_pruned,
        freed: swept.objects,
        bytes_freed: swept.bytes,
        bytes_after: heap.bytes_in_use() as u64,
        drop_panics: swept.drop_panics,
        duration: started.elapsed(),
        steps: 0,
        longest_step: std::time::Duration::ZERO,
        kind: CycleKind::Full,
        promoted: 0,
        remembered: 0,
    };
    #[cfg(debug_assertions)]
    if let Err(e) = heap.verify() {
        panic!(
            "weakgc bug: the heap is inconsistent after cycle {}: {e}",
            report.cycle
        );
    }
    span.record("marked", report.marked);
    span.record("freed", report.freed);
    span.record("bytes_freed", report.bytes_freed);
    span.record("weak_cleared", report.weak_cleared);
    span.record("finalizers_queued", report.finalizers_queued);
    span.record("callbacks_queued", report.callbacks_queued);
    report.emit();
    report
}

/// Collects if `pacing` says a collection is due (and collection is enabled): the safepoint an
/// interpreter calls between instructions.
#[inline]
pub fn collect_if_due<R: Trace + ?Sized>(
    heap: &mut Heap,
    pacing: &Pacing,
    extra_roots: &R,
) -> Option<CycleReport> {
    pacing.is_due(heap).then(|| collect_with(heap, extra_roots))
}

/// `heap.collect()` and friends as methods.
pub trait Collect {
    /// See [`collect`].
    fn collect(&mut self) -> CycleReport;
    /// See [`collect_with`].
    fn collect_with<R: Trace + ?Sized>(&mut self, extra_roots: &R) -> CycleReport;
    /// See [`collect_if_due`].
    fn collect_if_due<R: Trace + ?Sized>(
        &mut self,
        pacing: &Pacing,
        extra_roots: &R,
    ) -> Option<CycleReport>;
}

impl Collect for Heap {
    fn collect(&mut self) -> CycleReport {
        collect(self)
    }
    fn collect_with<R: Trace + ?Sized>(&mut self, extra_roots: &R) -> CycleReport {
        collect_with(self, extra_roots)
    }
    #[inline]
    fn collect_if_due<R: Trace + ?Sized>(
        &mut self,
        pacing: &Pacing,
        extra_roots: &R,
    ) -> Option<CycleReport> {
        collect_if_due(self, pacing, extra_roots)
    }
}

#[cfg(test)]
mod tests {
    //! End-to-end cycles small enough for Miri (CI runs these under it): they drive the heap's unsafe
    //! core through real collections — marking with prefetch, ephemerons, weak clearing, finalizer
    //! ordering, pruning, sweeping values with drop glue.

    use std::cell::RefCell;
    use std::rc::Rc;

    use weakgc_heap::{CollectorMode, GcAny, Heap, Liveness, PendingKind, Trace, Tracer, WeakAny};

    use super::*;

    struct Obj {
        name: String,
        edges: Vec<GcAny>,
        finalizer: bool,
        log: Rc<RefCell<Vec<String>>>,
    }
    impl Trace for Obj {
        fn trace(&self, tracer: &mut Tracer) {
            self.edges.trace(tracer)
        }
        fn has_finalizer(&self) -> bool {
            self.finalizer
        }
    }
    impl Drop for Obj {
        fn drop(&mut self) {
            self.log.borrow_mut().push(format!("drop {}", self.name));
        }
    }

    struct Table(Vec<(WeakAny, GcAny)>);
    impl Trace for Table {
        fn trace(&self, tracer: &mut Tracer) {
            self.0.iter().for_each(|(k, v)| tracer.ephemeron(*k, v));
        }
        fn has_weak_entries(&self) -> bool {
            true
        }
        fn prune_weak(&mut self, liveness: &Liveness<'_>) {
            self.0.retain(|(k, _)| liveness.is_alive(*k));
        }
    }

    fn obj(heap: &mut Heap, log: &Rc<RefCell<Vec<String>>>, name: &str, finalizer: bool) -> GcAny {
        heap.alloc(Obj {
            name: name.into(),
            edges: Vec::new(),
            finalizer,
            log: log.clone(),
        })
        .into()
    }

    fn link(heap: &mut Heap, from: GcAny, to: GcAny) {
        let from = heap.downcast::<Obj>(from).unwrap();
        heap.get_mut(from).edges.push(to);
    }

    #[test]
    fn a_full_cycle_orders_finalizers_prunes_tables_and_drops_the_dead_once() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let mut heap = Heap::new();
        let a = obj(&mut heap, &log, "a", true);
        let b = obj(&mut heap, &log, "b", true);
        let c = obj(&mut heap, &log, "c", false);
        link(&mut heap, a, b);
        link(&mut heap, b, c);
        let key = obj(&mut heap, &log, "key", false);
        let value = obj(&mut heap, &log, "value", false);
        link(&mut heap, value, key);
        let weak_key = heap.downgrade_any(key).unwrap();
        let table = heap.alloc(Table(vec![(weak_key, value)]));
        let _root = heap.root(table);
        let weak_c = heap.downgrade_any(c).unwrap();

        let report = collect(&mut heap);
        assert_eq!(report.marked, 1, "only the table");
        assert_eq!(
            (report.finalizers_queued, report.kept_for_finalizers),
            (2, 3)
        );
        assert_eq!(
            report.freed, 2,
            "key and value, through the pruned ephemeron"
        );
        assert!(heap.get(table).0.is_empty());
        assert_eq!(heap.upgrade_any(weak_c), None);
        let mut order = Vec::new();
        heap.run_pending(|heap, job| {
            assert_eq!(job.kind, PendingKind::Finalize);
            let o = heap.downcast::<Obj>(job.object).unwrap();
            order.push(heap.get(o).name.clone());
        });
        assert_eq!(order, ["a", "b"]);
        assert_eq!(collect(&mut heap).freed, 3);
        let mut drops = log.borrow().clone();
        drops.sort();
        assert_eq!(
            drops,
            ["drop a", "drop b", "drop c", "drop key", "drop value"]
        );
    }

    #[test]
    fn extra_roots_and_large_objects_survive_and_then_die() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let mut heap = Heap::new();
        let big = heap.alloc(vec![7u8; 3000].into_boxed_slice());
        let arr = heap.alloc([1u64; 300]);
        let small = obj(&mut heap, &log, "small", false);
        let roots: Vec<GcAny> = vec![big.into(), arr.into(), small];
        assert_eq!(collect_with(&mut heap, &roots).freed, 0);
        assert_eq!(heap.get(arr)[299], 1);
        assert_eq!(collect(&mut heap).freed, 3);
        let again = heap.alloc([2u64; 300]);
        assert_eq!(heap.get(again)[0], 2);
        assert!(heap.try_get(arr).is_err());
    }

    #[test]
    fn minors_free_young_objects_with_drop_glue_and_keep_what_old_objects_reach() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let mut heap = Heap::new();
        heap.set_mode(CollectorMode::Generational { promote_after: 2 });
        let holder = obj(&mut heap, &log, "holder", false);
        let _root = heap.root_any(holder).unwrap();
        collect(&mut heap);
        let big = heap.alloc([5u64; 300]); // a large page, young
        let kept = obj(&mut heap, &log, "kept", false);
        link(&mut heap, holder, kept); // remembered
        link(&mut heap, holder, big.into());
        let _lost = obj(&mut heap, &log, "lost", false);
        let lost_big = heap.alloc(vec![1u8; 3000].into_boxed_slice());
        let first = collect_minor(&mut heap, &());
        assert_eq!(
            (first.kind, first.freed, first.remembered),
            (CycleKind::Minor, 2, 1)
        );
        assert!(!heap.is_alive(lost_big));
        assert_eq!(*log.borrow(), ["drop lost"]);
        // Survivors now; the carry keeps them through the next minor, which promotes them.
        let second = collect_minor(&mut heap, &());
        assert_eq!((second.freed, second.promoted), (0, 2));
        assert_eq!(heap.get(big)[299], 5);
        assert_eq!(heap.young_count(), 0);
        let again = heap.alloc([6u64; 300]); // may reuse the freed large page
        assert_eq!(heap.get(again)[0], 6);
        heap.verify().unwrap();
    }
}

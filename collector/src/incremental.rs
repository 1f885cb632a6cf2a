//! Incremental collection (issue #13): one cycle spread over many bounded steps, so no pause is
//! longer than a step. The phases, their order and why are in docs/semantics.md, "Incremental
//! cycle"; DESIGN.md's steps 1-6 and their order are unchanged, only *when* they run.
//!
//! idle -> mark (steps; barrier armed) -> atomic (one step: remark, steps 2-5) -> sweep (steps)
//! -> idle. Between steps the collector's state is parked in the heap ([`CycleAccess::park`]).

use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use tracing::debug_span;
use weakgc_heap::cycle::CycleAccess;
use weakgc_heap::{GcPhase, Heap, Trace};

use crate::mark::Marker;
use crate::{clear_weak, finalizable, verify_barrier, CycleReport, Pacing};

/// Budget units a page's copy costs at the start of a cycle (`CycleAccess::begin_some_pages`):
/// measured at 2M objects, the shortest of ten starts copied ~4,000 pages in 1.8 ms (~450 ns a
/// page) and the shortest mark step traced 8,192 objects in 0.34-0.49 ms (~50 ns an object).
const PAGE_UNITS: u64 = 8;

/// Regrayed objects a mark step moves to its gray set per budget unit: a push copies 8 bytes,
/// against ~50 ns for tracing an object (the unit), so 16 a unit keeps a step's pushes well
/// under its tracing.
const PUSHES_PER_UNIT: u64 = 16;

/// What one incremental step did.
///
/// Work queued by the step's atomic phase (`queued` > 0) is drained by the embedder as after
/// `collect`: `Heap::run_pending` or `Heap::next_pending`.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct StepReport {
    /// The phase the step began in (`Idle` for a step that started a cycle).
    pub phase: GcPhase,
    /// Units of work done: objects traced, bitmap words swept and values dropped, and in a
    /// cycle's first steps eight per page for starting it (its copy of the allocation bitmaps).
    pub work: u64,
    /// Objects marked by this step (a regrayed object marked again counts again).
    pub marked: u64,
    /// Objects the write barrier had turned gray again, taken by this step to trace again.
    pub retraced: u64,
    /// Objects freed by this step's sweeping.
    pub freed: u64,
    /// Object bytes freed by this step's sweeping.
    pub bytes_freed: u64,
    /// Finalizers and callbacks queued by this step (its atomic phase): drain them now.
    pub queued: u64,
    /// Panic messages from `Drop` implementations this step ran; the objects were freed anyway.
    pub drop_panics: Vec<String>,
    /// Wall-clock time of the step.
    pub duration: Duration,
    /// The cycle's report, when this step ended it (its last sweep step).
    pub finished: Option<CycleReport>,
}

impl StepReport {
    fn new(phase: GcPhase) -> StepReport {
        StepReport {
            phase,
            work: 0,
            marked: 0,
            retraced: 0,
            freed: 0,
            bytes_freed: 0,
            queued: 0,
            drop_panics: Vec::new(),
            duration: Duration::ZERO,
            finished: None,
        }
    }
}

/// The collector's state for the cycle under way, parked in the heap between steps.
#[derive(Default)]
struct Incremental {
    marker: Marker,
    /// Filled as the phases run; returned by the last step.
    report: CycleReport,
    /// Objects allocated when the cycle began, and mark work since: past twice the former, the
    /// next step goes atomic (a mutator regraying faster than steps retrace cannot keep marking
    /// going forever).
    objects_at_begin: u64,
    mark_work: u64,
    /// `CycleAccess::cycle_cells` at the atomic phase: the marked objects plus those the sweep
    /// frees or step 4 keeps, so the report's `marked` needs no pass over every page.
    cells_at_atomic: u64,
    /// In debug builds, `CycleAccess::marked_count` at the atomic phase, to check the above.
    #[cfg(debug_assertions)]
    marked_check: u64,
}

/// One bounded step of an incremental collection, with `extra_roots` (the embedder's VM stack,
/// complete, as for `collect_with`: any step may be the one that ends marking).
///
/// A step started between cycles begins one (arming the write barrier); later steps mark about
/// `pacing.step_budget(..)` objects, then one step runs the atomic phase (DESIGN steps 2-5:
/// ephemerons, weak clearing, finalizers queued, tables pruned: check [`StepReport::queued`]),
/// then steps sweep page by page; the last returns the cycle's report in
/// [`StepReport::finished`]. Between steps, the mutator must take every `&mut` to an object
/// through `Heap::get_mut` and announce stores through interior mutability with
/// `Heap::write_barrier`.
///
/// # Panics
/// If a `Trace::trace` or `Trace::prune_weak` implementation panics, the panic propagates and the
/// cycle is abandoned (nothing freed; weak handles already cleared and jobs already queued stay
/// so); the next step starts a new one. In debug builds (or with `Heap::set_verify_barriers`),
/// if the barrier verifier finds a marked object pointing to an unmarked one at the end of
/// marking: a store through interior mutability was not announced (documented misuse).
///
/// # Examples
/// ```
/// use weakgc_collector::{collect_step, Pacing};
/// use weakgc_heap::{GcPhase, Heap};
/// let mut heap = Heap::new();
/// let kept = heap.alloc(1u32);
/// let _root = heap.root(kept);
/// heap.alloc(2u32);
/// let pacing = Pacing::default();
/// let report = loop {
///     if let Some(report) = collect_step(&mut heap, &pacing, &()).finished {
///         break report;
///     }
/// };
/// assert_eq!((report.marked, report.freed), (1, 1));
/// assert_eq!(heap.gc_phase(), GcPhase::Idle);
/// ```
pub fn collect_step<R: Trace + ?Sized>(
    heap: &mut Heap,
    pacing: &Pacing,
    extra_roots: &R,
) -> StepReport {
    let started = Instant::now();
    let phase = heap.gc_phase();
    let span = debug_span!("weakgc.step", phase = ?phase, work = tracing::field::Empty);
    let _entered = span.enter();
    let mut state = unpark(heap);
    if phase == GcPhase::Idle {
        state = Box::default();
        heap.cycle().note_step();
    }
    let budget = pacing.step_budget(heap.cycle().allocated_since_step());
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        step(heap, &mut state, phase, budget, extra_roots)
    }));
    let mut report = match outcome {
        Ok(report) => report,
        Err(payload) => {
            // A panic in user code (`trace`, `prune_weak`) or the verifier: the half-traced object is
            // black with untraced edges, so the cycle cannot go on. Sweeping runs no such code
            // (`Drop` panics are caught), so the cycle is still marking here.
            if heap.gc_phase() != GcPhase::Sweep {
                heap.cycle().abandon();
            }
            resume_unwind(payload);
        }
    };
    report.duration = started.elapsed();
    state.report.steps += 1;
    state.report.duration += report.duration;
    state.report.longest_step = state.report.longest_step.max(report.duration);
    heap.cycle().note_step();
    if heap.gc_phase() == GcPhase::Sweep || report.phase != GcPhase::Sweep {
        heap.cycle().park(state);
    } else {
        let mut cycle = heap.cycle();
        cycle.finish();
        let mut finished = state.report;
        finished.marked = state
            .cells_at_atomic
            .saturating_sub(finished.kept_for_finalizers + finished.freed);
        #[cfg(debug_assertions)]
        assert_eq!(
            finished.marked, state.marked_check,
            "weakgc bug: the marked count from cycle_cells disagrees with the bitmaps"
        );
        finished.cycle = heap.cycle_count();
        if heap.mode().is_generational() {
            finished.kind = crate::CycleKind::Major;
        }
        finished.bytes_after = heap.bytes_in_use() as u64;
        #[cfg(debug_assertions)]
        if let Err(e) = heap.verify() {
            panic!(
                "weakgc bug: the heap is inconsistent after incremental cycle {}: {e}",
                finished.cycle
            );
        }
        finished.emit();
        report.finished = Some(finished);
    }
    span.record("work", report.work);
    report
}

/// Takes a step if one is due ([`step_is_due`]): the safepoint an interpreter in incremental or
/// generational mode calls between instructions.
///
/// In generational mode, between cycles: a major's first step when the old generation has grown
/// by `pacing.major_percent` ([`Pacing::major_is_due`]), else a minor collection
/// ([`collect_minor`](crate::collect_minor)) once `pacing.minor_bytes` were allocated since the
/// last one, reported as a step whose [`finished`](StepReport::finished) is the minor's report
/// (kind `Minor`). During a major, its steps, as in incremental mode. In the other modes, the
/// incremental cycle's steps.
///
/// # Panics
/// As [`collect_step`] and [`collect_minor`](crate::collect_minor).
pub fn step_if_due<R: Trace + ?Sized>(
    heap: &mut Heap,
    pacing: &Pacing,
    extra_roots: &R,
) -> Option<StepReport> {
    if !step_is_due(heap, pacing) {
        return None;
    }
    if heap.mode().is_generational()
        && heap.gc_phase() == GcPhase::Idle
        && !pacing.major_is_due(heap)
    {
        let minor = crate::collect_minor(heap, extra_roots);
        let mut report = StepReport::new(GcPhase::Idle);
        report.work = minor.marked + minor.freed;
        report.marked = minor.marked;
        report.retraced = minor.remembered;
        report.freed = minor.freed;
        report.bytes_freed = minor.bytes_freed;
        report.queued = minor.finalizers_queued + minor.callbacks_queued;
        report.drop_panics = minor.drop_panics.clone();
        report.duration = minor.duration;
        report.finished = Some(minor);
        return Some(report);
    }
    Some(collect_step(heap, pacing, extra_roots))
}

/// Whether a step is due: between cycles when `pacing` says a collection is due (as
/// [`collect_if_due`](crate::collect_if_due); in generational mode, a minor or a major, see
/// [`step_if_due`]), during a cycle once `pacing.step_bytes` were allocated since the last step.
/// Never while collection is disabled.
#[inline]
pub fn step_is_due(heap: &mut Heap, pacing: &Pacing) -> bool {
    if !heap.is_enabled() {
        return false;
    }
    match heap.gc_phase() {
        GcPhase::Idle if heap.mode().is_generational() => {
            pacing.minor_is_due(heap) || pacing.major_is_due(heap)
        }
        GcPhase::Idle => pacing.is_due(heap),
        GcPhase::Mark | GcPhase::Sweep => {
            heap.cycle().allocated_since_step() >= pacing.step_bytes as u64
        }
    }
}

/// How many more bytes `heap` can allocate before [`step_is_due`] can say yes: 0 if it says yes
/// now, `u64::MAX` while collection is disabled. The answer holds while `Heap::collection_epoch`
/// and `pacing` stay the same, so a safepoint can keep it and test only allocation (one
/// comparison with `Heap::bytes_allocated`) until either changes.
///
/// # Examples
/// ```
/// use weakgc_collector::{bytes_until_step, step_is_due, CollectorMode, Pacing};
/// use weakgc_heap::Heap;
/// let mut heap = Heap::new();
/// heap.set_mode(CollectorMode::GENERATIONAL);
/// let pacing = Pacing { minor_bytes: 256, ..Pacing::default() };
/// let until = heap.bytes_allocated() + bytes_until_step(&mut heap, &pacing);
/// let epoch = heap.collection_epoch();
/// while heap.bytes_allocated() < until {
///     heap.alloc(0u64);
/// }
/// assert_eq!(heap.collection_epoch(), epoch, "only allocation happened");
/// assert!(step_is_due(&mut heap, &pacing));
/// ```
pub fn bytes_until_step(heap: &mut Heap, pacing: &Pacing) -> u64 {
    if !heap.is_enabled() {
        return u64::MAX;
    }
    match heap.gc_phase() {
        GcPhase::Idle if heap.mode().is_generational() => pacing.bytes_until_minor_or_major(heap),
        GcPhase::Idle => pacing.bytes_until_due(heap),
        GcPhase::Mark | GcPhase::Sweep => {
            (pacing.step_bytes as u64).saturating_sub(heap.cycle().allocated_since_step())
        }
    }
}

/// Ends an incremental cycle in progress so that a stop-the-world collection can run: abandons
/// one still marking (it has queued nothing: its jobs would come in a second batch and another
/// order), finishes one sweeping (its dead are counted in the cycle that found them).
pub(crate) fn end_cycle_in_progress(heap: &mut Heap) {
    match heap.gc_phase() {
        GcPhase::Idle => {}
        GcPhase::Mark => heap.cycle().abandon(),
        GcPhase::Sweep => {
            let mut cycle = heap.cycle();
            while cycle.is_sweeping() {
                cycle.sweep_step(u64::MAX);
            }
            cycle.finish();
            cycle.unpark();
        }
    }
}

/// The parked state, or a fresh one (none parked: the cycle was abandoned, or its state lost).
fn unpark(heap: &mut Heap) -> Box<Incremental> {
    heap.cycle()
        .unpark()
        .and_then(|s| s.downcast::<Incremental>().ok())
        .unwrap_or_default()
}

fn step<R: Trace + ?Sized>(
    heap: &mut Heap,
    state: &mut Incremental,
    phase: GcPhase,
    budget: u64,
    extra_roots: &R,
) -> StepReport {
    let mut report = StepReport::new(phase);
    let mut cycle = heap.cycle();
    if phase == GcPhase::Sweep {
        sweep_some(&mut cycle, state, budget, &mut report);
        return report;
    }
    let mut budget = budget;
    if phase == GcPhase::Idle {
        cycle.begin_in_steps();
        // White allocation from here: the pages copied below must see new cells as unmarked.
        cycle.arm(true);
    }
    if cycle.is_beginning() {
        // The start copies every page's allocation bitmap into the mark bitmap, over as many
        // steps as it takes (in one step, ~2 ms at 2M objects: docs/benchmarks.md). Nothing is
        // marked until it ends.
        let copied = cycle.begin_some_pages((budget / PAGE_UNITS).max(1));
        report.work += copied * PAGE_UNITS;
        budget = budget.saturating_sub(copied * PAGE_UNITS);
        if cycle.is_beginning() {
            return report;
        }
        state.objects_at_begin = cycle.cycle_cells();
        state.marker.push_roots(cycle.roots());
        // Frozen objects are roots; once per cycle, as the list cannot change during one.
        state.marker.push_roots(cycle.frozen().iter().copied());
        state.marker.push_traced(extra_roots);
    }
    let marked_before = state.marker.marked;
    let done = mark_some(&mut cycle, state, budget, extra_roots, &mut report);
    report.marked = state.marker.marked - marked_before;
    if done {
        atomic(&mut cycle, state, extra_roots, &mut report);
    }
    report
}

/// A mark step: marks about `budget` objects; returns whether marking is complete (then the
/// atomic phase runs in this step).
///
/// When the gray set runs dry, the objects the barrier regrayed are traced again (last, as
/// gc-arena does, to give them time to be written again without another push); when both are
/// empty, the roots are scanned again, so the atomic phase remarks only what changed since.
fn mark_some<R: Trace + ?Sized>(
    cycle: &mut CycleAccess<'_>,
    state: &mut Incremental,
    budget: u64,
    extra_roots: &R,
    report: &mut StepReport,
) -> bool {
    let mut work = 0;
    let complete = loop {
        if state.mark_work + work >= 2 * state.objects_at_begin.max(1024) {
            // The mutator creates work as fast as steps do it: end marking in the atomic phase.
            break true;
        }
        work += state.marker.mark_some(cycle, budget.saturating_sub(work));
        if !state.marker.gray_is_empty() {
            break false;
        }
        // At most what the rest of the budget can push (`PUSHES_PER_UNIT` a unit), the rest
        // left for later: one take of everything the barrier regrayed was 224k pushes in one
        // step of `examples/pause` at 2M objects, outside the budget.
        let room = budget
            .saturating_sub(work)
            .max(1)
            .saturating_mul(PUSHES_PER_UNIT);
        let again = cycle.take_gray_again_at_most(usize::try_from(room).unwrap_or(usize::MAX));
        if !again.is_empty() {
            report.retraced += again.len() as u64;
            work += (again.len() as u64).div_ceil(PUSHES_PER_UNIT);
            state.marker.push_roots(again);
            if work >= budget {
                break false;
            }
            continue;
        }
        let before = state.marker.marked;
        state.marker.push_roots(cycle.roots());
        state.marker.push_traced(extra_roots);
        work += state.marker.mark_some(cycle, budget.saturating_sub(work));
        if state.marker.gray_is_empty()
            && state.marker.marked == before
            && cycle.take_gray_again().is_empty()
        {
            break true;
        }
        if work >= budget {
            break false;
        }
    };
    state.mark_work += work;
    report.work += work;
    complete
}

/// The atomic phase (one step, the mutator stopped): remark the roots and what the barrier
/// regrayed, propagate to an empty gray set, verify, then DESIGN steps 2-5 exactly as
/// `collect_with` runs them, and start the sweep. Unbounded, and as small as the contract lets
/// it be (docs/semantics.md, "Incremental cycle", rule 3): O(roots + regrayed + what they newly
/// reach); one byte per page for the passes of steps 3-4 (the page summaries, A9 in
/// heap/src/arena/mod.rs), plus the bitmaps of the pages holding weakly referenced, watched or
/// finalizable objects; and steps 4-5's own costs (ordering, when two or more dead objects have
/// finalizers or callbacks, traces every unmarked object; pruning visits every live weak table).
/// No pass reads every page's bitmaps: those cost 3-22 ms of a 2M-object heap's atomic step.
fn atomic<R: Trace + ?Sized>(
    cycle: &mut CycleAccess<'_>,
    state: &mut Incremental,
    extra_roots: &R,
    report: &mut StepReport,
) {
    cycle.arm(false);
    let remark = debug_span!("remark").entered();
    let marker = &mut state.marker;
    let before = marker.marked;
    marker.push_roots(cycle.roots());
    marker.push_traced(extra_roots);
    let again = cycle.take_gray_again();
    report.retraced += again.len() as u64;
    marker.push_roots(again);
    report.work += marker.mark_some(cycle, u64::MAX);
    report.marked += marker.marked - before;
    if cycle.verify_barriers() {
        verify_barrier::verify_no_black_to_white(cycle);
    }
    drop(remark);
    // Steps 1-2 done, as in `collect_with`. The report's `marked` is these cells less what step
    // 4 keeps and the sweep frees, counted when the sweep ends: `marked_count` reads every
    // page's bitmaps (0.7-1.7 ms of a 2M-object heap's atomic step, docs/benchmarks.md).
    state.cells_at_atomic = cycle.cycle_cells();
    #[cfg(debug_assertions)]
    {
        state.marked_check = cycle.marked_count();
    }
    marker.forget_waiting(cycle);
    let cleared = {
        let _phase = debug_span!("clear_weak").entered();
        clear_weak::clear_weak_slots(cycle)
    };
    // Step 3 done.
    let before_finalizable = marker.marked;
    let queued = {
        let _phase = debug_span!("finalizable").entered();
        finalizable::select_finalizable(cycle, marker, cleared.dead_watched)
    };
    // Step 4 done: the queue is a root set; the embedder drains it after this step.
    state.report.kept_for_finalizers = marker.marked - before_finalizable;
    state.report.tables_pruned = {
        let _phase = debug_span!("prune").entered();
        cycle.prune_weak_tables()
    };
    // Step 5 done.
    state.report.weak_cleared = cleared.weak_cleared;
    state.report.finalizers_queued = queued.finalizers;
    state.report.callbacks_queued = queued.callbacks;
    report.queued = queued.finalizers + queued.callbacks;
    cycle.start_sweep();
    // Every unmarked object is found dead: dead to every query, freed by the sweep steps.
}

/// A sweep step: frees found-dead objects page by page for about `budget` units.
fn sweep_some(
    cycle: &mut CycleAccess<'_>,
    state: &mut Incremental,
    budget: u64,
    report: &mut StepReport,
) {
    let (swept, work) = cycle.sweep_step(budget);
    report.work += work;
    report.freed = swept.objects;
    report.bytes_freed = swept.bytes;
    state.report.freed += swept.objects;
    state.report.bytes_freed += swept.bytes;
    state
        .report
        .drop_panics
        .extend(swept.drop_panics.iter().cloned());
    report.drop_panics = swept.drop_panics;
}

//! Issue #16, "nothing lost at the edges": a panic in user code during a collection
//! (`Trace::trace`, `Trace::prune_weak`) propagates, and the heap is left as if the interrupted
//! phase had not started. Finalizers are not flagged as run, weak-reference registrations are not
//! taken, and waiting ephemeron lists are not left behind for the next cycle, so the next
//! collection queues every job exactly once. Modelled on hashbrown's tests/hasher_unwind.rs.

use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

use weakgc_collector::collect;
use weakgc_heap::{GcAny, Heap, Liveness, PendingKind, Trace, Tracer, WeakAny};

/// An object whose `trace` panics while `armed` is set.
struct Bomb {
    edges: Vec<GcAny>,
    finalizer: bool,
    armed: Rc<Cell<bool>>,
}

impl Trace for Bomb {
    fn trace(&self, tracer: &mut Tracer) {
        if self.armed.get() {
            panic!("trace panicked on purpose");
        }
        self.edges.trace(tracer)
    }
    fn has_finalizer(&self) -> bool {
        self.finalizer
    }
}

fn bomb(heap: &mut Heap, armed: &Rc<Cell<bool>>, finalizer: bool) -> GcAny {
    heap.alloc(Bomb {
        edges: Vec::new(),
        finalizer,
        armed: armed.clone(),
    })
    .into()
}

fn collect_panics(heap: &mut Heap) -> bool {
    catch_unwind(AssertUnwindSafe(|| collect(heap))).is_err()
}

fn drain(heap: &mut Heap) -> Vec<(PendingKind, GcAny)> {
    let mut jobs = Vec::new();
    heap.run_pending(|_, job| jobs.push((job.kind, job.object)));
    jobs
}

#[test]
fn a_trace_panic_while_ordering_finalizers_loses_none_of_them() {
    let armed = Rc::new(Cell::new(false));
    let mut heap = Heap::new();
    let a = bomb(&mut heap, &armed, true);
    let b = bomb(&mut heap, &armed, true);
    armed.set(true);
    assert!(collect_panics(&mut heap), "the panic propagates");
    armed.set(false);
    let report = collect(&mut heap);
    assert_eq!(report.finalizers_queued, 2, "{report:?}");
    assert_eq!(report.freed, 0, "both are kept for their finalizers");
    let mut jobs = drain(&mut heap);
    jobs.sort_by_key(|(_, gc)| gc.index());
    assert_eq!(
        jobs,
        [(PendingKind::Finalize, a), (PendingKind::Finalize, b)]
    );
    let report = collect(&mut heap);
    assert_eq!((report.finalizers_queued, report.freed), (0, 2));
}

#[test]
fn a_trace_panic_while_ordering_callbacks_loses_none_of_them() {
    let armed = Rc::new(Cell::new(false));
    let mut heap = Heap::new();
    let a = bomb(&mut heap, &armed, false);
    let b = bomb(&mut heap, &armed, false);
    let wa: GcAny = heap.alloc(1u32).into();
    let wb: GcAny = heap.alloc(2u32).into();
    let _roots = (heap.root_any(wa).unwrap(), heap.root_any(wb).unwrap());
    heap.watch(a, wa).unwrap();
    heap.watch(b, wb).unwrap();
    armed.set(true);
    assert!(collect_panics(&mut heap));
    armed.set(false);
    let report = collect(&mut heap);
    assert_eq!(report.callbacks_queued, 2, "{report:?}");
    assert_eq!(report.freed, 2);
    let mut jobs = drain(&mut heap);
    jobs.sort_by_key(|(_, gc)| gc.index());
    assert_eq!(
        jobs,
        [(PendingKind::Callback, wa), (PendingKind::Callback, wb)]
    );
    assert_eq!(collect(&mut heap).callbacks_queued, 0);
}

#[test]
fn a_trace_panic_after_queueing_keeps_the_jobs_queued_once() {
    // `a` is finalizable and holds `b`, whose trace panics while step 4 marks what `a` reaches:
    // the jobs are queued by then, and stay queued (and rooted) exactly once.
    let armed = Rc::new(Cell::new(false));
    let quiet = Rc::new(Cell::new(false));
    let mut heap = Heap::new();
    let a = bomb(&mut heap, &quiet, true);
    let b = bomb(&mut heap, &armed, false);
    heap.get_mut(heap.downcast::<Bomb>(a).unwrap())
        .edges
        .push(b);
    // One dead object with work: no ordering trace, so the first trace of `b` is step 4's mark.
    armed.set(true);
    assert!(collect_panics(&mut heap));
    armed.set(false);
    let report = collect(&mut heap);
    assert_eq!((report.finalizers_queued, report.freed), (0, 0));
    assert_eq!(drain(&mut heap), [(PendingKind::Finalize, a)]);
    assert_eq!(collect(&mut heap).freed, 2);
}

/// A weak-key table: `(key, value)` entries traced as ephemerons.
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

#[test]
fn a_trace_panic_during_marking_leaves_no_waiting_ephemerons_behind() {
    let armed = Rc::new(Cell::new(false));
    let quiet = Rc::new(Cell::new(false));
    let mut heap = Heap::new();
    let key = bomb(&mut heap, &quiet, false);
    let weak_key = heap.downgrade_any(key).unwrap();
    let values: Vec<GcAny> = (0..10).map(|i| heap.alloc(i as u32).into()).collect();
    let table: GcAny = heap
        .alloc(Table(values.iter().map(|v| (weak_key, *v)).collect()))
        .into();
    // Cycle 1: the root traces the table first (ten values wait for the unreached key), then the
    // bomb, which panics. Before the fix, the key kept its list head into the lost marker's nodes,
    // and cycle 2 linked its new nodes onto it: a loop, and marking never ended.
    let fuse = bomb(&mut heap, &armed, false);
    let root_obj = bomb(&mut heap, &quiet, false);
    heap.get_mut(heap.downcast::<Bomb>(root_obj).unwrap())
        .edges
        .extend([fuse, table]);
    let _root = heap.root_any(root_obj).unwrap();
    let via = bomb(&mut heap, &quiet, false);
    heap.get_mut(heap.downcast::<Bomb>(via).unwrap())
        .edges
        .push(key);
    armed.set(true);
    assert!(collect_panics(&mut heap));
    armed.set(false);
    // Cycle 2: reach the key through `via`, traced after the table.
    heap.get_mut(heap.downcast::<Bomb>(root_obj).unwrap())
        .edges
        .insert(0, via);
    let report = collect(&mut heap);
    assert!(heap.is_alive(key));
    assert!(values.iter().all(|v| heap.is_alive(*v)), "{report:?}");
}

/// A weak table whose `prune_weak` panics while `armed` is set.
struct BadTable {
    entries: Vec<WeakAny>,
    armed: Rc<Cell<bool>>,
}
impl Trace for BadTable {
    fn trace(&self, _: &mut Tracer) {}
    fn has_weak_entries(&self) -> bool {
        true
    }
    fn prune_weak(&mut self, liveness: &Liveness<'_>) {
        if self.armed.get() {
            panic!("prune_weak panicked on purpose");
        }
        self.entries.retain(|k| liveness.is_alive(*k));
    }
}

#[test]
fn a_prune_panic_still_prunes_every_other_table() {
    let armed = Rc::new(Cell::new(false));
    let quiet = Rc::new(Cell::new(false));
    let mut heap = Heap::new();
    let dead: GcAny = heap.alloc(5u64).into();
    let weak = heap.downgrade_any(dead).unwrap();
    let bad = heap.alloc(BadTable {
        entries: vec![weak],
        armed: armed.clone(),
    });
    let good = heap.alloc(BadTable {
        entries: vec![weak],
        armed: quiet.clone(),
    });
    let _roots = (heap.root(bad), heap.root(good));
    armed.set(true);
    assert!(collect_panics(&mut heap));
    assert!(
        heap.get(good).entries.is_empty(),
        "the table after the panicking one was pruned too"
    );
    armed.set(false);
    let report = collect(&mut heap);
    assert_eq!(report.freed, 1, "{report:?}");
    assert!(heap.get(bad).entries.is_empty());
}

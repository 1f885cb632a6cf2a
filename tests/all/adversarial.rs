//! Adversarial use (issue #4): wrong `Trace` implementations, panicking `Drop`, finalizers that
//! exhaust the heap limit, resurrect themselves, re-arm themselves, or collect re-entrantly from
//! every kind of job. None of it may corrupt the heap; each case checks the heap still works after.

use std::cell::Cell;
use std::rc::Rc;

use weakgc::{Collect, Gc, GcAny, Heap, HeapError, PendingKind, Root, Trace, Tracer, WeakRef};

use crate::support::*;

/// A node whose `Trace` is wrong in a chosen way.
struct Liar {
    edges: Vec<GcAny>,
    mode: LiarMode,
}
#[derive(Clone, Copy)]
enum LiarMode {
    ForgetsEdges,
    ReportsTwice,
    ReportsStaleAndForeign,
}
impl Trace for Liar {
    fn trace(&self, tracer: &mut Tracer) {
        match self.mode {
            LiarMode::ForgetsEdges => {}
            LiarMode::ReportsTwice => {
                self.edges.trace(tracer);
                self.edges.trace(tracer);
            }
            LiarMode::ReportsStaleAndForeign => {
                self.edges.trace(tracer);
                for index in [0, 7, 4096, 1 << 20, u32::MAX] {
                    tracer.edge_any(GcAny::from_raw_parts(
                        index,
                        std::num::NonZeroU32::new(3).unwrap(),
                    ));
                }
            }
        }
    }
}

#[test]
fn a_trace_that_forgets_edges_frees_the_child_and_later_access_is_a_detected_error() {
    let mut heap = Heap::new();
    let child = node(&mut heap, 1);
    let liar = heap.alloc(Liar {
        edges: vec![child.into()],
        mode: LiarMode::ForgetsEdges,
    });
    let _root = heap.root(liar);
    heap.collect();
    let forgotten = heap.get(liar).edges[0];
    assert!(matches!(
        heap.get_any(forgotten),
        Err(HeapError::StaleHandle { .. })
    ));
    let reused = node(&mut heap, 2);
    assert_eq!(
        GcAny::from(reused).index(),
        forgotten.index(),
        "the cell is reused"
    );
    assert!(
        heap.get_any(forgotten).is_err(),
        "the stale handle never reads the new object"
    );
}

#[test]
fn a_trace_that_reports_edges_twice_or_bogus_handles_changes_nothing() {
    for mode in [LiarMode::ReportsTwice, LiarMode::ReportsStaleAndForeign] {
        let mut heap = Heap::new();
        let child = node(&mut heap, 1);
        let liar = heap.alloc(Liar {
            edges: vec![child.into(), child.into()],
            mode,
        });
        let root = heap.root(liar);
        let garbage = node(&mut heap, 9);
        let report = heap.collect();
        assert_eq!((report.marked, report.freed), (2, 1));
        assert!(heap.is_alive(child) && !heap.is_alive(garbage));
        drop(root);
        assert_eq!(heap.collect().freed, 2);
    }
}

#[test]
fn a_finalizer_allocating_past_the_heap_limit_gets_an_error_not_an_abort() {
    let mut heap = Heap::new();
    heap.set_limit(Some(64 * 1024));
    node_with_finalizer(&mut heap, 1);
    heap.collect();
    let mut errors = 0;
    let mut kept = Vec::new();
    heap.run_pending(|heap, _job| loop {
        match heap.try_alloc([0u64; 8]) {
            Ok(gc) => kept.push(heap.root(gc)),
            Err(e) => {
                assert!(matches!(
                    e.error,
                    HeapError::OutOfMemory { limit: 65536, .. }
                ));
                errors += 1;
                break;
            }
        }
    });
    assert_eq!(errors, 1);
    assert!(heap.bytes_in_use() <= 64 * 1024);
    drop(kept);
    heap.collect();
    assert!(
        heap.try_alloc([0u64; 8]).is_ok(),
        "the heap recovers after a collection"
    );
}

#[test]
fn a_finalizer_that_resurrects_itself_every_time_runs_once() {
    let mut heap = Heap::new();
    let phoenix = node_with_finalizer(&mut heap, 1);
    let mut saved: Vec<Root<Node>> = Vec::new();
    let mut runs = 0;
    for _ in 0..5 {
        saved.clear();
        heap.collect();
        heap.run_pending(|heap, job| {
            runs += 1;
            saved.push(heap.root(heap.downcast::<Node>(job.object).unwrap()));
        });
    }
    assert_eq!(runs, 1);
    saved.clear();
    heap.collect();
    assert!(!heap.is_alive(phoenix));
}

#[test]
fn a_finalizer_that_re_arms_itself_is_ignored() {
    let mut heap = Heap::new();
    let n = node_with_finalizer(&mut heap, 1);
    let runs = Rc::new(Cell::new(0));
    heap.collect();
    let count = runs.clone();
    heap.run_pending(move |heap, job| {
        count.set(count.get() + 1);
        heap.set_finalizer(job.object, true).unwrap();
        let again = count.clone();
        heap.on_finalize(job.object, move |_, _| again.set(again.get() + 100))
            .unwrap();
    });
    heap.collect();
    heap.run_pending(|_, _| unreachable!("no finalizer is queued twice"));
    assert_eq!(runs.get(), 1);
    assert!(!heap.is_alive(n));
}

#[test]
fn collect_from_inside_every_kind_of_job_is_safe() {
    let mut heap = Heap::new();
    let target = node_with_finalizer(&mut heap, 1);
    let closure_target = node(&mut heap, 2);
    heap.on_finalize(closure_target.into(), |heap, me| {
        assert!(heap.is_alive(me));
        heap.collect();
        assert!(heap.is_alive(me), "the running job roots its object");
    })
    .unwrap();
    let wr = WeakRef::new(&mut heap, target, Some(0u32)).unwrap();
    let _r = heap.root(wr);
    heap.collect();
    let mut kinds = Vec::new();
    let report = heap.run_pending(|heap, job| {
        kinds.push(job.kind);
        let report = heap.collect();
        assert_eq!(report.finalizers_queued + report.callbacks_queued, 0);
        assert!(heap.is_alive(job.object));
    });
    assert!(report.panics.is_empty(), "{:?}", report.panics);
    assert_eq!(kinds, vec![PendingKind::Finalize, PendingKind::Callback]);
    heap.collect();
    assert!(!heap.is_alive(target) && !heap.is_alive(closure_target));
}

#[test]
fn drop_that_panics_during_heap_drop_does_not_stop_other_drops() {
    struct Bomb;
    impl Trace for Bomb {
        fn trace(&self, _: &mut Tracer) {}
    }
    impl Drop for Bomb {
        fn drop(&mut self) {
            panic!("bomb");
        }
    }
    struct Counted(Rc<Cell<u32>>);
    impl Trace for Counted {
        fn trace(&self, _: &mut Tracer) {}
    }
    impl Drop for Counted {
        fn drop(&mut self) {
            self.0.set(self.0.get() + 1);
        }
    }
    let drops = Rc::new(Cell::new(0));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut heap = Heap::new();
        heap.alloc(Counted(drops.clone()));
        heap.alloc(Bomb);
        heap.alloc(Counted(drops.clone()));
        drop(heap);
    }));
    assert!(
        result.is_err(),
        "the first Drop panic is resumed after every value was dropped"
    );
    assert_eq!(drops.get(), 2);
}

#[test]
fn ten_million_live_objects_survive_a_collection() {
    const N: usize = 10_000_000;
    struct Leaf(#[allow(dead_code)] u64);
    impl Trace for Leaf {
        fn trace(&self, _: &mut Tracer) {}
    }
    let mut heap = Heap::new();
    let leaves: Vec<Gc<Leaf>> = (0..N as u64).map(|i| heap.alloc(Leaf(i))).collect();
    let report = heap.collect_with(&leaves);
    assert_eq!((report.marked, report.freed), (N as u64, 0));
    assert_eq!(heap.collect().freed, N as u64);
}

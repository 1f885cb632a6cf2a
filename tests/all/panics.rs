//! Panics in user code (finalizers, callbacks, Trace, Drop) are reported and leave the heap consistent.

use std::panic::{catch_unwind, AssertUnwindSafe};

use weakgc::{Heap, PendingKind, Trace, Tracer, WeakRef};

use crate::support::*;

#[test]
fn a_panicking_finalizer_is_reported_and_the_rest_still_run() {
    let mut heap = Heap::new();
    for id in 1..=3 {
        node_with_finalizer(&mut heap, id);
    }
    heap.collect();
    let mut ran = Vec::new();
    let report = heap.run_pending(|heap, job| {
        let id = id_of(heap, job.object);
        ran.push(id);
        if id == 2 {
            panic!("finalizer {id} failed");
        }
    });
    assert_eq!(ran, vec![1, 2, 3]);
    assert_eq!(report.panics, vec!["finalizer 2 failed".to_string()]);
    assert_eq!(heap.collect().freed, 3);
}

#[test]
fn a_panicking_callback_is_reported_and_the_rest_still_run() {
    let mut heap = Heap::new();
    let n = node(&mut heap, 1);
    let mut roots = Vec::new();
    for tag in 1..=2u32 {
        let wr = WeakRef::new(&mut heap, n, Some(tag)).unwrap();
        roots.push(heap.root(wr));
    }
    heap.collect();
    let mut ran = Vec::new();
    let report = heap.run_pending(|heap, job| {
        assert_eq!(job.kind, PendingKind::Callback);
        let tag = *heap
            .get(heap.downcast::<WeakRef<u32>>(job.object).unwrap())
            .callback()
            .unwrap();
        ran.push(tag);
        if tag == 2 {
            panic!("callback failed");
        }
    });
    assert_eq!(ran, vec![2, 1]);
    assert_eq!(report.panics.len(), 1);
}

struct PanickyTrace {
    child: weakgc::Gc<Node>,
    panic: bool,
}
impl Trace for PanickyTrace {
    fn trace(&self, tracer: &mut Tracer) {
        if self.panic {
            panic!("trace failed");
        }
        tracer.edge(self.child);
    }
}

#[test]
fn a_panicking_trace_stops_the_cycle_without_freeing_anything_and_the_next_cycle_works() {
    let mut heap = Heap::new();
    let child = node(&mut heap, 1);
    let p = heap.alloc(PanickyTrace { child, panic: true });
    let root = heap.root(p);
    let garbage = node(&mut heap, 2);
    let result = catch_unwind(AssertUnwindSafe(|| heap.collect()));
    assert!(result.is_err());
    assert!(
        heap.is_alive(child) && heap.is_alive(garbage),
        "nothing was freed"
    );
    heap.get_mut(*root).panic = false;
    let report = heap.collect();
    assert_eq!(report.freed, 1);
    assert!(heap.is_alive(child) && !heap.is_alive(garbage));
}

#[test]
fn a_panicking_drop_is_reported_in_the_cycle_report_and_everything_dead_is_freed() {
    struct Bomb;
    impl Trace for Bomb {
        fn trace(&self, _: &mut Tracer) {}
    }
    impl Drop for Bomb {
        fn drop(&mut self) {
            panic!("drop failed");
        }
    }
    let mut heap = Heap::new();
    heap.alloc(Bomb);
    node(&mut heap, 1);
    let report = heap.collect();
    assert_eq!(report.freed, 2);
    assert_eq!(report.drop_panics, vec!["drop failed".to_string()]);
    assert_eq!(heap.object_count(), 0);
}

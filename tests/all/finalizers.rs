//! Finalizers: queued once, run with full heap access, may allocate, resurrect and collect.

use weakgc::{GcAny, Heap, PendingKind};

use crate::support::*;

#[test]
fn finalizer_sees_an_intact_graph_and_its_referents_survive_the_cycle() {
    let mut heap = Heap::new();
    let a = node_with_finalizer(&mut heap, 1);
    let b = node(&mut heap, 2);
    let c = node(&mut heap, 3);
    link(&mut heap, a, b);
    link(&mut heap, b, c);
    let report = heap.collect();
    assert_eq!((report.freed, report.kept_for_finalizers), (0, 3));
    let mut seen = Vec::new();
    heap.run_pending(|heap, job| {
        let a = heap.downcast::<Node>(job.object).unwrap();
        let b = heap.get(a).edges[0];
        let c = heap.get(heap.downcast::<Node>(b).unwrap()).edges[0];
        seen = vec![id_of(heap, job.object), id_of(heap, b), id_of(heap, c)];
    });
    assert_eq!(seen, vec![1, 2, 3]);
    assert_eq!(heap.collect().freed, 3);
}

#[test]
fn finalizer_that_allocates_ten_thousand_objects() {
    let mut heap = Heap::new();
    let n = node_with_finalizer(&mut heap, 1);
    let _ = n;
    heap.collect();
    let mut made = Vec::new();
    heap.run_pending(|heap, _job| {
        for i in 0..10_000 {
            made.push(node(heap, i));
        }
    });
    assert_eq!(heap.object_count(), 10_001);
    let kept = heap.root(made[9_999]);
    let report = heap.collect();
    assert_eq!(report.freed, 10_000);
    assert_eq!(heap.get(*kept).id, 9_999);
}

#[test]
fn finalizer_that_calls_collect_frees_nothing_queued_and_queues_nothing_twice() {
    let mut heap = Heap::new();
    let a = node_with_finalizer(&mut heap, 1);
    let b = node_with_finalizer(&mut heap, 2);
    let _ = (a, b);
    heap.collect();
    assert_eq!(heap.pending_len(), 2);
    let mut log = Vec::new();
    let mut freed = 0;
    heap.run_pending(|heap, job| {
        log.push(id_of(heap, job.object));
        let report = heap.collect();
        assert_eq!(report.finalizers_queued, 0);
        freed += report.freed;
        // The running job roots its object; a job still queued roots its own.
        assert!(heap.is_alive(job.object));
        assert!(heap.is_alive(b));
    });
    assert_eq!(log, vec![1, 2]);
    assert_eq!(
        freed, 1,
        "a, finalized, was freed by the collect inside b's finalizer"
    );
    assert!(!heap.is_alive(a));
    assert_eq!(heap.collect().freed, 1);
}

#[test]
fn resurrected_object_keeps_its_data_and_is_never_finalized_again() {
    let mut heap = Heap::new();
    let phoenix = node_with_finalizer(&mut heap, 7);
    let feather = node(&mut heap, 8);
    link(&mut heap, phoenix, feather);
    heap.collect();
    let mut saved = None;
    let report = heap.run_pending(|heap, job| {
        saved = Some(heap.root(heap.downcast::<Node>(job.object).unwrap()));
    });
    assert_eq!(report.finalizers, 1);
    for _ in 0..3 {
        assert_eq!(heap.collect().finalizers_queued, 0);
    }
    let saved = saved.unwrap();
    assert_eq!(heap.get(*saved).id, 7);
    assert_eq!(id_of(&heap, heap.get(*saved).edges[0]), 8);
    drop(saved);
    let report = heap.collect();
    assert_eq!((report.finalizers_queued, report.freed), (0, 2));
}

#[test]
fn every_finalizer_queued_in_a_cycle_runs_even_if_an_earlier_one_resurrects_its_object() {
    let mut heap = Heap::new();
    let a = node_with_finalizer(&mut heap, 1);
    let b = node_with_finalizer(&mut heap, 2);
    link(&mut heap, a, b);
    heap.collect();
    let mut log = Vec::new();
    let mut keep = Vec::new();
    heap.run_pending(|heap, job| {
        log.push(id_of(heap, job.object));
        if id_of(heap, job.object) == 1 {
            keep.push(heap.root(a)); // resurrects a, and b through it
        }
    });
    assert_eq!(log, vec![1, 2]);
    assert_eq!(heap.collect().freed, 0);
}

#[test]
fn set_finalizer_per_object_and_no_rearming() {
    let mut heap = Heap::new();
    let n = node(&mut heap, 1);
    heap.set_finalizer(n, true).unwrap();
    assert!(heap.has_finalizer(n));
    heap.collect();
    let mut keep = None;
    heap.run_pending(|heap, job| {
        keep = Some(heap.root(heap.downcast::<Node>(job.object).unwrap()))
    });
    heap.set_finalizer(n, true).unwrap();
    assert!(
        !heap.has_finalizer(n),
        "a finalizer runs at most once, ever"
    );
    drop(keep);
    assert_eq!(heap.collect().finalizers_queued, 0);
    let m = node_with_finalizer(&mut heap, 2);
    heap.set_finalizer(m, false).unwrap();
    assert_eq!(heap.collect().finalizers_queued, 0);
}

#[test]
fn rust_closure_finalizers_run_from_run_pending() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let mut heap = Heap::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    for id in 1..=3 {
        let n = node(&mut heap, id);
        let log = log.clone();
        heap.on_finalize(n.into(), move |heap, me: GcAny| {
            log.borrow_mut().push(id_of(heap, me))
        })
        .unwrap();
    }
    heap.collect();
    let report = heap.run_pending(|_, job| panic!("no job for the handler: {job:?}"));
    assert_eq!(report.finalizers, 3);
    assert!(report.panics.is_empty());
    assert_eq!(*log.borrow(), vec![1, 2, 3]);
    assert_eq!(heap.collect().freed, 3);
}

#[test]
fn next_pending_lets_the_embedder_drain_by_hand() {
    let mut heap = Heap::new();
    let n = node_with_finalizer(&mut heap, 4);
    let _ = n;
    heap.collect();
    let job = heap.next_pending().unwrap();
    assert_eq!(job.kind, PendingKind::Finalize);
    assert_eq!(heap.pending_len(), 0);
    heap.collect();
    assert!(heap.is_alive(job.object), "a job in hand roots its object");
    drop(job);
    assert_eq!(heap.collect().freed, 1);
}

#[test]
fn dropping_the_heap_runs_no_finalizers_and_drops_every_value_once() {
    use std::cell::Cell;
    use std::rc::Rc;
    let ran = Rc::new(Cell::new(false));
    let mut heap = Heap::new();
    let n = node(&mut heap, 1);
    let r = ran.clone();
    heap.on_finalize(n.into(), move |_, _| r.set(true)).unwrap();
    let m = node_with_finalizer(&mut heap, 2);
    heap.collect();
    assert_eq!(heap.pending_len(), 2);
    let _ = m;
    drop(heap);
    assert!(!ran.get());
}

/// Issue #16: `Heap::queue_pending` is the one safe way to queue work outside a collection (what
/// `FinalizeRegistry::shutdown` needs); a finalizer queued through it is disarmed, so no
/// collection queues it again.
#[test]
fn queue_pending_keeps_each_finalizer_at_most_once() {
    let mut heap = Heap::new();
    let obj = heap.alloc(String::from("x"));
    heap.set_finalizer(obj, true).unwrap();
    assert_eq!(heap.queue_pending(PendingKind::Finalize, obj), Ok(true));
    assert_eq!(
        heap.queue_pending(PendingKind::Finalize, obj),
        Ok(false),
        "already queued once"
    );
    let report = heap.collect();
    assert_eq!(
        (report.finalizers_queued, report.freed),
        (0, 0),
        "the queue roots it"
    );
    let job = heap.next_pending().unwrap();
    assert_eq!((job.kind, job.object), (PendingKind::Finalize, obj.into()));
    drop(job);
    assert_eq!(heap.collect().freed, 1);
    assert!(
        heap.queue_pending(PendingKind::Callback, obj).is_err(),
        "stale"
    );
}

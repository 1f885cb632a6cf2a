//! `Finalize` and `FinalizeRegistry` (Python's `weakref.finalize`): kept alive by the registry,
//! called at most once, `detach`/`peek`/`alive`, and `atexit` at an explicit shutdown.

use weakgc_collector::collect;
use weakgc_heap::{Gc, Heap, HeapError, PendingKind};
use weakgc_weak::{Finalize, FinalizeRegistry};

use crate::support::*;

type F = Finalize<&'static str>;

/// Drains the queue as an embedder does: each `Callback` job for a `Finalize` is answered with
/// `Finalize::call`, and the returned data "invoked" (recorded).
fn drain(heap: &mut Heap) -> Vec<&'static str> {
    let mut ran = Vec::new();
    heap.run_pending(|heap, job| {
        assert_eq!(job.kind, PendingKind::Callback);
        let f = heap.downcast::<F>(job.object).unwrap();
        ran.extend(Finalize::call(heap, f));
    });
    ran
}

#[test]
fn it_runs_once_when_its_target_dies_though_nothing_else_holds_it() {
    let mut heap = Heap::new();
    let mut registry = FinalizeRegistry::new();
    let obj = node(&mut heap, 1);
    let obj_root = heap.root(obj);
    let f = registry.register(&mut heap, obj, "cleanup").unwrap();
    collect(&mut heap);
    assert!(
        Finalize::alive(&heap, f),
        "the registry keeps it while its target lives"
    );
    assert!(drain(&mut heap).is_empty());
    drop(obj_root);
    collect(&mut heap);
    assert!(!heap.is_alive(obj));
    assert!(Finalize::alive(&heap, f), "alive until called");
    assert_eq!(Finalize::peek(&heap, f), None, "its target is dead");
    assert_eq!(drain(&mut heap), vec!["cleanup"]);
    assert!(!Finalize::alive(&heap, f));
    assert_eq!(Finalize::call(&mut heap, f), None, "at most once");
    registry.prune(&heap);
    collect(&mut heap);
    assert!(!heap.is_alive(f), "a dead finalizer is let go");
}

#[test]
fn an_early_call_runs_it_and_the_target_death_queues_nothing() {
    let mut heap = Heap::new();
    let mut registry = FinalizeRegistry::new();
    let obj = node(&mut heap, 1);
    let f = registry.register(&mut heap, obj, "early").unwrap();
    assert_eq!(Finalize::call(&mut heap, f), Some("early"));
    let report = collect(&mut heap);
    assert_eq!(report.callbacks_queued, 0);
    assert!(drain(&mut heap).is_empty());
}

#[test]
fn detach_returns_target_and_data_only_while_both_live() {
    let mut heap = Heap::new();
    let mut registry = FinalizeRegistry::new();
    let obj = node(&mut heap, 1);
    let f = registry.register(&mut heap, obj, "data").unwrap();
    assert_eq!(Finalize::peek(&heap, f), Some((obj.into(), &"data")));
    assert_eq!(Finalize::detach(&mut heap, f), Some((obj.into(), "data")));
    assert_eq!(Finalize::detach(&mut heap, f), None);
    assert_eq!(Finalize::peek(&heap, f), None);
    assert!(!Finalize::alive(&heap, f));
    let report = collect(&mut heap);
    assert_eq!(report.callbacks_queued, 0);

    let obj = node(&mut heap, 2);
    let g = registry.register(&mut heap, obj, "late").unwrap();
    collect(&mut heap);
    assert_eq!(
        Finalize::detach(&mut heap, g),
        None,
        "the target is dead: too late to detach"
    );
    assert_eq!(drain(&mut heap), vec!["late"]);
}

#[test]
fn its_data_is_traced_while_alive() {
    let mut heap = Heap::new();
    let mut registry = FinalizeRegistry::<Gc<Node>>::new();
    let obj = node(&mut heap, 1);
    let _obj_root = heap.root(obj);
    let arg = node(&mut heap, 2);
    let f = registry.register(&mut heap, obj, arg).unwrap();
    collect(&mut heap);
    assert!(
        heap.is_alive(arg),
        "func and args live as long as the finalizer"
    );
    Finalize::call(&mut heap, f);
    collect(&mut heap);
    assert!(!heap.is_alive(arg));
}

#[test]
fn a_target_that_refuses_weak_references_is_an_error() {
    let mut heap = Heap::new();
    let mut registry = FinalizeRegistry::new();
    let one = heap.alloc(Int(1));
    let err = registry.register(&mut heap, one, "x").unwrap_err();
    assert!(matches!(err, HeapError::NotWeakReferenceable { .. }));
    assert_eq!(
        err.to_string(),
        "cannot create weak reference to 'int' object"
    );
}

#[test]
fn shutdown_queues_live_atexit_finalizers_newest_first_once() {
    let mut heap = Heap::new();
    let mut registry = FinalizeRegistry::new();
    let obj = node(&mut heap, 1);
    let _obj_root = heap.root(obj);
    let mut fs = Vec::new();
    for name in ["a", "b", "c", "d", "e"] {
        fs.push(registry.register(&mut heap, obj, name).unwrap());
    }
    heap.get_mut(fs[1]).set_atexit(false); // "b" is not run at exit
    Finalize::call(&mut heap, fs[3]); // "d" already ran
    Finalize::detach(&mut heap, fs[4]); // "e" detached
    assert_eq!(registry.alive(&heap).count(), 3);
    assert_eq!(registry.shutdown(&mut heap), 2);
    assert_eq!(registry.shutdown(&mut heap), 0, "nothing is queued twice");
    collect(&mut heap); // a collection before draining frees nothing the queue holds
    assert_eq!(drain(&mut heap), vec!["c", "a"]);
    assert_eq!(registry.alive(&heap).collect::<Vec<_>>(), vec![fs[1]]);
    assert!(heap.get(fs[1]).target().is_alive(&heap));
}

#[test]
fn finalizers_registered_during_the_exit_drain_run_on_the_next_shutdown() {
    let mut heap = Heap::new();
    let mut registry = FinalizeRegistry::new();
    let obj = node(&mut heap, 1);
    let _obj_root = heap.root(obj);
    registry.register(&mut heap, obj, "first").unwrap();
    let mut ran = Vec::new();
    while registry.shutdown(&mut heap) > 0 {
        while let Some(job) = heap.next_pending() {
            let f = heap.downcast::<F>(job.object).unwrap();
            let data = Finalize::call(&mut heap, f).unwrap();
            if data == "first" {
                registry.register(&mut heap, obj, "made at exit").unwrap();
            }
            ran.push(data);
        }
    }
    assert_eq!(ran, vec!["first", "made at exit"]);
}

#[test]
fn many_short_lived_finalizers_do_not_pile_up_in_the_registry() {
    let mut heap = Heap::new();
    let mut registry = FinalizeRegistry::new();
    let obj = node(&mut heap, 1);
    let _obj_root = heap.root(obj);
    for _ in 0..1000 {
        let f = registry.register(&mut heap, obj, "x").unwrap();
        Finalize::detach(&mut heap, f);
    }
    collect(&mut heap);
    assert!(
        heap.object_count() < 100,
        "dead finalizers are unrooted and collected"
    );
}

/// Issue #16: a `finalize` object that had run (or was detached) stayed rooted by the registry
/// until its next `prune`.
#[test]
fn a_called_or_detached_finalizer_is_let_go_at_once() {
    let mut heap = Heap::new();
    let mut registry = FinalizeRegistry::new();
    let obj = node(&mut heap, 1);
    let _obj_root = heap.root(obj);
    let called = registry.register(&mut heap, obj, "called").unwrap();
    let detached = registry.register(&mut heap, obj, "detached").unwrap();
    let kept = registry.register(&mut heap, obj, "kept").unwrap();
    assert_eq!(Finalize::call(&mut heap, called), Some("called"));
    assert!(Finalize::detach(&mut heap, detached).is_some());
    collect(&mut heap);
    assert!(!heap.is_alive(called), "called: let go without a prune");
    assert!(!heap.is_alive(detached), "detached: let go without a prune");
    assert!(heap.is_alive(kept));
    assert_eq!(registry.alive(&heap).collect::<Vec<_>>(), vec![kept]);
}

#[test]
fn a_finalizer_answered_from_the_queue_is_let_go_at_once() {
    let mut heap = Heap::new();
    let mut registry = FinalizeRegistry::new();
    let obj = node(&mut heap, 1);
    let f = registry.register(&mut heap, obj, "cleanup").unwrap();
    collect(&mut heap);
    assert_eq!(drain(&mut heap), vec!["cleanup"]);
    collect(&mut heap);
    assert!(!heap.is_alive(f));
}

#[test]
fn dropping_the_registry_lets_its_finalizers_go() {
    let mut heap = Heap::new();
    let mut registry = FinalizeRegistry::new();
    let obj = node(&mut heap, 1);
    let _obj_root = heap.root(obj);
    let f = registry.register(&mut heap, obj, "x").unwrap();
    drop(registry);
    collect(&mut heap);
    assert!(!heap.is_alive(f));
}

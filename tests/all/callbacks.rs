//! Weak reference objects with callbacks (`WeakRef`, `Heap::watch`): order, liveness, re-entrancy.

use weakgc::{getweakrefcount, getweakrefs, GcAny, Heap, PendingKind, WeakRef};

use crate::support::*;

/// Drains the queue, recording `("del", id)` for finalizers and `("cb", tag)` for callbacks.
fn drain(heap: &mut Heap) -> Vec<(&'static str, u32)> {
    let mut log = Vec::new();
    heap.run_pending(|heap, job| match job.kind {
        PendingKind::Finalize => log.push(("del", id_of(heap, job.object))),
        PendingKind::Callback => {
            let wr = heap.downcast::<WeakRef<u32>>(job.object).unwrap();
            log.push(("cb", *heap.get(wr).callback().unwrap()));
        }
    });
    log
}

#[test]
fn callbacks_run_newest_first_after_the_finalizer() {
    let mut heap = Heap::new();
    let n = node_with_finalizer(&mut heap, 9);
    let mut roots = Vec::new();
    for tag in 1..=3u32 {
        let wr = WeakRef::new(&mut heap, n, Some(tag)).unwrap();
        roots.push(heap.root(wr));
    }
    assert_eq!(getweakrefcount(&heap, n), 3);
    heap.collect();
    assert_eq!(
        drain(&mut heap),
        vec![("del", 9), ("cb", 3), ("cb", 2), ("cb", 1)]
    );
}

#[test]
fn a_lone_dying_object_queues_its_finalizer_then_its_callbacks_and_keeps_what_it_reaches() {
    // The only dead object with work (other dead objects have none): queued without ordering the
    // dead graph, with the same order and counts.
    let mut heap = Heap::new();
    let n = node_with_finalizer(&mut heap, 9);
    let child = node(&mut heap, 10);
    link(&mut heap, n, child);
    node(&mut heap, 11);
    let mut roots = Vec::new();
    for tag in [1u32, 2] {
        let wr = WeakRef::new(&mut heap, n, Some(tag)).unwrap();
        roots.push(heap.root(wr));
    }
    let report = heap.collect();
    assert_eq!((report.finalizers_queued, report.callbacks_queued), (1, 2));
    assert_eq!((report.kept_for_finalizers, report.freed), (2, 1));
    assert_eq!(drain(&mut heap), vec![("del", 9), ("cb", 2), ("cb", 1)]);
    assert_eq!(
        heap.collect().freed,
        2,
        "the finalized object and its child"
    );

    let m = node(&mut heap, 12);
    let wr = WeakRef::new(&mut heap, m, Some(3u32)).unwrap();
    roots.push(heap.root(wr));
    let report = heap.collect();
    assert_eq!((report.finalizers_queued, report.callbacks_queued), (0, 1));
    assert_eq!((report.kept_for_finalizers, report.freed), (0, 1));
    assert_eq!(drain(&mut heap), vec![("cb", 3)]);
}

#[test]
fn callback_does_not_run_when_its_weak_reference_object_died_too() {
    let mut heap = Heap::new();
    let n = node(&mut heap, 1);
    let kept = WeakRef::new(&mut heap, n, Some(1u32)).unwrap();
    let _lost = WeakRef::new(&mut heap, n, Some(2u32)).unwrap();
    let _root = heap.root(kept);
    let report = heap.collect();
    assert_eq!(report.callbacks_queued, 1);
    assert_eq!(drain(&mut heap), vec![("cb", 1)]);
}

#[test]
fn callback_sees_its_weak_reference_already_dead() {
    let mut heap = Heap::new();
    let n = node(&mut heap, 1);
    let wr = WeakRef::new(&mut heap, n, Some(1u32)).unwrap();
    let _root = heap.root(wr);
    heap.collect();
    let mut seen = None;
    heap.run_pending(|heap, job| {
        let wr = heap.downcast::<WeakRef<u32>>(job.object).unwrap();
        seen = Some(WeakRef::get(heap, wr));
    });
    assert_eq!(seen, Some(None));
}

#[test]
fn chain_dies_referrers_first_with_the_callback_last() {
    // CPython 3.11 prints del a, del b, del c, callback for c (conformance: del_chain_order.py).
    let mut heap = Heap::new();
    let c = node_with_finalizer(&mut heap, 3);
    let b = node_with_finalizer(&mut heap, 2);
    let a = node_with_finalizer(&mut heap, 1);
    link(&mut heap, a, b);
    link(&mut heap, b, c);
    let wc = WeakRef::new(&mut heap, c, Some(30u32)).unwrap();
    let _root = heap.root(wc);
    let report = heap.collect();
    assert_eq!((report.finalizers_queued, report.callbacks_queued), (3, 1));
    assert_eq!(
        drain(&mut heap),
        vec![("del", 1), ("del", 2), ("del", 3), ("cb", 30)]
    );
    assert_eq!(heap.collect().freed, 3);
}

#[test]
fn order_holds_even_when_referents_were_allocated_first_or_last() {
    let mut heap = Heap::new();
    let a = node_with_finalizer(&mut heap, 1);
    let b = node_with_finalizer(&mut heap, 2);
    let c = node_with_finalizer(&mut heap, 3);
    link(&mut heap, c, b);
    link(&mut heap, b, a);
    heap.collect();
    assert_eq!(drain(&mut heap), vec![("del", 3), ("del", 2), ("del", 1)]);
}

#[test]
fn a_cycle_is_finalized_in_allocation_order() {
    let mut heap = Heap::new();
    let a = node_with_finalizer(&mut heap, 1);
    let b = node_with_finalizer(&mut heap, 2);
    let c = node_with_finalizer(&mut heap, 3);
    link(&mut heap, a, b);
    link(&mut heap, b, c);
    link(&mut heap, c, a);
    heap.collect();
    assert_eq!(drain(&mut heap), vec![("del", 1), ("del", 2), ("del", 3)]);
}

#[test]
fn callback_that_creates_a_weak_ref_to_another_dying_object() {
    // The new weak reference is ordinary: the next cycle that finds its referent dead clears it and
    // queues its callback once.
    let mut heap = Heap::new();
    let x = node(&mut heap, 1);
    let y = node_with_finalizer(&mut heap, 2);
    let wx = WeakRef::new(&mut heap, x, Some(1u32)).unwrap();
    let _r = heap.root(wx);
    heap.collect();
    let mut made: Vec<weakgc::Root<WeakRef<u32>>> = Vec::new();
    let mut log = Vec::new();
    heap.run_pending(|heap, job| match job.kind {
        PendingKind::Callback => {
            let wy = WeakRef::new(heap, y, Some(2u32)).unwrap();
            made.push(heap.root(wy));
            log.push("cb x");
        }
        PendingKind::Finalize => log.push("del y"),
    });
    // y was unreachable in the same cycle as x; unrelated objects are handled in cell order.
    assert_eq!(log, vec!["cb x", "del y"]);
    let wy = *made[0];
    assert_eq!(
        WeakRef::get(&heap, wy),
        Some(y.into()),
        "y is still kept (its finalizer ran just now)"
    );
    heap.collect();
    assert_eq!(WeakRef::get(&heap, wy), None);
    assert_eq!(drain(&mut heap), vec![("cb", 2)]);
    heap.collect();
    assert_eq!(heap.pending_len(), 0);
}

#[test]
fn getweakrefs_lists_live_weak_reference_objects_oldest_first() {
    let mut heap = Heap::new();
    let n = node(&mut heap, 1);
    let _root = heap.root(n);
    let first = WeakRef::new(&mut heap, n, Some(1u32)).unwrap();
    let second = WeakRef::new(&mut heap, n, Some(2u32)).unwrap();
    let _r2 = heap.root(second);
    assert_eq!(
        getweakrefs(&heap, n),
        vec![GcAny::from(first), second.into()]
    );
    heap.collect();
    assert_eq!(getweakrefs(&heap, n), vec![GcAny::from(second)]);
    assert_eq!(getweakrefcount(&heap, n), 1);
}

#[test]
fn weak_references_without_callback_are_listed_but_never_queued() {
    let mut heap = Heap::new();
    let n = node_with_finalizer(&mut heap, 1);
    let quiet_first = WeakRef::<u32>::new(&mut heap, n, None).unwrap();
    let calling = WeakRef::new(&mut heap, n, Some(7u32)).unwrap();
    let quiet_last = WeakRef::<u32>::new(&mut heap, n, None).unwrap();
    let _roots = [quiet_first, calling, quiet_last].map(|wr| heap.root(wr));
    let all: Vec<GcAny> = vec![quiet_first.into(), calling.into(), quiet_last.into()];
    assert_eq!(getweakrefs(&heap, n), all, "registration order, both kinds");
    assert_eq!(getweakrefcount(&heap, n), 3);
    let report = heap.collect();
    assert_eq!((report.finalizers_queued, report.callbacks_queued), (1, 1));
    assert_eq!(drain(&mut heap), vec![("del", 1), ("cb", 7)]);

    let m = node(&mut heap, 2);
    let only_quiet = WeakRef::<u32>::new(&mut heap, m, None).unwrap();
    let _root = heap.root(only_quiet);
    assert_eq!(getweakrefs(&heap, m), vec![GcAny::from(only_quiet)]);
    let report = heap.collect();
    assert_eq!(
        (report.callbacks_queued, report.freed),
        (0, 2),
        "m, and n after its finalizer"
    );
    assert_eq!(heap.pending_len(), 0);
    assert_eq!(WeakRef::get(&heap, only_quiet), None);
}

#[test]
fn queued_work_is_a_root_until_drained_and_runs_exactly_once() {
    let mut heap = Heap::new();
    let n = node_with_finalizer(&mut heap, 5);
    let child = node(&mut heap, 6);
    link(&mut heap, n, child);
    heap.collect();
    assert_eq!(heap.pending_len(), 1);
    for _ in 0..3 {
        let report = heap.collect();
        assert_eq!((report.freed, report.finalizers_queued), (0, 0));
        assert!(heap.is_alive(n) && heap.is_alive(child));
    }
    assert_eq!(drain(&mut heap), vec![("del", 5)]);
    assert_eq!(heap.collect().freed, 2);
    assert!(drain(&mut heap).is_empty());
}

#[test]
fn unwatch_stops_a_callback() {
    let mut heap = Heap::new();
    let n = node(&mut heap, 1);
    let wr = WeakRef::new(&mut heap, n, Some(1u32)).unwrap();
    let _root = heap.root(wr);
    assert!(heap.unwatch(n, wr));
    assert_eq!(heap.collect().callbacks_queued, 0);
}

#[test]
fn each_unwatch_takes_back_one_registration() {
    let mut heap = Heap::new();
    let n = node(&mut heap, 1);
    let wr = WeakRef::new(&mut heap, n, Some(1u32)).unwrap();
    let _root = heap.root(wr);
    heap.watch(n, wr).unwrap();
    heap.watch_without_callback(n.into(), wr.into()).unwrap();
    assert_eq!(getweakrefcount(&heap, n), 3);
    assert!(heap.unwatch(n, wr), "the listing-only one, newest");
    assert_eq!(getweakrefcount(&heap, n), 2);
    assert_eq!(heap.collect().callbacks_queued, 2);
    assert_eq!(drain(&mut heap), vec![("cb", 1), ("cb", 1)]);
}

#[test]
fn a_dead_container_releases_its_items_last_first_as_refcounting_would() {
    // CPython's list_dealloc drops items from the end (conformance: list_slot_del_and_collect.py);
    // an item's own referents follow it before the next item.
    let mut heap = Heap::new();
    let list = node(&mut heap, 0);
    let items: Vec<_> = (1..=3).map(|i| node_with_finalizer(&mut heap, i)).collect();
    let inner = node_with_finalizer(&mut heap, 10);
    link(&mut heap, items[0], inner);
    for item in &items {
        link(&mut heap, list, *item);
    }
    heap.collect();
    assert_eq!(
        drain(&mut heap),
        vec![("del", 3), ("del", 2), ("del", 1), ("del", 10)]
    );
}

#[test]
fn unrelated_dead_roots_go_in_cell_order_each_with_what_it_alone_held() {
    let mut heap = Heap::new();
    let a = node_with_finalizer(&mut heap, 1);
    let b = node_with_finalizer(&mut heap, 2);
    let a_child = node_with_finalizer(&mut heap, 11);
    let b_child = node_with_finalizer(&mut heap, 22);
    link(&mut heap, a, a_child);
    link(&mut heap, b, b_child);
    heap.collect();
    assert_eq!(
        drain(&mut heap),
        vec![("del", 1), ("del", 11), ("del", 2), ("del", 22)]
    );
}

#[test]
fn a_release_holder_orders_only_what_no_other_dead_object_refers_to() {
    // An interpreter imitating refcounting released `y` through a holder while `r` still held it;
    // when both die, `y` dies in `r`'s order (its references in reverse trace order), not the
    // holder's, whatever the cells' order. Without the note the holder, in the higher cell,
    // would claim `y` and order it after `x`.
    let mut heap = Heap::new();
    let r = node_with_finalizer(&mut heap, 1);
    let x = node_with_finalizer(&mut heap, 11);
    let y = node_with_finalizer(&mut heap, 12);
    let alone = node_with_finalizer(&mut heap, 13);
    link(&mut heap, r, x);
    link(&mut heap, r, y);
    let holder = node(&mut heap, 99);
    link(&mut heap, holder, y);
    link(&mut heap, holder, alone);
    heap.note_released(holder);
    heap.collect();
    assert_eq!(
        drain(&mut heap),
        vec![("del", 13), ("del", 1), ("del", 12), ("del", 11)]
    );
}

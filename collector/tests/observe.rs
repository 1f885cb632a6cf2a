//! `collect_observing` and `collect_minor_observing`: the observer sees exactly the objects the
//! cycle found unreachable, readable, before weak references are cleared or finalizers queued;
//! what it keeps survives the cycle untouched, with all it reaches; a panicking observer loses
//! nothing.

use std::panic::{catch_unwind, AssertUnwindSafe};

use weakgc_collector::{collect, collect_minor_observing, collect_observing, CollectorMode};
use weakgc_heap::{GcAny, Heap, Liveness, Trace, Tracer, WeakAny};

mod common;
use common::{link, node, Node};

/// The names of `dead`, sorted, read from the heap while the observer runs.
fn names(heap: &Heap, dead: &[GcAny]) -> Vec<&'static str> {
    let mut out: Vec<_> = dead
        .iter()
        .map(|gc| heap.get(heap.downcast::<Node>(*gc).unwrap()).name)
        .collect();
    out.sort();
    out
}

#[test]
fn the_observer_sees_every_unreachable_object_before_weak_references_clear() {
    let mut heap = Heap::new();
    let live = node(&mut heap, "live", false);
    let _root = heap.root(live);
    let a = node(&mut heap, "a", false);
    let b = node(&mut heap, "b", true);
    let c = node(&mut heap, "c", false);
    link(&mut heap, a, b);
    link(&mut heap, b, a);
    link(&mut heap, b, c);
    let child = node(&mut heap, "child", false);
    link(&mut heap, live, child);
    let weak = heap.downgrade(a).unwrap();
    let mut seen = Vec::new();
    let mut weak_alive_then = false;
    let report = collect_observing(&mut heap, &(), &mut |heap, dead| {
        seen = names(heap, dead);
        weak_alive_then = heap.upgrade(weak).is_some();
        Vec::new()
    });
    // `b` has a finalizer: the cycle keeps it and what it reaches, yet all three were unreachable.
    assert_eq!(seen, ["a", "b", "c"]);
    assert!(weak_alive_then, "observed before step 3");
    assert!(heap.upgrade(weak).is_none());
    assert_eq!(report.kept_for_finalizers, 3);
}

#[test]
fn a_minor_observer_sees_only_the_young_dead() {
    let mut heap = Heap::new();
    heap.set_mode(CollectorMode::Generational { promote_after: 1 });
    let old_garbage = node(&mut heap, "old garbage", false);
    let keep = heap.root(old_garbage);
    collect(&mut heap);
    assert!(heap.is_old(old_garbage));
    drop(keep);
    node(&mut heap, "young garbage", false);
    let survivor = node(&mut heap, "young survivor", false);
    let _root = heap.root(survivor);
    let mut seen = Vec::new();
    collect_minor_observing(&mut heap, &(), &mut |heap, dead| {
        seen = names(heap, dead);
        Vec::new()
    });
    assert_eq!(seen, ["young garbage"]);
    assert!(heap.is_alive(old_garbage), "a minor keeps old garbage");
    // Outside generational mode it is a full collection, observed the same way.
    heap.set_mode(CollectorMode::StopTheWorld);
    collect_minor_observing(&mut heap, &(), &mut |heap, dead| {
        seen = names(heap, dead);
        Vec::new()
    });
    assert_eq!(seen, ["old garbage"]);
}

#[test]
fn a_panicking_observer_frees_nothing_and_the_next_cycle_is_whole() {
    let mut heap = Heap::new();
    let dead = node(&mut heap, "dead", true);
    let weak = heap.downgrade(dead).unwrap();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        collect_observing(&mut heap, &(), &mut |_, _| {
            panic!("observer panicked on purpose")
        })
    }));
    assert!(outcome.is_err());
    assert!(heap.is_alive(dead) && heap.upgrade(weak).is_some());
    assert_eq!(heap.pending_len(), 0);
    let report = collect(&mut heap);
    assert_eq!(report.finalizers_queued, 1);
    assert!(heap.upgrade(weak).is_none());
}

#[test]
fn what_the_observer_keeps_survives_with_everything_it_reaches() {
    let mut heap = Heap::new();
    // A cycle with a finalizer and a weak reference, and what it reaches.
    let a = node(&mut heap, "a", true);
    let b = node(&mut heap, "b", false);
    let c = node(&mut heap, "c", false);
    link(&mut heap, a, b);
    link(&mut heap, b, a);
    link(&mut heap, b, c);
    let lone = node(&mut heap, "lone", false);
    let weak = heap.downgrade(a).unwrap();
    let weak_c = heap.downgrade(c).unwrap();
    let report = collect_observing(&mut heap, &(), &mut |_, dead| {
        assert_eq!(dead.len(), 4);
        vec![a.into()]
    });
    assert_eq!(
        (report.freed, report.finalizers_queued, report.weak_cleared),
        (1, 0, 0)
    );
    assert!(!heap.is_alive(lone));
    assert!(heap.upgrade(weak).is_some() && heap.upgrade(weak_c).is_some());
    // Not kept the next time: the cycle dies as any garbage does, finalizer first.
    let report = collect_observing(&mut heap, &(), &mut |heap, dead| {
        assert_eq!(names(heap, dead), ["a", "b", "c"]);
        Vec::new()
    });
    assert_eq!(report.finalizers_queued, 1);
    assert!(heap.upgrade(weak).is_none());
}

/// A weak-key table: entries are ephemerons.
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
fn an_ephemeron_value_lives_when_the_observer_keeps_its_key() {
    for generational in [false, true] {
        let mut heap = Heap::new();
        if generational {
            heap.set_mode(CollectorMode::Generational { promote_after: 1 });
        }
        let key = node(&mut heap, "key", false);
        let value = node(&mut heap, "value", false);
        let weak_key = heap.downgrade(key).unwrap();
        let table = heap.alloc(Table(vec![(weak_key.into(), value.into())]));
        let _root = heap.root(table);
        collect_minor_observing(&mut heap, &(), &mut |heap, dead| {
            assert_eq!(names(heap, dead), ["key", "value"]);
            vec![key.into()]
        });
        assert!(heap.is_alive(key) && heap.is_alive(value));
        assert_eq!(heap.get(table).0.len(), 1);
        collect(&mut heap);
        assert!(!heap.is_alive(key) && !heap.is_alive(value));
        assert_eq!(heap.get(table).0.len(), 0);
    }
}

//! `Heap::freeze` (Python's `gc.freeze()`): frozen objects are kept by every collection, full,
//! incremental, minor or major, with their weak references uncleared and their finalizers and
//! callbacks unqueued, and so is what they refer to; after `unfreeze` the unreachable ones die
//! in the next full collection exactly as unfrozen garbage would (docs/semantics.md, "Freeze").

use weakgc_collector::{collect, collect_minor, collect_step, CollectorMode, Pacing};
use weakgc_heap::{Gc, GcAny, GcPhase, Heap, PendingKind, Trace, Tracer, Weak, FROZEN_ROOT};

mod common;
use common::{link, node, Node};

/// A rooted watcher (a weak reference object with a callback) and an unreachable cycle `a <-> b`:
/// `a` has a finalizer, `b` a plain weak handle and the watcher's registration.
struct Garbage {
    a: Gc<Node>,
    b: Gc<Node>,
    weak_b: Weak<Node>,
    _root: weakgc_heap::Root<Node>,
}

fn garbage(heap: &mut Heap) -> Garbage {
    let watcher = node(heap, "watcher", false);
    let root = heap.root(watcher);
    let a = node(heap, "a", true);
    let b = node(heap, "b", false);
    link(heap, a, b);
    link(heap, b, a);
    let weak_b = heap.downgrade(b).unwrap();
    heap.watch(b, watcher).unwrap();
    Garbage {
        a,
        b,
        weak_b,
        _root: root,
    }
}

/// The jobs queued, as (kind, object's name), draining the queue.
fn drain(heap: &mut Heap) -> Vec<(PendingKind, &'static str)> {
    let mut order = Vec::new();
    heap.run_pending(|heap, job| {
        let name = heap.get(heap.downcast::<Node>(job.object).unwrap()).name;
        order.push((job.kind, name));
    });
    order
}

/// Runs one whole cycle of the kind `how` names.
fn cycle(heap: &mut Heap, how: &str) {
    match how {
        "full" => {
            collect(heap);
        }
        "incremental" => {
            let pacing = Pacing {
                step_units: Some(1),
                ..Pacing::default()
            };
            while collect_step(heap, &pacing, &()).finished.is_none() {}
        }
        "minor" => {
            collect_minor(heap, &());
        }
        _ => unreachable!(),
    }
    heap.verify().unwrap();
}

fn still_whole(heap: &Heap, g: &Garbage) {
    assert!(
        heap.is_alive(g.a) && heap.is_alive(g.b),
        "frozen garbage freed"
    );
    assert_eq!(
        heap.upgrade(g.weak_b),
        Some(g.b),
        "a frozen object's weak handle cleared"
    );
    assert_eq!(
        heap.pending_len(),
        0,
        "a frozen object's finalizer or callback queued"
    );
}

/// What a heap that never froze queues for the same garbage: DESIGN's order.
fn unfrozen_order() -> Vec<(PendingKind, &'static str)> {
    let mut heap = Heap::new();
    let g = garbage(&mut heap);
    collect(&mut heap);
    assert_eq!(heap.upgrade(g.weak_b), None);
    drain(&mut heap)
}

fn frozen_garbage_survives_then_dies_after_unfreeze(mode: CollectorMode, cycles: &[&str]) {
    let expected = unfrozen_order();
    assert!(expected.contains(&(PendingKind::Finalize, "a")));
    assert!(expected.contains(&(PendingKind::Callback, "watcher")));

    let mut heap = Heap::new();
    heap.set_mode(mode);
    let g = garbage(&mut heap);
    heap.freeze();
    assert!(heap.is_frozen(g.a) && heap.is_frozen(g.b));
    assert_eq!(heap.freeze_count(), 3);
    // An object allocated after the freeze and stored into a frozen one lives as long as it.
    let late = node(&mut heap, "late", false);
    link(&mut heap, g.a, late);
    assert!(!heap.is_frozen(late));
    let path = heap.retention_path(late.into(), &()).expect("reachable");
    assert_eq!(path.root.to_string(), format!("root \"{FROZEN_ROOT}\""));
    for how in cycles {
        cycle(&mut heap, how);
        still_whole(&heap, &g);
        assert!(
            heap.is_alive(late),
            "an object a frozen one refers to freed ({how})"
        );
    }

    heap.unfreeze();
    assert_eq!(heap.freeze_count(), 0);
    assert!(!heap.is_frozen(g.a));
    collect(&mut heap);
    heap.verify().unwrap();
    assert_eq!(heap.upgrade(g.weak_b), None, "cleared once unfrozen");
    assert_eq!(
        drain(&mut heap),
        expected,
        "DESIGN's order, as if never frozen"
    );
    // The finalizer has run: the next collection frees the cycle and what it held.
    collect(&mut heap);
    assert!(!heap.is_alive(g.a) && !heap.is_alive(g.b) && !heap.is_alive(late));
}

#[test]
fn frozen_garbage_survives_full_collections() {
    frozen_garbage_survives_then_dies_after_unfreeze(
        CollectorMode::StopTheWorld,
        &["full", "full"],
    );
}

#[test]
fn frozen_garbage_survives_incremental_cycles() {
    frozen_garbage_survives_then_dies_after_unfreeze(
        CollectorMode::StopTheWorld,
        &["incremental", "full", "incremental"],
    );
}

#[test]
fn frozen_garbage_survives_minors_and_majors() {
    frozen_garbage_survives_then_dies_after_unfreeze(
        CollectorMode::GENERATIONAL,
        &["minor", "incremental", "minor", "full", "minor"],
    );
}

#[test]
fn freezing_mid_cycle_ends_the_cycle_and_freezes_only_the_live() {
    let mut heap = Heap::new();
    let keep = node(&mut heap, "keep", false);
    let _root = heap.root(keep);
    for _ in 0..100 {
        node(&mut heap, "dead", false);
    }
    let pacing = Pacing {
        step_units: Some(1),
        ..Pacing::default()
    };
    // Mid-mark: the cycle is abandoned, so everything is frozen.
    collect_step(&mut heap, &pacing, &());
    assert_eq!(heap.gc_phase(), GcPhase::Mark);
    heap.freeze();
    assert_eq!(heap.gc_phase(), GcPhase::Idle);
    assert_eq!(heap.freeze_count(), 101);
    heap.verify().unwrap();
    assert_eq!(collect(&mut heap).freed, 0);
    heap.unfreeze();
    // Mid-sweep: the sweep is finished first, so only what it keeps is frozen.
    while heap.gc_phase() != GcPhase::Sweep {
        collect_step(&mut heap, &pacing, &());
    }
    heap.freeze();
    assert_eq!(heap.gc_phase(), GcPhase::Idle);
    assert_eq!(heap.freeze_count(), 1);
    assert!(heap.is_frozen(keep));
    heap.verify().unwrap();
}

#[test]
fn unfreezing_during_incremental_marking_frees_the_garbage_in_the_next_cycle() {
    let mut heap = Heap::new();
    let g = garbage(&mut heap);
    heap.freeze();
    let pacing = Pacing {
        step_units: Some(1),
        ..Pacing::default()
    };
    collect_step(&mut heap, &pacing, &());
    assert_eq!(heap.gc_phase(), GcPhase::Mark);
    heap.unfreeze();
    // This cycle marked them when it began: they float to its end.
    while collect_step(&mut heap, &pacing, &()).finished.is_none() {}
    still_whole(&heap, &g);
    collect(&mut heap);
    assert_eq!(heap.upgrade(g.weak_b), None);
    assert_eq!(drain(&mut heap), unfrozen_order());
}

/// A weak-key table: entries are ephemerons.
struct Table(Vec<(weakgc_heap::WeakAny, GcAny)>);
impl Trace for Table {
    fn trace(&self, tracer: &mut Tracer) {
        self.0.iter().for_each(|(k, v)| tracer.ephemeron(*k, v));
    }
    fn has_weak_entries(&self) -> bool {
        true
    }
    fn prune_weak(&mut self, liveness: &weakgc_heap::Liveness<'_>) {
        self.0.retain(|(k, _)| liveness.is_alive(*k));
    }
}

/// A frozen key keeps its entry (and the entry's value) in a live weak-key table, however the
/// table was made; once unfrozen and unreachable, the entry goes with it.
#[test]
fn a_frozen_key_keeps_its_ephemeron_entry_until_unfrozen() {
    let mut heap = Heap::new();
    let key = node(&mut heap, "key", false);
    heap.freeze();
    let table = heap.alloc(Table(Vec::new()));
    let _root = heap.root(table);
    let value = node(&mut heap, "value", false);
    let weak_key = heap.downgrade_any(key).unwrap();
    heap.get_mut(table).0.push((weak_key, value.into()));
    for how in ["full", "incremental", "full"] {
        cycle(&mut heap, how);
        assert_eq!(
            heap.get(table).0.len(),
            1,
            "the frozen key's entry pruned ({how})"
        );
        assert!(heap.is_alive(value), "the frozen key's value freed ({how})");
    }
    heap.unfreeze();
    collect(&mut heap);
    assert!(heap.get(table).0.is_empty());
    assert!(!heap.is_alive(key) && !heap.is_alive(value));
}

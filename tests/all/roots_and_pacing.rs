//! Roots (RAII and per-cycle extra roots), enable/disable, and the allocation-debt policy.

use weakheap::{Collect, Gc, Heap, Pacing, Trace, Tracer};

use crate::support::*;

#[test]
fn raii_roots_keep_objects_until_dropped_and_clones_are_independent() {
    let mut heap = Heap::new();
    let n = node(&mut heap, 1);
    let r1 = heap.root_named(n, "session cache");
    let r2 = r1.clone();
    assert_eq!(weakheap::Root::name(&r2).as_deref(), Some("session cache"));
    drop(r1);
    assert_eq!(heap.collect().freed, 0);
    drop(r2);
    assert_eq!(heap.collect().freed, 1);
}

/// An embedder's VM stack, passed as extra roots to one cycle.
struct Stack(Vec<Gc<Node>>);
impl Trace for Stack {
    fn trace(&self, tracer: &mut Tracer) {
        self.0.trace(tracer)
    }
}

#[test]
fn extra_roots_hold_for_one_cycle_only() {
    let mut heap = Heap::new();
    let a = node(&mut heap, 1);
    let b = node(&mut heap, 2);
    link(&mut heap, a, b);
    let stack = Stack(vec![a]);
    assert_eq!(heap.collect_with(&stack).freed, 0);
    assert_eq!(heap.collect().freed, 2);
}

#[test]
fn pacing_collects_when_debt_reaches_the_live_size_and_never_while_disabled() {
    let mut heap = Heap::new();
    let pacing = Pacing {
        pause_percent: 100,
        min_debt: 1024,
    };
    let live: Vec<_> = (0..100)
        .map(|i| {
            let n = node(&mut heap, i);
            heap.root(n)
        })
        .collect();
    heap.collect();
    let live_bytes = heap.bytes_in_use();

    heap.disable();
    for i in 0..1000 {
        node(&mut heap, i);
        assert!(heap.collect_if_due(&pacing, &()).is_none());
    }
    heap.enable();
    assert!(
        heap.collect_if_due(&pacing, &()).is_some(),
        "the debt is still owed"
    );

    let mut allocated = 0;
    loop {
        node(&mut heap, 0);
        allocated += 1;
        if heap.collect_if_due(&pacing, &()).is_some() {
            break;
        }
    }
    assert_eq!(
        allocated * (live_bytes / 100),
        live_bytes,
        "due exactly when the debt reaches the live size"
    );
    drop(live);
}

//! Roots (RAII and per-cycle extra roots), enable/disable, and the allocation-debt policy.

use weakgc::{Gc, Heap, Pacing, Trace, Tracer};

use crate::support::*;

#[test]
fn raii_roots_keep_objects_until_dropped_and_clones_are_independent() {
    let mut heap = Heap::new();
    let n = node(&mut heap, 1);
    let r1 = heap.root_named(n, "session cache");
    let r2 = r1.clone();
    assert_eq!(weakgc::Root::name(&r2).as_deref(), Some("session cache"));
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
        ..Pacing::default()
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

#[test]
fn resizable_charges_count_against_the_limit_and_go_with_their_object() {
    let mut heap = Heap::new();
    let list = heap.alloc(Vec::<u64>::new());
    let _root = heap.root(list);
    let cells = heap.bytes_in_use();
    heap.set_limit(Some(cells + 10_000));
    heap.set_resizable_bytes(list, 8_000).unwrap();
    assert_eq!(heap.bytes_in_use(), cells + 8_000);
    // A growth past the limit is refused and changes nothing.
    let err = heap.set_resizable_bytes(list, 20_000).unwrap_err();
    assert!(err.to_string().starts_with("out of memory"), "{err}");
    assert_eq!(heap.resizable_bytes(list), 8_000);
    assert_eq!(heap.bytes_in_use(), cells + 8_000);
    // So is an allocation that the charge leaves no room for.
    assert!(heap.try_alloc([0u8; 2048]).is_err());
    // Shrinking frees room; 0 removes the charge.
    heap.set_resizable_bytes(list, 100).unwrap();
    assert!(heap.try_alloc([0u8; 2048]).is_ok());
    heap.set_resizable_bytes(list, 0).unwrap();
    assert_eq!(heap.resizable_bytes(list), 0);
    heap.set_resizable_bytes(list, 4_000).unwrap();
    assert_eq!(heap.verify(), Ok(()));
    // Freed with the object, and reported as freed.
    drop(_root);
    let report = heap.collect();
    assert_eq!(report.bytes_after, 0);
    assert!(report.bytes_freed >= 4_000 + 2048, "{report:?}");
    assert_eq!(heap.resizable_bytes(list), 0);
    assert!(heap.set_resizable_bytes(list, 1).is_err(), "a stale handle");
    assert_eq!(heap.bytes_in_use(), 0);
}

#[test]
fn resizable_growth_is_allocation_debt_and_shrinking_below_the_last_cycle_is_none() {
    let pacing = Pacing {
        pause_percent: 100,
        min_debt: 1_000,
        ..Pacing::default()
    };
    let mut heap = Heap::new();
    let list = heap.alloc(Vec::<u64>::new());
    let _root = heap.root(list);
    heap.set_resizable_bytes(list, 50_000).unwrap();
    assert!(pacing.is_due(&heap), "growth is debt");
    heap.collect();
    assert!(!pacing.is_due(&heap));
    // Shrinking below what the last cycle left owes nothing (and does not wrap).
    heap.set_resizable_bytes(list, 10).unwrap();
    assert_eq!(heap.allocated_since_collect(), 0);
    assert!(!pacing.is_due(&heap));
    // Growing back past the live size is due again.
    heap.set_resizable_bytes(list, 200_000).unwrap();
    assert!(pacing.is_due(&heap));
}

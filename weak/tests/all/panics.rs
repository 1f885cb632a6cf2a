//! Panics in user code around the tables: they propagate as errors of that call, never abort the
//! process, and leave the table and the heap consistent.

use std::panic::{catch_unwind, AssertUnwindSafe};

use weakgc_collector::collect;
use weakgc_heap::{Heap, Trace, Tracer};
use weakgc_weak::WeakKeyDictionary;

use crate::support::*;

/// A value whose `Drop` panics.
struct Bomb;

impl Trace for Bomb {
    fn trace(&self, _tracer: &mut Tracer) {}
}

impl Drop for Bomb {
    fn drop(&mut self) {
        panic!("Bomb dropped");
    }
}

#[test]
fn panicking_drops_of_pruned_values_propagate_once_and_leave_the_table_exact() {
    let mut heap = Heap::new();
    let d = heap.alloc(WeakKeyDictionary::<Bomb>::new());
    let _root = heap.root(d);
    let ks = nodes(&mut heap, 3);
    for k in &ks {
        let key = referent(&mut heap, *k);
        heap.get_mut(d).insert(key, Bomb);
    }
    let _kept = heap.root(ks[1]);
    let result = catch_unwind(AssertUnwindSafe(|| collect(&mut heap)));
    assert!(result.is_err(), "two Bombs went off: one panic, no abort");
    assert_eq!(
        heap.get(d).len(),
        1,
        "the prune finished before any value was dropped"
    );
    let report = collect(&mut heap);
    assert_eq!(report.freed, 2, "the next collection frees the dead keys");
    assert!(heap.is_alive(ks[1]));
    std::mem::forget(heap.get_mut(d).remove(ks[1]));
}

#[test]
fn a_panicking_retain_closure_removes_nothing() {
    let mut heap = Heap::new();
    let ks = nodes(&mut heap, 10);
    let mut d = WeakKeyDictionary::new();
    for (i, k) in ks.iter().enumerate() {
        let key = referent(&mut heap, *k);
        d.insert(key, i);
    }
    let result = catch_unwind(AssertUnwindSafe(|| {
        d.retain(|_, v| {
            assert!(*v != 5, "interpreter error in the predicate");
            *v % 2 == 0
        })
    }));
    assert!(result.is_err());
    assert_eq!(d.len(), 10);
    assert_eq!(
        d.values(&heap).copied().collect::<Vec<_>>(),
        (0..10).collect::<Vec<_>>()
    );
    for k in &ks {
        assert!(d.contains_key(&heap, *k));
    }
}

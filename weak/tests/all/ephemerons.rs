//! Ephemeron semantics of `WeakKeyDictionary` (DESIGN step 2): a value is reachable only through
//! its key, so self-references, cycles and chains through the table are collected — the cases
//! where CPython's `WeakKeyDictionary` leaks.

use std::time::Instant;

use weakgc_collector::collect;
use weakgc_heap::{Gc, GcAny, Heap};
use weakgc_weak::WeakKeyDictionary;

use crate::support::*;

type Table = WeakKeyDictionary<GcAny>;

fn table(heap: &mut Heap) -> (Gc<Table>, weakgc_heap::Root<Table>) {
    let d = heap.alloc(Table::new());
    (d, heap.root(d))
}

fn insert(heap: &mut Heap, d: Gc<Table>, k: impl Into<GcAny>, v: impl Into<GcAny>) {
    let key = referent(heap, k);
    heap.get_mut(d).insert(key, v.into());
}

#[test]
fn a_value_that_refers_to_its_own_key_dies_with_it() {
    let mut heap = Heap::new();
    let (d, _root) = table(&mut heap);
    let k = node(&mut heap, 1);
    let v = node(&mut heap, 2);
    link(&mut heap, v, k);
    insert(&mut heap, d, k, v);
    collect(&mut heap);
    assert!(!heap.is_alive(k) && !heap.is_alive(v));
    assert_eq!(heap.get(d).len(), 0);
}

#[test]
fn a_key_value_cycle_across_two_entries_dies() {
    let mut heap = Heap::new();
    let (d, _root) = table(&mut heap);
    let (a, b) = (node(&mut heap, 1), node(&mut heap, 2));
    insert(&mut heap, d, a, b);
    insert(&mut heap, d, b, a);
    let a_root = heap.root(a);
    collect(&mut heap);
    assert_eq!(
        heap.get(d).len(),
        2,
        "a is rooted, so b (its value) lives, so b's entry lives"
    );
    drop(a_root);
    collect(&mut heap);
    assert!(!heap.is_alive(a) && !heap.is_alive(b));
    assert_eq!(heap.get(d).len(), 0);
}

#[test]
fn a_value_kept_alive_only_through_a_live_key_survives() {
    let mut heap = Heap::new();
    let (d, _root) = table(&mut heap);
    let k = node(&mut heap, 1);
    let k_root = heap.root(k);
    let v = node(&mut heap, 2);
    let deep = node(&mut heap, 3);
    link(&mut heap, v, deep);
    insert(&mut heap, d, k, v);
    collect(&mut heap);
    assert!(heap.is_alive(v) && heap.is_alive(deep));
    assert_eq!(heap.get(d).get(&heap, k), Some(&GcAny::from(v)));
    drop(k_root);
    collect(&mut heap);
    assert!(!heap.is_alive(v) && !heap.is_alive(deep));
}

#[test]
fn a_value_in_one_table_can_be_the_key_of_another() {
    let mut heap = Heap::new();
    let (d1, _r1) = table(&mut heap);
    let (d2, _r2) = table(&mut heap);
    let (a, b, c) = (node(&mut heap, 1), node(&mut heap, 2), node(&mut heap, 3));
    // Traced in the order d2 then d1 or d1 then d2: either way c waits for b, which waits for a.
    insert(&mut heap, d2, b, c);
    insert(&mut heap, d1, a, b);
    let a_root = heap.root(a);
    collect(&mut heap);
    assert!(heap.is_alive(c));
    drop(a_root);
    collect(&mut heap);
    assert!(!heap.is_alive(a) && !heap.is_alive(b) && !heap.is_alive(c));
    assert_eq!((heap.get(d1).len(), heap.get(d2).len()), (0, 0));
}

/// Entries k[i] -> k[i + 1] for i < n, inserted head first or tail first; only k[0] is rooted.
fn chain(n: u32, tail_first: bool) {
    let mut heap = Heap::new();
    let (d, _root) = table(&mut heap);
    let ks = nodes(&mut heap, n + 1);
    let head = heap.root(ks[0]);
    let mut order: Vec<usize> = (0..n as usize).collect();
    if tail_first {
        order.reverse();
    }
    for i in order {
        insert(&mut heap, d, ks[i], ks[i + 1]);
    }
    let started = Instant::now();
    let report = collect(&mut heap);
    let first = started.elapsed();
    assert_eq!(report.freed, 0);
    assert!(ks.iter().all(|k| heap.is_alive(*k)));
    assert_eq!(heap.get(d).len(), n as usize);
    drop(head);
    let report = collect(&mut heap);
    assert_eq!(report.freed, u64::from(n) + 1);
    assert_eq!(heap.get(d).len(), 0);
    // Not a timing assertion (that lives in the benches): a record for whoever reads the output
    // when this test is suspiciously slow, which would mean the fixpoint went quadratic.
    eprintln!("chain of {n} (tail first: {tail_first}): all-live collect took {first:?}");
}

#[test]
fn a_200_entry_chain_lives_from_its_head_and_dies_without_it() {
    chain(200, false);
    chain(200, true);
}

#[test]
fn a_100_000_entry_chain_is_resolved_in_one_linear_pass() {
    chain(100_000, true);
}

/// The marker holds one-handle values back and sifts them when the gray set runs dry, but routes
/// values with two or more handles at once (waiting lists): a chain whose links alternate the two
/// kinds, across two tables, must resolve the same either way.
#[test]
fn a_chain_through_one_and_two_handle_values_lives_from_its_head_and_dies_without_it() {
    type Pairs = WeakKeyDictionary<(GcAny, GcAny)>;
    let mut heap = Heap::new();
    let (singles, _r1) = table(&mut heap);
    let pairs = heap.alloc(Pairs::new());
    let _r2 = heap.root(pairs);
    let n = 40;
    let ks = nodes(&mut heap, n + 1);
    let extras = nodes(&mut heap, n);
    for i in (0..n as usize).rev() {
        if i % 2 == 0 {
            insert(&mut heap, singles, ks[i], ks[i + 1]);
        } else {
            let key = referent(&mut heap, ks[i]);
            let value = (GcAny::from(ks[i + 1]), GcAny::from(extras[i]));
            heap.get_mut(pairs).insert(key, value);
        }
    }
    let head = heap.root(ks[0]);
    // Extras of even links were never in a table: they die; those of odd links live.
    assert_eq!(collect(&mut heap).freed, u64::from(n / 2));
    assert!(ks.iter().all(|k| heap.is_alive(*k)));
    for (i, e) in extras.iter().enumerate() {
        assert_eq!(heap.is_alive(*e), i % 2 == 1, "extra {i}");
    }
    drop(head);
    collect(&mut heap);
    assert!(ks.iter().all(|k| !heap.is_alive(*k)));
    assert_eq!((heap.get(singles).len(), heap.get(pairs).len()), (0, 0));
}

/// Live keys marked before their table is traced, live keys reached only after it (through a
/// list the table's trace does not lead to), and dead keys, all in one table: exactly the dead
/// keys' values die. The late keys are released by the first pass over the held entries, the
/// dead ones by none.
#[test]
fn live_early_live_late_and_dead_keys_in_one_table_lose_exactly_the_dead_values() {
    let mut heap = Heap::new();
    let (d, _root) = table(&mut heap);
    let n = 300;
    let ks = nodes(&mut heap, n);
    let vs = nodes(&mut heap, n);
    for i in 0..n as usize {
        insert(&mut heap, d, ks[i], vs[i]);
    }
    // Keys 0, 3, 6, ... rooted directly; 1, 4, 7, ... at the end of a 50-node list; the rest die.
    let early: Vec<_> = (0..n as usize)
        .step_by(3)
        .map(|i| heap.root(ks[i]))
        .collect();
    let list = nodes(&mut heap, 50);
    for w in list.windows(2) {
        link(&mut heap, w[0], w[1]);
    }
    for i in (1..n as usize).step_by(3) {
        link(&mut heap, list[49], ks[i]);
    }
    let list_head = heap.root(list[0]);
    collect(&mut heap);
    for i in 0..n as usize {
        let live = i % 3 != 2;
        assert_eq!(heap.is_alive(vs[i]), live, "value {i}");
        assert_eq!(heap.is_alive(ks[i]), live, "key {i}");
    }
    assert_eq!(heap.get(d).len(), 200);
    drop((early, list_head));
    collect(&mut heap);
    assert_eq!(heap.get(d).len(), 0);
    assert!(vs.iter().all(|v| !heap.is_alive(*v)));
}

//! Weak-table workloads: a large `WeakValueDictionary` cache, a `WeakKeyDictionary` whose values
//! refer to their keys, and a long ephemeron chain. `tables_cpython.py` runs the same workloads in
//! CPython for comparison; results go to docs/benchmarks.md.
//!
//! Run with `cargo bench -p weakgc-weak --bench tables`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use weakgc_collector::collect;
use weakgc_heap::{Gc, GcAny, Heap, Root};
use weakgc_weak::{Referent, WeakKeyDictionary, WeakValueDictionary};

const CACHE_ENTRIES: u64 = 1_000_000;
const SELF_REF_ENTRIES: u64 = 100_000;
const CHAIN_ENTRIES: usize = 100_000;

type Cache = WeakValueDictionary<u64>;
/// Values are plain handles: to the entry's own key, or to the next entry's key.
type Table = WeakKeyDictionary<GcAny>;

/// A heap with a rooted `WeakValueDictionary` of `CACHE_ENTRIES` values, one in ten of them kept
/// alive by a rooted list.
fn populated_cache() -> (Heap, Gc<Cache>, Root<Cache>, Root<Vec<GcAny>>) {
    let mut heap = Heap::new();
    // Not pre-sized: grows as a program's cache would (CPython's cannot be pre-sized either).
    let cache = heap.alloc(Cache::new());
    let cache_root = heap.root(cache);
    let mut survivors = Vec::with_capacity(CACHE_ENTRIES as usize / 10);
    for i in 0..CACHE_ENTRIES {
        let value = heap.alloc(i);
        if i % 10 == 0 {
            survivors.push(GcAny::from(value));
        }
        let value = Referent::new(&mut heap, value.into()).unwrap();
        heap.get_mut(cache).insert(i, value);
    }
    let survivors = heap.alloc(survivors);
    let survivors_root = heap.root(survivors);
    (heap, cache, cache_root, survivors_root)
}

fn value_dict_cache(c: &mut Criterion) {
    let mut group = c.benchmark_group("wvd_1m_one_in_ten_survive");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.bench_function("alloc_and_insert", |b| {
        b.iter_batched(|| (), |()| populated_cache(), BatchSize::PerIteration)
    });
    group.bench_function("collect_and_len", |b| {
        b.iter_batched(
            populated_cache,
            |(mut heap, cache, cache_root, survivors)| {
                collect(&mut heap);
                let len = heap.get(cache).len();
                assert_eq!(len as u64, CACHE_ENTRIES / 10);
                // Dropped outside the timing: returned to criterion.
                (heap, cache_root, survivors)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// A heap with a rooted `WeakKeyDictionary` whose every value refers to its own key, and no other
/// reference to the keys.
fn self_referencing_keys() -> (Heap, Gc<Table>, Root<Table>) {
    let mut heap = Heap::new();
    let d = heap.alloc(Table::new());
    let root = heap.root(d);
    for i in 0..SELF_REF_ENTRIES {
        let k = heap.alloc(i);
        let key = Referent::new(&mut heap, k.into()).unwrap();
        heap.get_mut(d).insert(key, k.into());
    }
    (heap, d, root)
}

fn key_dict_self_references(c: &mut Criterion) {
    let mut group = c.benchmark_group("wkd_100k_values_reference_keys");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.bench_function("collect_all_die", |b| {
        b.iter_batched(
            self_referencing_keys,
            |(mut heap, d, root)| {
                let report = collect(&mut heap);
                assert_eq!(report.freed, SELF_REF_ENTRIES);
                assert_eq!(heap.get(d).len(), 0);
                (heap, root)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// A heap with a rooted `WeakKeyDictionary` of entries k[i] -> k[i + 1], inserted tail first so
/// that tracing meets the entries in the worst order, and a root on k[0].
fn chain() -> (Heap, Gc<Table>, Root<Table>, Root<u64>) {
    let mut heap = Heap::new();
    let d = heap.alloc(Table::new());
    let root = heap.root(d);
    let ks: Vec<Gc<u64>> = (0..=CHAIN_ENTRIES as u64).map(|i| heap.alloc(i)).collect();
    for i in (0..CHAIN_ENTRIES).rev() {
        let key = Referent::new(&mut heap, ks[i].into()).unwrap();
        heap.get_mut(d).insert(key, ks[i + 1].into());
    }
    let head = heap.root(ks[0]);
    (heap, d, root, head)
}

fn ephemeron_chain(c: &mut Criterion) {
    let mut group = c.benchmark_group("ephemeron_chain_100k");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.bench_function("collect_all_live", |b| {
        b.iter_batched(
            chain,
            |(mut heap, d, root, head)| {
                let report = collect(&mut heap);
                assert_eq!(report.freed, 0);
                assert_eq!(heap.get(d).len(), CHAIN_ENTRIES);
                (heap, root, head)
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("collect_all_die", |b| {
        b.iter_batched(
            || {
                let (heap, d, root, head) = chain();
                drop(head);
                (heap, d, root)
            },
            |(mut heap, d, root)| {
                let report = collect(&mut heap);
                assert_eq!(report.freed, CHAIN_ENTRIES as u64 + 1);
                assert_eq!(black_box(heap.get(d).len()), 0);
                (heap, root)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(
    benches,
    value_dict_cache,
    key_dict_self_references,
    ephemeron_chain
);
criterion_main!(benches);

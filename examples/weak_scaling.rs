//! Does weak work scale linearly? Time per object for the weak workloads of issue #7 at 100,000,
//! 1,000,000 and 10,000,000 objects: `cargo run --release --example weak_scaling`.
//! Each size runs in this one process, largest last; figures are medians of 3.

use std::time::Instant;

use weakgc::{Gc, Heap, Referent, Trace, Tracer, WeakKeyDictionary, WeakValueDictionary};

struct Node(#[allow(dead_code)] u64);
impl Trace for Node {
    fn trace(&self, _: &mut Tracer) {}
}

/// A weak-key value that refers back to its key.
struct Val(Gc<Node>);
impl Trace for Val {
    fn trace(&self, tracer: &mut Tracer) {
        tracer.edge(self.0)
    }
}

/// 1 object per entry, each weakly referenced, every other one kept: downgrade, collect, upgrade.
fn weak_refs(n: usize) -> f64 {
    let mut heap = Heap::new();
    let nodes: Vec<Gc<Node>> = (0..n as u64).map(|i| heap.alloc(Node(i))).collect();
    let start = Instant::now();
    let weak: Vec<_> = nodes.iter().map(|&x| heap.downgrade(x).unwrap()).collect();
    let kept: Vec<Gc<Node>> = nodes.into_iter().step_by(2).collect();
    heap.collect_with(&kept);
    let alive = weak.iter().filter(|w| heap.upgrade(**w).is_some()).count();
    let t = start.elapsed();
    assert_eq!(alive, n.div_ceil(2));
    t.as_secs_f64() * 1e9 / n as f64
}

/// A weak-value map, 1 in 10 values kept: insert, collect, count.
fn weak_map(n: usize) -> f64 {
    let mut heap = Heap::new();
    let start = Instant::now();
    let map = heap.alloc(WeakValueDictionary::<u64>::new());
    let _root = heap.root(map);
    let mut kept = Vec::new();
    for i in 0..n as u64 {
        let v = heap.alloc(Node(i));
        let r = Referent::new(&mut heap, v.into()).unwrap();
        heap.get_mut(map).insert(i, r);
        if i % 10 == 0 {
            kept.push(v);
        }
    }
    let inserted = start.elapsed();
    heap.collect_with(&kept);
    let len = heap.get(map).len();
    let t = start.elapsed();
    if std::env::var_os("SPLIT").is_some() {
        eprintln!(
            "weak_map {n}: insert {:.1} ns/entry, collect {:.1}",
            inserted.as_secs_f64() * 1e9 / n as f64,
            (t - inserted).as_secs_f64() * 1e9 / n as f64
        );
    }
    assert_eq!(len, n.div_ceil(10));
    t.as_secs_f64() * 1e9 / n as f64
}

/// A weak-key map whose values refer to their keys: insert, collect; all must die.
fn ephemerons(n: usize) -> f64 {
    let mut heap = Heap::new();
    let start = Instant::now();
    let map = heap.alloc(WeakKeyDictionary::<Gc<Val>>::new());
    let _root = heap.root(map);
    for i in 0..n as u64 {
        let key = heap.alloc(Node(i));
        let value = heap.alloc(Val(key));
        let r = Referent::new(&mut heap, key.into()).unwrap();
        heap.get_mut(map).insert(r, value);
    }
    let inserted = start.elapsed();
    heap.collect();
    let t = start.elapsed();
    if std::env::var_os("SPLIT").is_some() {
        eprintln!(
            "ephemerons {n}: insert {:.1} ns/entry, collect {:.1}",
            inserted.as_secs_f64() * 1e9 / n as f64,
            (t - inserted).as_secs_f64() * 1e9 / n as f64
        );
    }
    assert_eq!(heap.get(map).len(), 0);
    t.as_secs_f64() * 1e9 / n as f64
}

/// Not a weak workload: a plain `std::collections::HashMap<u64, u64>` filled with `n` entries, no
/// heap at all. The weak tables' insertion grows with `n` the same way; this row shows how much of
/// that is any hash table outgrowing the caches.
fn hash_map_baseline(n: usize) -> f64 {
    let start = Instant::now();
    let mut map = std::collections::HashMap::new();
    for i in 0..n as u64 {
        map.insert(i, i);
    }
    let t = start.elapsed();
    assert_eq!(map.len(), n);
    t.as_secs_f64() * 1e9 / n as f64
}

fn median(mut f: impl FnMut() -> f64) -> f64 {
    let mut v: Vec<f64> = (0..3).map(|_| f()).collect();
    v.sort_by(|a, b| a.total_cmp(b));
    v[1]
}

fn main() {
    println!("| workload | 100,000 | 1,000,000 | 10,000,000 |");
    println!("|---|---:|---:|---:|");
    for (name, f) in [
        ("weak_refs (ns/object)", weak_refs as fn(usize) -> f64),
        ("weak_map_churn (ns/entry)", weak_map),
        ("ephemeron_cycle (ns/entry)", ephemerons),
        (
            "baseline: std HashMap insert, no heap (ns/entry)",
            hash_map_baseline,
        ),
    ] {
        let row: Vec<String> = [100_000, 1_000_000, 10_000_000]
            .iter()
            .map(|&n| format!("{:.1}", median(|| f(n))))
            .collect();
        println!("| {name} | {} |", row.join(" | "));
    }
}

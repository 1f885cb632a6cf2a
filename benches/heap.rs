//! Core heap benchmarks (issue #2): allocation, marking a live graph, sweeping dead objects, clearing
//! weak references. Figures and the commands that produced them live in docs/benchmarks.md.
//!
//! Run: `cargo bench --bench heap`

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use weakgc::{Gc, Heap, Trace, Tracer};

/// A 32-byte-class node with two edges, as in the DESIGN figures.
struct Node {
    left: Option<Gc<Node>>,
    right: Option<Gc<Node>>,
    /// Payload: makes the node 24 bytes, a 32-byte cell.
    #[allow(dead_code)]
    value: u64,
}
impl Trace for Node {
    #[inline]
    fn trace(&self, tracer: &mut Tracer) {
        self.left.trace(tracer);
        self.right.trace(tracer);
    }
}

/// A small deterministic PRNG (xorshift64*), so graphs are the same on every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

/// `n` nodes with two random edges each, all reachable from node 0 (a spanning chain plus random edges).
/// `n` nodes without edges, in allocation order.
fn fresh_nodes(heap: &mut Heap, n: usize) -> Vec<Gc<Node>> {
    (0..n)
        .map(|i| {
            heap.alloc(Node {
                left: None,
                right: None,
                value: i as u64,
            })
        })
        .collect()
}

fn random_graph(heap: &mut Heap, n: usize, seed: u64) -> Vec<Gc<Node>> {
    let nodes = fresh_nodes(heap, n);
    let mut rng = Rng(seed);
    for i in 0..n {
        let next = nodes[(i + 1) % n];
        let random = nodes[(rng.next() % n as u64) as usize];
        let node = heap.get_mut(nodes[i]);
        node.left = Some(next);
        node.right = Some(random);
    }
    nodes
}

/// Allocates `n` nodes without edges into `heap` (none rooted).
fn unlinked_nodes(heap: &mut Heap, n: u64) {
    for i in 0..n {
        black_box(heap.alloc(Node {
            left: None,
            right: None,
            value: i,
        }));
    }
}

fn alloc_small(c: &mut Criterion) {
    const N: u64 = 100_000;
    let mut group = c.benchmark_group("alloc_small");
    group.throughput(Throughput::Elements(N));
    group.bench_function("weakgc", |b| {
        b.iter_batched_ref(
            Heap::new,
            |heap| unlinked_nodes(heap, N),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("bumpalo", |b| {
        b.iter_batched_ref(
            bumpalo::Bump::new,
            |bump| {
                for i in 0..N {
                    black_box(bump.alloc((0usize, 0usize, i)));
                }
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

/// The time `iters` runs of `work` take, each after an untimed `reset` of the same state.
fn timed_after_reset<S>(
    state: &mut S,
    iters: u64,
    mut reset: impl FnMut(&mut S),
    mut work: impl FnMut(&mut S),
) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        reset(state);
        let start = Instant::now();
        work(state);
        total += start.elapsed();
    }
    total
}

/// Allocation into memory already touched: one heap whose cells are all freed between
/// iterations, against one `Bump` reset between iterations. Without the kernel's page faults (which
/// dominate `alloc_small`), this is the allocator's own cost.
fn alloc_warm(c: &mut Criterion) {
    const N: u64 = 10_000;
    let mut group = c.benchmark_group("alloc_warm");
    group.throughput(Throughput::Elements(N));
    let mut heap = Heap::new();
    group.bench_function("weakgc", |b| {
        b.iter_custom(|iters| {
            timed_after_reset(
                &mut heap,
                iters,
                |heap| {
                    heap.collect();
                },
                |heap| unlinked_nodes(heap, N),
            )
        })
    });
    let mut bump = bumpalo::Bump::new();
    group.bench_function("bumpalo", |b| {
        b.iter_custom(|iters| {
            timed_after_reset(&mut bump, iters, bumpalo::Bump::reset, |bump| {
                for i in 0..N {
                    black_box(bump.alloc((0usize, 0usize, i)));
                }
            })
        })
    });
    group.finish();
}

/// A full collection of a 1M-object graph that is all live: the random graph (each node's second
/// edge to a random node) and a binary tree in allocation order (the shape an interpreter's
/// freshly built structures have).
fn mark_live(c: &mut Criterion) {
    const N: usize = 1_000_000;
    let mut heap = Heap::new();
    let nodes = random_graph(&mut heap, N, 42);
    let _root = heap.root(nodes[0]);
    drop(nodes);
    let mut group = c.benchmark_group("mark_live");
    group.sample_size(10);
    group.throughput(Throughput::Elements(N as u64));
    group.bench_function("weakgc_1M_random", |b| {
        b.iter(|| {
            let report = heap.collect();
            assert_eq!(report.marked, N as u64);
        })
    });
    drop(_root);
    heap.collect();
    let tree = fresh_nodes(&mut heap, N);
    for i in 0..N {
        let child = |k: usize| tree.get(k).copied();
        let node = heap.get_mut(tree[i]);
        node.left = child(2 * i + 1);
        node.right = child(2 * i + 2);
    }
    let _root = heap.root(tree[0]);
    drop(tree);
    group.bench_function("weakgc_1M_tree", |b| {
        b.iter(|| {
            let report = heap.collect();
            assert_eq!(report.marked, N as u64);
        })
    });
    group.finish();
}

fn sweep_dead(c: &mut Criterion) {
    const N: usize = 1_000_000;
    let mut group = c.benchmark_group("sweep_dead");
    group.sample_size(10);
    group.throughput(Throughput::Elements(N as u64));
    group.bench_function("weakgc_1M", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let mut heap = Heap::new();
                unlinked_nodes(&mut heap, N as u64);
                let start = Instant::now();
                let report = heap.collect();
                total += start.elapsed();
                assert_eq!(report.freed, N as u64);
            }
            total
        })
    });
    group.finish();
}

fn weak_clear(c: &mut Criterion) {
    const N: usize = 1_000_000;
    let mut group = c.benchmark_group("weak_refs");
    group.sample_size(10);
    group.throughput(Throughput::Elements(N as u64));
    group.bench_function("weakgc_1M_half_die", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let mut heap = Heap::new();
                let mut keep = Vec::new();
                let mut weak = Vec::with_capacity(N);
                for i in 0..N {
                    let n = heap.alloc(Node {
                        left: None,
                        right: None,
                        value: i as u64,
                    });
                    weak.push(heap.downgrade(n).unwrap());
                    if i % 2 == 0 {
                        keep.push(n);
                    }
                }
                let stack = keep;
                let start = Instant::now();
                heap.collect_with(&stack);
                let alive = weak.iter().filter(|w| heap.upgrade(**w).is_some()).count();
                total += start.elapsed();
                assert_eq!(alive, N / 2);
            }
            total
        })
    });
    group.finish();
}

criterion_group!(
    benches,
    alloc_small,
    alloc_warm,
    mark_live,
    sweep_dead,
    weak_clear
);
criterion_main!(benches);

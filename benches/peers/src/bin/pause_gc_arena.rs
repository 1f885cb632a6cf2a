//! gc-arena's incremental collection on the workload of weakgc's `examples/pause` (issue #13):
//! `/work/target-peers/release/pause_gc_arena [--objects N] [--ops M]`.
//!
//! The same graph (a complete binary tree of N nodes, default 10M, plus one random edge each,
//! drawn from the same xorshift sequence) and the same mutator (M operations, default 3N, each
//! allocating a node whose edge points at a random graph node and storing it in a random graph
//! node's `random` slot through the write barrier), with the same seeds. After each operation,
//! gc-arena's own safepoint idiom (piccolo's, as in this crate's adapter): `collect_debt()` once
//! the allocation debt passes 1024 (gc-arena 0.7 counts it in objects), at the default `Pacing`; each such call is a slice, timed.
//! The stop-the-world reference is one `finish_cycle()` after the run, on the heap the mutator
//! worked on, as in `examples/pause`.
//!
//! One difference gc-arena imposes: the mutator reaches graph nodes by index, so the root holds
//! them (in chunks of 1024, each a `Gc` object, so that tracing the root is not one long slice);
//! weakgc's example keeps unrooted handles in a `Vec` and roots the tree's top only. Each collection
//! here therefore visits one extra pointer per graph node.
//!
//! The last line has the form of `examples/pause`'s, with gc-arena's own total time in place of
//! the ratio (gc-arena has no stop-the-world pacing to divide by).

use std::time::{Duration, Instant};

use gc_arena::barrier::unlock;
use gc_arena::{Arena, Collect, Gc, Lock, Rootable};

type NodePtr<'gc> = Gc<'gc, Node<'gc>>;

#[derive(Collect)]
#[collect(no_drop)]
struct Node<'gc> {
    kids: [Option<NodePtr<'gc>>; 2],
    random: Lock<Option<NodePtr<'gc>>>,
}

const CHUNK: usize = 1024;

#[derive(Collect)]
#[collect(no_drop)]
struct Root<'gc> {
    chunks: Vec<Gc<'gc, Vec<NodePtr<'gc>>>>,
}

impl<'gc> Root<'gc> {
    fn node(&self, i: usize) -> NodePtr<'gc> {
        self.chunks[i / CHUNK][i % CHUNK]
    }
}

/// The xorshift of `examples/pause`.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(|v| v.replace('_', "").parse().expect("a number"))
        .unwrap_or(default)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// Allocation debt below which the safepoint does nothing (piccolo's `COLLECTOR_GRANULARITY`).
const COLLECTOR_GRANULARITY: f64 = 1024.0;

fn main() {
    let n = arg("--objects", 10_000_000);
    let ops = arg("--ops", 3 * n);
    let t = Instant::now();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let randoms: Vec<usize> = (0..n).map(|_| rng.below(n)).collect();
    let mut arena = Arena::<Rootable![Root<'_>]>::new(|mc| {
        // Children have higher indices: allocate from the last node down, so the tree's edges are
        // set at allocation and only the random ones go through the barrier.
        let mut nodes: Vec<Option<NodePtr<'_>>> = vec![None; n];
        for i in (0..n).rev() {
            let kid = |k: usize| nodes.get(k).copied().flatten();
            nodes[i] = Some(Gc::new(
                mc,
                Node {
                    kids: [kid(2 * i + 1), kid(2 * i + 2)],
                    random: Lock::new(None),
                },
            ));
        }
        let nodes: Vec<NodePtr<'_>> = nodes.into_iter().map(|n| n.expect("built")).collect();
        for (i, &r) in randoms.iter().enumerate() {
            unlock!(Gc::write(mc, nodes[i]), Node, random).set(Some(nodes[r]));
        }
        Root {
            chunks: nodes
                .chunks(CHUNK)
                .map(|c| Gc::new(mc, c.to_vec()))
                .collect(),
        }
    });
    println!("built {n} objects in {:.0} ms", ms(t.elapsed()));
    let t = Instant::now();
    arena.finish_cycle();
    println!(
        "finish_cycle() of the built graph: {:.1} ms ({} objects live)",
        ms(t.elapsed()),
        arena.metrics().total_gc_count()
    );

    let mut rng = Rng(7);
    let mut slices = Vec::new();
    let mut cycles = 0u64;
    let started = Instant::now();
    for _ in 0..ops {
        let (target, slot) = (rng.below(n), rng.below(n));
        arena.mutate(|mc, root| {
            let fresh = Gc::new(
                mc,
                Node {
                    kids: [None, None],
                    random: Lock::new(Some(root.node(target))),
                },
            );
            unlock!(Gc::write(mc, root.node(slot)), Node, random).set(Some(fresh));
        });
        if arena.metrics().allocation_debt() > COLLECTOR_GRANULARITY {
            let before = arena.collection_phase();
            let t = Instant::now();
            arena.collect_debt();
            slices.push(t.elapsed());
            let after = arena.collection_phase();
            cycles += u64::from(
                before != gc_arena::arena::CollectionPhase::Sleeping
                    && after == gc_arena::arena::CollectionPhase::Sleeping,
            );
        }
    }
    let total = started.elapsed();
    slices.sort();
    let sum: Duration = slices.iter().sum();
    println!(
        "gc-arena incremental: mutator total {:.0} ms, {} slices summing to {:.0} ms; median {:.3} ms, p99 {:.3} ms, longest {:.3} ms",
        ms(total),
        slices.len(),
        ms(sum),
        ms(percentile(&slices, 0.5)),
        ms(percentile(&slices, 0.99)),
        ms(slices.last().copied().unwrap_or_default()),
    );
    println!("  {cycles} cycles completed");
    let t = Instant::now();
    arena.finish_cycle();
    let stop_the_world = t.elapsed();
    println!(
        "finish_cycle() after the run: {:.1} ms ({} objects live)",
        ms(stop_the_world),
        arena.metrics().total_gc_count()
    );
    let longest = slices.last().copied().unwrap_or_default();
    println!(
        "longest slice {:.2} ms = {:.2}% of stop-the-world {:.0} ms; p99 slice {:.2} ms; total {:.0} ms",
        ms(longest),
        100.0 * longest.as_secs_f64() / stop_the_world.as_secs_f64(),
        ms(stop_the_world),
        ms(percentile(&slices, 0.99)),
        ms(total),
    );
}

//! Generational against full-only collection (issue #14):
//! `cargo run --release --example generations [-- --old N] [--young M] [--depth D] [--minor-kib K]
//! [--runs R] [--window W]`.
//!
//! The benchmarks game's binary-trees shape with a long-lived heap: a tree of N nodes (default
//! 1M; `--old 10M` for the large variant) is built, rooted and collected once, then short-lived
//! trees of depth D (default 10: 2,047 nodes) are built, walked and dropped until M nodes (default
//! 10M) were allocated; a safepoint after each tree. Nodes are 32-byte cells. With `--window W`
//! (default 0) each short-lived tree stays rooted until W more were built: objects that die
//! soon after a minor, the case `promote_after = 2` is for. The same churn runs
//! in one heap per mode, in this order: full-only (stop-the-world, `collect_if_due` at the
//! default pacing), then generational (`step_if_due`: minors, incremental majors) with
//! `promote_after` 1 and 2, `minor_bytes` K KiB (default: `Pacing::default()`'s). Times are
//! wall-clock: the churn's total, and the part spent in the safepoints' collection calls; each
//! configuration runs R times (default 3), interleaved, and the minimum of each figure is kept
//! (the machines these run on are shared, and contention only adds time).
//! The last line compares the default generational mode (`CollectorMode::GENERATIONAL`) with
//! full-only.
use std::time::{Duration, Instant};

use weakgc::{
    collect, collect_if_due, step_if_due, CollectorMode, CycleKind, Gc, Heap, Pacing, Trace, Tracer,
};

struct Node {
    kids: Option<(Gc<Node>, Gc<Node>)>,
    /// Makes the node a 32-byte cell, as in the measurement.
    payload: u64,
}

impl Trace for Node {
    fn trace(&self, tracer: &mut Tracer) {
        if let Some((l, r)) = &self.kids {
            l.trace(tracer);
            r.trace(tracer);
        }
    }
}

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(|v| {
            let v = v.replace('_', "");
            match v.strip_suffix('M') {
                Some(m) => m.parse::<usize>().expect("a number") * 1_000_000,
                None => v.parse().expect("a number"),
            }
        })
        .unwrap_or(default)
}

/// A complete tree of depth `depth`, bottom-up (children before parents, held in Rust locals
/// only: no collection may run while it is built).
fn tree(heap: &mut Heap, depth: u32) -> Gc<Node> {
    if depth == 0 {
        return heap.alloc(Node {
            kids: None,
            payload: 1,
        });
    }
    let l = tree(heap, depth - 1);
    let r = tree(heap, depth - 1);
    heap.alloc(Node {
        kids: Some((l, r)),
        payload: 1,
    })
}

/// A tree of about `n` nodes: complete trees of depth 16 under a spine.
fn long_lived(heap: &mut Heap, n: usize) -> Gc<Node> {
    let per = (1usize << 17) - 1;
    let mut spine = heap.alloc(Node {
        kids: None,
        payload: 0,
    });
    let mut made = 1;
    while made + per < n {
        let t = tree(heap, 16);
        spine = heap.alloc(Node {
            kids: Some((t, spine)),
            payload: 0,
        });
        made += per + 1;
    }
    while made < n {
        let leaf = tree(heap, 0);
        spine = heap.alloc(Node {
            kids: Some((leaf, spine)),
            payload: 0,
        });
        made += 2;
    }
    spine
}

fn check(heap: &Heap, t: Gc<Node>) -> u64 {
    let node = heap.get(t);
    node.payload
        + node
            .kids
            .map_or(0, |(l, r)| check(heap, l) + check(heap, r))
}

#[derive(Default)]
struct Run {
    total: Duration,
    collecting: Duration,
    minors: u64,
    majors: u64,
    fulls: u64,
}

/// The best of several runs of one configuration: each figure's minimum.
fn best(a: Run, b: Run) -> Run {
    Run {
        total: a.total.min(b.total),
        collecting: a.collecting.min(b.collecting),
        minors: a.minors,
        majors: a.majors,
        fulls: a.fulls,
    }
}

fn run(
    old: usize,
    young: usize,
    depth: u32,
    window: usize,
    mode: CollectorMode,
    pacing: &Pacing,
) -> Run {
    let mut heap = Heap::new();
    heap.set_mode(mode);
    let kept = long_lived(&mut heap, old);
    let _root = heap.root(kept);
    collect(&mut heap); // every mode starts with the long-lived tree old and nothing else
    let mut out = Run::default();
    let per_tree = (1usize << (depth + 1)) - 1;
    let started = Instant::now();
    let mut made = 0;
    let mut sum = 0;
    let mut recent = std::collections::VecDeque::new();
    while made < young {
        let t = tree(&mut heap, depth);
        sum += check(&heap, t);
        made += per_tree;
        if window > 0 {
            recent.push_back(heap.root(t));
            if recent.len() > window {
                recent.pop_front();
            }
        }
        let safepoint = Instant::now();
        if mode.is_generational() {
            if let Some(step) = step_if_due(&mut heap, pacing, &()) {
                match step.finished.map(|r| r.kind) {
                    Some(CycleKind::Minor) => out.minors += 1,
                    Some(CycleKind::Major) => out.majors += 1,
                    _ => {}
                }
            }
        } else if collect_if_due(&mut heap, pacing, &()).is_some() {
            out.fulls += 1;
        }
        out.collecting += safepoint.elapsed();
    }
    out.total = started.elapsed();
    assert_eq!(sum as usize, made);
    assert_eq!(
        check(&heap, kept) as usize,
        heap.get(kept).payload as usize + {
            // The long-lived tree is intact: every node but the spine's carries 1.
            let mut leaves = 0u64;
            let mut at = Some(kept);
            while let Some(n) = at {
                let node = heap.get(n);
                at = node.kids.map(|(t, s)| {
                    leaves += check(&heap, t);
                    s
                });
            }
            leaves as usize
        }
    );
    out
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let old = arg("--old", 1_000_000);
    let young = arg("--young", 10_000_000);
    let depth = arg("--depth", 10) as u32;
    let window = arg("--window", 0);
    let mut pacing = Pacing::default();
    if let Some(kib) = std::env::args().position(|a| a == "--minor-kib") {
        let _ = kib;
        pacing.minor_bytes = arg("--minor-kib", 0) << 10;
    }
    let label = if old.is_multiple_of(1_000_000) {
        format!("{}M", old / 1_000_000)
    } else {
        old.to_string()
    };
    println!(
        "{label} old objects, {young} short-lived in trees of depth {depth} (window {window}), \
         minor_bytes {} KiB",
        pacing.minor_bytes >> 10
    );
    let runs = arg("--runs", 3).max(1);
    let modes = [
        CollectorMode::StopTheWorld,
        CollectorMode::Generational { promote_after: 1 },
        CollectorMode::Generational { promote_after: 2 },
    ];
    let mut results: Vec<Option<Run>> = modes.iter().map(|_| None).collect();
    for _ in 0..runs {
        for (mode, result) in modes.iter().zip(&mut results) {
            let this = run(old, young, depth, window, *mode, &pacing);
            *result = Some(match result.take() {
                Some(before) => best(before, this),
                None => this,
            });
        }
    }
    let mut results = results.into_iter().map(|r| r.expect("at least one run"));
    let full = results.next().expect("full-only ran");
    println!(
        "full-only:                total {:8.1} ms, collecting {:8.1} ms ({} collections)",
        ms(full.total),
        ms(full.collecting),
        full.fulls
    );
    let mut default_run = None;
    for (mode, gen) in modes[1..].iter().zip(results) {
        let CollectorMode::Generational { promote_after } = mode else {
            unreachable!("generational modes only")
        };
        println!(
            "generational, promote {promote_after}: total {:8.1} ms, collecting {:8.1} ms ({} minors, {} majors)",
            ms(gen.total),
            ms(gen.collecting),
            gen.minors,
            gen.majors
        );
        if *mode == CollectorMode::GENERATIONAL {
            default_run = Some(gen);
        }
    }
    let gen = default_run.expect("the default mode is one of those run");
    println!(
        "{label} old: collection time {:.1}x less, total {:.1}x less than full-only",
        full.collecting.as_secs_f64() / gen.collecting.as_secs_f64(),
        full.total.as_secs_f64() / gen.total.as_secs_f64()
    );
}

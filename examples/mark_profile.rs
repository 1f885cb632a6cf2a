//! Marking loop for profilers: `cargo run --release --example mark_profile [-- --objects N]
//! [--runs R]` (default 1M objects, 20 full collections).
//!
//! `SHAPE=tree` marks a binary tree instead of the random graph. `NODE` picks the node's layout:
//! `narrow` (default; two edges, a 16-byte cell), `wide` (two edges then a `u64`, a 32-byte cell)
//! or `wide-u64-first` (the same fields with the `u64` first, so the edges fill the cell's last
//! 16 bytes: where a cell straddles two cache lines, the second edge is on the line the marker
//! did not prefetch), or `48` (three `u64`s, then the edges: a 48-byte cell, half of which
//! straddle two lines whatever the page alignment). They measure the page alignment and the
//! marker's prefetch (docs/benchmarks.md). `CLOCK=cpu` times on-CPU time instead of wall-clock
//! (Linux), which a busy machine disturbs less.
use weakgc::{Gc, Heap, Trace, Tracer};

#[path = "support/clock.rs"]
mod clock;
use clock::timed;

/// A node of the graph, in one of three layouts.
trait Node: Trace + Sized + 'static {
    fn new(left: Option<Gc<Self>>, right: Option<Gc<Self>>) -> Self;
}

struct Narrow {
    left: Option<Gc<Narrow>>,
    right: Option<Gc<Narrow>>,
}

#[repr(C)]
struct Wide {
    left: Option<Gc<Wide>>,
    right: Option<Gc<Wide>>,
    _payload: u64,
}

#[repr(C)]
struct WideU64First {
    _payload: u64,
    left: Option<Gc<WideU64First>>,
    right: Option<Gc<WideU64First>>,
}

#[repr(C)]
struct Cell48 {
    _payload: [u64; 3],
    left: Option<Gc<Cell48>>,
    right: Option<Gc<Cell48>>,
}

impl Trace for Narrow {
    fn trace(&self, tracer: &mut Tracer) {
        self.left.trace(tracer);
        self.right.trace(tracer);
    }
}
impl Node for Narrow {
    fn new(left: Option<Gc<Self>>, right: Option<Gc<Self>>) -> Self {
        Narrow { left, right }
    }
}

impl Trace for Wide {
    fn trace(&self, tracer: &mut Tracer) {
        self.left.trace(tracer);
        self.right.trace(tracer);
    }
}
impl Node for Wide {
    fn new(left: Option<Gc<Self>>, right: Option<Gc<Self>>) -> Self {
        Wide {
            left,
            right,
            _payload: 0,
        }
    }
}

impl Trace for WideU64First {
    fn trace(&self, tracer: &mut Tracer) {
        self.left.trace(tracer);
        self.right.trace(tracer);
    }
}
impl Node for WideU64First {
    fn new(left: Option<Gc<Self>>, right: Option<Gc<Self>>) -> Self {
        WideU64First {
            _payload: 0,
            left,
            right,
        }
    }
}

impl Trace for Cell48 {
    fn trace(&self, tracer: &mut Tracer) {
        self.left.trace(tracer);
        self.right.trace(tracer);
    }
}
impl Node for Cell48 {
    fn new(left: Option<Gc<Self>>, right: Option<Gc<Self>>) -> Self {
        Cell48 {
            _payload: [0; 3],
            left,
            right,
        }
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

fn run<T: Node>(name: &str, n: usize, runs: usize) {
    let mut heap = Heap::new();
    let nodes: Vec<Gc<T>> = (0..n).map(|_| heap.alloc(T::new(None, None))).collect();
    // SHAPE=random (default): edge i -> i+1 plus one random edge each, the peer benchmark's graph.
    // SHAPE=tree: a complete binary tree in allocation (breadth-first) order, as an interpreter's
    // structures mostly are.
    let tree = std::env::var("SHAPE").is_ok_and(|s| s == "tree");
    let mut x = 42u64;
    for i in 0..n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let (left, right) = if tree {
            (nodes.get(2 * i + 1).copied(), nodes.get(2 * i + 2).copied())
        } else {
            (
                Some(nodes[(i + 1) % n]),
                Some(nodes[(x % n as u64) as usize]),
            )
        };
        *heap.get_mut(nodes[i]) = T::new(left, right);
    }
    let _root = heap.root(nodes[0]);
    let mut per_object: Vec<f64> = (0..runs)
        .map(|_| timed(|| assert_eq!(heap.collect().marked, n as u64)) / n as f64)
        .collect();
    per_object.sort_by(f64::total_cmp);
    println!(
        "collect ({name}, {n} objects): {:.1} ns per live object (median of {runs}; best {:.1})",
        per_object[runs / 2],
        per_object[0]
    );
}

fn main() {
    let n = arg("--objects", 1_000_000);
    let runs = arg("--runs", 20).max(1);
    match std::env::var("NODE").as_deref() {
        Err(_) | Ok("narrow") => run::<Narrow>("narrow", n, runs),
        Ok("wide") => run::<Wide>("wide", n, runs),
        Ok("wide-u64-first") => run::<WideU64First>("wide-u64-first", n, runs),
        Ok("48") => run::<Cell48>("48", n, runs),
        Ok(other) => panic!("NODE={other}: expected narrow, wide, wide-u64-first or 48"),
    }
}

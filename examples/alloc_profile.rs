//! Allocation loop for profilers: `cargo run --release --example alloc_profile`.
//! Reuses one heap (warm pages) so the profile shows the allocation path, not page faults.
use std::hint::black_box;
use weakgc::{Gc, Heap, Trace, Tracer};

struct Node {
    left: Option<Gc<Node>>,
    right: Option<Gc<Node>>,
    #[allow(dead_code)]
    value: u64,
}
impl Trace for Node {
    fn trace(&self, tracer: &mut Tracer) {
        self.left.trace(tracer);
        self.right.trace(tracer);
    }
}

fn main() {
    const N: u64 = 10_000;
    const ROUNDS: u32 = 2000;
    let mut heap = Heap::new();
    let node = heap.alloc(Node {
        left: None,
        right: None,
        value: 0,
    });
    let _root = heap.root(node);
    let mut bump = bumpalo::Bump::new();
    let mut heap_ns = Vec::new();
    let mut bump_ns = Vec::new();
    let mut get_mut_ns = Vec::new();
    for _ in 0..ROUNDS {
        let t = std::time::Instant::now();
        for i in 0..N {
            black_box(heap.alloc(Node {
                left: None,
                right: None,
                value: i,
            }));
        }
        heap_ns.push(t.elapsed().as_secs_f64() * 1e9 / N as f64);
        // `get_mut` carries the write barrier (one flag test when no incremental cycle runs).
        let t = std::time::Instant::now();
        for _ in 0..N {
            heap.get_mut(black_box(node)).value += 1;
        }
        get_mut_ns.push(t.elapsed().as_secs_f64() * 1e9 / N as f64);
        heap.collect();
        let t = std::time::Instant::now();
        for i in 0..N {
            black_box(bump.alloc((0usize, 0usize, i)));
        }
        bump_ns.push(t.elapsed().as_secs_f64() * 1e9 / N as f64);
        bump.reset();
    }
    // Medians of rounds: robust against the shared machine's bursts of load.
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (heap, bump) = (median(&mut heap_ns), median(&mut bump_ns));
    println!(
        "warm get_mut (median of {ROUNDS} rounds of {N}): {:.2} ns per access",
        median(&mut get_mut_ns)
    );
    println!(
        "warm alloc (median of {ROUNDS} rounds of {N}): weakgc {heap:.2} ns, bumpalo {bump:.2} ns per object ({:.2}x)",
        heap / bump
    );
}

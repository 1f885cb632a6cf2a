//! Allocation loop for profilers: `cargo run --release --example alloc_profile`.
//! Reuses one heap (warm pages) so the profile shows the allocation path, not page faults.
use std::hint::black_box;
use weakheap::{Collect, Gc, Heap, Trace, Tracer};

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
    let mut bump = bumpalo::Bump::new();
    let mut heap_time = std::time::Duration::ZERO;
    let mut bump_time = std::time::Duration::ZERO;
    for _ in 0..ROUNDS {
        let t = std::time::Instant::now();
        for i in 0..N {
            black_box(heap.alloc(Node {
                left: None,
                right: None,
                value: i,
            }));
        }
        heap_time += t.elapsed();
        heap.collect();
        let t = std::time::Instant::now();
        for i in 0..N {
            black_box(bump.alloc((0usize, 0usize, i)));
        }
        bump_time += t.elapsed();
        bump.reset();
    }
    let per = |d: std::time::Duration| d.as_secs_f64() * 1e9 / (N as f64 * ROUNDS as f64);
    println!(
        "warm alloc: weakheap {:.2} ns, bumpalo {:.2} ns per object",
        per(heap_time),
        per(bump_time)
    );
}

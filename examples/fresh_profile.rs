//! Allocation into fresh heaps: 300 heaps, each created, filled with 100,000 small objects and
//! dropped (`cargo run --release --example fresh_profile`). Compare `alloc_profile`, which reuses
//! one heap: the difference is the operating system faulting in fresh memory (glibc returns a
//! dropped heap's pages to the kernel), which `GLIBC_TUNABLES=glibc.malloc.mmap_threshold=
//! 67108864:glibc.malloc.trim_threshold=268435456` (or any allocator that keeps its memory) removes.
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
    const HEAPS: u64 = 300;
    const N: u64 = 100_000;
    let t = std::time::Instant::now();
    for _ in 0..HEAPS {
        let mut heap = Heap::new();
        for i in 0..N {
            black_box(heap.alloc(Node {
                left: None,
                right: None,
                value: i,
            }));
        }
    }
    println!(
        "fresh-heap alloc: {:.1} ns per object",
        t.elapsed().as_secs_f64() * 1e9 / (HEAPS * N) as f64
    );
}

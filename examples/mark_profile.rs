//! Marking loop for profilers: `cargo run --release --example mark_profile` (`SHAPE=tree` for a
//! binary tree instead of the random graph).
use weakgc::{Gc, Heap, Trace, Tracer};

struct Node {
    left: Option<Gc<Node>>,
    right: Option<Gc<Node>>,
}
impl Trace for Node {
    fn trace(&self, tracer: &mut Tracer) {
        self.left.trace(tracer);
        self.right.trace(tracer);
    }
}

fn main() {
    const N: usize = 1_000_000;
    let mut heap = Heap::new();
    let nodes: Vec<Gc<Node>> = (0..N)
        .map(|_| {
            heap.alloc(Node {
                left: None,
                right: None,
            })
        })
        .collect();
    // SHAPE=random (default): edge i -> i+1 plus one random edge each, the peer benchmark's graph.
    // SHAPE=tree: a complete binary tree in allocation (breadth-first) order, as an interpreter's
    // structures mostly are.
    let tree = std::env::var("SHAPE").is_ok_and(|s| s == "tree");
    let mut x = 42u64;
    for i in 0..N {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let (left, right) = if tree {
            (nodes.get(2 * i + 1).copied(), nodes.get(2 * i + 2).copied())
        } else {
            (
                Some(nodes[(i + 1) % N]),
                Some(nodes[(x % N as u64) as usize]),
            )
        };
        let n = heap.get_mut(nodes[i]);
        n.left = left;
        n.right = right;
    }
    let _root = heap.root(nodes[0]);
    let mut per_object: Vec<f64> = (0..20)
        .map(|_| {
            let t = std::time::Instant::now();
            assert_eq!(heap.collect().marked, N as u64);
            t.elapsed().as_secs_f64() * 1e9 / N as f64
        })
        .collect();
    per_object.sort_by(f64::total_cmp);
    println!(
        "collect: {:.1} ns per live object (median of 20; best {:.1})",
        per_object[10], per_object[0]
    );
}

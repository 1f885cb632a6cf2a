//! The hardware floor for `mark_profile`'s random graph: the least a marker can cost per object on
//! this machine. `cargo run --release -p weakgc-heap --example mark_floor [-- --objects N]`
//!
//! No heap at all: N (default 1,000,000) 32-byte nodes in one `Vec`, each with an edge to the next node and one
//! to a random node (the same xorshift sequence as `examples/mark_profile.rs`), one mark bit per
//! node in a dense bitmap, an explicit stack, and the same 16-object prefetch window as the
//! collector's marker. No handles to check, no types to dispatch, no ephemerons: whatever this
//! costs per object is memory latency the real marker cannot avoid either. `CLOCK=cpu` times
//! on-CPU time instead of wall-clock (Linux), as `mark_profile` does.

#[path = "../../examples/support/clock.rs"]
mod clock;
use clock::timed;

#[derive(Clone, Copy)]
#[repr(C, align(32))]
struct Node {
    next: u32,
    random: u32,
    _payload: [u64; 3],
}

/// Asks the CPU to start loading `node`'s cache line.
#[inline(always)]
fn prefetch(node: &Node) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: SSE is part of the x86_64 baseline; a prefetch reads nothing and never faults.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
            (node as *const Node).cast(),
        )
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = node;
}

fn main() {
    let n: usize = std::env::args()
        .skip_while(|a| a != "--objects")
        .nth(1)
        .map_or(1_000_000, |v| v.replace('_', "").parse().expect("a number"));
    const WINDOW: usize = 16;
    let mut x = 42u64;
    let nodes: Vec<Node> = (0..n)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            Node {
                next: ((i + 1) % n) as u32,
                random: (x % n as u64) as u32,
                _payload: [0; 3],
            }
        })
        .collect();
    let mut marks = vec![0u64; n.div_ceil(64)];
    let mut per_object: Vec<f64> = (0..20)
        .map(|_| {
            marks.fill(0);
            let mut marked = 0;
            let elapsed = timed(|| {
                let mut stack = vec![0u32];
                let mut window = std::collections::VecDeque::with_capacity(WINDOW);
                loop {
                    while window.len() < WINDOW {
                        let Some(i) = stack.pop() else { break };
                        let (word, bit) = (i as usize / 64, 1u64 << (i % 64));
                        if marks[word] & bit != 0 {
                            continue;
                        }
                        marks[word] |= bit;
                        marked += 1;
                        prefetch(&nodes[i as usize]);
                        window.push_back(i as usize);
                    }
                    let Some(i) = window.pop_front() else { break };
                    stack.push(nodes[i].next);
                    stack.push(nodes[i].random);
                }
            });
            assert_eq!(marked, n);
            elapsed / n as f64
        })
        .collect();
    per_object.sort_by(f64::total_cmp);
    println!(
        "minimal marker ({n} objects): {:.1} ns per object (median of 20; best {:.1})",
        per_object[10], per_object[0]
    );
}

//! weakgc: handles into an explicit `Heap`, explicit roots, collections only when asked.
//!
//! Pacing: binary_trees and alloc_small call `collect_if_due(&Pacing::default(), ..)` at a safepoint
//! (after each short-lived tree, after each allocation), as an interpreter would between
//! instructions. The other workloads call `collect` / `collect_with` exactly where the workload
//! says "one collection".

use std::hint::black_box;
use std::time::Instant;

use weakgc::{Gc, Heap, Pacing, Referent, Trace, Weak, WeakKeyDictionary, WeakValueDictionary};

use crate::common::{drops, expect_eq, graph_edges, Outcome, Sizes, Tally, Workload};

pub const NOTES: &[(Workload, &str)] = &[
    (
        Workload::BinaryTrees,
        "`collect_if_due(Pacing::default())` after each short-lived tree",
    ),
    (
        Workload::AllocSmall,
        "`collect_if_due(Pacing::default())` after each allocation",
    ),
    (
        Workload::EphemeronCycle,
        "`collect_if_due(Pacing::default())` after each insertion, then one `collect`",
    ),
];

#[derive(Trace)]
struct Tree {
    left: Option<Gc<Tree>>,
    right: Option<Gc<Tree>>,
}

#[derive(Trace)]
struct Node {
    left: Option<Gc<Node>>,
    right: Option<Gc<Node>>,
    #[trace(skip)]
    _tally: Tally,
}

impl Node {
    fn leaf() -> Node {
        Node {
            left: None,
            right: None,
            _tally: Tally,
        }
    }
}

/// A weak-key entry's value: it refers back to its key.
#[derive(Trace)]
struct Val {
    key: Gc<Node>,
    #[trace(skip)]
    _tally: Tally,
}

pub fn run(workload: Workload, s: &Sizes) -> Outcome {
    let result = match workload {
        Workload::BinaryTrees => binary_trees(s),
        Workload::AllocSmall => alloc_small(s),
        Workload::MarkLive => mark_live(s),
        Workload::SweepDead => sweep_dead(s),
        Workload::WeakRefs => weak_refs(s),
        Workload::WeakMapChurn => weak_map_churn(s),
        Workload::EphemeronCycle => ephemeron_cycle(s),
        Workload::EphemeronCollect => ephemeron_collect(s),
    };
    result.unwrap_or_else(|failed| failed)
}

fn bottom_up(heap: &mut Heap, depth: u32) -> Gc<Tree> {
    let (left, right) = if depth == 0 {
        (None, None)
    } else {
        (
            Some(bottom_up(heap, depth - 1)),
            Some(bottom_up(heap, depth - 1)),
        )
    };
    heap.alloc(Tree { left, right })
}

fn count(heap: &Heap, tree: Gc<Tree>) -> u64 {
    let t = heap.get(tree);
    1 + t.left.map_or(0, |l| count(heap, l)) + t.right.map_or(0, |r| count(heap, r))
}

fn binary_trees(s: &Sizes) -> Result<Outcome, Outcome> {
    let mut heap = Heap::new();
    let pacing = Pacing::default();
    let start = Instant::now();
    let long_lived = bottom_up(&mut heap, s.tree_depth);
    let _root = heap.root(long_lived);
    let mut nodes = 0;
    for (depth, iterations) in s.tree_rounds() {
        for _ in 0..iterations {
            let tree = bottom_up(&mut heap, depth);
            nodes += count(&heap, tree);
            // Safepoint: no short-lived tree is live here, so no extra roots.
            heap.collect_if_due(&pacing, &());
        }
    }
    nodes += count(&heap, long_lived);
    let time = start.elapsed();
    expect_eq("nodes counted", nodes, s.tree_nodes())?;
    Ok(Outcome::Ok {
        time,
        objects: nodes,
    })
}

fn alloc_small(s: &Sizes) -> Result<Outcome, Outcome> {
    let mut heap = Heap::new();
    let pacing = Pacing::default();
    let start = Instant::now();
    for _ in 0..s.alloc {
        black_box(heap.alloc(Node::leaf()));
        heap.collect_if_due(&pacing, &());
    }
    let time = start.elapsed();
    heap.collect();
    expect_eq("objects freed", drops(), s.alloc as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: s.alloc as u64,
    })
}

/// Allocates mark_live's graph and returns node 0.
fn graph(heap: &mut Heap, n: usize) -> Gc<Node> {
    let nodes: Vec<Gc<Node>> = (0..n).map(|_| heap.alloc(Node::leaf())).collect();
    for (i, left, right) in graph_edges(n) {
        let node = heap.get_mut(nodes[i]);
        node.left = Some(nodes[left]);
        node.right = Some(nodes[right]);
    }
    nodes[0]
}

fn ring_len(heap: &Heap, start: Gc<Node>) -> usize {
    let mut len = 1;
    let mut at = heap.get(start).left.expect("ring");
    while at != start {
        len += 1;
        at = heap.get(at).left.expect("ring");
    }
    len
}

fn mark_live(s: &Sizes) -> Result<Outcome, Outcome> {
    let mut heap = Heap::new();
    let first = graph(&mut heap, s.graph);
    let _root = heap.root(first);
    let (mut marked, mut freed) = (0, 0);
    let start = Instant::now();
    for _ in 0..s.collections {
        let report = heap.collect();
        marked += report.marked;
        freed += report.freed;
    }
    let time = start.elapsed();
    expect_eq("objects marked", marked, (s.graph * s.collections) as u64)?;
    expect_eq("objects freed", (freed, drops()), (0, 0))?;
    expect_eq("ring length", ring_len(&heap, first), s.graph)?;
    Ok(Outcome::Ok {
        time,
        objects: marked,
    })
}

fn sweep_dead(s: &Sizes) -> Result<Outcome, Outcome> {
    let mut heap = Heap::new();
    let nodes: Vec<Gc<Node>> = (0..s.sweep).map(|_| heap.alloc(Node::leaf())).collect();
    for i in 0..s.sweep {
        heap.get_mut(nodes[i]).left = Some(nodes[(i + 1) % s.sweep]);
    }
    drop(nodes); // handles do not root anything
    let start = Instant::now();
    let report = heap.collect();
    let time = start.elapsed();
    expect_eq(
        "objects freed",
        (report.freed, drops()),
        (s.sweep as u64, s.sweep as u64),
    )?;
    expect_eq("objects left", heap.object_count(), 0)?;
    Ok(Outcome::Ok {
        time,
        objects: s.sweep as u64,
    })
}

fn weak_refs(s: &Sizes) -> Result<Outcome, Outcome> {
    let mut heap = Heap::new();
    let nodes: Vec<Gc<Node>> = (0..s.weak).map(|_| heap.alloc(Node::leaf())).collect();
    let start = Instant::now();
    let weak: Vec<Weak<Node>> = nodes
        .iter()
        .map(|&n| heap.downgrade(n).expect("weakly referenceable"))
        .collect();
    // Every other object is dropped: only the even ones stay on the "stack" (extra roots).
    let stack: Vec<Gc<Node>> = nodes.into_iter().step_by(2).collect();
    heap.collect_with(&stack);
    let alive = weak.iter().filter(|w| heap.upgrade(**w).is_some()).count();
    let time = start.elapsed();
    expect_eq("upgraded", alive, s.weak / 2)?;
    let even_alive = weak
        .iter()
        .step_by(2)
        .filter(|w| heap.upgrade(**w).is_some())
        .count();
    expect_eq("even (kept) upgraded", even_alive, s.weak / 2)?;
    expect_eq("objects freed", drops(), (s.weak / 2) as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: s.weak as u64,
    })
}

fn weak_map_churn(s: &Sizes) -> Result<Outcome, Outcome> {
    let mut heap = Heap::new();
    let start = Instant::now();
    let map = heap.alloc(WeakValueDictionary::<u64>::new());
    let _root = heap.root(map);
    let mut stack = Vec::with_capacity(s.map / s.map_keep_every + 1);
    for i in 0..s.map as u64 {
        let value = heap.alloc(Node::leaf());
        let referent = Referent::new(&mut heap, value).expect("weakly referenceable");
        heap.get_mut(map).insert(i, referent.into());
        if i % s.map_keep_every as u64 == 0 {
            stack.push(value);
        }
    }
    heap.collect_with(&stack);
    let len = heap.get(map).len();
    let time = start.elapsed();
    let kept = s.map.div_ceil(s.map_keep_every);
    expect_eq("entries left", len, kept)?;
    let last_kept = ((kept - 1) * s.map_keep_every) as u64;
    expect_eq(
        "value of last kept key",
        heap.get(map).get(&heap, &last_kept),
        Some(Gc::erase(stack[kept - 1])),
    )?;
    expect_eq("values freed", drops(), (s.map - kept) as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: s.map as u64,
    })
}

fn ephemeron_cycle(s: &Sizes) -> Result<Outcome, Outcome> {
    let mut heap = Heap::new();
    let pacing = Pacing::default();
    let start = Instant::now();
    let map = heap.alloc(WeakKeyDictionary::<Gc<Val>>::new());
    let _root = heap.root(map);
    for _ in 0..s.ephemerons {
        let key = heap.alloc(Node::leaf());
        let value = heap.alloc(Val { key, _tally: Tally });
        let referent = Referent::new(&mut heap, key).expect("weakly referenceable");
        heap.get_mut(map).insert(referent.into(), value);
        // A safepoint, as an interpreter has between statements (boa_gc and rust-gc collect at
        // their allocation thresholds in the same places).
        heap.collect_if_due(&pacing, &());
    }
    heap.collect();
    let len = heap.get(map).len();
    let time = start.elapsed();
    // weakgc promises ephemerons: a leak here is a bug, so it is a FAIL, not "leaks".
    expect_eq("entries left", len, 0)?;
    expect_eq("keys and values freed", drops(), 2 * s.ephemerons as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: s.ephemerons as u64,
    })
}

fn ephemeron_collect(s: &Sizes) -> Result<Outcome, Outcome> {
    let mut heap = Heap::new();
    let map = heap.alloc(WeakKeyDictionary::<Gc<Val>>::new());
    let _root = heap.root(map);
    let mut keys = Vec::with_capacity(s.ephemeron_controls + s.ephemerons);
    for _ in 0..s.ephemeron_controls + s.ephemerons {
        let key = heap.alloc(Node::leaf());
        let value = heap.alloc(Val { key, _tally: Tally });
        let referent = Referent::new(&mut heap, key).expect("weakly referenceable");
        heap.get_mut(map).insert(referent.into(), value);
        keys.push(key);
    }
    // Warm, as a running program's heap is: one collection with every key on the stack.
    heap.collect_with(&keys);
    expect_eq("entries after the warm-up", heap.get(map).len(), keys.len())?;
    let start = Instant::now();
    keys.truncate(s.ephemeron_controls);
    heap.collect_with(&keys);
    let len = heap.get(map).len();
    let time = start.elapsed();
    expect_eq("entries left (the controls)", len, s.ephemeron_controls)?;
    expect_eq("keys and values freed", drops(), 2 * s.ephemerons as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: s.ephemerons as u64,
    })
}

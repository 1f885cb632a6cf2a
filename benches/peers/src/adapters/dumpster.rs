//! dumpster 2.1, `unsync` collector: reference counting plus a cycle collector. A `Gc` whose count
//! drops to zero is freed at once; one whose count drops but stays above zero is marked "dirty",
//! and a collection (`collect()`, or automatic when more references were dropped than exist)
//! searches the graph under the dirty objects for unreachable cycles.
//!
//! So "a full collection" only traces what hangs below dirty objects. mark_live makes each of its
//! collections a full trace by dirtying the root (clone and drop one handle, untimed) before it;
//! sweep_dead's garbage is a ring (a cycle), so refcounting alone cannot free it and the one timed
//! `collect()` must. Mutable edges are `RefCell<Option<Gc<Node>>>`. dumpster has no weak
//! references: the three weak workloads are n/a.

use std::cell::RefCell;
use std::hint::black_box;
use std::time::{Duration, Instant};

use dumpster::unsync::{collect, set_collect_condition, CollectInfo, Gc};
use dumpster::Trace;

use crate::common::{drops, expect_eq, graph_edges, Outcome, Sizes, Tally, Workload};

pub const NOTES: &[(Workload, &str)] = &[
    (
        Workload::BinaryTrees,
        "refcounting frees each tree when dropped (no cycles)",
    ),
    (
        Workload::AllocSmall,
        "refcounting frees each object when dropped",
    ),
    (
        Workload::MarkLive,
        "root dirtied (clone + drop, untimed) before each `collect()` so it traces the graph",
    ),
    (
        Workload::SweepDead,
        "the dead objects form a ring, freed by one `collect()`",
    ),
];

const NO_WEAK: &str = "no weak references";

#[derive(Trace)]
struct Tree {
    left: Option<Gc<Tree>>,
    right: Option<Gc<Tree>>,
}

#[derive(Trace)]
struct Node {
    left: RefCell<Option<Gc<Node>>>,
    right: RefCell<Option<Gc<Node>>>,
}

/// dumpster's `Trace` carries safety obligations we would rather not take on here, so the node
/// counts its own drops instead of carrying a [`Tally`] field.
impl Drop for Node {
    fn drop(&mut self) {
        drop(Tally);
    }
}

impl Node {
    fn leaf() -> Gc<Node> {
        Gc::new(Node {
            left: RefCell::new(None),
            right: RefCell::new(None),
        })
    }
}

pub fn run(workload: Workload, s: &Sizes) -> Outcome {
    let result = match workload {
        Workload::BinaryTrees => binary_trees(s),
        Workload::AllocSmall => alloc_small(s),
        Workload::MarkLive => mark_live(s),
        Workload::SweepDead => sweep_dead(s),
        Workload::WeakRefs
        | Workload::WeakMapChurn
        | Workload::EphemeronCycle
        | Workload::EphemeronCollect => Ok(Outcome::NotApplicable(NO_WEAK)),
    };
    result.unwrap_or_else(|failed| failed)
}

fn bottom_up(depth: u32) -> Gc<Tree> {
    let (left, right) = if depth == 0 {
        (None, None)
    } else {
        (Some(bottom_up(depth - 1)), Some(bottom_up(depth - 1)))
    };
    Gc::new(Tree { left, right })
}

fn count(tree: &Tree) -> u64 {
    1 + tree.left.as_deref().map_or(0, count) + tree.right.as_deref().map_or(0, count)
}

fn binary_trees(s: &Sizes) -> Result<Outcome, Outcome> {
    let start = Instant::now();
    let long_lived = bottom_up(s.tree_depth);
    let mut nodes = 0;
    for (depth, iterations) in s.tree_rounds() {
        for _ in 0..iterations {
            nodes += count(&bottom_up(depth));
        }
    }
    nodes += count(&long_lived);
    let time = start.elapsed();
    expect_eq("nodes counted", nodes, s.tree_nodes())?;
    Ok(Outcome::Ok {
        time,
        objects: nodes,
    })
}

fn alloc_small(s: &Sizes) -> Result<Outcome, Outcome> {
    let start = Instant::now();
    for _ in 0..s.alloc {
        black_box(Node::leaf());
    }
    let time = start.elapsed();
    collect();
    expect_eq("objects freed", drops(), s.alloc as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: s.alloc as u64,
    })
}

fn nodes_linked(
    n: usize,
    links: impl Iterator<Item = (usize, usize, Option<usize>)>,
) -> Vec<Gc<Node>> {
    let nodes: Vec<Gc<Node>> = (0..n).map(|_| Node::leaf()).collect();
    for (i, left, right) in links {
        *nodes[i].left.borrow_mut() = Some(nodes[left].clone());
        *nodes[i].right.borrow_mut() = right.map(|r| nodes[r].clone());
    }
    nodes
}

fn ring_len(start: &Gc<Node>) -> usize {
    let mut len = 1;
    let mut at = start.left.borrow().clone().expect("ring");
    while !Gc::ptr_eq(&at, start) {
        len += 1;
        let next = at.left.borrow().clone().expect("ring");
        at = next;
    }
    len
}

fn never(_: &CollectInfo) -> bool {
    false
}

fn mark_live(s: &Sizes) -> Result<Outcome, Outcome> {
    let n = s.graph;
    let root = nodes_linked(n, graph_edges(n).map(|(i, l, r)| (i, l, Some(r))))[0].clone();
    collect(); // settle the dirty set left by building the graph
    let mut time = Duration::ZERO;
    for _ in 0..s.collections {
        drop(root.clone()); // dirty the root: the next collection traces everything below it
        let start = Instant::now();
        collect();
        time += start.elapsed();
    }
    expect_eq("objects freed", drops(), 0)?;
    expect_eq("ring length", ring_len(&root), n)?;
    Ok(Outcome::Ok {
        time,
        objects: (n * s.collections) as u64,
    })
}

fn sweep_dead(s: &Sizes) -> Result<Outcome, Outcome> {
    let n = s.sweep;
    // No automatic collection while the ring is built and its handles dropped: the timed
    // `collect()` below is the one that frees it.
    set_collect_condition(never);
    drop(nodes_linked(n, (0..n).map(|i| (i, (i + 1) % n, None))));
    expect_eq("objects freed by refcounting", drops(), 0)?;
    let start = Instant::now();
    collect();
    let time = start.elapsed();
    expect_eq("objects freed", drops(), n as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: n as u64,
    })
}

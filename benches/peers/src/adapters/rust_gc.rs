//! gc 0.5 (rust-gc): `Gc<T>` pointers into a thread-local heap; a `Gc` outside the heap is a root
//! (root counts are kept as handles move in and out of the heap). Allocation collects by itself
//! past a threshold; `force_collect()` runs a full collection. Marking recurses through the
//! object graph, so deep graphs need a deep stack (the runner gives every workload 2 GiB).
//!
//! Mutable edges are `GcCell<Option<Gc<Node>>>`. rust-gc has no weak references: the three weak
//! workloads are n/a.

// gc_derive 0.5 generates its impls inside a `const _` block, which this lint flags.
#![allow(non_local_definitions)]

use std::hint::black_box;
use std::time::Instant;

use gc::{force_collect, Finalize, Gc, GcCell, Trace};

use crate::common::{drops, expect_eq, graph_edges, Outcome, Sizes, Tally, Workload};

pub const NOTES: &[(Workload, &str)] = &[
    (
        Workload::BinaryTrees,
        "collections triggered by allocation (rust-gc's threshold)",
    ),
    (
        Workload::AllocSmall,
        "collections triggered by allocation (rust-gc's threshold)",
    ),
];

const NO_WEAK: &str = "no weak references";

#[derive(Trace, Finalize)]
struct Tree {
    left: Option<Gc<Tree>>,
    right: Option<Gc<Tree>>,
}

#[derive(Trace, Finalize)]
struct Node {
    left: GcCell<Option<Gc<Node>>>,
    right: GcCell<Option<Gc<Node>>>,
    #[unsafe_ignore_trace]
    _tally: Tally,
}

impl Node {
    fn leaf() -> Gc<Node> {
        Gc::new(Node {
            left: GcCell::new(None),
            right: GcCell::new(None),
            _tally: Tally,
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
    force_collect();
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

fn mark_live(s: &Sizes) -> Result<Outcome, Outcome> {
    let n = s.graph;
    let root = nodes_linked(n, graph_edges(n).map(|(i, l, r)| (i, l, Some(r))))[0].clone();
    let start = Instant::now();
    for _ in 0..s.collections {
        force_collect();
    }
    let time = start.elapsed();
    expect_eq("objects freed", drops(), 0)?;
    expect_eq("ring length", ring_len(&root), n)?;
    Ok(Outcome::Ok {
        time,
        objects: (n * s.collections) as u64,
    })
}

fn sweep_dead(s: &Sizes) -> Result<Outcome, Outcome> {
    let n = s.sweep;
    drop(nodes_linked(n, (0..n).map(|i| (i, (i + 1) % n, None))));
    let start = Instant::now();
    force_collect();
    let time = start.elapsed();
    expect_eq("objects freed", drops(), n as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: n as u64,
    })
}

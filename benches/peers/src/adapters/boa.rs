//! boa_gc 0.22 (Boa's collector): `Gc<T>` pointers into a thread-local heap; roots are found by
//! counting the references held outside the heap. Allocation collects by itself once the heap
//! passes a threshold (1 MiB, grown with the live size); `force_collect()` runs a full collection.
//!
//! Mutable edges are `GcRefCell<Option<Gc<Node>>>`. Weak references are `WeakGc` (each one an
//! ephemeron box in the heap); the weak-key table is `WeakMap`, an ephemeron table. There is no
//! weak-value map: weak_map_churn is a `hashbrown::HashMap<u64, WeakGc>` pruned by hand.

use std::hint::black_box;
use std::time::Instant;

use boa_gc::{force_collect, Finalize, Gc, GcRefCell, Trace, WeakGc, WeakMap};

use crate::common::{drops, expect_eq, graph_edges, Outcome, Sizes, Tally, Workload};

pub const NOTES: &[(Workload, &str)] = &[
    (
        Workload::BinaryTrees,
        "collections triggered by allocation (boa's threshold)",
    ),
    (
        Workload::AllocSmall,
        "collections triggered by allocation (boa's threshold)",
    ),
    (
        Workload::WeakMapChurn,
        "hand-built: `HashMap<u64, WeakGc>`, pruned after `force_collect()`",
    ),
    (Workload::EphemeronCycle, "`WeakMap` (ephemeron table)"),
];

#[derive(Trace, Finalize)]
struct Tree {
    left: Option<Gc<Tree>>,
    right: Option<Gc<Tree>>,
}

#[derive(Trace, Finalize)]
struct Node {
    left: GcRefCell<Option<Gc<Node>>>,
    right: GcRefCell<Option<Gc<Node>>>,
    #[unsafe_ignore_trace]
    _tally: Tally,
}

impl Node {
    fn leaf() -> Gc<Node> {
        Gc::new(Node {
            left: GcRefCell::new(None),
            right: GcRefCell::new(None),
            _tally: Tally,
        })
    }
}

/// A weak-key entry's value: it refers back to its key.
#[derive(Trace, Finalize)]
struct Val {
    key: Gc<Node>,
    #[unsafe_ignore_trace]
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

fn weak_refs(s: &Sizes) -> Result<Outcome, Outcome> {
    let nodes: Vec<Gc<Node>> = (0..s.weak).map(|_| Node::leaf()).collect();
    let start = Instant::now();
    let weak: Vec<WeakGc<Node>> = nodes.iter().map(WeakGc::new).collect();
    // Every other object is dropped: only the even ones stay on the stack.
    let stack: Vec<Gc<Node>> = nodes.into_iter().step_by(2).collect();
    force_collect();
    let alive = weak.iter().filter(|w| w.upgrade().is_some()).count();
    let time = start.elapsed();
    expect_eq("upgraded", alive, s.weak / 2)?;
    let even_alive = weak.iter().step_by(2).filter(|w| w.is_upgradable()).count();
    expect_eq("even (kept) upgraded", even_alive, s.weak / 2)?;
    expect_eq("objects freed", drops(), (s.weak / 2) as u64)?;
    drop(stack);
    Ok(Outcome::Ok {
        time,
        objects: s.weak as u64,
    })
}

fn weak_map_churn(s: &Sizes) -> Result<Outcome, Outcome> {
    let start = Instant::now();
    let mut map = hashbrown::HashMap::new();
    let mut stack = Vec::with_capacity(s.map / s.map_keep_every + 1);
    for i in 0..s.map as u64 {
        let value = Node::leaf();
        map.insert(i, WeakGc::new(&value));
        if i % s.map_keep_every as u64 == 0 {
            stack.push(value);
        }
    }
    force_collect();
    map.retain(|_, value| value.is_upgradable());
    let len = map.len();
    let time = start.elapsed();
    let kept = s.map.div_ceil(s.map_keep_every);
    expect_eq("entries left", len, kept)?;
    expect_eq("values freed", drops(), (s.map - kept) as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: s.map as u64,
    })
}

fn ephemeron_cycle(s: &Sizes) -> Result<Outcome, Outcome> {
    let start = Instant::now();
    let mut map = WeakMap::<Node, Gc<Val>>::new();
    for _ in 0..s.ephemerons {
        let key = Node::leaf();
        let value = Gc::new(Val {
            key: key.clone(),
            _tally: Tally,
        });
        map.insert(&key, value);
    }
    force_collect();
    let time = start.elapsed();
    // WeakMap has no `len`: count what died instead.
    let freed = drops();
    let expected = 2 * s.ephemerons as u64;
    drop(map);
    if freed < expected {
        return Ok(Outcome::Leaks {
            time,
            leaked: (expected - freed) / 2,
            expected: s.ephemerons as u64,
        });
    }
    expect_eq("keys and values freed", freed, expected)?;
    Ok(Outcome::Ok {
        time,
        objects: s.ephemerons as u64,
    })
}

fn ephemeron_collect(s: &Sizes) -> Result<Outcome, Outcome> {
    let mut map = WeakMap::<Node, Gc<Val>>::new();
    let mut keys = Vec::with_capacity(s.ephemeron_controls + s.ephemerons);
    for _ in 0..s.ephemeron_controls + s.ephemerons {
        let key = Node::leaf();
        let value = Gc::new(Val {
            key: key.clone(),
            _tally: Tally,
        });
        map.insert(&key, value);
        keys.push(key);
    }
    // Warm, as a running program's heap is: one collection with every key held.
    force_collect();
    expect_eq("objects freed by the warm-up", drops(), 0)?;
    let start = Instant::now();
    keys.truncate(s.ephemeron_controls);
    force_collect();
    let time = start.elapsed();
    let freed = drops();
    let controls = keys.iter().filter(|k| map.contains_key(k)).count();
    expect_eq("controls still mapped", controls, s.ephemeron_controls)?;
    let expected = 2 * s.ephemerons as u64;
    if freed < expected {
        return Ok(Outcome::Leaks {
            time,
            leaked: (expected - freed) / 2,
            expected: s.ephemerons as u64,
        });
    }
    expect_eq("keys and values freed", freed, expected)?;
    Ok(Outcome::Ok {
        time,
        objects: s.ephemerons as u64,
    })
}

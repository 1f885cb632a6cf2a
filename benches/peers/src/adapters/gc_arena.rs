//! gc-arena 0.7: `Gc<'gc, T>` pointers branded by the arena, reachable only inside
//! `Arena::mutate` / `mutate_root`; collection happens between mutations.
//!
//! Pacing: binary_trees and alloc_small end each mutation (each short-lived tree, each allocation)
//! with piccolo's idiom: `collect_debt()` once the allocation debt passes 1024 (gc-arena's default
//! incremental pacing decides how much work that is).
//! "One full collection" is `finish_cycle()` from the sleeping phase. Mutable edges are
//! `Lock<Option<Gc>>` written through `Gc::write` (the write barrier).
//!
//! gc-arena has `GcWeak` but no weak tables: weak_map_churn is a `hashbrown::HashMap<u64, GcWeak>`
//! in the root, pruned by hand after the cycle; ephemeron_cycle is an ephemeron table built on the
//! `Finalization` API (entries hold key and value weakly; after marking, values of live keys are
//! resurrected, repeated until nothing changes).

use std::hint::black_box;
use std::time::Instant;

use gc_arena::barrier::unlock;
use gc_arena::{Arena, Collect, Gc, GcWeak, Lock, Mutation, Rootable};

use crate::common::{drops, expect_eq, graph_edges, Outcome, Sizes, Tally, Workload};

pub const NOTES: &[(Workload, &str)] = &[
    (
        Workload::BinaryTrees,
        "`collect_debt()` when the debt passes 1024 (piccolo's granularity), checked after each short-lived tree",
    ),
    (
        Workload::AllocSmall,
        "one `mutate` per allocation, then `collect_debt()` when the debt passes 1024",
    ),
    (
        Workload::WeakMapChurn,
        "hand-built: `HashMap<u64, GcWeak>` in the root, pruned after `finish_cycle()`",
    ),
    (
        Workload::EphemeronCycle,
        "hand-built ephemerons on the `Finalization` API (resurrect values of live keys until stable)",
    ),
    (
        Workload::EphemeronCollect,
        "the same hand-built ephemerons; the keys held by a `Vec` in the root",
    ),
];

#[derive(Collect)]
#[collect(no_drop)]
struct Tree<'gc> {
    left: Option<Gc<'gc, Tree<'gc>>>,
    right: Option<Gc<'gc, Tree<'gc>>>,
}

type NodePtr<'gc> = Gc<'gc, Node<'gc>>;

#[derive(Collect)]
#[collect(no_drop)]
struct Node<'gc> {
    left: Lock<Option<NodePtr<'gc>>>,
    right: Lock<Option<NodePtr<'gc>>>,
    #[collect(require_static)]
    _tally: Tally,
}

impl<'gc> Node<'gc> {
    fn leaf(mc: &Mutation<'gc>) -> NodePtr<'gc> {
        Gc::new(
            mc,
            Node {
                left: Lock::new(None),
                right: Lock::new(None),
                _tally: Tally,
            },
        )
    }
}

/// A weak-key entry's value: it refers back to its key.
#[derive(Collect)]
#[collect(no_drop)]
struct Val<'gc> {
    key: NodePtr<'gc>,
    #[collect(require_static)]
    _tally: Tally,
}

/// Allocation debt below which `collect_if_due` does nothing: piccolo's `COLLECTOR_GRANULARITY`,
/// following gc-arena's advice not to call `collect_debt` for tiny debts.
const COLLECTOR_GRANULARITY: f64 = 1024.0;

/// The safepoint gc-arena's users run after each `mutate`.
fn collect_if_due<R: for<'a> Rootable<'a>>(arena: &mut Arena<R>)
where
    for<'a> <R as Rootable<'a>>::Root: Collect<'a>,
{
    if arena.metrics().allocation_debt() > COLLECTOR_GRANULARITY {
        arena.collect_debt();
    }
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

fn bottom_up<'gc>(mc: &Mutation<'gc>, depth: u32) -> Gc<'gc, Tree<'gc>> {
    let (left, right) = if depth == 0 {
        (None, None)
    } else {
        (
            Some(bottom_up(mc, depth - 1)),
            Some(bottom_up(mc, depth - 1)),
        )
    };
    Gc::new(mc, Tree { left, right })
}

fn count(tree: &Tree<'_>) -> u64 {
    1 + tree.left.map_or(0, |l| count(&l)) + tree.right.map_or(0, |r| count(&r))
}

fn binary_trees(s: &Sizes) -> Result<Outcome, Outcome> {
    let start = Instant::now();
    let mut arena = Arena::<Rootable![Gc<'_, Tree<'_>>]>::new(|mc| bottom_up(mc, s.tree_depth));
    let mut nodes = 0;
    for (depth, iterations) in s.tree_rounds() {
        for _ in 0..iterations {
            nodes += arena.mutate(|mc, _| count(&bottom_up(mc, depth)));
            collect_if_due(&mut arena);
        }
    }
    nodes += arena.mutate(|_, root| count(root));
    let time = start.elapsed();
    expect_eq("nodes counted", nodes, s.tree_nodes())?;
    Ok(Outcome::Ok {
        time,
        objects: nodes,
    })
}

fn alloc_small(s: &Sizes) -> Result<Outcome, Outcome> {
    let mut arena = Arena::<Rootable![()]>::new(|_| ());
    let start = Instant::now();
    for _ in 0..s.alloc {
        arena.mutate(|mc, _| {
            black_box(Node::leaf(mc));
        });
        collect_if_due(&mut arena);
    }
    let time = start.elapsed();
    arena.finish_cycle();
    arena.finish_cycle();
    expect_eq("objects freed", drops(), s.alloc as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: s.alloc as u64,
    })
}

/// Allocates `n` nodes; `link(i)` gives node `i`'s `(left, right)` indices.
fn nodes_linked<'gc>(
    mc: &Mutation<'gc>,
    n: usize,
    links: impl Iterator<Item = (usize, usize, Option<usize>)>,
) -> Vec<NodePtr<'gc>> {
    let nodes: Vec<NodePtr<'gc>> = (0..n).map(|_| Node::leaf(mc)).collect();
    for (i, left, right) in links {
        let node = Gc::write(mc, nodes[i]);
        unlock!(node, Node, left).set(Some(nodes[left]));
        unlock!(node, Node, right).set(right.map(|r| nodes[r]));
    }
    nodes
}

fn ring_len(start: NodePtr<'_>) -> usize {
    let mut len = 1;
    let mut at = start.left.get().expect("ring");
    while !Gc::ptr_eq(at, start) {
        len += 1;
        at = at.left.get().expect("ring");
    }
    len
}

fn mark_live(s: &Sizes) -> Result<Outcome, Outcome> {
    let n = s.graph;
    let mut arena = Arena::<Rootable![Gc<'_, Node<'_>>]>::new(|mc| {
        let edges = graph_edges(n).map(|(i, l, r)| (i, l, Some(r)));
        nodes_linked(mc, n, edges)[0]
    });
    let start = Instant::now();
    for _ in 0..s.collections {
        arena.finish_cycle();
    }
    let time = start.elapsed();
    expect_eq("objects freed", drops(), 0)?;
    expect_eq("ring length", arena.mutate(|_, root| ring_len(*root)), n)?;
    Ok(Outcome::Ok {
        time,
        objects: (n * s.collections) as u64,
    })
}

fn sweep_dead(s: &Sizes) -> Result<Outcome, Outcome> {
    let n = s.sweep;
    let mut arena = Arena::<Rootable![()]>::new(|_| ());
    arena.mutate(|mc, _| {
        nodes_linked(mc, n, (0..n).map(|i| (i, (i + 1) % n, None)));
    });
    let start = Instant::now();
    arena.finish_cycle();
    let time = start.elapsed();
    expect_eq("objects freed", drops(), n as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: n as u64,
    })
}

#[derive(Collect)]
#[collect(no_drop)]
struct WeakRoot<'gc> {
    strong: Vec<NodePtr<'gc>>,
    weak: Vec<GcWeak<'gc, Node<'gc>>>,
}

fn weak_refs(s: &Sizes) -> Result<Outcome, Outcome> {
    let mut arena = Arena::<Rootable![WeakRoot<'_>]>::new(|mc| WeakRoot {
        strong: (0..s.weak).map(|_| Node::leaf(mc)).collect(),
        weak: Vec::new(),
    });
    let start = Instant::now();
    arena.mutate_root(|_, root| {
        root.weak = root.strong.iter().map(|&n| Gc::downgrade(n)).collect();
        // Every other object is dropped: only the even ones stay in the root.
        let mut index = 0;
        root.strong.retain(|_| {
            index += 1;
            index % 2 == 1
        });
    });
    arena.finish_cycle();
    let alive =
        arena.mutate(|mc, root| root.weak.iter().filter(|w| w.upgrade(mc).is_some()).count());
    let time = start.elapsed();
    expect_eq("upgraded", alive, s.weak / 2)?;
    let even_alive = arena.mutate(|mc, root| {
        root.weak
            .iter()
            .step_by(2)
            .filter(|w| w.upgrade(mc).is_some())
            .count()
    });
    expect_eq("even (kept) upgraded", even_alive, s.weak / 2)?;
    expect_eq("objects freed", drops(), (s.weak / 2) as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: s.weak as u64,
    })
}

#[derive(Collect)]
#[collect(no_drop)]
struct MapRoot<'gc> {
    map: hashbrown::HashMap<u64, GcWeak<'gc, Node<'gc>>>,
    stack: Vec<NodePtr<'gc>>,
}

fn weak_map_churn(s: &Sizes) -> Result<Outcome, Outcome> {
    let start = Instant::now();
    let mut arena = Arena::<Rootable![MapRoot<'_>]>::new(|_| MapRoot {
        map: hashbrown::HashMap::new(),
        stack: Vec::new(),
    });
    arena.mutate_root(|mc, root| {
        for i in 0..s.map as u64 {
            let value = Node::leaf(mc);
            root.map.insert(i, Gc::downgrade(value));
            if i % s.map_keep_every as u64 == 0 {
                root.stack.push(value);
            }
        }
    });
    arena.finish_cycle();
    let len = arena.mutate_root(|_, root| {
        root.map.retain(|_, value| !value.is_dropped());
        root.map.len()
    });
    let time = start.elapsed();
    let kept = s.map.div_ceil(s.map_keep_every);
    expect_eq("entries left", len, kept)?;
    expect_eq("values freed", drops(), (s.map - kept) as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: s.map as u64,
    })
}

#[derive(Collect)]
#[collect(no_drop)]
struct EphemeronRoot<'gc> {
    /// Keyed by the key's address; key and value are both held weakly.
    entries: hashbrown::HashMap<usize, (GcWeak<'gc, Node<'gc>>, GcWeak<'gc, Val<'gc>>)>,
}

fn ephemeron_cycle(s: &Sizes) -> Result<Outcome, Outcome> {
    let start = Instant::now();
    let mut arena = Arena::<Rootable![EphemeronRoot<'_>]>::new(|_| EphemeronRoot {
        entries: hashbrown::HashMap::new(),
    });
    arena.mutate_root(|mc, root| {
        for _ in 0..s.ephemerons {
            let key = Node::leaf(mc);
            let value = Gc::new(mc, Val { key, _tally: Tally });
            let entry = (Gc::downgrade(key), Gc::downgrade(value));
            root.entries.insert(Gc::as_ptr(key) as usize, entry);
        }
    });
    // One cycle with the ephemeron fixpoint: mark, resurrect the values of live keys, mark again...
    loop {
        let marked = arena.finish_marking().expect("fully marked");
        let resurrected = marked.finalize(|fc, root| {
            let mut any = false;
            for (key, value) in root.entries.values() {
                if !key.is_dead(fc) && value.is_dead(fc) {
                    value.resurrect(fc);
                    any = true;
                }
            }
            any
        });
        if !resurrected {
            break;
        }
    }
    arena.finish_cycle();
    let len = arena.mutate_root(|_, root| {
        root.entries.retain(|_, (key, _)| !key.is_dropped());
        root.entries.len()
    });
    let time = start.elapsed();
    let freed = drops();
    let expected = 2 * s.ephemerons as u64;
    if len > 0 || freed < expected {
        return Ok(Outcome::Leaks {
            time,
            leaked: len as u64,
            expected: s.ephemerons as u64,
        });
    }
    Ok(Outcome::Ok {
        time,
        objects: s.ephemerons as u64,
    })
}

#[derive(Collect)]
#[collect(no_drop)]
struct EphemeronKeysRoot<'gc> {
    /// As in `EphemeronRoot`.
    entries: hashbrown::HashMap<usize, (GcWeak<'gc, Node<'gc>>, GcWeak<'gc, Val<'gc>>)>,
    /// The keys held strongly (the program's stack).
    keys: Vec<NodePtr<'gc>>,
}

/// One cycle with the ephemeron fixpoint (as in `ephemeron_cycle`), then the table pruned of dead
/// keys; returns the entries left.
fn ephemeron_keys_cycle(arena: &mut Arena<Rootable![EphemeronKeysRoot<'_>]>) -> usize {
    loop {
        let marked = arena.finish_marking().expect("fully marked");
        let resurrected = marked.finalize(|fc, root| {
            let mut any = false;
            for (key, value) in root.entries.values() {
                if !key.is_dead(fc) && value.is_dead(fc) {
                    value.resurrect(fc);
                    any = true;
                }
            }
            any
        });
        if !resurrected {
            break;
        }
    }
    arena.finish_cycle();
    arena.mutate_root(|_, root| {
        root.entries.retain(|_, (key, _)| !key.is_dropped());
        root.entries.len()
    })
}

fn ephemeron_collect(s: &Sizes) -> Result<Outcome, Outcome> {
    let mut arena = Arena::<Rootable![EphemeronKeysRoot<'_>]>::new(|_| EphemeronKeysRoot {
        entries: hashbrown::HashMap::new(),
        keys: Vec::new(),
    });
    arena.mutate_root(|mc, root| {
        for _ in 0..s.ephemeron_controls + s.ephemerons {
            let key = Node::leaf(mc);
            let value = Gc::new(mc, Val { key, _tally: Tally });
            let entry = (Gc::downgrade(key), Gc::downgrade(value));
            root.entries.insert(Gc::as_ptr(key) as usize, entry);
            root.keys.push(key);
        }
    });
    // Warm, as a running program's heap is: one cycle with every key held.
    let all = s.ephemeron_controls + s.ephemerons;
    expect_eq(
        "entries after the warm-up",
        ephemeron_keys_cycle(&mut arena),
        all,
    )?;
    let start = Instant::now();
    arena.mutate_root(|_, root| root.keys.truncate(s.ephemeron_controls));
    let len = ephemeron_keys_cycle(&mut arena);
    let time = start.elapsed();
    expect_eq("entries left (the controls)", len, s.ephemeron_controls)?;
    expect_eq("keys and values freed", drops(), 2 * s.ephemerons as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: s.ephemerons as u64,
    })
}

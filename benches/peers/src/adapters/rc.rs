//! Baselines without a tracing collector: `Box` where objects have one owner (binary_trees,
//! alloc_small, sweep_dead) and `Rc` + `rc::Weak` for the weak workloads. An object is freed the
//! moment its last owner drops it, so "collect" is a no-op or a pass over a table.
//!
//! mark_live is n/a (nothing to mark). sweep_dead frees independent boxes (a `Box` cannot form the
//! ring the collectors free). weak_map_churn is a `hashbrown::HashMap<u64, rc::Weak>`, pruned by
//! hand; ephemeron_cycle is the same kind of map with weak keys and strong values that refer to
//! their keys: with reference counting those keys can never die, so it leaks.

use std::hint::black_box;
use std::rc::{Rc, Weak};
use std::time::Instant;

use crate::common::{drops, expect_eq, Outcome, Sizes, Tally, Workload};

pub const NOTES: &[(Workload, &str)] = &[
    (Workload::BinaryTrees, "`Box` trees, freed when dropped"),
    (Workload::AllocSmall, "`Box::new` + drop"),
    (
        Workload::SweepDead,
        "drop of 1M independent `Box`es (no ring possible)",
    ),
    (
        Workload::WeakRefs,
        "`Rc` + `rc::Weak`; freeing happens at the drop",
    ),
    (
        Workload::WeakMapChurn,
        "hand-built: `HashMap<u64, rc::Weak>` pruned with `retain`",
    ),
    (
        Workload::EphemeronCycle,
        "hand-built `HashMap<addr, (rc::Weak<K>, Rc<V>)>`: values keep their keys alive",
    ),
];

struct Tree {
    left: Option<Box<Tree>>,
    right: Option<Box<Tree>>,
}

struct Node {
    _left: Option<Box<Node>>,
    _right: Option<Box<Node>>,
    _tally: Tally,
}

impl Node {
    fn leaf() -> Node {
        Node {
            _left: None,
            _right: None,
            _tally: Tally,
        }
    }
}

/// A weak-key entry's value: it refers back to its key.
struct Val {
    _key: Rc<Node>,
    _tally: Tally,
}

pub fn run(workload: Workload, s: &Sizes) -> Outcome {
    let result = match workload {
        Workload::BinaryTrees => binary_trees(s),
        Workload::AllocSmall => alloc_small(s),
        Workload::MarkLive => Ok(Outcome::NotApplicable("no tracing: nothing to mark")),
        Workload::SweepDead => sweep_dead(s),
        Workload::WeakRefs => weak_refs(s),
        Workload::WeakMapChurn => weak_map_churn(s),
        Workload::EphemeronCycle => ephemeron_cycle(s),
        Workload::EphemeronCollect => Ok(Outcome::NotApplicable(
            "no ephemerons: values holding their keys leak (see ephemeron_cycle)",
        )),
    };
    result.unwrap_or_else(|failed| failed)
}

fn bottom_up(depth: u32) -> Box<Tree> {
    let (left, right) = if depth == 0 {
        (None, None)
    } else {
        (Some(bottom_up(depth - 1)), Some(bottom_up(depth - 1)))
    };
    Box::new(Tree { left, right })
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
            nodes += count(black_box(&bottom_up(depth)));
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
        black_box(Box::new(Node::leaf()));
    }
    let time = start.elapsed();
    expect_eq("objects freed", drops(), s.alloc as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: s.alloc as u64,
    })
}

fn sweep_dead(s: &Sizes) -> Result<Outcome, Outcome> {
    let nodes: Vec<Box<Node>> = (0..s.sweep).map(|_| Box::new(Node::leaf())).collect();
    let start = Instant::now();
    drop(black_box(nodes));
    let time = start.elapsed();
    expect_eq("objects freed", drops(), s.sweep as u64)?;
    Ok(Outcome::Ok {
        time,
        objects: s.sweep as u64,
    })
}

fn weak_refs(s: &Sizes) -> Result<Outcome, Outcome> {
    let nodes: Vec<Rc<Node>> = (0..s.weak).map(|_| Rc::new(Node::leaf())).collect();
    let start = Instant::now();
    let weak: Vec<Weak<Node>> = nodes.iter().map(Rc::downgrade).collect();
    // Every other object is dropped (and freed, right here).
    let stack: Vec<Rc<Node>> = nodes.into_iter().step_by(2).collect();
    let alive = weak.iter().filter(|w| w.upgrade().is_some()).count();
    let time = start.elapsed();
    expect_eq("upgraded", alive, s.weak / 2)?;
    let even_alive = weak
        .iter()
        .step_by(2)
        .filter(|w| w.strong_count() > 0)
        .count();
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
        let value = Rc::new(Node::leaf());
        map.insert(i, Rc::downgrade(&value));
        if i % s.map_keep_every as u64 == 0 {
            stack.push(value);
        }
    }
    map.retain(|_, value: &mut Weak<Node>| value.strong_count() > 0);
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
    let mut map = hashbrown::HashMap::new();
    for _ in 0..s.ephemerons {
        let key = Rc::new(Node::leaf());
        let value = Rc::new(Val {
            _key: key.clone(),
            _tally: Tally,
        });
        map.insert(Rc::as_ptr(&key) as usize, (Rc::downgrade(&key), value));
    }
    // "Collect": drop the entries whose key died. None did: each value holds its key.
    map.retain(|_, (key, _): &mut (Weak<Node>, Rc<Val>)| key.strong_count() > 0);
    let len = map.len();
    let time = start.elapsed();
    let leaked = len as u64;
    if leaked > 0 || drops() < 2 * s.ephemerons as u64 {
        return Ok(Outcome::Leaks {
            time,
            leaked,
            expected: s.ephemerons as u64,
        });
    }
    Ok(Outcome::Ok {
        time,
        objects: s.ephemerons as u64,
    })
}

//! What every adapter shares: the workload list, their sizes, the outcome of one run, a drop
//! counter to check what died, and the seeded graph.

use std::cell::Cell;
use std::fmt;
use std::time::Duration;

/// The seven workloads of issue #7, in table order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Workload {
    /// A long-lived tree plus many short-lived trees (the benchmarks-game shape).
    BinaryTrees,
    /// Two-field objects allocated and dropped at once; the heap's pacing collects them.
    AllocSmall,
    /// Full collections of a live random graph that free nothing.
    MarkLive,
    /// One full collection of a heap where every object is garbage.
    SweepDead,
    /// Weak references to every object, half the objects die, one collection, upgrade all.
    WeakRefs,
    /// A weak-value map where 1 value in 10 survives one collection.
    WeakMapChurn,
    /// Weak-key entries whose values refer to their own keys: all must die.
    EphemeronCycle,
    /// The same table with live controls, built and collected once untimed; then the keys are
    /// dropped and one collection frees them: only that drop and collection are timed.
    EphemeronCollect,
}

impl Workload {
    pub const ALL: [Workload; 8] = [
        Workload::BinaryTrees,
        Workload::AllocSmall,
        Workload::MarkLive,
        Workload::SweepDead,
        Workload::WeakRefs,
        Workload::WeakMapChurn,
        Workload::EphemeronCycle,
        Workload::EphemeronCollect,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Workload::BinaryTrees => "binary_trees",
            Workload::AllocSmall => "alloc_small",
            Workload::MarkLive => "mark_live",
            Workload::SweepDead => "sweep_dead",
            Workload::WeakRefs => "weak_refs",
            Workload::WeakMapChurn => "weak_map_churn",
            Workload::EphemeronCycle => "ephemeron_cycle",
            Workload::EphemeronCollect => "ephemeron_collect",
        }
    }

    pub fn from_name(name: &str) -> Option<Workload> {
        Workload::ALL.into_iter().find(|w| w.name() == name)
    }

    /// What the ns/object column divides by, as printed under the table.
    pub fn per_object(self) -> &'static str {
        match self {
            Workload::BinaryTrees => "per tree node allocated",
            Workload::AllocSmall => "per object allocated",
            Workload::MarkLive => "per object marked (10 collections)",
            Workload::SweepDead => "per object freed",
            Workload::WeakRefs => "per object (downgrade, collect, upgrade)",
            Workload::WeakMapChurn => "per entry inserted",
            Workload::EphemeronCycle => "per entry inserted",
            Workload::EphemeronCollect => "per entry freed (drop + collect)",
        }
    }
}

impl fmt::Display for Workload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Workload sizes: the figures, or small ones for `--quick`.
#[derive(Clone, Copy, Debug)]
pub struct Sizes {
    /// binary_trees: depth of the long-lived tree and of the deepest short-lived ones.
    pub tree_depth: u32,
    /// binary_trees: depth of the shallowest short-lived trees (depths go up in steps of 2).
    pub tree_min_depth: u32,
    /// alloc_small: objects allocated.
    pub alloc: usize,
    /// mark_live: objects in the graph.
    pub graph: usize,
    /// mark_live: full collections timed.
    pub collections: usize,
    /// sweep_dead: dead objects.
    pub sweep: usize,
    /// weak_refs: weakly referenced objects (half die).
    pub weak: usize,
    /// weak_map_churn: entries (1 value in `map_keep_every` survives).
    pub map: usize,
    pub map_keep_every: usize,
    /// ephemeron_cycle, ephemeron_collect: entries that die.
    pub ephemerons: usize,
    /// ephemeron_collect: entries whose keys stay live.
    pub ephemeron_controls: usize,
}

impl Sizes {
    pub const FULL: Sizes = Sizes {
        tree_depth: 16,
        tree_min_depth: 4,
        alloc: 10_000_000,
        graph: 1_000_000,
        collections: 10,
        sweep: 1_000_000,
        weak: 1_000_000,
        map: 1_000_000,
        map_keep_every: 10,
        ephemerons: 100_000,
        ephemeron_controls: 1_000,
    };

    pub const QUICK: Sizes = Sizes {
        tree_depth: 10,
        tree_min_depth: 4,
        alloc: 100_000,
        graph: 10_000,
        collections: 10,
        sweep: 10_000,
        weak: 10_000,
        map: 10_000,
        map_keep_every: 10,
        ephemerons: 1_000,
        ephemeron_controls: 10,
    };

    /// These sizes with `n` dying ephemeron entries and `n / 100` (at least 1) live controls.
    pub fn with_ephemerons(self, n: usize) -> Sizes {
        Sizes {
            ephemerons: n,
            ephemeron_controls: (n / 100).max(1),
            ..self
        }
    }

    /// binary_trees: `(depth, how many short-lived trees of that depth)`.
    pub fn tree_rounds(&self) -> impl Iterator<Item = (u32, usize)> {
        let (max, min) = (self.tree_depth, self.tree_min_depth);
        (min..=max)
            .step_by(2)
            .map(move |d| (d, 1usize << (max - d + min)))
    }

    /// binary_trees: how many nodes the whole workload allocates (and its checks must count).
    pub fn tree_nodes(&self) -> u64 {
        let long_lived = tree_size(self.tree_depth);
        long_lived
            + self
                .tree_rounds()
                .map(|(d, n)| n as u64 * tree_size(d))
                .sum::<u64>()
    }
}

/// Nodes in a complete binary tree of `depth` (a leaf has depth 0).
pub fn tree_size(depth: u32) -> u64 {
    (1u64 << (depth + 1)) - 1
}

/// The result of one (workload, heap) run.
#[derive(Clone, Debug)]
pub enum Outcome {
    /// Correct result; `time` is the timed region, `objects` what ns/object divides by.
    Ok { time: Duration, objects: u64 },
    /// Ran, but the heap could not free `leaked` of `expected` objects that should have died.
    Leaks {
        time: Duration,
        leaked: u64,
        expected: u64,
    },
    /// Wrong result (or a crash, filled in by the runner).
    Fail(String),
    /// The heap has no way to express the workload.
    NotApplicable(&'static str),
}

/// `Ok(())` if `found == expected`, else a `Fail` naming `what`.
pub fn expect_eq<T: PartialEq + fmt::Debug>(
    what: &str,
    found: T,
    expected: T,
) -> Result<(), Outcome> {
    if found == expected {
        Ok(())
    } else {
        Err(Outcome::Fail(format!(
            "{what}: expected {expected:?}, found {found:?}"
        )))
    }
}

thread_local! {
    static DROPS: Cell<u64> = const { Cell::new(0) };
}

/// A zero-sized field that counts drops, so every heap's workload can check what it freed.
/// Each child process runs one workload on one thread, so a thread-local counter is exact.
#[derive(Default)]
pub struct Tally;

impl Drop for Tally {
    #[inline]
    fn drop(&mut self) {
        DROPS.with(|d| d.set(d.get() + 1));
    }
}

/// Objects carrying a [`Tally`] dropped so far on this thread.
pub fn drops() -> u64 {
    DROPS.with(|d| d.get())
}

/// A small deterministic PRNG (xorshift64*), the same as in benches/heap.rs.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

/// The seed of mark_live's graph.
pub const GRAPH_SEED: u64 = 42;

/// mark_live's graph, as in benches/heap.rs: node `i`'s left edge goes to `i + 1` (a spanning
/// ring, so node 0 reaches everything) and its right edge to a seeded random node. Yields
/// `(i, left, right)`.
pub fn graph_edges(n: usize) -> impl Iterator<Item = (usize, usize, usize)> {
    let mut rng = Rng(GRAPH_SEED);
    (0..n).map(move |i| (i, (i + 1) % n, (rng.next() % n as u64) as usize))
}

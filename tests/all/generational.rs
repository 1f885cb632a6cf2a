//! Differential test (issue #14): the same random mutator programs run in generational (both
//! `promote_after` values), incremental and stop-the-world mode, with collections paced by each
//! mode's safepoint and explicit minors, steps or collections at random points, and jobs drained
//! after each. The mutator only touches objects reachable in its own mirror of the graph, so the
//! program is the same in every mode. After a final `collect()` and drain, every mode must agree
//! on which objects are alive, what every weak reference upgrades to, every entry of a weak-key
//! table, which finalizers ran (each exactly once), and the callbacks of every weak reference
//! object still alive. (A minor may also run the callback of a watcher that is old garbage, as
//! reference counting would: those watchers are dead at the end and are left out.)

use std::collections::{BTreeMap, BTreeSet};

use weakgc::{
    collect, collect_if_due, collect_minor, collect_step, step_if_due, CollectorMode, CycleKind,
    Gc, GcAny, Heap, Pacing, PendingKind, Referent, Root, WeakAny, WeakKeyDictionary,
};

use crate::support::{id_of, Node};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// What a program observed, compared across modes.
#[derive(Debug, PartialEq, Eq)]
struct Observed {
    alive: BTreeSet<u32>,
    weak: Vec<Option<u32>>,
    table: BTreeSet<(u32, u32)>,
    table_len: usize,
    finalized: BTreeSet<u32>,
    callbacks_of_live_watchers: BTreeMap<u32, usize>,
}

struct Mutator {
    heap: Heap,
    mode: CollectorMode,
    pacing: Pacing,
    handles: BTreeMap<u32, Gc<Node>>,
    edges: BTreeMap<u32, Vec<u32>>,
    roots: Vec<(u32, Root<Node>)>,
    table: Gc<WeakKeyDictionary<GcAny>>,
    _table_root: Root<WeakKeyDictionary<GcAny>>,
    /// The table's entries as (key, value) ids (the mirror of its ephemerons).
    entries: BTreeMap<u32, u32>,
    weak: Vec<WeakAny>,
    finalized: BTreeMap<u32, usize>,
    callbacks: BTreeMap<u32, usize>,
    next_id: u32,
    /// Objects freed by minor collections (so the test knows minors did work).
    freed_by_minors: u64,
}

impl Mutator {
    fn new(mode: CollectorMode) -> Mutator {
        let mut heap = Heap::new();
        heap.set_mode(mode);
        let table = heap.alloc(WeakKeyDictionary::<GcAny>::new());
        let table_root = heap.root(table);
        Mutator {
            heap,
            mode,
            pacing: Pacing {
                min_debt: 4 << 10,
                minor_bytes: 2 << 10,
                step_bytes: 1 << 10,
                step_units: Some(8),
                ..Pacing::default()
            },
            handles: BTreeMap::new(),
            edges: BTreeMap::new(),
            roots: Vec::new(),
            table,
            _table_root: table_root,
            entries: BTreeMap::new(),
            weak: Vec::new(),
            finalized: BTreeMap::new(),
            callbacks: BTreeMap::new(),
            next_id: 0,
            freed_by_minors: 0,
        }
    }

    /// Reachable in the mirror: from the roots, through edges, and through the table's entries
    /// whose keys are reachable (ephemerons).
    fn reachable(&self) -> Vec<u32> {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<u32> = self.roots.iter().map(|(id, _)| *id).collect();
        loop {
            while let Some(id) = stack.pop() {
                if seen.insert(id) {
                    stack.extend(self.edges[&id].iter().copied());
                }
            }
            stack.extend(
                self.entries
                    .iter()
                    .filter(|(k, v)| seen.contains(k) && !seen.contains(v))
                    .map(|(_, v)| *v),
            );
            if stack.is_empty() {
                return seen.into_iter().collect();
            }
        }
    }

    fn drain(&mut self) {
        let (finalized, callbacks) = (&mut self.finalized, &mut self.callbacks);
        self.heap.run_pending(|heap, job| {
            let id = id_of(heap, job.object);
            match job.kind {
                PendingKind::Finalize => *finalized.entry(id).or_default() += 1,
                PendingKind::Callback => *callbacks.entry(id).or_default() += 1,
            }
        });
    }

    /// An explicit collection of the mode's kind.
    fn collect_point(&mut self) {
        match self.mode {
            CollectorMode::Generational { .. } => {
                let report = collect_minor(&mut self.heap, &());
                if report.kind == CycleKind::Minor {
                    self.freed_by_minors += report.freed;
                }
            }
            CollectorMode::Incremental => {
                collect_step(&mut self.heap, &self.pacing, &());
            }
            CollectorMode::StopTheWorld => {
                collect(&mut self.heap);
            }
        }
        self.drain();
    }

    /// The mode's safepoint.
    fn safepoint(&mut self) {
        match self.mode {
            CollectorMode::StopTheWorld => {
                collect_if_due(&mut self.heap, &self.pacing, &());
            }
            _ => {
                let done = step_if_due(&mut self.heap, &self.pacing, &()).and_then(|s| s.finished);
                if let Some(report) = done.filter(|r| r.kind == CycleKind::Minor) {
                    self.freed_by_minors += report.freed;
                }
            }
        }
        self.drain();
    }

    fn op(&mut self, rng: &mut Rng) {
        let reachable = self.reachable();
        let pick =
            |rng: &mut Rng| (!reachable.is_empty()).then(|| reachable[rng.below(reachable.len())]);
        match rng.below(16) {
            0..=4 => {
                let id = self.next_id;
                self.next_id += 1;
                let gc = self.heap.alloc(Node {
                    id,
                    edges: Vec::new(),
                    finalizer: rng.below(4) == 0,
                });
                self.handles.insert(id, gc);
                self.edges.insert(id, Vec::new());
                match pick(rng) {
                    Some(parent) if rng.below(3) != 0 => self.link(parent, id),
                    _ => {
                        let root = self.heap.root(gc);
                        self.roots.push((id, root));
                    }
                }
            }
            5..=7 => {
                if let (Some(from), Some(to)) = (pick(rng), pick(rng)) {
                    self.link(from, to);
                }
            }
            8 | 9 => {
                if let Some(from) = pick(rng) {
                    self.heap.get_mut(self.handles[&from]).edges.pop();
                    self.edges.get_mut(&from).expect("mirrored").pop();
                }
            }
            10 if !self.roots.is_empty() => {
                let i = rng.below(self.roots.len());
                self.roots.remove(i);
            }
            11 => {
                if let Some(id) = pick(rng) {
                    let w = self.heap.downgrade_any(self.handles[&id]).unwrap();
                    self.weak.push(w);
                }
            }
            12 => {
                if let (Some(target), Some(watcher)) = (pick(rng), pick(rng)) {
                    let (t, w) = (self.handles[&target], self.handles[&watcher]);
                    self.heap.watch(t, w).unwrap();
                }
            }
            13 => {
                if let (Some(key), Some(value)) = (pick(rng), pick(rng)) {
                    let referent = Referent::new(&mut self.heap, self.handles[&key]).unwrap();
                    let value_gc = GcAny::from(self.handles[&value]);
                    self.heap
                        .get_mut(self.table)
                        .insert(referent.into(), value_gc);
                    self.entries.insert(key, value);
                }
            }
            14 => self.collect_point(),
            _ => {}
        }
        self.safepoint();
    }

    fn link(&mut self, from: u32, to: u32) {
        let target = self.handles[&to];
        self.heap
            .get_mut(self.handles[&from])
            .edges
            .push(target.into());
        self.edges.get_mut(&from).expect("mirrored").push(to);
    }

    fn finish(mut self) -> Observed {
        for _ in 0..3 {
            collect(&mut self.heap);
            self.drain();
        }
        self.heap.verify().unwrap();
        let alive: BTreeSet<u32> = self
            .handles
            .iter()
            .filter(|(_, gc)| self.heap.is_alive(**gc))
            .map(|(id, _)| *id)
            .collect();
        assert_eq!(
            alive,
            self.reachable().into_iter().collect(),
            "{:?}: after a full collection, alive is reachable",
            self.mode
        );
        let weak = self
            .weak
            .iter()
            .map(|w| self.heap.upgrade_any(*w).map(|gc| id_of(&self.heap, gc)))
            .collect();
        let table = self
            .heap
            .get(self.table)
            .items(&self.heap)
            .map(|(k, v)| (id_of(&self.heap, k), id_of(&self.heap, *v)))
            .collect();
        assert!(
            self.finalized.values().all(|&n| n == 1),
            "{:?}: a finalizer ran twice: {:?}",
            self.mode,
            self.finalized
        );
        let callbacks_of_live_watchers = self
            .callbacks
            .iter()
            .filter(|(w, _)| alive.contains(w))
            .map(|(w, n)| (*w, *n))
            .collect();
        Observed {
            table_len: self.heap.get(self.table).len(),
            alive,
            weak,
            table,
            finalized: self.finalized.keys().copied().collect(),
            callbacks_of_live_watchers,
        }
    }
}

fn run(mode: CollectorMode, seed: u64, ops: usize) -> Observed {
    let mut rng = Rng(seed);
    let mut mutator = Mutator::new(mode);
    for _ in 0..ops {
        mutator.op(&mut rng);
    }
    if mode.is_generational() {
        assert!(
            mutator.freed_by_minors > 0,
            "{mode:?}: minors freed nothing"
        );
    }
    mutator.finish()
}

#[test]
fn generational_incremental_and_stop_the_world_modes_observe_the_same() {
    let modes = [
        CollectorMode::Generational { promote_after: 1 },
        CollectorMode::Generational { promote_after: 2 },
        CollectorMode::Incremental,
    ];
    for seed in 1..=24u64 {
        let seed = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let reference = run(CollectorMode::StopTheWorld, seed, 600);
        assert!(
            !reference.finalized.is_empty() && !reference.table.is_empty(),
            "seed {seed:#x}: the program exercises finalizers and the table: {reference:?}"
        );
        for mode in modes {
            assert_eq!(run(mode, seed, 600), reference, "{mode:?}, seed {seed:#x}");
        }
    }
}

//! A reachability oracle for weakgc: a `World` applies random heap operations both to a real
//! [`Heap`] and to a plain model graph, and on every collection computes what DESIGN.md says must
//! happen — which objects are reachable, kept for finalizers, freed; which weak handles are
//! cleared; which finalizers and callbacks are queued — and panics with a message if the heap
//! disagrees.
//!
//! Shared by the proptest model test (`tests/all/model.rs`) and the fuzz target `heap_ops`
//! (`fuzz/`). Jobs are drained with an action each, so finalizers and callbacks that allocate,
//! resurrect, make weak references and collect re-entrantly are checked too.
//!
//! Incremental cycles (`Op::Step`, issue #13) are checked for what they promise rather than for
//! exact figures, since what the mutator does between steps may leave floating garbage: after
//! every step nothing reachable is dead; at the atomic phase objects reachable then are kept and
//! objects never reachable during the cycle are found dead (their weak handles cleared, their
//! armed finalizers queued, once ever); and at each full `collect()` (which abandons a cycle still
//! marking and finishes one sweeping) the exact stop-the-world outcome.
//!
//! Generational mode (`Op::SetMode`, `Op::Minor`, issue #14) is checked the same way: a minor
//! collection may keep old garbage and what it reaches, but never frees (or clears a weak handle
//! to, or queues the finalizer of) an object reachable from the roots, and it must find dead
//! every object allocated since the last collection call that nothing refers to and nothing
//! roots. Full `collect()`s stay exact in every mode.

#![forbid(unsafe_code)]

use std::any::Any;
use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet};
use std::panic::{catch_unwind, AssertUnwindSafe};

use std::cell::RefCell;

use weakgc::{
    collect_minor, collect_step, collect_with, CollectorMode, Gc, GcAny, GcPhase, Heap, Pacing,
    Pending, PendingKind, Root, Trace, Tracer, WeakAny,
};

/// A test object: strong edges to other objects, an id, and whether it wants a finalizer.
pub struct Node {
    /// The oracle's id for this object.
    pub id: u32,
    /// Strong edges.
    pub edges: Vec<GcAny>,
    /// Whether it was allocated with a finalizer.
    pub finalizer: bool,
    /// Strong edges stored through interior mutability (`Op::InteriorLink`): each store must be
    /// announced with `Heap::write_barrier` before the next collection call.
    pub interior: RefCell<Vec<GcAny>>,
}

thread_local! {
    /// The id of the object whose `trace` panics ([`Op::PanicCollect`]), if any.
    static BOMB: Cell<Option<u32>> = const { Cell::new(None) };
}

/// The message of the panics [`Op::PanicCollect`] plants; the testkit's panic hook keeps them
/// quiet and hands every other panic to the hook that was installed before (libFuzzer's aborts).
pub const PLANTED_PANIC: &str = "weakgc-testkit: trace panicked on purpose";

fn quiet_planted_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if info.payload().downcast_ref::<&str>() != Some(&PLANTED_PANIC) {
                previous(info)
            }
        }));
    });
}

impl Trace for Node {
    fn trace(&self, tracer: &mut Tracer) {
        if BOMB.with(|b| b.get()) == Some(self.id) {
            std::panic::panic_any(PLANTED_PANIC);
        }
        self.edges.trace(tracer);
        self.interior.borrow().trace(tracer)
    }
    fn has_finalizer(&self) -> bool {
        self.finalizer
    }
    fn type_name(&self) -> &str {
        "Node"
    }
}

/// A second object type with `Node`'s layout, so both share a size class: every third object is
/// one (by id), and pages holding both go from one recorded type to a type per cell (A6 in the
/// heap's arena) while the allocation cursor moves between them.
pub struct Twin(pub Node);

impl Trace for Twin {
    fn trace(&self, tracer: &mut Tracer) {
        self.0.trace(tracer)
    }
    fn has_finalizer(&self) -> bool {
        self.0.finalizer
    }
    fn type_name(&self) -> &str {
        "Twin"
    }
}

/// What a drained job does while it runs (with full heap access).
#[derive(Clone, Copy, Debug)]
pub enum JobAction {
    /// Nothing.
    Nothing,
    /// Roots its object (resurrection, for a finalizer; for a callback, keeps the weak reference
    /// object).
    Resurrect,
    /// Allocates `n` objects (the first `with_finalizer` of them with finalizers), each linked from
    /// the job's object.
    Allocate {
        /// How many.
        n: u8,
        /// How many of them have finalizers.
        with_finalizer: u8,
    },
    /// Makes a weak handle to the `n`th live object.
    WeakTo(usize),
    /// Collects re-entrantly.
    Collect,
}

/// One operation on the world. Object arguments pick among live objects modulo their count.
#[derive(Clone, Debug)]
pub enum Op {
    /// Allocates a rooted object.
    Alloc {
        /// With a finalizer.
        finalizer: bool,
    },
    /// Adds an edge.
    Link {
        /// From.
        from: usize,
        /// To.
        to: usize,
    },
    /// Removes the newest edge of an object.
    Unlink {
        /// From.
        from: usize,
    },
    /// Adds a root.
    Root {
        /// The object.
        obj: usize,
    },
    /// Drops one root of an object.
    Unroot {
        /// The object.
        obj: usize,
    },
    /// Makes a weak handle.
    Weak {
        /// The referent.
        obj: usize,
    },
    /// Registers `watcher` as a weak reference object watching `target`.
    Watch {
        /// The referent.
        target: usize,
        /// The weak reference object.
        watcher: usize,
        /// Whether its callback is queued when `target` dies (`Heap::watch`), or it is only listed
        /// (`Heap::watch_without_callback`).
        calls_back: bool,
    },
    /// A collection, checked against the oracle.
    Collect,
    /// A collection during which `trace` of the object `obj` picks panics, if the collection
    /// traces it: the panic must propagate, leave the heap as the oracle says the interrupted step
    /// leaves it (nothing taken that is not queued), and every finalizer and callback must still
    /// be queued exactly once by later collections.
    PanicCollect {
        /// The object whose `trace` panics.
        obj: usize,
    },
    /// Runs every job in hand, each doing `action`.
    Drain {
        /// What each job does.
        action: JobAction,
    },
    /// One incremental step (`collect_step`) with a budget of `budget + 1` units.
    Step {
        /// The budget, less one.
        budget: u8,
    },
    /// Adds an edge through interior mutability (`Heap::get`, a `RefCell`), announced by a later
    /// `WriteBarrier`, or else just before the next collection call.
    InteriorLink {
        /// From.
        from: usize,
        /// To.
        to: usize,
    },
    /// Announces an object's interior stores (`Heap::write_barrier`).
    WriteBarrier {
        /// The object.
        obj: usize,
    },
    /// A minor collection (`collect_minor`): in generational mode between cycles, checked for
    /// what minors promise; during a major, the major is finished in steps; in the other modes a
    /// full collection, checked exactly.
    Minor,
    /// `Heap::set_mode`: `mode % 4` picks stop-the-world, incremental, or generational with
    /// `promote_after` 1 or 2.
    SetMode {
        /// Which mode.
        mode: u8,
    },
}

/// The mode `Op::SetMode { mode }` sets.
pub fn mode_of(mode: u8) -> CollectorMode {
    match mode % 4 {
        0 => CollectorMode::StopTheWorld,
        1 => CollectorMode::Incremental,
        2 => CollectorMode::Generational { promote_after: 1 },
        _ => CollectorMode::Generational { promote_after: 2 },
    }
}

impl Op {
    /// Decodes operations from arbitrary bytes (for fuzzing): every byte string is a valid program.
    pub fn decode(bytes: &[u8]) -> Vec<Op> {
        let mut ops = Vec::new();
        let mut it = bytes.iter().copied();
        let mut next = move || it.next();
        while let Some(tag) = next() {
            let mut arg = || next().unwrap_or(0) as usize;
            let op = match tag % 16 {
                // High bits of 7, 10 and 12: ops added for incremental collection; byte strings
                // written before decode as before except for those tags.
                7 if tag & 0x80 != 0 => Op::WriteBarrier { obj: arg() },
                10 if tag & 0x80 != 0 => Op::InteriorLink {
                    from: arg(),
                    to: arg(),
                },
                12 if tag & 0x80 != 0 => Op::Step {
                    budget: arg() as u8,
                },
                // High bits of 8 and 9: ops added for generational collection.
                8 if tag & 0x80 != 0 => Op::Minor,
                9 if tag & 0x80 != 0 => Op::SetMode { mode: arg() as u8 },
                0..=2 => Op::Alloc {
                    finalizer: tag & 0x80 != 0,
                },
                3..=5 => Op::Link {
                    from: arg(),
                    to: arg(),
                },
                6 => Op::Unlink { from: arg() },
                7 => Op::Root { obj: arg() },
                8 | 9 => Op::Unroot { obj: arg() },
                10 => Op::Weak { obj: arg() },
                // The tag's high bit makes the watcher listing-only, so byte strings written before
                // listing-only watchers existed still decode to the calling watchers they meant.
                11 => Op::Watch {
                    target: arg(),
                    watcher: arg(),
                    calls_back: tag & 0x80 == 0,
                },
                // 13 with the high bit: byte strings written before this op decode as before
                // except for that one tag.
                13 if tag & 0x80 != 0 => Op::PanicCollect { obj: arg() },
                12 | 13 => Op::Collect,
                _ => {
                    let a = arg();
                    let action = match a % 6 {
                        0 => JobAction::Nothing,
                        1 => JobAction::Resurrect,
                        2 => JobAction::Allocate {
                            n: (a / 6 % 4) as u8,
                            with_finalizer: (a / 24 % 2) as u8,
                        },
                        3 => JobAction::WeakTo(a / 6),
                        4 => JobAction::Collect,
                        _ => JobAction::Nothing,
                    };
                    Op::Drain { action }
                }
            };
            ops.push(op);
        }
        ops
    }
}

/// Where a planted `trace` panic interrupts a collection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Interrupted {
    /// Steps 1-2.
    Marking,
    /// Step 4, ordering the dead before anything is queued.
    Ordering,
    /// Step 4, marking what queued finalizers reach.
    AfterQueueing,
}

/// The oracle's view of one live object.
#[derive(Clone, Default)]
struct Model {
    edges: Vec<u32>,
    /// Edges stored through interior mutability.
    interior: Vec<u32>,
    finalizer_armed: bool,
    /// Indices into `World::weak` of handles not yet cleared.
    weak_handles: Vec<usize>,
    /// Watcher ids, oldest first, each with whether it calls back.
    watchers: Vec<(u32, bool)>,
}

/// A heap and its model, kept in step.
#[derive(Default)]
pub struct World {
    /// The heap under test.
    pub heap: Heap,
    /// Each live object's handle: a `Node`, or a `Twin` for every third id.
    handles: BTreeMap<u32, GcAny>,
    models: BTreeMap<u32, Model>,
    roots: BTreeMap<u32, Vec<Root<dyn Any>>>,
    /// Jobs taken from the heap and not yet run; each roots its object.
    jobs: Vec<(Pending, u32)>,
    /// The objects of jobs running now (roots too).
    in_hand: Vec<u32>,
    weak: Vec<(WeakAny, Option<u32>)>,
    next_id: u32,
    /// Objects with interior stores not yet announced (`Heap::write_barrier`).
    unannounced: BTreeSet<u32>,
    /// During an incremental cycle's mark phase: every object reachable at some moment since the
    /// cycle began, from the roots or from an object written meanwhile (the barrier regrays a
    /// written object, reachable or not, and marking then reaches what it points to). Anything
    /// else is found dead at the atomic phase.
    ever_reachable: BTreeSet<u32>,
    /// Objects written (`get_mut`, `write_barrier`) during the mark phase under way.
    written: BTreeSet<u32>,
    /// Finalizers queued, ever: none may be queued twice.
    finalized: BTreeSet<u32>,
    /// Objects allocated since the last collection call or mode change: in generational mode,
    /// young at the next minor.
    fresh: BTreeSet<u32>,
}

impl World {
    /// An empty world.
    pub fn new() -> World {
        World::default()
    }

    /// An empty world whose heap starts in `mode`.
    pub fn with_mode(mode: CollectorMode) -> World {
        let mut world = World::default();
        world.heap.set_mode(mode);
        world
    }

    /// Live objects, as the oracle sees them.
    pub fn live(&self) -> usize {
        self.handles.len()
    }

    fn pick(&self, n: usize) -> Option<u32> {
        if self.heap.gc_phase() == GcPhase::Sweep {
            // Objects found dead and not swept yet are dead to the mutator: no handle to one is
            // used (only a forgotten edge leads there).
            let alive: Vec<u32> = self
                .handles
                .iter()
                .filter(|(_, gc)| self.heap.is_alive(**gc))
                .map(|(id, _)| *id)
                .collect();
            return (!alive.is_empty()).then(|| alive[n % alive.len()]);
        }
        let len = self.handles.len();
        (len > 0).then(|| *self.handles.keys().nth(n % len).expect("in range"))
    }

    fn alloc(&mut self, finalizer: bool) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        let node = Node {
            id,
            edges: Vec::new(),
            finalizer,
            interior: RefCell::default(),
        };
        let gc = if Self::is_twin(id) {
            Gc::erase(self.heap.alloc(Twin(node)))
        } else {
            Gc::erase(self.heap.alloc(node))
        };
        self.handles.insert(id, gc);
        self.fresh.insert(id);
        self.models.insert(
            id,
            Model {
                finalizer_armed: finalizer,
                ..Model::default()
            },
        );
        id
    }

    /// Whether object `id` was allocated as a `Twin`.
    fn is_twin(id: u32) -> bool {
        id % 3 == 2
    }

    /// The `Node` of live object `id`; the heap must hold it as the type it was allocated as.
    fn node_mut(&mut self, id: u32) -> &mut Node {
        if self.heap.gc_phase() == GcPhase::Mark {
            self.written.insert(id);
        }
        let gc = self.handles[&id];
        if Self::is_twin(id) {
            let twin = self.heap.downcast::<Twin>(gc);
            &mut self.heap.get_mut(twin.expect("allocated as a Twin")).0
        } else {
            let node = self.heap.downcast::<Node>(gc);
            self.heap.get_mut(node.expect("allocated as a Node"))
        }
    }

    fn link(&mut self, from: u32, to: u32) {
        let target = self.handles[&to];
        self.node_mut(from).edges.push(target);
        self.models.get_mut(&from).expect("live").edges.push(to);
    }

    fn make_weak(&mut self, obj: u32) {
        let w = self
            .heap
            .downgrade_any(self.handles[&obj])
            .expect("nodes allow weak refs");
        self.weak.push((w, Some(obj)));
        let i = self.weak.len() - 1;
        self.models
            .get_mut(&obj)
            .expect("live")
            .weak_handles
            .push(i);
    }

    fn root(&mut self, obj: u32) {
        let r = self.heap.root(Gc::from_erased(self.handles[&obj]));
        self.roots.entry(obj).or_default().push(r);
    }

    /// Applies one operation (a `Collect` checks the heap against the oracle).
    ///
    /// # Panics
    /// When the heap disagrees with the oracle.
    pub fn apply(&mut self, op: &Op) {
        self.apply_op(op);
        self.note_reachable();
    }

    /// During a mark phase, adds what is reachable now, from the roots or from objects written,
    /// to `ever_reachable`.
    fn note_reachable(&mut self) {
        if self.heap.gc_phase() == GcPhase::Mark {
            let mut now = BTreeSet::new();
            self.reach(
                self.rooted()
                    .into_iter()
                    .chain(self.written.iter().copied()),
                &mut now,
            );
            self.ever_reachable.extend(now);
        } else {
            self.written.clear();
        }
    }

    fn apply_op(&mut self, op: &Op) {
        match *op {
            Op::Alloc { finalizer } => {
                // New objects start rooted, so that they can be linked before they are dropped.
                let id = self.alloc(finalizer);
                self.root(id);
            }
            Op::Link { from, to } => {
                if let (Some(f), Some(t)) = (self.pick(from), self.pick(to)) {
                    self.link(f, t);
                }
            }
            Op::Unlink { from } => {
                if let Some(f) = self.pick(from) {
                    self.node_mut(f).edges.pop();
                    self.models.get_mut(&f).expect("live").edges.pop();
                }
            }
            Op::Root { obj } => {
                if let Some(o) = self.pick(obj) {
                    self.root(o);
                }
            }
            Op::Unroot { obj } => {
                if let Some(o) = self.pick(obj) {
                    self.roots.get_mut(&o).and_then(|rs| rs.pop());
                }
            }
            Op::Weak { obj } => {
                if let Some(o) = self.pick(obj) {
                    self.make_weak(o);
                }
            }
            Op::Watch {
                target,
                watcher,
                calls_back,
            } => {
                if let (Some(t), Some(w)) = (self.pick(target), self.pick(watcher)) {
                    let (tg, wg) = (self.handles[&t], self.handles[&w]);
                    let registered = if calls_back {
                        self.heap.watch(tg, wg)
                    } else {
                        self.heap.watch_without_callback(tg, wg)
                    };
                    registered.expect("nodes allow weak refs");
                    let m = self.models.get_mut(&t).expect("live");
                    m.watchers.push((w, calls_back));
                }
            }
            Op::Collect => self.collect_and_check(),
            Op::PanicCollect { obj } => {
                if let Some(o) = self.pick(obj) {
                    self.collect_checked(Some(o));
                }
            }
            Op::Drain { action } => self.drain(action),
            Op::Step { budget } => self.step_and_check(budget),
            Op::Minor => self.minor_and_check(),
            Op::SetMode { mode } => {
                // A cycle marking is abandoned (nothing changes for the oracle); one sweeping is
                // finished, freeing what it found dead.
                self.heap.set_mode(mode_of(mode));
                self.forget_freed();
                self.ever_reachable.clear();
                self.written.clear();
                self.fresh.clear();
                self.heap
                    .verify()
                    .expect("the heap verifies after set_mode");
                self.check_nothing_reachable_is_dead(&self.reachable_now());
            }
            Op::InteriorLink { from, to } => {
                if let (Some(f), Some(t)) = (self.pick(from), self.pick(to)) {
                    let target = self.handles[&t];
                    let gc = self.handles[&f];
                    let node = if Self::is_twin(f) {
                        &self
                            .heap
                            .get(self.heap.downcast::<Twin>(gc).expect("a Twin"))
                            .0
                    } else {
                        self.heap
                            .get(self.heap.downcast::<Node>(gc).expect("a Node"))
                    };
                    node.interior.borrow_mut().push(target);
                    self.models.get_mut(&f).expect("live").interior.push(t);
                    self.unannounced.insert(f);
                }
            }
            Op::WriteBarrier { obj } => {
                if let Some(o) = self.pick(obj) {
                    self.heap.write_barrier(self.handles[&o]);
                    self.unannounced.remove(&o);
                    if self.heap.gc_phase() == GcPhase::Mark {
                        self.written.insert(o);
                    }
                }
            }
        }
    }

    /// Announces every interior store not announced yet: the contract is "before the next
    /// collection call", which this is.
    fn announce(&mut self) {
        for id in std::mem::take(&mut self.unannounced) {
            if let Some(gc) = self.handles.get(&id) {
                self.heap.write_barrier(*gc);
                if self.heap.gc_phase() == GcPhase::Mark {
                    self.written.insert(id);
                }
            }
        }
        self.note_reachable();
    }

    /// Everything reachable from the roots, the jobs and the jobs in hand, now.
    fn reachable_now(&self) -> BTreeSet<u32> {
        let mut marked = BTreeSet::new();
        self.reach(self.rooted(), &mut marked);
        marked
    }

    fn rooted(&self) -> Vec<u32> {
        self.roots
            .iter()
            .filter(|(_, r)| !r.is_empty())
            .map(|(id, _)| *id)
            .chain(self.jobs.iter().map(|(_, id)| *id))
            .chain(self.in_hand.iter().copied())
            .collect()
    }

    /// Nothing reachable is dead, and every weak handle to a reachable object upgrades to it.
    fn check_nothing_reachable_is_dead(&self, reachable: &BTreeSet<u32>) {
        for id in reachable {
            let gc = self.handles[id];
            assert!(self.heap.is_alive(gc), "{id} is reachable but dead");
            assert!(self.heap.get_any(gc).is_ok(), "{id} is reachable but freed");
        }
        for (i, (w, target)) in self.weak.iter().enumerate() {
            if let Some(t) = target.filter(|t| reachable.contains(t)) {
                assert_eq!(
                    self.heap.upgrade_any(*w),
                    Some(self.handles[&t]),
                    "weak handle {i} to reachable {t}"
                );
            }
        }
    }

    /// A minor collection, checked: see the crate doc.
    fn minor_and_check(&mut self) {
        if !self.heap.mode().is_generational() {
            // A full collection (and checked as one).
            self.announce();
            self.fresh.clear();
            self.collect_checked_with(None, true);
            return;
        }
        if self.heap.gc_phase() != GcPhase::Idle {
            // `collect_minor` would finish the major; finish it through checked steps.
            while self.heap.gc_phase() != GcPhase::Idle {
                self.step_and_check(u8::MAX);
            }
            return;
        }
        self.announce();
        // Must die: allocated since the last collection call (so young), unrooted, not in a
        // job, and no object refers to it.
        let referenced: BTreeSet<u32> = self
            .models
            .values()
            .flat_map(|m| m.edges.iter().chain(&m.interior).copied())
            .collect();
        let rooted: BTreeSet<u32> = self.rooted().into_iter().collect();
        let must_die: BTreeSet<u32> = self
            .fresh
            .iter()
            .copied()
            .filter(|id| !referenced.contains(id) && !rooted.contains(id))
            .collect();
        self.fresh.clear();
        self.ever_reachable = self
            .handles
            .keys()
            .copied()
            .filter(|id| !must_die.contains(id))
            .collect();
        let report = collect_minor(&mut self.heap, &());
        assert_eq!(report.kind, weakgc::CycleKind::Minor);
        self.heap.verify().expect("the heap verifies after a minor");
        // The checks of an atomic phase, with `must_die` as the never-reachable objects.
        self.check_atomic_phase();
        self.forget_freed();
        self.check_nothing_reachable_is_dead(&self.reachable_now());
        self.check_watchers_of_live_targets();
    }

    /// Registrations on live targets are still listed (a minor takes only those of the dead).
    fn check_watchers_of_live_targets(&self) {
        for (id, model) in &self.models {
            if !self.heap.is_alive(self.handles[id]) {
                continue;
            }
            let expected: Vec<GcAny> = model
                .watchers
                .iter()
                .filter_map(|(w, _)| self.handles.get(w).copied())
                .filter(|g| self.heap.is_alive(*g))
                .collect();
            assert_eq!(
                self.heap.watchers(self.handles[id]),
                expected,
                "watchers of {id}"
            );
        }
    }

    /// One incremental step, checked: see the crate doc.
    fn step_and_check(&mut self, budget: u8) {
        self.announce();
        self.fresh.clear();
        let before = self.heap.gc_phase();
        if before == GcPhase::Idle {
            self.ever_reachable = self.reachable_now();
            self.written.clear();
        }
        let pacing = Pacing {
            step_units: Some(budget as u64 + 1),
            ..Pacing::default()
        };
        let report = collect_step(&mut self.heap, &pacing, &());
        let after = self.heap.gc_phase();
        if before != GcPhase::Sweep && after == GcPhase::Sweep {
            self.check_atomic_phase();
        } else {
            assert_eq!(report.queued, 0, "work is queued only at the atomic phase");
            assert!(self.heap.next_pending().is_none());
        }
        if report.finished.is_some() {
            assert_eq!(after, GcPhase::Idle);
            self.forget_freed();
        }
        self.check_nothing_reachable_is_dead(&self.reachable_now());
    }

    /// The atomic phase just ran (in the last step): checks it and brings the oracle's models in
    /// line with what it decided for floating garbage (objects reachable during the cycle but not
    /// at its end, which the cycle may keep or find dead).
    fn check_atomic_phase(&mut self) {
        let reachable = self.reachable_now();
        let never: BTreeSet<u32> = self
            .handles
            .keys()
            .copied()
            .filter(|id| !self.ever_reachable.contains(id))
            .collect();
        self.ever_reachable.clear();
        let by_handle: BTreeMap<GcAny, u32> =
            self.handles.iter().map(|(id, gc)| (*gc, *id)).collect();
        let mut finalizers = BTreeSet::new();
        let mut callbacks = BTreeMap::<u32, usize>::new();
        let mut queued = Vec::new();
        while let Some(job) = self.heap.next_pending() {
            let id = by_handle[&job.object];
            match job.kind {
                PendingKind::Finalize => {
                    assert!(finalizers.insert(id), "finalizer of {id} queued twice");
                    assert!(self.finalized.insert(id), "finalizer of {id} queued again");
                    assert!(!reachable.contains(&id), "finalizer of reachable {id}");
                    assert!(self.models[&id].finalizer_armed, "{id} had no finalizer");
                }
                PendingKind::Callback => *callbacks.entry(id).or_default() += 1,
            }
            queued.push((job, id));
        }
        for id in &never {
            if self.models[id].finalizer_armed {
                assert!(finalizers.contains(id), "finalizer of never-reachable {id}");
            }
        }
        let mut kept = reachable.clone();
        self.reach(finalizers.iter().copied(), &mut kept);
        self.reach(queued.iter().map(|(_, id)| *id), &mut kept);
        for id in &kept {
            assert!(self.heap.is_alive(self.handles[id]), "{id} must be kept");
        }
        for id in never.iter().filter(|id| !kept.contains(id)) {
            assert!(
                !self.heap.is_alive(self.handles[id]),
                "{id} was never reachable"
            );
        }
        // Weak handles: kept for the reachable, cleared for the never reachable, as the heap
        // decided for floating garbage.
        for (i, (w, target)) in self.weak.iter_mut().enumerate() {
            let Some(t) = *target else { continue };
            let upgrades = self.heap.upgrade_any(*w).is_some();
            if reachable.contains(&t) {
                assert!(upgrades, "weak handle {i} to reachable {t} cleared");
            } else if never.contains(&t) {
                assert!(
                    !upgrades,
                    "weak handle {i} to never-reachable {t} not cleared"
                );
            }
            if !upgrades {
                *target = None;
            }
        }
        // Registrations: taken for every object found unreachable; callbacks only for calling
        // watchers on such targets, and for each never-reachable target, one per calling watcher
        // that is reachable.
        let mut allowed = BTreeMap::<u32, usize>::new();
        let mut required = BTreeMap::<u32, usize>::new();
        let ids: Vec<u32> = self.models.keys().copied().collect();
        for t in ids {
            let model = &self.models[&t];
            if model.watchers.is_empty() || reachable.contains(&t) {
                continue;
            }
            for &(w, calls_back) in &model.watchers {
                if calls_back && self.handles.get(&w).is_some_and(|g| self.heap.is_alive(*g)) {
                    *allowed.entry(w).or_default() += 1;
                    if never.contains(&t) && reachable.contains(&w) {
                        *required.entry(w).or_default() += 1;
                    }
                }
            }
            let live_watchers: Vec<GcAny> = model
                .watchers
                .iter()
                .filter_map(|(w, _)| self.handles.get(w).copied())
                .filter(|g| self.heap.is_alive(*g))
                .collect();
            let listed = self.heap.watchers(self.handles[&t]);
            let taken = if never.contains(&t) || !self.heap.is_alive(self.handles[&t]) {
                true
            } else if listed == live_watchers {
                live_watchers.is_empty()
            } else {
                assert!(listed.is_empty(), "watchers of {t}: {listed:?}");
                true
            };
            if taken {
                assert!(listed.is_empty(), "registrations on {t} not taken");
                self.models.get_mut(&t).expect("live").watchers.clear();
            }
        }
        for (w, n) in &callbacks {
            assert!(
                *n <= allowed.get(w).copied().unwrap_or(0),
                "{n} callbacks of {w} queued"
            );
        }
        for (w, n) in &required {
            assert!(
                callbacks.get(w).copied().unwrap_or(0) >= *n,
                "callbacks of {w}: {callbacks:?}, {n} required"
            );
        }
        for id in &finalizers {
            self.models.get_mut(id).expect("live").finalizer_armed = false;
        }
        self.jobs.extend(queued);
    }

    /// Removes the objects the heap has freed from the oracle (after an incremental sweep).
    fn forget_freed(&mut self) {
        let freed: Vec<u32> = self
            .handles
            .iter()
            .filter(|(_, gc)| !self.heap.is_alive(**gc))
            .map(|(id, _)| *id)
            .collect();
        for id in freed {
            assert!(
                self.heap.get_any(self.handles[&id]).is_err(),
                "{id} is dead but not freed after the sweep"
            );
            self.handles.remove(&id);
            self.models.remove(&id);
            self.roots.remove(&id);
            self.unannounced.remove(&id);
        }
    }

    /// Runs every job in hand (and those queued meanwhile), each doing `action`.
    fn drain(&mut self, action: JobAction) {
        while !self.jobs.is_empty() {
            let (job, id) = self.jobs.remove(0);
            self.in_hand.push(id);
            match action {
                JobAction::Nothing => {}
                JobAction::Resurrect => self.root(id),
                JobAction::Allocate { n, with_finalizer } => {
                    for i in 0..n {
                        let new = self.alloc(i < with_finalizer);
                        self.link(id, new);
                    }
                }
                JobAction::WeakTo(n) => {
                    if let Some(o) = self.pick(n) {
                        self.make_weak(o);
                    }
                }
                JobAction::Collect => self.collect_and_check(),
            }
            // What the job reached while in hand was reachable.
            self.note_reachable();
            self.in_hand.pop();
            drop(job);
        }
    }

    fn reach(&self, from: impl IntoIterator<Item = u32>, marked: &mut BTreeSet<u32>) {
        let mut stack: Vec<u32> = from.into_iter().collect();
        while let Some(id) = stack.pop() {
            if marked.insert(id) {
                let model = &self.models[&id];
                stack.extend(model.edges.iter().chain(&model.interior).copied());
            }
        }
    }

    /// Collects and checks every figure against the oracle.
    ///
    /// # Panics
    /// When the heap disagrees with the oracle.
    pub fn collect_and_check(&mut self) {
        self.collect_checked(None)
    }

    /// Collects, with the `trace` of object `bomb` panicking if the collection traces it, and
    /// checks the result against the oracle: the figures of a completed cycle, or, for one a panic
    /// interrupted, the state DESIGN's step (as `collect_with` documents) leaves behind.
    fn collect_checked(&mut self, bomb: Option<u32>) {
        self.collect_checked_with(bomb, false)
    }

    /// [`collect_checked`](Self::collect_checked), through `collect_minor` if `minor` (outside
    /// generational mode, a full collection).
    fn collect_checked_with(&mut self, bomb: Option<u32>, minor: bool) {
        self.announce();
        self.fresh.clear();
        // `collect` mid-cycle: a cycle marking is abandoned (nothing in the oracle changes); one
        // sweeping is finished first, freeing what it found dead, then the stop-the-world cycle
        // runs on what is left: the figures below are for that cycle alone.
        self.ever_reachable.clear();
        if self.heap.gc_phase() == GcPhase::Sweep {
            let found_dead: Vec<u32> = self
                .handles
                .iter()
                .filter(|(_, gc)| !self.heap.is_alive(**gc))
                .map(|(id, _)| *id)
                .collect();
            for id in found_dead {
                self.handles.remove(&id);
                self.models.remove(&id);
                self.roots.remove(&id);
                self.unannounced.remove(&id);
            }
        }
        let rooted = self.rooted();
        let mut marked = BTreeSet::new();
        self.reach(rooted, &mut marked);
        let dead: Vec<u32> = self
            .models
            .keys()
            .copied()
            .filter(|id| !marked.contains(id))
            .collect();
        let before: Vec<(u32, Model)> = dead
            .iter()
            .map(|id| (*id, self.models[id].clone()))
            .collect();
        let mut cleared = BTreeSet::new();
        let mut callbacks = BTreeMap::<u32, usize>::new();
        let mut finalizable = BTreeSet::new();
        let mut with_work = BTreeSet::new();
        for id in &dead {
            let m = self.models.get_mut(id).expect("live");
            cleared.extend(m.weak_handles.drain(..));
            for (w, calls_back) in m.watchers.drain(..) {
                if calls_back && marked.contains(&w) {
                    *callbacks.entry(w).or_default() += 1;
                    with_work.insert(*id);
                }
            }
            if std::mem::take(&mut m.finalizer_armed) {
                finalizable.insert(*id);
                with_work.insert(*id);
            }
        }
        let mut kept = marked.clone();
        self.reach(finalizable.iter().copied(), &mut kept);
        let freed: BTreeSet<u32> = dead
            .iter()
            .copied()
            .filter(|id| !kept.contains(id))
            .collect();

        // Where `bomb`'s trace runs, if it runs: marking (steps 1-2) traces what is reachable;
        // ordering the dead (step 4) traces every dead object when two or more have work;
        // marking for the finalizers (step 4, after queueing) traces what they keep.
        let interrupted = bomb.and_then(|b| {
            if marked.contains(&b) {
                Some(Interrupted::Marking)
            } else if with_work.len() >= 2 {
                Some(Interrupted::Ordering)
            } else if kept.contains(&b) {
                Some(Interrupted::AfterQueueing)
            } else {
                None
            }
        });
        let outcome = if bomb.is_some() {
            quiet_planted_panics();
            BOMB.with(|b| b.set(bomb));
            let outcome = catch_unwind(AssertUnwindSafe(|| collect_with(&mut self.heap, &())));
            BOMB.with(|b| b.set(None));
            outcome.map_err(|payload| {
                if payload.downcast_ref::<&str>() != Some(&PLANTED_PANIC) {
                    std::panic::resume_unwind(payload)
                }
            })
        } else {
            Ok(if minor {
                collect_minor(&mut self.heap, &())
            } else {
                collect_with(&mut self.heap, &())
            })
        };
        let report = match (outcome, interrupted) {
            (Ok(report), None) => report,
            (Ok(_), Some(at)) => panic!("trace of {bomb:?} was to panic while {at:?}"),
            (Err(()), None) => {
                panic!("trace of {bomb:?} panicked; the oracle says it is not traced")
            }
            (Err(()), Some(at)) => {
                if at == Interrupted::Marking {
                    // Nothing happened yet: not even weak handles were cleared.
                    self.models.extend(before);
                    cleared.clear();
                } else if at == Interrupted::Ordering {
                    // Weak handles are cleared (step 3 ran no user code); nothing was taken.
                    for (id, model) in before {
                        let m = self.models.get_mut(&id).expect("live");
                        m.finalizer_armed = model.finalizer_armed;
                        m.watchers = model.watchers;
                    }
                }
                if at != Interrupted::AfterQueueing {
                    finalizable.clear();
                    callbacks.clear();
                }
                // After queueing, every job is queued and step 4 stands; nothing is freed.
                for gc in self.handles.values() {
                    assert!(
                        self.heap.is_alive(*gc),
                        "nothing is freed by an interrupted cycle"
                    );
                }
                self.check_weak(&cleared);
                self.take_jobs_and_check(&finalizable, &callbacks);
                self.check_watchers();
                return;
            }
        };

        assert_eq!(report.marked as usize, marked.len(), "marked");
        assert_eq!(
            report.kept_for_finalizers as usize,
            kept.len() - marked.len(),
            "kept"
        );
        assert_eq!(report.freed as usize, freed.len(), "freed");
        for (id, gc) in &self.handles {
            assert_eq!(
                self.heap.is_alive(*gc),
                !freed.contains(id),
                "liveness of {id}"
            );
        }
        self.check_weak(&cleared);
        self.take_jobs_and_check(&finalizable, &callbacks);
        for id in freed {
            self.handles.remove(&id);
            self.models.remove(&id);
            self.roots.remove(&id);
        }
        self.check_watchers();
    }

    /// Forgets the referents of the weak handles `cleared` names, and checks every weak handle
    /// upgrades to what the oracle says.
    fn check_weak(&mut self, cleared: &BTreeSet<usize>) {
        for (i, (w, target)) in self.weak.iter_mut().enumerate() {
            if cleared.contains(&i) {
                *target = None;
            }
            let expected = target.map(|t| self.handles[&t]);
            assert_eq!(self.heap.upgrade_any(*w), expected, "weak handle {i}");
        }
    }

    /// Takes every queued job into hand and checks they are exactly the finalizers and callbacks
    /// the oracle expects.
    fn take_jobs_and_check(
        &mut self,
        finalizable: &BTreeSet<u32>,
        callbacks: &BTreeMap<u32, usize>,
    ) {
        let by_handle: BTreeMap<GcAny, u32> =
            self.handles.iter().map(|(id, gc)| (*gc, *id)).collect();
        let mut got_final = BTreeSet::new();
        let mut got_callbacks = BTreeMap::<u32, usize>::new();
        while let Some(job) = self.heap.next_pending() {
            let id = by_handle[&job.object];
            match job.kind {
                PendingKind::Finalize => {
                    assert!(got_final.insert(id), "finalizer of {id} queued twice");
                    assert!(self.finalized.insert(id), "finalizer of {id} queued again");
                }
                PendingKind::Callback => *got_callbacks.entry(id).or_default() += 1,
            }
            self.jobs.push((job, id));
        }
        assert_eq!(&got_final, finalizable, "finalizers queued");
        assert_eq!(&got_callbacks, callbacks, "callbacks queued");
    }

    /// Checks that `Heap::watchers` lists, for every live object, its live watchers of both kinds in
    /// registration order (those registered on a dead referent went with its death).
    fn check_watchers(&self) {
        for (id, model) in &self.models {
            let expected: Vec<GcAny> = model
                .watchers
                .iter()
                .filter_map(|(w, _)| self.handles.get(w).copied())
                .collect();
            assert_eq!(
                self.heap.watchers(self.handles[id]),
                expected,
                "watchers of {id}"
            );
        }
    }

    /// Drops every root and job, collects until nothing is queued, and checks the heap is empty.
    ///
    /// # Panics
    /// If anything survives.
    pub fn finish(&mut self) {
        self.roots.clear();
        for _ in 0..4 {
            self.collect_and_check();
            self.drain(JobAction::Nothing);
        }
        self.collect_and_check();
        assert_eq!(
            self.heap.object_count(),
            0,
            "everything dies once nothing is rooted"
        );
    }
}

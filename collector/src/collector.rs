//! `Collector`: collection with memory — pacing, a per-cycle history and totals per kind, start and
//! stop events (Python's `gc.callbacks`) told to closures or queued for the embedder to drain, a
//! save-all mode (Python's `gc.DEBUG_SAVEALL`) and a debug list of objects whose finalizers failed
//! (Python's `gc.garbage`).

use std::collections::{HashSet, VecDeque};
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};

use weakgc_heap::{Gc, GcAny, GcPhase, Heap, HeapError, Root, Trace};

use crate::incremental::StepReport;
use crate::{collect_with, CycleKind, CycleReport, Pacing};

/// Which objects a collection considers: CPython's generation, for an embedder filling
/// `gc.callbacks`' `{"generation", ...}` (young = 0, whole heap = the oldest).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Generation {
    /// The young objects only: a minor collection.
    Young,
    /// Every object: a full collection or a major.
    Whole,
}

impl CycleKind {
    /// The generation a collection of this kind considers: [`Generation::Young`] for a minor,
    /// [`Generation::Whole`] for a full cycle or a major.
    pub fn generation(self) -> Generation {
        match self {
            CycleKind::Minor => Generation::Young,
            CycleKind::Full | CycleKind::Major => Generation::Whole,
        }
    }

    fn index(self) -> usize {
        match self {
            CycleKind::Full => 0,
            CycleKind::Minor => 1,
            CycleKind::Major => 2,
        }
    }
}

/// What the collector tells at the start and stop of a collection it runs: to every closure added
/// with [`Collector::add_callback`], and, with [`Collector::set_event_queue`] on, into a queue the
/// embedder drains with [`Collector::next_event`].
///
/// Every `Start` is followed by exactly one `Stop` (unless the collection panics): a major run in
/// steps starts at its first step and stops at its last; a collection run while a cycle is open
/// (a full collection or a minor during a major) finishes it and is its `Stop`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CycleEvent {
    /// A collection is about to start.
    Start {
        /// The number the cycle will have.
        cycle: u64,
        /// What kind of collection is starting (the `Stop`'s report says what it became: a full
        /// collection asked for during a major finishes the major).
        kind: CycleKind,
    },
    /// A collection finished.
    Stop {
        /// Its report.
        report: CycleReport,
        /// The objects it found unreachable, as the embedder counts them (see [`Observed`]);
        /// by default `report.freed + report.kept_for_finalizers`.
        collected: u64,
    },
}

impl CycleEvent {
    /// The collection's kind.
    pub fn kind(&self) -> CycleKind {
        match self {
            CycleEvent::Start { kind, .. } => *kind,
            CycleEvent::Stop { report, .. } => report.kind,
        }
    }

    /// The collection's generation ([`CycleKind::generation`]).
    pub fn generation(&self) -> Generation {
        self.kind().generation()
    }
}

/// What an observer given to [`Collector::collect_observing`] or
/// [`Collector::collect_minor_observing`] returns: the objects the cycle must keep (as for
/// [`collect_observing`](crate::collect_observing)) and, optionally, how many objects the
/// collection *collected* by the embedder's rules (CPython counts only the objects its cyclic
/// collector tracks), recorded in [`Totals::collected`] and told in [`CycleEvent::Stop`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Observed {
    /// Unreachable objects the cycle treats as reachable.
    pub keep: Vec<GcAny>,
    /// The embedder's count of what the collection collected; `None` for the default.
    pub collected: Option<u64>,
}

impl From<Vec<GcAny>> for Observed {
    fn from(keep: Vec<GcAny>) -> Observed {
        Observed {
            keep,
            collected: None,
        }
    }
}

/// Identifies a callback added with [`Collector::add_callback`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallbackId(u64);

/// Totals over the collections this collector ran (all, or of one kind: [`Collector::totals_of`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Collections run.
    pub collections: u64,
    /// Objects freed.
    pub freed: u64,
    /// Finalizers queued.
    pub finalizers_queued: u64,
    /// Callbacks queued.
    pub callbacks_queued: u64,
    /// Objects collected, as told in [`CycleEvent::Stop`].
    pub collected: u64,
}

impl Totals {
    fn add(&mut self, report: &CycleReport, collected: u64) {
        self.collections += 1;
        self.freed += report.freed;
        self.finalizers_queued += report.finalizers_queued;
        self.callbacks_queued += report.callbacks_queued;
        self.collected += collected;
    }
}

type Callback = Box<dyn FnMut(&CycleEvent)>;

/// Chooses, among the objects a collection will find unreachable, those save-all mode keeps
/// ([`Collector::set_save_all_filter`]).
pub type SaveAllFilter = Box<dyn FnMut(&Heap, Vec<GcAny>) -> Vec<GcAny>>;

/// Runs collections for one heap and remembers them.
///
/// The plain [`collect`](crate::collect) functions keep no state; an interpreter's `gc` module wants
/// history, totals, start and stop events and saved garbage, which live here, beside the heap.
/// Every kind of collection has an entry point: [`collect`](Self::collect) (full),
/// [`collect_minor`](Self::collect_minor), [`collect_step`](Self::collect_step) (incremental),
/// and the observing ones; each records its report and tells its start and stop.
///
/// # Examples
/// ```
/// use weakgc_collector::{Collector, CycleEvent};
/// use weakgc_heap::Heap;
/// use std::{cell::RefCell, rc::Rc};
/// let mut heap = Heap::new();
/// let mut collector = Collector::new();
/// let seen = Rc::new(RefCell::new(Vec::new()));
/// let log = seen.clone();
/// collector.add_callback(move |event| log.borrow_mut().push(matches!(event, CycleEvent::Start { .. })));
/// heap.alloc(1u8);
/// let report = collector.collect(&mut heap, &());
/// assert_eq!(report.freed, 1);
/// assert_eq!(*seen.borrow(), vec![true, false]);
/// assert_eq!(collector.history().count(), 1);
/// ```
///
/// An interpreter whose callbacks are its own code (they need the interpreter, which is borrowed
/// while the collector runs) queues the events instead, and drains them as it drains the heap's
/// pending jobs. To run the start callbacks *before* the collection, announce it with
/// [`start`](Self::start), drain, then collect:
/// ```
/// use weakgc_collector::{Collector, CycleEvent, CycleKind, Generation};
/// use weakgc_heap::Heap;
/// let mut heap = Heap::new();
/// let mut gc = Collector::new();
/// gc.set_event_queue(true);
/// gc.start(&heap, CycleKind::Full);
/// let told = gc.next_event().unwrap();
/// assert_eq!(told.generation(), Generation::Whole); // run the "start" callbacks here
/// heap.alloc(1u8);
/// gc.collect(&mut heap, &()); // no second Start: the announced one stands
/// match gc.next_event() {
///     Some(CycleEvent::Stop { report, collected }) => assert_eq!((report.freed, collected), (1, 1)),
///     other => panic!("{other:?}"),
/// }
/// assert!(gc.next_event().is_none());
/// ```
pub struct Collector {
    /// When [`collect_if_due`](Self::collect_if_due) collects and how long a
    /// [`collect_step`](Self::collect_step) is.
    pub pacing: Pacing,
    history: VecDeque<CycleReport>,
    history_len: usize,
    callbacks: Vec<(CallbackId, Callback)>,
    next_callback: u64,
    totals: [Totals; 3],
    queue_events: bool,
    events: VecDeque<CycleEvent>,
    /// The kind told in the `Start` of the collection under way (told, not yet stopped).
    open: Option<CycleKind>,
    /// Save-all mode armed the collection under way.
    armed_cycle: bool,
    save_all: bool,
    save_all_filter: Option<SaveAllFilter>,
    /// Objects save-all mode keeps: appended to `garbage` when their finalizer job has run.
    saving: HashSet<GcAny>,
    /// The subset of `saving` given a heap finalizer by save-all mode (they had none).
    armed: HashSet<GcAny>,
    save_garbage: bool,
    garbage: Vec<Root<dyn std::any::Any>>,
}

impl Default for Collector {
    fn default() -> Self {
        Collector::new()
    }
}

impl Collector {
    /// Default pacing, a history of the last 64 cycles, no callbacks, no event queue, garbage
    /// saving off.
    pub fn new() -> Collector {
        Collector {
            pacing: Pacing::default(),
            history: VecDeque::new(),
            history_len: 64,
            callbacks: Vec::new(),
            next_callback: 0,
            totals: [Totals::default(); 3],
            queue_events: false,
            events: VecDeque::new(),
            open: None,
            armed_cycle: false,
            save_all: false,
            save_all_filter: None,
            saving: HashSet::new(),
            armed: HashSet::new(),
            save_garbage: false,
            garbage: Vec::new(),
        }
    }

    // ---- entry points ----

    /// A full collection with `extra_roots`, told and recorded.
    ///
    /// # Panics
    /// As [`collect_with`]; a panicking callback propagates too (callbacks are the embedder's
    /// code). Either way the collector stays consistent: the collection is recorded if it ran,
    /// and the next collection starts afresh.
    pub fn collect<R: Trace + ?Sized>(&mut self, heap: &mut Heap, extra_roots: &R) -> CycleReport {
        self.run(heap, extra_roots, CycleKind::Full, |heap| {
            (collect_with(heap, extra_roots), None)
        })
    }

    /// [`collect`](Self::collect) through [`collect_observing`](crate::collect_observing): `observe`
    /// sees what the cycle found unreachable, says what to keep and may count the collection
    /// its own way ([`Observed`]).
    ///
    /// # Panics
    /// As [`collect`](Self::collect); a panic in `observe` frees nothing.
    ///
    /// # Examples
    /// ```
    /// use weakgc_collector::{Collector, Observed};
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// let mut gc = Collector::new();
    /// heap.alloc(1u8);
    /// heap.alloc(2u8);
    /// gc.collect_observing(&mut heap, &(), &mut |_, dead| Observed {
    ///     keep: Vec::new(),
    ///     collected: Some(dead.len() as u64 * 10),
    /// });
    /// assert_eq!(gc.totals().collected, 20);
    /// ```
    pub fn collect_observing<R: Trace + ?Sized>(
        &mut self,
        heap: &mut Heap,
        extra_roots: &R,
        observe: &mut dyn FnMut(&Heap, &[GcAny]) -> Observed,
    ) -> CycleReport {
        self.run(heap, extra_roots, CycleKind::Full, |heap| {
            let mut collected = None;
            let report = crate::collect_observing(heap, extra_roots, &mut |heap, dead| {
                let observed = observe(heap, dead);
                collected = observed.collected;
                observed.keep
            });
            (report, collected)
        })
    }

    /// A minor collection ([`collect_minor`](crate::collect_minor)), told and recorded; outside
    /// generational mode a full one, and during a major it finishes the major.
    ///
    /// # Panics
    /// As [`collect`](Self::collect).
    ///
    /// # Examples
    /// ```
    /// use weakgc_collector::{Collector, CollectorMode, CycleKind, Generation};
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// heap.set_mode(CollectorMode::Generational { promote_after: 1 });
    /// let mut gc = Collector::new();
    /// heap.alloc(1u8);
    /// let report = gc.collect_minor(&mut heap, &());
    /// assert_eq!((report.kind.generation(), report.freed), (Generation::Young, 1));
    /// assert_eq!(gc.totals_of(CycleKind::Minor).collections, 1);
    /// ```
    pub fn collect_minor<R: Trace + ?Sized>(
        &mut self,
        heap: &mut Heap,
        extra_roots: &R,
    ) -> CycleReport {
        let kind = minor_kind(heap);
        self.run(heap, extra_roots, kind, |heap| {
            (crate::collect_minor(heap, extra_roots), None)
        })
    }

    /// [`collect_minor`](Self::collect_minor) through
    /// [`collect_minor_observing`](crate::collect_minor_observing) (see
    /// [`collect_observing`](Self::collect_observing)).
    ///
    /// # Panics
    /// As [`collect`](Self::collect).
    pub fn collect_minor_observing<R: Trace + ?Sized>(
        &mut self,
        heap: &mut Heap,
        extra_roots: &R,
        observe: &mut dyn FnMut(&Heap, &[GcAny]) -> Observed,
    ) -> CycleReport {
        let kind = minor_kind(heap);
        self.run(heap, extra_roots, kind, |heap| {
            let mut collected = None;
            let report = crate::collect_minor_observing(heap, extra_roots, &mut |heap, dead| {
                let observed = observe(heap, dead);
                collected = observed.collected;
                observed.keep
            });
            (report, collected)
        })
    }

    /// One incremental step ([`collect_step`](crate::collect_step)) paced by
    /// [`pacing`](Self::pacing). The step that begins a cycle tells its `Start` (a major in
    /// generational mode, else a full cycle); the step that ends it records the cycle and tells
    /// its `Stop`. Run every step of a cycle begun here through the collector (a full collection
    /// or a minor through it also ends it); the steps of a cycle begun outside it (by
    /// [`collect_step`](crate::collect_step)) are run but neither told nor recorded.
    ///
    /// # Panics
    /// As [`collect_step`](crate::collect_step): the cycle is abandoned, and the collector's with
    /// it (the next step tells a new `Start`).
    ///
    /// # Examples
    /// ```
    /// use weakgc_collector::{Collector, CycleEvent};
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// let mut gc = Collector::new();
    /// gc.set_event_queue(true);
    /// heap.alloc(1u8);
    /// while gc.collect_step(&mut heap, &()).finished.is_none() {}
    /// let events: Vec<_> = std::iter::from_fn(|| gc.next_event()).collect();
    /// assert!(matches!(events[..], [CycleEvent::Start { .. }, CycleEvent::Stop { .. }]));
    /// assert_eq!(gc.history().next().unwrap().freed, 1);
    /// ```
    pub fn collect_step<R: Trace + ?Sized>(
        &mut self,
        heap: &mut Heap,
        extra_roots: &R,
    ) -> StepReport {
        let pacing = self.pacing;
        self.collect_step_paced(heap, &pacing, extra_roots)
    }

    /// [`collect_step`](Self::collect_step) with `pacing` for this step instead of
    /// [`pacing`](Self::pacing).
    ///
    /// # Panics
    /// As [`collect_step`](Self::collect_step).
    pub fn collect_step_paced<R: Trace + ?Sized>(
        &mut self,
        heap: &mut Heap,
        pacing: &Pacing,
        extra_roots: &R,
    ) -> StepReport {
        if heap.gc_phase() == GcPhase::Idle {
            let kind = if heap.mode().is_generational() {
                CycleKind::Major
            } else {
                CycleKind::Full
            };
            self.start(heap, kind);
            if self.save_all && !self.armed_cycle {
                self.arm_save_all(heap, extra_roots, false);
            }
        }
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            crate::collect_step(heap, pacing, extra_roots)
        }));
        let step = match outcome {
            Ok(step) => step,
            Err(payload) => {
                self.close();
                resume_unwind(payload);
            }
        };
        match &step.finished {
            Some(report) if self.open.is_some() => self.stop(report.clone(), None),
            _ => {}
        }
        step
    }

    /// Collects if the pacing says a collection is due and collection is enabled.
    #[inline]
    pub fn collect_if_due<R: Trace + ?Sized>(
        &mut self,
        heap: &mut Heap,
        extra_roots: &R,
    ) -> Option<CycleReport> {
        self.pacing
            .is_due(heap)
            .then(|| self.collect(heap, extra_roots))
    }

    /// Tells the `Start` of a collection of `kind` about to run, unless one is open already (told
    /// and not yet stopped); returns whether it told one. The entry points call it; an embedder
    /// calls it first to handle the `Start` (drain the queue: run its callbacks) *before* the
    /// collection, which then tells no second `Start`.
    pub fn start(&mut self, heap: &Heap, kind: CycleKind) -> bool {
        if self.open.is_some() {
            return false;
        }
        self.open = Some(kind);
        self.armed_cycle = false;
        self.tell(CycleEvent::Start {
            cycle: heap.cycle_count() + 1,
            kind,
        });
        true
    }

    /// Whether a collection was started (told) and has not stopped: between the steps of a major,
    /// or after [`start`](Self::start).
    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// The common path of the stop-the-world entry points.
    fn run<R: Trace + ?Sized>(
        &mut self,
        heap: &mut Heap,
        extra_roots: &R,
        kind: CycleKind,
        body: impl FnOnce(&mut Heap) -> (CycleReport, Option<u64>),
    ) -> CycleReport {
        self.start(heap, kind);
        // Armed again during a major: what died since its first step is found now.
        if self.save_all {
            self.arm_save_all(heap, extra_roots, kind == CycleKind::Minor);
        }
        let (report, collected) = match catch_unwind(AssertUnwindSafe(|| body(heap))) {
            Ok(done) => done,
            Err(payload) => {
                self.close();
                resume_unwind(payload);
            }
        };
        self.stop(report.clone(), collected);
        report
    }

    /// Records a finished collection and tells its `Stop`.
    fn stop(&mut self, report: CycleReport, collected: Option<u64>) {
        let collected = collected.unwrap_or(report.freed + report.kept_for_finalizers);
        self.totals[report.kind.index()].add(&report, collected);
        if self.history.len() == self.history_len {
            self.history.pop_front();
        }
        self.history.push_back(report.clone());
        self.close();
        self.tell(CycleEvent::Stop { report, collected });
    }

    /// Forgets the collection under way (stopped or abandoned).
    fn close(&mut self) {
        self.open = None;
        self.armed_cycle = false;
    }

    /// Queues `event` (with the queue on), then calls the closures. State is updated before: a
    /// panicking closure leaves the collector consistent.
    fn tell(&mut self, event: CycleEvent) {
        if self.callbacks.is_empty() {
            if self.queue_events {
                self.events.push_back(event);
            }
            return;
        }
        if self.queue_events {
            self.events.push_back(event.clone());
        }
        self.callbacks.iter_mut().for_each(|(_, f)| f(&event));
    }

    // ---- history and totals ----

    /// The reports of the most recent cycles, oldest first.
    pub fn history(&self) -> impl Iterator<Item = &CycleReport> {
        self.history.iter()
    }

    /// Keeps the reports of at most `n` recent cycles.
    pub fn set_history_len(&mut self, n: usize) {
        self.history_len = n.max(1);
        while self.history.len() > self.history_len {
            self.history.pop_front();
        }
    }

    /// Totals over every collection run through this collector.
    pub fn totals(&self) -> Totals {
        let mut sum = Totals::default();
        for t in &self.totals {
            sum.collections += t.collections;
            sum.freed += t.freed;
            sum.finalizers_queued += t.finalizers_queued;
            sum.callbacks_queued += t.callbacks_queued;
            sum.collected += t.collected;
        }
        sum
    }

    /// Totals over the collections of one kind (by their reports' [`CycleReport::kind`]).
    pub fn totals_of(&self, kind: CycleKind) -> Totals {
        self.totals[kind.index()]
    }

    // ---- events ----

    /// Calls `f` at the start and stop of every collection run through this collector, inside the
    /// entry point. (Python's `gc.callbacks`, for callbacks that need neither the heap nor the
    /// collector; others drain the [event queue](Self::set_event_queue).) A panic in `f`
    /// propagates to the caller of the entry point; the collection is recorded first.
    ///
    /// # Examples
    /// ```
    /// use std::{cell::RefCell, rc::Rc};
    /// use weakgc_collector::{Collector, CycleEvent};
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// let mut gc = Collector::new();
    /// let seen = Rc::new(RefCell::new(Vec::new()));
    /// let log = seen.clone();
    /// let id = gc.add_callback(move |event| match event {
    ///     CycleEvent::Start { cycle, .. } => log.borrow_mut().push(format!("start {cycle}")),
    ///     CycleEvent::Stop { report, .. } => log.borrow_mut().push(format!("stop, freed {}", report.freed)),
    /// });
    /// heap.alloc(1u8);
    /// gc.collect(&mut heap, &());
    /// assert_eq!(*seen.borrow(), ["start 1", "stop, freed 1"]);
    /// assert!(gc.remove_callback(id));
    /// ```
    pub fn add_callback(&mut self, f: impl FnMut(&CycleEvent) + 'static) -> CallbackId {
        let id = CallbackId(self.next_callback);
        self.next_callback += 1;
        self.callbacks.push((id, Box::new(f)));
        id
    }

    /// Removes a callback; `true` if it was there.
    pub fn remove_callback(&mut self, id: CallbackId) -> bool {
        let before = self.callbacks.len();
        self.callbacks.retain(|(i, _)| *i != id);
        before != self.callbacks.len()
    }

    /// Turns the event queue on (or off, dropping what it holds). With it on, every
    /// [`CycleEvent`] is also queued, in the order told, until [`next_event`](Self::next_event)
    /// takes it: the embedder is told the event and returns, and runs its own callbacks when it
    /// can (as it runs the heap's pending jobs).
    pub fn set_event_queue(&mut self, on: bool) {
        self.queue_events = on;
        if !on {
            self.events.clear();
        }
    }

    /// The oldest queued event, taken from the queue.
    pub fn next_event(&mut self) -> Option<CycleEvent> {
        self.events.pop_front()
    }

    /// How many events are queued.
    #[inline]
    pub fn events_len(&self) -> usize {
        self.events.len()
    }

    // ---- garbage ----

    /// Turns save-all mode on or off (Python's `gc.DEBUG_SAVEALL`): each collection keeps every
    /// object it finds unreachable (by a minor: every young one) for [`garbage`](Self::garbage),
    /// after clearing its weak references and queuing its finalizers and callbacks, as CPython
    /// does. Before the collection, [`Heap::unreachable`] lists them (one walk of the live heap);
    /// each without a finalizer gets a heap finalizer, so the cycle keeps it and queues a job.
    /// The embedder runs the jobs as usual, skipping its own finalizer for objects armed only to
    /// be saved ([`armed_only`](Self::armed_only)), and reports each Finalize job with
    /// [`finalizer_ran`](Self::finalizer_ran), which appends the object to the garbage.
    ///
    /// # Examples
    /// ```
    /// use weakgc_collector::Collector;
    /// use weakgc_heap::{Heap, PendingKind};
    /// let mut heap = Heap::new();
    /// let mut gc = Collector::new();
    /// gc.set_save_all(true);
    /// let lost = heap.alloc(7u32);
    /// gc.collect(&mut heap, &());
    /// while let Some(job) = heap.next_pending() {
    ///     assert_eq!(job.kind, PendingKind::Finalize);
    ///     assert!(gc.armed_only(job.object)); // no finalizer of ours to run
    ///     gc.finalizer_ran(&heap, job.object).unwrap();
    /// }
    /// assert_eq!(gc.garbage(), vec![lost.into()]);
    /// gc.clear_garbage();
    /// gc.collect(&mut heap, &());
    /// assert!(!heap.is_alive(lost));
    /// ```
    pub fn set_save_all(&mut self, on: bool) {
        self.save_all = on;
    }

    /// Whether save-all mode is on.
    pub fn save_all(&self) -> bool {
        self.save_all
    }

    /// In save-all mode, keeps only what `filter` returns of the objects a collection will find
    /// unreachable (an interpreter keeps the objects its language would list: CPython's
    /// `gc.garbage` holds only objects its collector tracks).
    pub fn set_save_all_filter(
        &mut self,
        filter: impl FnMut(&Heap, Vec<GcAny>) -> Vec<GcAny> + 'static,
    ) {
        self.save_all_filter = Some(Box::new(filter));
    }

    /// Arms the collection about to run: what it will find unreachable gets kept.
    fn arm_save_all<R: Trace + ?Sized>(&mut self, heap: &mut Heap, extra_roots: &R, young: bool) {
        self.armed_cycle = true;
        self.saving.retain(|gc| heap.is_alive(*gc));
        self.armed.retain(|gc| heap.is_alive(*gc));
        let mut dead = heap.unreachable(extra_roots);
        if young && heap.mode().is_generational() {
            dead.retain(|gc| !heap.is_old(*gc));
        }
        if let Some(filter) = &mut self.save_all_filter {
            dead = filter(heap, dead);
        }
        for gc in dead {
            if !heap.has_finalizer(gc) {
                if heap.is_finalized(gc) || heap.set_finalizer(gc, true).is_err() {
                    continue;
                }
                self.armed.insert(gc);
            }
            self.saving.insert(gc);
        }
    }

    /// Whether `object`'s finalizer was set by save-all mode only to keep it: its Finalize job
    /// must not run the embedder's finalizer (it had none). True until
    /// [`finalizer_ran`](Self::finalizer_ran) is told.
    pub fn armed_only(&self, object: impl Into<GcAny>) -> bool {
        self.armed.contains(&object.into())
    }

    /// Tells the collector that `object`'s Finalize job ran: in save-all mode, if the collection
    /// kept it, it is appended to [`garbage`](Self::garbage). Returns whether it was.
    ///
    /// # Errors
    /// [`HeapError::StaleHandle`] if the object is gone.
    pub fn finalizer_ran(
        &mut self,
        heap: &Heap,
        object: impl Into<GcAny>,
    ) -> Result<bool, HeapError> {
        let gc = object.into();
        self.armed.remove(&gc);
        if !self.saving.remove(&gc) {
            return Ok(false);
        }
        self.garbage.push(heap.root_any(gc)?);
        Ok(true)
    }

    /// Turns on (or off) keeping objects whose finalizers failed in [`garbage`](Self::garbage).
    pub fn set_save_garbage(&mut self, on: bool) {
        self.save_garbage = on;
    }

    /// Reports that `object`'s finalizer failed; with garbage saving on, the object is kept alive in
    /// [`garbage`](Self::garbage) for inspection. Returns whether it was kept.
    ///
    /// # Errors
    /// [`HeapError::StaleHandle`] if the object is gone.
    pub fn finalizer_failed(&mut self, heap: &Heap, object: GcAny) -> Result<bool, HeapError> {
        if !self.save_garbage {
            return Ok(false);
        }
        let root = heap.root_any(object)?;
        self.garbage.push(root);
        Ok(true)
    }

    /// Objects kept by save-all mode or because their finalizers failed, oldest first (Python's
    /// `gc.garbage`).
    pub fn garbage(&self) -> Vec<GcAny> {
        self.garbage
            .iter()
            .map(|r| Gc::erase(Root::gc(r)))
            .collect()
    }

    /// Takes the saved garbage, oldest first, still rooted: for an embedder that keeps its own
    /// list (a Python `gc.garbage` list the program may change).
    pub fn take_garbage(&mut self) -> Vec<Root<dyn std::any::Any>> {
        std::mem::take(&mut self.garbage)
    }

    /// Lets the saved garbage die.
    pub fn clear_garbage(&mut self) {
        self.garbage.clear();
    }
}

/// What [`crate::collect_minor`] will run: a minor, a full cycle outside generational mode, or the
/// end of the major under way.
fn minor_kind(heap: &Heap) -> CycleKind {
    if !heap.mode().is_generational() {
        CycleKind::Full
    } else if heap.gc_phase() != GcPhase::Idle {
        CycleKind::Major
    } else {
        CycleKind::Minor
    }
}

//! `Collector`: collection with memory — pacing, a per-cycle history, callbacks at cycle start and
//! stop (Python's `gc.callbacks`), and a debug list of objects whose finalizers failed (Python's
//! `gc.garbage` under `DEBUG_SAVEALL`-style debugging).

use std::collections::VecDeque;

use weakgc_heap::{Gc, GcAny, Heap, HeapError, Root, Trace};

use crate::{collect_with, CycleReport, Pacing};

/// What a collector callback is told.
#[derive(Debug)]
pub enum CycleEvent<'a> {
    /// A collection is about to start; `cycle` is its number.
    Start {
        /// The number the cycle will have.
        cycle: u64,
    },
    /// A collection finished.
    Stop(&'a CycleReport),
}

/// Identifies a callback added with [`Collector::add_callback`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallbackId(u64);

/// Totals over every collection this collector ran.
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
}

type Callback = Box<dyn FnMut(&CycleEvent<'_>)>;

/// Runs collections for one heap and remembers them.
///
/// The plain [`collect`](crate::collect) functions keep no state; an interpreter's `gc` module wants
/// history, callbacks and counters, which live here, beside the heap.
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
pub struct Collector {
    /// When [`collect_if_due`](Self::collect_if_due) collects.
    pub pacing: Pacing,
    history: VecDeque<CycleReport>,
    history_len: usize,
    callbacks: Vec<(CallbackId, Callback)>,
    next_callback: u64,
    totals: Totals,
    save_garbage: bool,
    garbage: Vec<Root<dyn std::any::Any>>,
}

impl Default for Collector {
    fn default() -> Self {
        Collector::new()
    }
}

impl Collector {
    /// Default pacing, a history of the last 64 cycles, no callbacks, garbage saving off.
    pub fn new() -> Collector {
        Collector {
            pacing: Pacing::default(),
            history: VecDeque::new(),
            history_len: 64,
            callbacks: Vec::new(),
            next_callback: 0,
            totals: Totals::default(),
            save_garbage: false,
            garbage: Vec::new(),
        }
    }

    /// A full collection with `extra_roots`, telling the callbacks and recording the report.
    ///
    /// # Panics
    /// As [`collect_with`]; a panicking callback propagates too (callbacks are the embedder's code).
    pub fn collect<R: Trace + ?Sized>(&mut self, heap: &mut Heap, extra_roots: &R) -> CycleReport {
        let start = CycleEvent::Start {
            cycle: heap.cycle_count() + 1,
        };
        self.callbacks.iter_mut().for_each(|(_, f)| f(&start));
        let report = collect_with(heap, extra_roots);
        self.totals.collections += 1;
        self.totals.freed += report.freed;
        self.totals.finalizers_queued += report.finalizers_queued;
        self.totals.callbacks_queued += report.callbacks_queued;
        if self.history.len() == self.history_len {
            self.history.pop_front();
        }
        self.history.push_back(report.clone());
        let stop = CycleEvent::Stop(&report);
        self.callbacks.iter_mut().for_each(|(_, f)| f(&stop));
        report
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
        self.totals
    }

    /// Calls `f` at the start and stop of every collection run through this collector.
    /// (Python's `gc.callbacks`.) A panic in `f` propagates to the caller of `collect`.
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
    ///     CycleEvent::Start { cycle } => log.borrow_mut().push(format!("start {cycle}")),
    ///     CycleEvent::Stop(report) => log.borrow_mut().push(format!("stop, freed {}", report.freed)),
    /// });
    /// heap.alloc(1u8);
    /// gc.collect(&mut heap, &());
    /// assert_eq!(*seen.borrow(), ["start 1", "stop, freed 1"]);
    /// assert!(gc.remove_callback(id));
    /// ```
    pub fn add_callback(&mut self, f: impl FnMut(&CycleEvent<'_>) + 'static) -> CallbackId {
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

    /// Objects kept because their finalizers failed, oldest first (Python's `gc.garbage`).
    pub fn garbage(&self) -> Vec<GcAny> {
        self.garbage
            .iter()
            .map(|r| Gc::erase(Root::gc(r)))
            .collect()
    }

    /// Lets the saved garbage die.
    pub fn clear_garbage(&mut self) {
        self.garbage.clear();
    }
}

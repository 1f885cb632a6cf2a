//! Pending work: finalizers and weak-reference callbacks queued by a collection (DESIGN step 7), for
//! the embedder to run with full heap access.

use std::collections::VecDeque;

use crate::error::HeapError;
use crate::handle::{Gc, GcAny};
use crate::page::Bit;
use crate::roots::Root;
use crate::Heap;

/// What a [`Pending`] job asks the embedder to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PendingKind {
    /// Run `object`'s finalizer (Python's `__del__`). Queued at most once per object, ever.
    Finalize,
    /// Call the callback of the weak reference object `object`, whose referent died. Queued only if
    /// the weak reference object itself was reachable in that cycle.
    Callback,
}

/// One queued finalizer or callback, in the order DESIGN step 7 gives: object by object, referrers
/// before referents; for each object its finalizer, then its callbacks, newest registration first.
///
/// The job roots its object until the job is dropped, so a collection run from inside the finalizer
/// cannot free the object being finalized.
pub struct Pending {
    /// What to do.
    pub kind: PendingKind,
    /// The object to finalize, or the weak reference object whose callback to call.
    pub object: GcAny,
    _root: Root<()>,
}

impl std::fmt::Debug for Pending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Pending::{:?}({:?})", self.kind, self.object)
    }
}

/// The queue itself: until drained, every object in it is a root.
#[derive(Default)]
pub(crate) struct PendingQueue {
    pub(crate) jobs: VecDeque<(PendingKind, GcAny)>,
}

/// A Rust closure registered as an object's finalizer with [`Heap::on_finalize`].
pub type FinalizerFn = Box<dyn FnOnce(&mut Heap, GcAny)>;

/// What [`Heap::run_pending`] did.
#[derive(Debug, Default)]
pub struct DrainReport {
    /// Finalizers run (closures and those handed to the handler).
    pub finalizers: u64,
    /// Callbacks handed to the handler.
    pub callbacks: u64,
    /// Messages of the panics caught, one per job that panicked; the other jobs still ran.
    pub panics: Vec<String>,
}

impl Heap {
    /// Takes the next queued finalizer or callback, if any.
    ///
    /// Finalizers and callbacks run only when the embedder drains this queue: a collection only queues
    /// them. The returned job roots its object until it is dropped.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{Heap, PendingKind};
    /// let mut heap = Heap::new();
    /// assert!(heap.next_pending().is_none());
    /// ```
    pub fn next_pending(&mut self) -> Option<Pending> {
        let (kind, object) = self.pending.jobs.pop_front()?;
        let root = Root::new(&self.roots, Gc::<()>::from_any(object), None);
        Some(Pending {
            kind,
            object,
            _root: root,
        })
    }

    /// Queues a job for `object` after those already queued, as a collection would, for work that
    /// is due outside one (e.g. a `finalize` registry's `atexit` jobs at shutdown). Like every
    /// queued job, it roots `object` until drained. Returns whether it was queued: a `Finalize`
    /// job only if `object`'s finalizer is armed, and then it is disarmed, so no collection
    /// queues it again (each finalizer runs at most once, ever). A `Callback` job is always
    /// queued.
    ///
    /// # Errors
    /// [`HeapError::StaleHandle`] if `object` is not live.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{Gc, Heap, PendingKind};
    /// let mut heap = Heap::new();
    /// let weakref = Gc::erase(heap.alloc(1u8));
    /// assert_eq!(heap.queue_pending(PendingKind::Callback, weakref), Ok(true));
    /// assert_eq!(heap.next_pending().unwrap().object, weakref);
    /// ```
    pub fn queue_pending(
        &mut self,
        kind: PendingKind,
        object: impl Into<GcAny>,
    ) -> Result<bool, HeapError> {
        let object = object.into();
        let cell = self.arena.find(object).ok_or(HeapError::StaleHandle {
            index: object.index(),
            generation: object.generation(),
        })?;
        if kind == PendingKind::Finalize {
            if !self.arena.bit(cell, Bit::Finalizer) {
                return Ok(false);
            }
            self.arena.set_bit(cell, Bit::Finalizer, false);
            self.arena.set_bit(cell, Bit::Finalized, true);
        }
        self.pending.jobs.push_back((kind, object));
        Ok(true)
    }

    /// How many jobs are queued.
    pub fn pending_len(&self) -> usize {
        self.pending.jobs.len()
    }

    /// Drains the queue: runs each finalizer registered with [`on_finalize`](Self::on_finalize) and
    /// hands every other job to `handler`. A panic in one job is caught and reported in the result;
    /// the others still run. Jobs queued while draining (by a `collect` inside a finalizer) run too.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{Heap, PendingKind};
    /// let mut heap = Heap::new();
    /// let report = heap.run_pending(|_heap, job| assert_eq!(job.kind, PendingKind::Callback));
    /// assert_eq!(report.finalizers + report.callbacks, 0);
    /// ```
    pub fn run_pending(&mut self, mut handler: impl FnMut(&mut Heap, &Pending)) -> DrainReport {
        let _span =
            tracing::debug_span!("weakgc.run_pending", queued = self.pending_len()).entered();
        let mut report = DrainReport::default();
        while let Some(job) = self.next_pending() {
            let closure = match job.kind {
                PendingKind::Finalize => self.take_finalizer_fn(job.object),
                PendingKind::Callback => None,
            };
            match job.kind {
                PendingKind::Finalize => report.finalizers += 1,
                PendingKind::Callback => report.callbacks += 1,
            }
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match closure {
                Some(f) => f(self, job.object),
                None => handler(self, &job),
            }));
            if let Err(payload) = result {
                let message = panic_message(payload.as_ref());
                tracing::warn!(
                    target: "weakgc",
                    kind = ?job.kind,
                    object = ?job.object,
                    panic = %message,
                    "a finalizer or callback panicked; the other jobs still run"
                );
                report.panics.push(message);
            }
        }
        report
    }

    /// Removes and returns the closure registered with [`on_finalize`](Self::on_finalize) for `object`.
    /// Embedders draining with [`next_pending`](Self::next_pending) call this for `Finalize` jobs.
    pub fn take_finalizer_fn(&mut self, object: impl Into<GcAny>) -> Option<FinalizerFn> {
        let object = object.into();
        match self.finalizer_fns.remove(&object.index()) {
            Some((owner, f)) if owner == object => Some(f),
            Some(other) => {
                self.finalizer_fns.insert(object.index(), other);
                None
            }
            None => None,
        }
    }
}

/// The text of a panic payload.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic with a non-string payload".to_string()
    }
}

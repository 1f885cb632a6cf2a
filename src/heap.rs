//! The facade's `Heap`: the engine's heap with the collector's entry points as inherent methods.

use std::ops::{Deref, DerefMut};

use weakgc_collector::{CycleReport, Pacing, StepReport};
use weakgc_heap::{DrainReport, Pending, PendingKind, Trace};

/// The heap a program creates: [`HeapCore`](crate::HeapCore) (allocation, handles, roots, weak
/// references, inspection) plus the collector's entry points as inherent methods, so
/// `heap.collect()` works with `use weakgc::Heap;` alone.
///
/// ```
/// use weakgc::Heap;
/// let mut heap = Heap::new();
/// let report = heap.collect();
/// assert_eq!(report.freed, 0);
/// ```
///
/// # Why a wrapper
/// The heap and the collector are separate crates (the heap knows nothing of collection policy),
/// and Rust allows inherent methods only in the crate that defines a type, so `weakgc_heap::Heap`
/// cannot have a `collect` method; a trait method needs the trait imported, and without it rustc's
/// first words are "`Heap` is not an iterator". This `Heap` wraps the core heap and derefs to it,
/// so every method of [`HeapCore`](crate::HeapCore) is a method of `Heap`, and `&mut heap` is
/// accepted wherever `&mut HeapCore` is asked for (`WeakRef::new(&mut heap, ..)`,
/// `testing::assert_collected(&mut heap, ..)`). The [`Collect`](crate::Collect) trait still works
/// on both.
///
/// Code the library calls back with the heap ([`HeapCore::on_finalize`](crate::HeapCore::on_finalize)
/// closures, [`HeapCore::run_pending`](crate::HeapCore::run_pending) handlers reached through
/// `HeapCore`) receives `&mut HeapCore`: write helpers that take `&mut HeapCore` and they take
/// both; to collect there, `use weakgc::Collect`. [`Heap::run_pending`] hands its handler this
/// `Heap`.
///
/// # Threads
/// A heap belongs to the thread that made it: `Heap` is neither `Send` nor `Sync` (roots share the
/// heap's root table through an `Rc`), so it cannot be moved to another thread:
///
/// ```compile_fail
/// fn needs_send<T: Send>(_: T) {}
/// needs_send(weakgc::Heap::new()); // error: `Rc<..>` cannot be sent between threads safely
/// ```
///
/// Run one heap per thread, as one interpreter per thread.
#[derive(Default)]
pub struct Heap(weakgc_heap::Heap);

impl Heap {
    /// An empty heap with no limit.
    pub fn new() -> Heap {
        Heap(weakgc_heap::Heap::new())
    }

    /// Wraps a core heap.
    pub fn from_core(core: weakgc_heap::Heap) -> Heap {
        Heap(core)
    }

    /// The core heap, unwrapped.
    pub fn into_core(self) -> weakgc_heap::Heap {
        self.0
    }

    /// A full, deterministic collection with only the heap's own roots: see
    /// [`collect`](crate::collect).
    ///
    /// # Examples
    /// ```
    /// use weakgc::Heap;
    /// let mut heap = Heap::new();
    /// let kept = heap.alloc(1u32);
    /// let _root = heap.root(kept);
    /// heap.alloc(2u32);
    /// assert_eq!(heap.collect().freed, 1);
    /// ```
    pub fn collect(&mut self) -> CycleReport {
        weakgc_collector::collect(&mut self.0)
    }

    /// A full collection with `extra_roots` (the VM stack, globals, ...) as roots for this cycle
    /// only: see [`collect_with`](crate::collect_with). Extra roots can be built on the spot from
    /// handles, roots, slices, `Vec`s, `Option`s, tuples and references to any of them.
    ///
    /// # Examples
    /// ```
    /// use weakgc::{GcAny, Heap};
    /// let mut heap = Heap::new();
    /// let globals = heap.alloc(vec![1u8]);
    /// let stack: Vec<GcAny> = vec![heap.alloc(2u8).into()];
    /// let report = heap.collect_with(&(globals, &stack));
    /// assert_eq!(report.freed, 0);
    /// ```
    pub fn collect_with<R: Trace + ?Sized>(&mut self, extra_roots: &R) -> CycleReport {
        weakgc_collector::collect_with(&mut self.0, extra_roots)
    }

    /// Collects if `pacing` says a collection is due: see [`collect_if_due`](crate::collect_if_due).
    #[inline]
    pub fn collect_if_due<R: Trace + ?Sized>(
        &mut self,
        pacing: &Pacing,
        extra_roots: &R,
    ) -> Option<CycleReport> {
        weakgc_collector::collect_if_due(&mut self.0, pacing, extra_roots)
    }

    /// One bounded increment of an incremental collection: see
    /// [`collect_step`](crate::collect_step).
    pub fn collect_step<R: Trace + ?Sized>(
        &mut self,
        pacing: &Pacing,
        extra_roots: &R,
    ) -> StepReport {
        weakgc_collector::collect_step(&mut self.0, pacing, extra_roots)
    }

    /// Drains the pending queue like [`HeapCore::run_pending`](crate::HeapCore::run_pending), handing
    /// `handler` this `Heap` (so it can call `collect` without the trait). Closures registered with
    /// `on_finalize` run with the core heap. A panic in one job is caught and reported; the others
    /// still run.
    ///
    /// Interpreters usually drain with the [`next_pending`](crate::HeapCore::next_pending) loop
    /// instead, at a safepoint, to run each job with the interpreter's own state at hand:
    ///
    /// ```
    /// use weakgc::{Heap, PendingKind};
    /// let mut heap = Heap::new();
    /// let obj = heap.alloc(String::from("has __del__"));
    /// heap.set_finalizer(obj, true).unwrap();
    /// heap.collect();
    /// let mut ran = Vec::new();
    /// while let Some(job) = heap.next_pending() {
    ///     // The job roots `job.object` until dropped: the finalizer may resurrect it.
    ///     if let Some(f) = heap.take_finalizer_fn(job.object) {
    ///         f(&mut heap, job.object);                  // a closure from `on_finalize`
    ///     } else {
    ///         match job.kind {
    ///             PendingKind::Finalize => ran.push(heap.get_any(job.object).unwrap().type_name().to_string()),
    ///             PendingKind::Callback => { /* call the weakref's callback */ }
    ///         }
    ///     }
    /// }
    /// assert_eq!(ran, ["String"]);
    /// assert_eq!(heap.collect().freed, 1); // finalized, unreachable: freed now
    /// ```
    pub fn run_pending(&mut self, mut handler: impl FnMut(&mut Heap, &Pending)) -> DrainReport {
        let _span =
            tracing::debug_span!("weakgc.run_pending", queued = self.0.pending_len()).entered();
        let mut report = DrainReport::default();
        while let Some(job) = self.0.next_pending() {
            let closure = match job.kind {
                PendingKind::Finalize => self.0.take_finalizer_fn(job.object),
                PendingKind::Callback => None,
            };
            match job.kind {
                PendingKind::Finalize => report.finalizers += 1,
                PendingKind::Callback => report.callbacks += 1,
            }
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match closure {
                Some(f) => f(&mut self.0, job.object),
                None => handler(self, &job),
            }));
            if let Err(payload) = result {
                let message = weakgc_heap::panic_message(payload.as_ref());
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
}

impl Deref for Heap {
    type Target = weakgc_heap::Heap;
    #[inline]
    fn deref(&self) -> &weakgc_heap::Heap {
        &self.0
    }
}

impl DerefMut for Heap {
    #[inline]
    fn deref_mut(&mut self) -> &mut weakgc_heap::Heap {
        &mut self.0
    }
}

impl AsRef<weakgc_heap::Heap> for Heap {
    fn as_ref(&self) -> &weakgc_heap::Heap {
        &self.0
    }
}

impl AsMut<weakgc_heap::Heap> for Heap {
    fn as_mut(&mut self) -> &mut weakgc_heap::Heap {
        &mut self.0
    }
}

impl From<weakgc_heap::Heap> for Heap {
    fn from(core: weakgc_heap::Heap) -> Heap {
        Heap(core)
    }
}

impl weakgc_collector::Collect for Heap {
    fn collect(&mut self) -> CycleReport {
        Heap::collect(self)
    }
    fn collect_with<R: Trace + ?Sized>(&mut self, extra_roots: &R) -> CycleReport {
        Heap::collect_with(self, extra_roots)
    }
    #[inline]
    fn collect_if_due<R: Trace + ?Sized>(
        &mut self,
        pacing: &Pacing,
        extra_roots: &R,
    ) -> Option<CycleReport> {
        Heap::collect_if_due(self, pacing, extra_roots)
    }
}

//! `Finalize` and `FinalizeRegistry`: Python's `weakref.finalize(obj, func, *args)`, built on
//! `Heap::watch` and the pending queue (DESIGN step 7, and "Teardown is explicit").

use std::fmt;

use weakheap_heap::{Gc, GcAny, Heap, HeapError, PendingKind, Root, Trace, Tracer};

use crate::referent::Referent;

/// A finalizer object: when its target dies, the collector queues a
/// [`PendingKind::Callback`] job for *this object*, and the embedder then calls
/// [`Finalize::call`] to get `data` back (Python's `func, args`) and invokes it. It runs at most once.
///
/// Made by [`FinalizeRegistry::register`], which roots it: like CPython's registry of finalize
/// objects, that keeps it alive while the target lives even if the program drops every other
/// reference to it (a weak reference object that is itself garbage never has its callback run).
/// The registry lets go once the object is dead (called or detached).
///
/// # Correctness
/// `data` is traced strongly, so if it refers to the target, the target never dies (as in CPython:
/// `func` and `args` must not own references to `obj`). The embedder must answer a `Callback` job
/// for a `Finalize` with [`Finalize::call`]; a job it ignores leaves the object alive, rooted by the
/// registry, until someone calls or detaches it.
///
/// # Examples
/// ```
/// use weakheap_collector::collect;
/// use weakheap_heap::{Heap, PendingKind};
/// use weakheap_weak::{Finalize, FinalizeRegistry};
/// let mut heap = Heap::new();
/// let mut registry = FinalizeRegistry::new();
/// let obj = heap.alloc(String::from("resource"));
/// let f = registry.register(&mut heap, obj, "close it").unwrap();
/// assert!(Finalize::alive(&heap, f));
/// collect(&mut heap); // obj is unreachable; `f` is kept by the registry
/// let job = heap.next_pending().unwrap();
/// assert_eq!((job.kind, job.object), (PendingKind::Callback, f.into()));
/// assert_eq!(Finalize::call(&mut heap, f), Some("close it"));
/// assert_eq!(Finalize::call(&mut heap, f), None, "at most once");
/// assert!(!Finalize::alive(&heap, f));
/// ```
pub struct Finalize<C> {
    target: Referent,
    data: Option<C>,
    atexit: bool,
}

impl<C: Trace> Trace for Finalize<C> {
    fn trace(&self, tracer: &mut Tracer) {
        self.data.trace(tracer)
    }

    fn type_name(&self) -> &str {
        "finalize"
    }
}

impl<C: fmt::Debug> fmt::Debug for Finalize<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Finalize")
            .field("target", &self.target.gc())
            .field("data", &self.data)
            .field("atexit", &self.atexit)
            .finish()
    }
}

impl<C: Trace> Finalize<C> {
    /// Whether it has not yet been called or detached (Python's `alive`). It stays alive after its
    /// target dies until the embedder answers the queued job with [`call`](Self::call).
    pub fn alive(heap: &Heap, this: Gc<Self>) -> bool {
        heap.try_get(this).is_ok_and(|f| f.data.is_some())
    }

    /// The target and the data, if it is alive and its target too (Python's `peek`).
    pub fn peek(heap: &Heap, this: Gc<Self>) -> Option<(GcAny, &C)> {
        let f = heap.try_get(this).ok()?;
        let data = f.data.as_ref()?;
        f.target.is_alive(heap).then_some((f.target.gc(), data))
    }

    /// Makes it dead without calling it and returns the target and the data, if it was alive and
    /// its target too (Python's `detach`). No job will be queued for it.
    ///
    /// # Examples
    /// ```
    /// use weakheap_collector::collect;
    /// use weakheap_heap::Heap;
    /// use weakheap_weak::{Finalize, FinalizeRegistry};
    /// let mut heap = Heap::new();
    /// let mut registry = FinalizeRegistry::new();
    /// let obj = heap.alloc(1u64);
    /// let f = registry.register(&mut heap, obj, 7u32).unwrap();
    /// assert_eq!(Finalize::detach(&mut heap, f), Some((obj.into(), 7)));
    /// assert!(!Finalize::alive(&heap, f));
    /// collect(&mut heap);
    /// assert_eq!(heap.pending_len(), 0);
    /// ```
    pub fn detach(heap: &mut Heap, this: Gc<Self>) -> Option<(GcAny, C)> {
        let f = heap.try_get(this).ok()?;
        if f.data.is_none() || !f.target.is_alive(heap) {
            return None;
        }
        let target = f.target.gc();
        heap.unwatch(target, this.into());
        let data = heap.get_mut(this).data.take()?;
        Some((target, data))
    }

    /// Makes it dead and returns the data for the embedder to invoke, if it was alive (Python's
    /// `f()`); `None` every later time. Works whether or not the target has died.
    pub fn call(heap: &mut Heap, this: Gc<Self>) -> Option<C> {
        let f = heap.try_get_mut(this).ok()?;
        let data = f.data.take()?;
        let target = f.target.gc();
        // After an early call, its target's death must not queue a job for a dead finalizer.
        heap.unwatch(target, this.into());
        Some(data)
    }

    /// Whether [`FinalizeRegistry::shutdown`] queues it (Python's `atexit`, default `true`).
    pub fn atexit(&self) -> bool {
        self.atexit
    }

    /// Sets [`atexit`](Self::atexit).
    pub fn set_atexit(&mut self, atexit: bool) {
        self.atexit = atexit;
    }

    /// The target, held weakly.
    pub fn target(&self) -> Referent {
        self.target
    }
}

/// Keeps every live [`Finalize`] object alive, in creation order, and queues the `atexit` ones at
/// teardown. Owned by the embedder (one per interpreter), not a heap object.
///
/// Heap teardown runs no finalizers (DESIGN: "Teardown is explicit"): call
/// [`shutdown`](Self::shutdown) and drain the queue before dropping the heap, as CPython runs
/// `finalize` objects at exit.
///
/// # Examples
/// ```
/// use weakheap_heap::{Heap, PendingKind};
/// use weakheap_weak::{Finalize, FinalizeRegistry};
/// let mut heap = Heap::new();
/// let mut registry = FinalizeRegistry::new();
/// let obj = heap.alloc(0u8);
/// let _keep = heap.root(obj);
/// for name in ["first", "second", "third"] {
///     let f = registry.register(&mut heap, obj, name).unwrap();
///     if name == "second" {
///         heap.get_mut(f).set_atexit(false);
///     }
/// }
/// assert_eq!(registry.shutdown(&mut heap), 2);
/// let mut ran = Vec::new();
/// heap.run_pending(|heap, job| {
///     assert_eq!(job.kind, PendingKind::Callback);
///     let f = heap.downcast::<Finalize<&str>>(job.object).unwrap();
///     ran.extend(Finalize::call(heap, f));
/// });
/// assert_eq!(ran, vec!["third", "first"], "newest first");
/// ```
pub struct FinalizeRegistry<C: Trace> {
    /// Creation order; may include dead objects until the next prune.
    entries: Vec<Root<Finalize<C>>>,
    /// `register` prunes when `entries` reaches this length, so dead entries cost O(1) amortized.
    prune_at: usize,
}

impl<C: Trace> Default for FinalizeRegistry<C> {
    fn default() -> Self {
        FinalizeRegistry {
            entries: Vec::new(),
            prune_at: 16,
        }
    }
}

impl<C: Trace> fmt::Debug for FinalizeRegistry<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.entries.iter().map(Root::gc))
            .finish()
    }
}

impl<C: Trace> FinalizeRegistry<C> {
    /// An empty registry.
    pub fn new() -> Self {
        FinalizeRegistry::default()
    }

    /// Allocates a [`Finalize`] for `obj` carrying `data`, watches `obj` with it and roots it
    /// (Python's `weakref.finalize(obj, func, *args)`; `atexit` starts `true`).
    ///
    /// # Errors
    /// [`HeapError::NotWeakReferenceable`] if `obj`'s type refuses weak references
    /// (`cannot create weak reference to 'int' object`), [`HeapError::StaleHandle`] if it was
    /// collected, [`HeapError::OutOfMemory`] at the heap limit.
    pub fn register(
        &mut self,
        heap: &mut Heap,
        obj: impl Into<GcAny>,
        data: C,
    ) -> Result<Gc<Finalize<C>>, HeapError> {
        let target = Referent::new(heap, obj)?;
        let f = heap
            .try_alloc(Finalize {
                target,
                data: Some(data),
                atexit: true,
            })
            .map_err(|e| e.error)?;
        heap.watch(target.gc(), f.into())?;
        if self.entries.len() >= self.prune_at {
            self.prune(heap);
            self.prune_at = (2 * self.entries.len()).max(16);
        }
        self.entries.push(heap.root(f));
        Ok(f)
    }

    /// The live finalize objects, oldest first.
    pub fn alive<'a>(&'a self, heap: &'a Heap) -> impl Iterator<Item = Gc<Finalize<C>>> + 'a {
        self.entries
            .iter()
            .map(Root::gc)
            .filter(move |f| Finalize::alive(heap, *f))
    }

    /// Unroots the finalize objects that are dead (called or detached). O(registered).
    pub fn prune(&mut self, heap: &Heap) {
        self.entries.retain(|r| Finalize::alive(heap, Root::gc(r)));
    }

    /// Queues a [`PendingKind::Callback`] job for every live finalize object whose `atexit` is set,
    /// newest first (CPython's order at exit), and hands them to the queue, which roots them until
    /// drained. Returns how many were queued. Drain as usual, answering each job with
    /// [`Finalize::call`].
    ///
    /// Finalize objects registered while the queue drains are not queued: call `shutdown` again
    /// until it returns 0 to run those too, as CPython does.
    pub fn shutdown(&mut self, heap: &mut Heap) -> usize {
        self.prune(heap);
        let (exiting, staying): (Vec<_>, Vec<_>) = std::mem::take(&mut self.entries)
            .into_iter()
            .partition(|r| heap.get(Root::gc(r)).atexit);
        self.entries = staying;
        for root in exiting.iter().rev() {
            heap.cycle()
                .push_pending(PendingKind::Callback, Root::gc(root).into());
        }
        exiting.len()
    }
}

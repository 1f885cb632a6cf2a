//! `Finalize` and `FinalizeRegistry`: Python's `weakref.finalize(obj, func, *args)`, built on
//! `Heap::watch` and the pending queue (DESIGN step 7, and "Teardown is explicit").

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::rc::{Rc, Weak as RcWeak};

use weakgc_heap::{Gc, GcAny, Heap, HeapError, PendingKind, Root, Trace, Tracer};

use crate::referent::Referent;

/// A finalizer object: when its target dies, the collector queues a
/// [`PendingKind::Callback`] job for *this object*, and the embedder then calls
/// [`Finalize::call`] to get `data` back (Python's `func, args`) and invokes it. It runs at most once.
///
/// Made by [`FinalizeRegistry::register`], which roots it: like CPython's registry of finalize
/// objects, that keeps it alive while the target lives even if the program drops every other
/// reference to it (a weak reference object that is itself garbage never has its callback run).
/// The registry lets go the moment the object is dead ([`call`](Self::call)ed or
/// [`detach`](Self::detach)ed): the next collection can free it.
///
/// # Correctness
/// `data` is traced strongly, so if it refers to the target, the target never dies (as in CPython:
/// `func` and `args` must not own references to `obj`). The embedder must answer a `Callback` job
/// for a `Finalize` with [`Finalize::call`]; a job it ignores leaves the object alive, rooted by the
/// registry, until someone calls or detaches it.
///
/// # Examples
/// ```
/// use weakgc_collector::collect;
/// use weakgc_heap::{Heap, PendingKind};
/// use weakgc_weak::{Finalize, FinalizeRegistry};
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
    /// The registry's roots, to take this object's own out of when it dies; `Weak` so that
    /// dropping the registry still unroots everything it held.
    registry: RcWeak<RefCell<Entries<C>>>,
    /// This object's key in the registry's roots.
    seq: u64,
}

/// A registry's roots, by registration number (so in creation order).
type Entries<C> = BTreeMap<u64, Root<Finalize<C>>>;

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
            .finish_non_exhaustive()
    }
}

impl<C: Trace + 'static> Finalize<C> {
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
    /// use weakgc_collector::collect;
    /// use weakgc_heap::Heap;
    /// use weakgc_weak::{Finalize, FinalizeRegistry};
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
        let f = heap.get_mut(this);
        let data = f.data.take()?;
        let root = f.unregister();
        drop(root);
        Some((target, data))
    }

    /// Makes it dead and returns the data for the embedder to invoke, if it was alive (Python's
    /// `f()`); `None` every later time. Works whether or not the target has died.
    pub fn call(heap: &mut Heap, this: Gc<Self>) -> Option<C> {
        let f = heap.try_get_mut(this).ok()?;
        let data = f.data.take()?;
        let target = f.target.gc();
        let root = f.unregister();
        drop(root);
        // After an early call, its target's death must not queue a job for a dead finalizer.
        heap.unwatch(target, this.into());
        Some(data)
    }

    /// Takes this object's root out of its registry (issue #16: it stayed rooted until the
    /// registry's next prune). Returned, to be dropped once no borrow of the heap is needed.
    fn unregister(&mut self) -> Option<Root<Finalize<C>>> {
        let registry = self.registry.upgrade()?;
        let root = registry.borrow_mut().remove(&self.seq);
        root
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
/// use weakgc_heap::{Heap, PendingKind};
/// use weakgc_weak::{Finalize, FinalizeRegistry};
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
    /// Roots of the live finalize objects, in creation order. A finalize object removes its own
    /// when it is called or detached.
    entries: Rc<RefCell<Entries<C>>>,
    next_seq: u64,
}

impl<C: Trace> Default for FinalizeRegistry<C> {
    fn default() -> Self {
        FinalizeRegistry {
            entries: Rc::default(),
            next_seq: 0,
        }
    }
}

impl<C: Trace> fmt::Debug for FinalizeRegistry<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.entries.borrow().values().map(Root::gc))
            .finish()
    }
}

impl<C: Trace + 'static> FinalizeRegistry<C> {
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
        let target = Referent::new(heap, obj.into())?;
        let seq = self.next_seq;
        let f = heap
            .try_alloc(Finalize {
                target,
                data: Some(data),
                atexit: true,
                registry: Rc::downgrade(&self.entries),
                seq,
            })
            .map_err(|e| e.error)?;
        heap.watch(target.gc(), f.into())?;
        self.next_seq += 1;
        self.entries.borrow_mut().insert(seq, heap.root(f));
        Ok(f)
    }

    /// The live finalize objects, oldest first.
    pub fn alive<'a>(&'a self, heap: &'a Heap) -> impl Iterator<Item = Gc<Finalize<C>>> + 'a {
        let live: Vec<_> = self
            .entries
            .borrow()
            .values()
            .map(Root::gc)
            .filter(|f| Finalize::alive(heap, *f))
            .collect();
        live.into_iter()
    }

    /// Unroots the finalize objects that are dead. A finalize object leaves the registry when it
    /// is called or detached, so there are none: kept for callers written when there were.
    /// O(registered).
    pub fn prune(&mut self, heap: &Heap) {
        let dead: Vec<Root<Finalize<C>>> = {
            let mut entries = self.entries.borrow_mut();
            let keys: Vec<u64> = entries
                .iter()
                .filter(|(_, r)| !Finalize::alive(heap, Root::gc(r)))
                .map(|(k, _)| *k)
                .collect();
            keys.iter().filter_map(|k| entries.remove(k)).collect()
        };
        drop(dead);
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
        let exiting: Vec<Root<Finalize<C>>> = {
            let mut entries = self.entries.borrow_mut();
            let keys: Vec<u64> = entries
                .iter()
                .filter(|(_, r)| heap.get(Root::gc(r)).atexit)
                .map(|(k, _)| *k)
                .collect();
            keys.iter().filter_map(|k| entries.remove(k)).collect()
        };
        for root in exiting.iter().rev() {
            heap.queue_pending(PendingKind::Callback, Root::gc(root).into())
                .expect("a rooted object is live");
        }
        exiting.len()
    }
}

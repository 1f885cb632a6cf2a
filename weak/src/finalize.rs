//! `Finalize` and `FinalizeRegistry`: Python's `weakref.finalize(obj, func, *args)`, built on
//! `Heap::watch` and the pending queue (DESIGN step 7, and "Teardown is explicit"), as heap objects
//! of their own or embedded in an interpreter's object type.

use std::any::Any;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::rc::{Rc, Weak as RcWeak};

use weakgc_heap::{Gc, GcAny, Heap, HeapError, PendingKind, Root, Trace, Tracer};

use crate::embeds::Embeds;
use crate::referent::Referent;

/// What a registry roots its live finalize objects under, so retention paths name it.
const ROOT_NAME: &str = "finalize registry";

/// A finalizer: when its target dies, the collector queues a [`PendingKind::Callback`] job for the
/// object holding it (the `Finalize` itself, or the embedder's object it is embedded in, see
/// [`Embeds`]), and the embedder then calls [`Finalize::call`] to get `data` back (Python's
/// `func, args`) and invokes it. It runs at most once.
///
/// Made by a [`FinalizeRegistry`], which roots the object holding it: like CPython's registry of
/// finalize objects, that keeps it alive while the target lives even if the program drops every
/// other reference to it (a weak reference object that is itself garbage never has its callback
/// run). The registry lets go the moment the finalizer is dead ([`call`](Self::call)ed or
/// [`detach`](Self::detach)ed): the next collection can free it.
///
/// # Correctness
/// `data` is traced strongly, so if it refers to the target, the target never dies (as in CPython:
/// `func` and `args` must not own references to `obj`). The embedder must answer a `Callback` job
/// for a finalizer with [`Finalize::call`]; a job it ignores leaves the object alive, rooted by the
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
///
/// Embedded in an interpreter's one object type, with a registry of that type
/// ([`FinalizeRegistry::register_in`]):
///
/// ```
/// use weakgc_collector::collect;
/// use weakgc_heap::{Gc, Heap, PendingKind, Trace, Tracer};
/// use weakgc_weak::{Embeds, Finalize, FinalizeRegistry};
///
/// enum Obj {
///     Str(String),
///     /// `weakref.finalize(obj, func)`; `func` is another object.
///     Finalizer(Finalize<Gc<Obj>>),
/// }
/// impl Trace for Obj {
///     fn trace(&self, tracer: &mut Tracer) {
///         if let Obj::Finalizer(f) = self {
///             f.trace(tracer);
///         }
///     }
/// }
/// impl Embeds<Finalize<Gc<Obj>>> for Obj {
///     fn embedded(&self) -> Option<&Finalize<Gc<Obj>>> {
///         match self {
///             Obj::Finalizer(f) => Some(f),
///             _ => None,
///         }
///     }
///     fn embedded_mut(&mut self) -> Option<&mut Finalize<Gc<Obj>>> {
///         match self {
///             Obj::Finalizer(f) => Some(f),
///             _ => None,
///         }
///     }
/// }
///
/// let mut heap = Heap::new();
/// let mut registry = FinalizeRegistry::<Gc<Obj>, Obj>::default();
/// let file = heap.alloc(Obj::Str("a file".into()));
/// let close = heap.alloc(Obj::Str("its close function".into()));
/// let f: Gc<Obj> = registry.register_in(&mut heap, file, close, Obj::Finalizer).unwrap();
/// assert_eq!(Finalize::peek(&heap, f), Some((file.into(), &close)));
/// collect(&mut heap); // `file` dies; the registry keeps `f`, and `f` keeps `close`
/// let job = heap.next_pending().unwrap();
/// assert_eq!((job.kind, job.object), (PendingKind::Callback, f.into()));
/// let f = heap.downcast::<Obj>(job.object).unwrap();
/// assert_eq!(Finalize::call(&mut heap, f), Some(close));
/// assert!(!Finalize::alive(&heap, f));
/// drop(job);
/// collect(&mut heap);
/// assert!(!heap.is_alive(f), "the registry let go of it");
/// ```
pub struct Finalize<C> {
    target: Referent,
    data: Option<C>,
    atexit: bool,
    /// The registry's roots, to take this finalizer's own out of when it dies; `Weak` so that
    /// dropping the registry still unroots everything it held.
    registry: RcWeak<RefCell<Entries>>,
    /// This finalizer's key in the registry's roots.
    seq: u64,
}

/// A registry's roots of the objects holding its live finalizers, by registration number (so in
/// creation order). Untyped, so that a `Finalize` need not know the type of the object holding it.
type Entries = BTreeMap<u64, Root<dyn Any>>;

impl<C: Trace> Trace for Finalize<C> {
    fn trace(&self, tracer: &mut Tracer) {
        self.data.trace(tracer)
    }

    fn type_name(&self) -> &str {
        "finalize"
    }
}

impl<C> Embeds<Finalize<C>> for Finalize<C> {
    fn embedded(&self) -> Option<&Finalize<C>> {
        Some(self)
    }

    fn embedded_mut(&mut self) -> Option<&mut Finalize<C>> {
        Some(self)
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
    /// Whether the finalizer `this` holds has not yet been called or detached (Python's `alive`).
    /// It stays alive after its target dies until the embedder answers the queued job with
    /// [`call`](Self::call).
    pub fn alive<T: Embeds<Self> + Trace + 'static>(heap: &Heap, this: Gc<T>) -> bool {
        heap.try_get(this)
            .ok()
            .and_then(T::embedded)
            .is_some_and(|f| f.data.is_some())
    }

    /// The target and the data, if the finalizer `this` holds is alive and its target too
    /// (Python's `peek`).
    pub fn peek<T: Embeds<Self> + Trace + 'static>(
        heap: &Heap,
        this: Gc<T>,
    ) -> Option<(GcAny, &C)> {
        let f = heap.try_get(this).ok()?.embedded()?;
        let data = f.data.as_ref()?;
        f.target.is_alive(heap).then_some((f.target.gc(), data))
    }

    /// Makes the finalizer `this` holds dead without calling it and returns the target and the
    /// data, if it was alive and its target too (Python's `detach`). No job will be queued for it.
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
    pub fn detach<T: Embeds<Self> + Trace + 'static>(
        heap: &mut Heap,
        this: Gc<T>,
    ) -> Option<(GcAny, C)> {
        let f = heap.try_get(this).ok()?.embedded()?;
        if f.data.is_none() || !f.target.is_alive(heap) {
            return None;
        }
        let target = f.target.gc();
        let data = Finalize::kill(heap, this)?;
        Some((target, data))
    }

    /// Makes the finalizer `this` holds dead and returns the data for the embedder to invoke, if
    /// it was alive (Python's `f()`); `None` every later time. Works whether or not the target has
    /// died.
    pub fn call<T: Embeds<Self> + Trace + 'static>(heap: &mut Heap, this: Gc<T>) -> Option<C> {
        Finalize::kill(heap, this)
    }

    /// Takes the data out, unroots `this` from its registry and unregisters it from the target
    /// (after an early call or a detach, the target's death must not queue a job for a dead
    /// finalizer).
    fn kill<T: Embeds<Self> + Trace + 'static>(heap: &mut Heap, this: Gc<T>) -> Option<C> {
        let f = heap.try_get_mut(this).ok()?.embedded_mut()?;
        let data = f.data.take()?;
        let target = f.target.gc();
        let root = f
            .registry
            .upgrade()
            .and_then(|registry| registry.borrow_mut().remove(&f.seq));
        drop(root);
        heap.unwatch(target, this.into());
        Some(data)
    }

    /// The data, while the finalizer is alive (not yet called or detached).
    pub fn data(&self) -> Option<&C> {
        self.data.as_ref()
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

/// Keeps every live [`Finalize`] alive, in creation order, and queues the `atexit` ones at
/// teardown. Owned by the embedder (one per interpreter), not a heap object.
///
/// `T` is the type of the objects holding the finalizers: `Finalize<C>` itself (the default, made
/// by [`new`](Self::new) and [`register`](Self::register)), or an interpreter's one object type
/// that [`Embeds`] them (a registry made by `default()`, filled by [`register_in`](Self::register_in)
/// or by [`unregistered`](Self::unregistered) and
/// [`register_embedded`](Self::register_embedded)).
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
pub struct FinalizeRegistry<C, T = Finalize<C>> {
    /// Roots of the objects holding live finalizers, in creation order. A finalizer removes its
    /// object's root when it is called or detached.
    entries: Rc<RefCell<Entries>>,
    next_seq: u64,
    _types: PhantomData<fn(C) -> T>,
}

impl<C, T> Default for FinalizeRegistry<C, T> {
    fn default() -> Self {
        FinalizeRegistry {
            entries: Rc::default(),
            next_seq: 0,
            _types: PhantomData,
        }
    }
}

impl<C, T> fmt::Debug for FinalizeRegistry<C, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(
                self.entries
                    .borrow()
                    .values()
                    .map(|r| Gc::erase(Root::gc(r))),
            )
            .finish()
    }
}

impl<C: Trace + 'static> FinalizeRegistry<C> {
    /// An empty registry of standalone `Finalize` objects.
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
        self.register_in(heap, obj, data, |f| f)
    }
}

impl<C: Trace + 'static, T: Embeds<Finalize<C>> + Trace + 'static> FinalizeRegistry<C, T> {
    /// Allocates an object of the embedder's type holding a [`Finalize`] for `obj` carrying
    /// `data` (`wrap` puts it in: `Obj::Finalizer`), watches `obj` with that object and roots it,
    /// as [`register`](Self::register) does for a standalone `Finalize`. The registry is made for
    /// that type: `FinalizeRegistry::<C, Obj>::default()` (`new()` makes one for standalone
    /// `Finalize` objects).
    ///
    /// # Errors
    /// As [`register`](Self::register).
    pub fn register_in(
        &mut self,
        heap: &mut Heap,
        obj: impl Into<GcAny>,
        data: C,
        wrap: impl FnOnce(Finalize<C>) -> T,
    ) -> Result<Gc<T>, HeapError> {
        let f = self.unregistered(heap, obj, data)?;
        let outer = heap.try_alloc(wrap(f)).map_err(|e| e.error)?;
        self.register_embedded(heap, outer)?;
        Ok(outer)
    }

    /// A finalizer for `obj` carrying `data`, not yet watching `obj` nor rooted, for an embedder
    /// whose allocation is not `heap.try_alloc` (it charges memory, collects, roots
    /// temporaries): put it into an object, allocate that, and pass its handle to
    /// [`register_embedded`](Self::register_embedded) while `obj` is still alive. Until then it
    /// is an ordinary value: `obj`'s death queues nothing for it, and nothing traces `data` (keep
    /// it rooted).
    ///
    /// # Errors
    /// [`HeapError::NotWeakReferenceable`] if `obj`'s type refuses weak references,
    /// [`HeapError::StaleHandle`] if it was collected.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::Heap;
    /// use weakgc_weak::{Finalize, FinalizeRegistry};
    /// let mut heap = Heap::new();
    /// let mut registry = FinalizeRegistry::new();
    /// let obj = heap.alloc(1u64);
    /// let f = registry.unregistered(&mut heap, obj, "data").unwrap();
    /// let f = heap.alloc(f); // the embedder's own allocation, wrapping it first
    /// registry.register_embedded(&mut heap, f).unwrap();
    /// assert_eq!(registry.alive(&heap).collect::<Vec<_>>(), vec![f]);
    /// assert_eq!(Finalize::call(&mut heap, f), Some("data"));
    /// ```
    pub fn unregistered(
        &mut self,
        heap: &mut Heap,
        obj: impl Into<GcAny>,
        data: C,
    ) -> Result<Finalize<C>, HeapError> {
        let target = Referent::new(heap, obj.into())?;
        let seq = self.next_seq;
        self.next_seq += 1;
        Ok(Finalize {
            target,
            data: Some(data),
            atexit: true,
            registry: Rc::downgrade(&self.entries),
            seq,
        })
    }

    /// Watches the target of the finalizer `outer` holds (made by this registry's
    /// [`unregistered`](Self::unregistered)) with `outer`, and roots `outer` until the finalizer
    /// is called or detached. Registering it again does nothing.
    ///
    /// # Errors
    /// [`HeapError::StaleHandle`] if `outer` or the target died (or the target's weak handles
    /// were cleared), [`HeapError::WrongType`] if `outer` holds no live `Finalize<C>` of this
    /// registry.
    pub fn register_embedded(&mut self, heap: &mut Heap, outer: Gc<T>) -> Result<(), HeapError> {
        let obj = heap.try_get(outer)?;
        let mine = |f: &&Finalize<C>| {
            f.data.is_some() && RcWeak::ptr_eq(&f.registry, &Rc::downgrade(&self.entries))
        };
        let Some(f) = obj.embedded().filter(mine) else {
            return Err(HeapError::WrongType {
                expected: "an object holding a live Finalize of this registry",
                found: obj.type_name().to_string(),
            });
        };
        let (target, seq) = (f.target, f.seq);
        if self.entries.borrow().contains_key(&seq) {
            return Ok(()); // registered already
        }
        if !target.is_alive(heap) {
            return Err(HeapError::StaleHandle {
                index: target.gc().index(),
                generation: target.gc().generation(),
            });
        }
        heap.watch(target.gc(), outer.into())?;
        let root = heap.root_named(Gc::from_erased(outer.into()), ROOT_NAME);
        self.entries.borrow_mut().insert(seq, root);
        Ok(())
    }

    /// The objects holding live finalizers, oldest first.
    pub fn alive<'a>(&'a self, heap: &'a Heap) -> impl Iterator<Item = Gc<T>> + 'a {
        let live: Vec<Gc<T>> = self
            .entries
            .borrow()
            .values()
            .filter_map(|r| heap.downcast::<T>(Gc::erase(Root::gc(r))).ok())
            .filter(|f| Finalize::alive(heap, *f))
            .collect();
        live.into_iter()
    }

    /// Unroots the objects whose finalizers are dead. A finalizer leaves the registry when it is
    /// called or detached, so there are none: kept for callers written when there were.
    /// O(registered).
    pub fn prune(&mut self, heap: &Heap) {
        let dead: Vec<Root<dyn Any>> = {
            let mut entries = self.entries.borrow_mut();
            let keys: Vec<u64> = entries
                .iter()
                .filter(|(_, r)| !self.holds_live(heap, Gc::erase(Root::gc(r)), |_| true))
                .map(|(k, _)| *k)
                .collect();
            keys.iter().filter_map(|k| entries.remove(k)).collect()
        };
        drop(dead);
    }

    /// Whether `gc` is a `T` holding a live finalizer for which `keep` holds.
    fn holds_live(&self, heap: &Heap, gc: GcAny, keep: impl Fn(&Finalize<C>) -> bool) -> bool {
        heap.downcast::<T>(gc)
            .ok()
            .and_then(|t| heap.get(t).embedded())
            .is_some_and(|f| f.data.is_some() && keep(f))
    }

    /// Queues a [`PendingKind::Callback`] job for every live finalizer whose `atexit` is set,
    /// newest first (CPython's order at exit), and hands them to the queue, which roots them until
    /// drained. Returns how many were queued. Drain as usual, answering each job with
    /// [`Finalize::call`].
    ///
    /// Finalizers registered while the queue drains are not queued: call `shutdown` again until it
    /// returns 0 to run those too, as CPython does.
    pub fn shutdown(&mut self, heap: &mut Heap) -> usize {
        self.prune(heap);
        let exiting: Vec<Root<dyn Any>> = {
            let mut entries = self.entries.borrow_mut();
            let keys: Vec<u64> = entries
                .iter()
                .filter(|(_, r)| self.holds_live(heap, Gc::erase(Root::gc(r)), |f| f.atexit))
                .map(|(k, _)| *k)
                .collect();
            keys.iter().filter_map(|k| entries.remove(k)).collect()
        };
        for root in exiting.iter().rev() {
            heap.queue_pending(PendingKind::Callback, Gc::erase(Root::gc(root)))
                .expect("a rooted object is live");
        }
        exiting.len()
    }
}

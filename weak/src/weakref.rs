//! `WeakRef`: Python's `weakref.ref(obj, callback)`, as a heap object of its own or embedded in an
//! interpreter's object type.

use weakgc_heap::{Gc, GcAny, Heap, HeapError, Trace, Tracer, WeakAny};

use crate::embeds::Embeds;
use crate::referent::Referent;

/// A weak reference: refers weakly to its referent and may carry a callback, queued as a
/// [`PendingKind::Callback`](weakgc_heap::PendingKind::Callback) job for the object holding it when
/// the referent dies (after the referent's finalizer; newest registration first), but only if that
/// object is still reachable then. A `WeakRef` without callback queues nothing, as in CPython, but
/// [`getweakrefs`] lists it like the others.
///
/// `C` is the embedder's callback data (a Python callable for an interpreter, a closure handle for
/// Rust code); it is traced like any other field.
///
/// A `WeakRef` is either a heap object of its own ([`WeakRef::new`]) or a value inside the
/// embedder's object type ([`WeakRef::alloc_in`], see [`Embeds`]); the heap registers the object
/// that holds it, so the queued job names that object.
///
/// # Examples
/// ```
/// use weakgc_collector::collect;
/// use weakgc_heap::{Heap, PendingKind};
/// use weakgc_weak::WeakRef;
/// let mut heap = Heap::new();
/// let obj = heap.alloc(String::from("referent"));
/// let wr = WeakRef::new(&mut heap, obj, Some("on death")).unwrap();
/// let _keep = heap.root(wr);
/// assert_eq!(WeakRef::get(&heap, wr), Some(obj.into()));
/// collect(&mut heap);
/// assert_eq!(WeakRef::get(&heap, wr), None);
/// let job = heap.next_pending().unwrap();
/// assert_eq!((job.kind, job.object), (PendingKind::Callback, wr.into()));
/// assert_eq!(heap.get(wr).callback(), Some(&"on death"));
/// ```
///
/// Embedded in an interpreter's one object type:
///
/// ```
/// use weakgc_collector::collect;
/// use weakgc_heap::{Gc, Heap, PendingKind, Trace, Tracer};
/// use weakgc_weak::{Embeds, WeakRef};
///
/// enum Obj {
///     Str(String),
///     /// `weakref.ref(obj, callback)`; the callback is another object.
///     Ref(WeakRef<Gc<Obj>>),
/// }
/// impl Trace for Obj {
///     fn trace(&self, tracer: &mut Tracer) {
///         if let Obj::Ref(r) = self {
///             r.trace(tracer);
///         }
///     }
/// }
/// impl Embeds<WeakRef<Gc<Obj>>> for Obj {
///     fn embedded(&self) -> Option<&WeakRef<Gc<Obj>>> {
///         match self {
///             Obj::Ref(r) => Some(r),
///             _ => None,
///         }
///     }
///     fn embedded_mut(&mut self) -> Option<&mut WeakRef<Gc<Obj>>> {
///         match self {
///             Obj::Ref(r) => Some(r),
///             _ => None,
///         }
///     }
/// }
///
/// let mut heap = Heap::new();
/// let target = heap.alloc(Obj::Str("referent".into()));
/// let callback = heap.alloc(Obj::Str("a callable".into()));
/// let r: Gc<Obj> = WeakRef::alloc_in(&mut heap, target, Some(callback), Obj::Ref).unwrap();
/// let _keep = heap.root(r);
/// assert_eq!(WeakRef::get(&heap, r), Some(target.into()));
/// collect(&mut heap); // `target` dies; `callback` lives: the reference traces it
/// assert_eq!(WeakRef::get(&heap, r), None);
/// let job = heap.next_pending().unwrap();
/// assert_eq!((job.kind, job.object), (PendingKind::Callback, r.into()));
/// // The interpreter finds its reference object and takes the callback to call it once.
/// let r = heap.downcast::<Obj>(job.object).unwrap();
/// let Obj::Ref(wr) = heap.get_mut(r) else { unreachable!() };
/// assert_eq!(wr.take_callback(), Some(callback));
/// ```
pub struct WeakRef<C: Trace> {
    target: Referent,
    callback: Option<C>,
}

impl<C: Trace> Trace for WeakRef<C> {
    fn trace(&self, tracer: &mut Tracer) {
        self.callback.trace(tracer)
    }
}

impl<C: Trace> Embeds<WeakRef<C>> for WeakRef<C> {
    fn embedded(&self) -> Option<&WeakRef<C>> {
        Some(self)
    }

    fn embedded_mut(&mut self) -> Option<&mut WeakRef<C>> {
        Some(self)
    }
}

impl<C: Trace + 'static> WeakRef<C> {
    /// Allocates a weak reference object to `target` and registers it on `target`: with a callback,
    /// so that the callback is queued when `target` dies ([`Heap::watch`]); without, for listing by
    /// [`getweakrefs`] only ([`Heap::watch_without_callback`]).
    ///
    /// # Errors
    /// [`HeapError::NotWeakReferenceable`] if `target`'s type refuses weak references,
    /// [`HeapError::StaleHandle`] if it was collected, [`HeapError::OutOfMemory`] at the heap limit.
    pub fn new(
        heap: &mut Heap,
        target: impl Into<GcAny>,
        callback: Option<C>,
    ) -> Result<Gc<WeakRef<C>>, HeapError> {
        WeakRef::alloc_in(heap, target, callback, |wr| wr)
    }

    /// Allocates an object of the embedder's type holding a weak reference to `target`: `wrap`
    /// puts the reference into the object (`Obj::Ref`, `|r| Obj::new(Kind::Ref(r))`), and the new
    /// object is registered on `target` as [`new`](Self::new) registers a `WeakRef`. The object
    /// type implements [`Embeds`] so that [`get`](Self::get) and the other calls find the
    /// reference in it.
    ///
    /// # Errors
    /// As [`new`](Self::new).
    pub fn alloc_in<T: Trace + 'static>(
        heap: &mut Heap,
        target: impl Into<GcAny>,
        callback: Option<C>,
        wrap: impl FnOnce(WeakRef<C>) -> T,
    ) -> Result<Gc<T>, HeapError> {
        let wr = WeakRef::unregistered(heap, target, callback)?;
        let (target, calls_back) = (wr.target, wr.callback.is_some());
        let outer = heap.try_alloc(wrap(wr)).map_err(|e| e.error)?;
        register(heap, target, outer.into(), calls_back)?;
        Ok(outer)
    }

    /// A weak reference to `target` not yet registered, for an embedder whose allocation is not
    /// `heap.try_alloc` (it charges memory, collects, roots temporaries): put it into an object,
    /// allocate that, and pass its handle to [`register_embedded`](Self::register_embedded),
    /// while `target` is still alive. Until then its referent's death queues no callback,
    /// [`getweakrefs`] does not list it, and nothing traces the callback (keep it rooted).
    ///
    /// # Errors
    /// [`HeapError::NotWeakReferenceable`] if `target`'s type refuses weak references,
    /// [`HeapError::StaleHandle`] if it was collected.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{Gc, Heap};
    /// use weakgc_weak::{getweakrefs, WeakRef};
    /// let mut heap = Heap::new();
    /// let target = heap.alloc(1u64);
    /// let wr = WeakRef::<()>::unregistered(&mut heap, target, None).unwrap();
    /// let wr = heap.alloc(wr); // the embedder's own allocation, wrapping it first
    /// assert!(getweakrefs(&heap, target).is_empty());
    /// WeakRef::register_embedded(&mut heap, wr).unwrap();
    /// assert_eq!(getweakrefs(&heap, target), vec![Gc::erase(wr)]);
    /// ```
    pub fn unregistered(
        heap: &mut Heap,
        target: impl Into<GcAny>,
        callback: Option<C>,
    ) -> Result<WeakRef<C>, HeapError> {
        Ok(WeakRef {
            target: Referent::new(heap, target.into())?,
            callback,
        })
    }

    /// Registers `outer`, the object holding a reference made by
    /// [`unregistered`](Self::unregistered), on the reference's target. Once: each call adds a
    /// registration (`Heap::watch`).
    ///
    /// # Errors
    /// [`HeapError::StaleHandle`] if `outer` or the target died (or the target's weak handles
    /// were cleared), [`HeapError::WrongType`] if `outer` holds no `WeakRef<C>` (its
    /// [`Embeds::embedded`] is `None`).
    pub fn register_embedded<T: Embeds<WeakRef<C>> + Trace + 'static>(
        heap: &mut Heap,
        outer: Gc<T>,
    ) -> Result<(), HeapError> {
        let obj = heap.try_get(outer)?;
        let Some(wr) = obj.embedded() else {
            return Err(HeapError::WrongType {
                expected: std::any::type_name::<WeakRef<C>>(),
                found: obj.type_name().to_string(),
            });
        };
        let (target, calls_back) = (wr.target, wr.callback.is_some());
        register(heap, target, outer.into(), calls_back)
    }

    /// The referent of the reference `this` holds, while it is alive (Python's `r()`); `None` once
    /// it died, or if `this` died or holds no reference.
    pub fn get<T: Embeds<WeakRef<C>> + Trace + 'static>(heap: &Heap, this: Gc<T>) -> Option<GcAny> {
        heap.try_get(this).ok()?.embedded()?.referent(heap)
    }

    /// The referent, while it is alive (Python's `r()`).
    pub fn referent(&self, heap: &Heap) -> Option<GcAny> {
        self.target.is_alive(heap).then(|| self.target.gc())
    }

    /// The weak handle inside.
    pub fn target(&self) -> WeakAny {
        self.target.weak()
    }

    /// The callback, if any (Python's `__callback__`).
    pub fn callback(&self) -> Option<&C> {
        self.callback.as_ref()
    }

    /// Takes the callback out, to call it once (CPython clears `__callback__` when it calls it).
    pub fn take_callback(&mut self) -> Option<C> {
        self.callback.take()
    }
}

/// Registers `outer` on `target` (see [`WeakRef::new`]), if the target's weak handles are not
/// cleared (a finalizer may have resurrected it since the reference was made).
fn register(
    heap: &mut Heap,
    target: Referent,
    outer: GcAny,
    calls_back: bool,
) -> Result<(), HeapError> {
    if !target.is_alive(heap) {
        return Err(HeapError::StaleHandle {
            index: target.gc().index(),
            generation: target.gc().generation(),
        });
    }
    if calls_back {
        heap.watch(target.gc(), outer)
    } else {
        heap.watch_without_callback(target.gc(), outer)
    }
}

/// How many live weak reference objects refer to `target`, with or without callback (Python's
/// `getweakrefcount`, counting the objects registered with `Heap::watch` and
/// `Heap::watch_without_callback`).
pub fn getweakrefcount(heap: &Heap, target: impl Into<GcAny>) -> usize {
    let target = target.into();
    heap.watchers(target).len()
}

/// The live weak reference objects registered on `target`, with or without callback, oldest first
/// (Python's `getweakrefs`).
pub fn getweakrefs(heap: &Heap, target: impl Into<GcAny>) -> Vec<GcAny> {
    let target = target.into();
    heap.watchers(target)
}

//! `WeakRef`: Python's `weakref.ref(obj, callback)` as a heap object.

use weakgc_heap::{Gc, GcAny, Heap, HeapError, Trace, Tracer, WeakAny};

/// A weak reference object: a heap object that refers weakly to its referent and may carry a
/// callback, queued as a [`PendingKind::Callback`](weakgc_heap::PendingKind::Callback) job for this
/// object when the referent dies (after the referent's finalizer; newest registration first), but
/// only if the `WeakRef` itself is still reachable then. A `WeakRef` without callback queues
/// nothing, as in CPython, but [`getweakrefs`] lists it like the others.
///
/// `C` is the embedder's callback data (a Python callable for an interpreter, a closure handle for
/// Rust code); it is traced like any other field.
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
pub struct WeakRef<C: Trace> {
    target: WeakAny,
    callback: Option<C>,
}

impl<C: Trace> Trace for WeakRef<C> {
    fn trace(&self, tracer: &mut Tracer) {
        self.callback.trace(tracer)
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
        let target = target.into();
        let weak = heap.downgrade_any(target)?;
        let has_callback = callback.is_some();
        let wr = heap
            .try_alloc(WeakRef {
                target: weak,
                callback,
            })
            .map_err(|e| e.error)?;
        if has_callback {
            heap.watch(target, wr.into())?;
        } else {
            heap.watch_without_callback(target, wr.into())?;
        }
        Ok(wr)
    }

    /// The referent, while it is alive (Python's `r()`).
    pub fn get(heap: &Heap, this: Gc<WeakRef<C>>) -> Option<GcAny> {
        heap.try_get(this)
            .ok()
            .and_then(|wr| heap.upgrade_any(wr.target))
    }

    /// The weak handle inside.
    pub fn target(&self) -> WeakAny {
        self.target
    }

    /// The callback, if any (Python's `__callback__`).
    pub fn callback(&self) -> Option<&C> {
        self.callback.as_ref()
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

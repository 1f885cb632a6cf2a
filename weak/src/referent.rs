//! `Referent`: how a weak table holds one object weakly, and how it hashes objects by identity.

use std::hash::{Hash, Hasher};

use weakgc_heap::{Gc, GcAny, Heap, HeapError, WeakAny};

/// An object a weak table holds weakly: its generation-checked identity plus a weak handle the
/// collector clears.
///
/// Making one needs `&mut Heap` (creating a weak handle marks the object as weakly referenced), and
/// putting it into a table that lives in the heap needs `heap.get_mut(table)`, which excludes any
/// other use of the heap. So insertion is two steps: make the `Referent`, then insert it. This is
/// also where an object that refuses weak references is rejected, with Python's message.
///
/// Two `Referent`s are equal only if they name the same object: a new object allocated in a dead
/// key's cell has another generation, so it never matches the dead key's entry.
///
/// # Examples
/// ```
/// use weakgc_heap::Heap;
/// use weakgc_weak::Referent;
/// let mut heap = Heap::new();
/// let obj = heap.alloc(String::from("key"));
/// let r = Referent::new(&mut heap, obj).unwrap();
/// assert_eq!(r.gc(), obj.into());
/// assert!(r.is_alive(&heap));
/// ```
///
/// `H` is the handle type the table gives back: `GcAny` (the default, for an interpreter with one
/// object type or tables of mixed types) or `Gc<T>`, so that a typed table's lookups return
/// `Gc<T>` without a downcast. A typed `Referent` converts into an untyped one with `.into()`,
/// and the tables' insertions take either.
///
/// ```
/// use weakgc_heap::{Gc, Heap};
/// use weakgc_weak::Referent;
/// let mut heap = Heap::new();
/// let obj: Gc<String> = heap.alloc(String::from("key"));
/// let typed: Referent<Gc<String>> = Referent::new(&mut heap, obj).unwrap();
/// assert_eq!(typed.gc(), obj);
/// let untyped: Referent = typed.into();
/// assert_eq!(untyped.gc(), obj.into());
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Referent<H: Handle = GcAny> {
    gc: H,
    weak: WeakAny,
}

impl<H: Handle> Referent<H> {
    /// Makes a weak handle to `gc`'s object and pairs it with the object's identity.
    ///
    /// # Errors
    /// [`HeapError::NotWeakReferenceable`] if the object's type refuses weak references
    /// (`cannot create weak reference to 'int' object`); [`HeapError::StaleHandle`] if it was
    /// collected.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{Heap, Trace, Tracer};
    /// use weakgc_weak::Referent;
    /// struct Int(i64);
    /// impl Trace for Int {
    ///     fn trace(&self, _: &mut Tracer) {}
    ///     fn type_name(&self) -> &str { "int" }
    ///     fn weakref_allowed(&self) -> bool { false }
    /// }
    /// let mut heap = Heap::new();
    /// let one = heap.alloc(Int(1));
    /// let err = Referent::new(&mut heap, one).unwrap_err();
    /// assert_eq!(err.to_string(), "cannot create weak reference to 'int' object");
    /// ```
    pub fn new(heap: &mut Heap, gc: H) -> Result<Referent<H>, HeapError> {
        let weak = heap.downgrade_any(gc.into())?;
        Ok(Referent { gc, weak })
    }

    /// The object's strong handle: its identity, valid while [`is_alive`](Self::is_alive).
    #[inline]
    pub fn gc(self) -> H {
        self.gc
    }

    /// The object's handle with its type forgotten.
    #[inline]
    pub fn any(self) -> GcAny {
        self.gc.into()
    }

    /// The weak handle the collector clears when the object dies.
    #[inline]
    pub fn weak(self) -> WeakAny {
        self.weak
    }

    /// Whether the object is still alive and its weak handle not cleared (a finalizer-resurrected
    /// object is alive but its old weak handles stay cleared, so this is `false` for it).
    #[inline]
    pub fn is_alive(self, heap: &Heap) -> bool {
        heap.upgrade_any(self.weak) == Some(self.any())
    }
}

/// A handle a weak table can give back: [`GcAny`] or [`Gc<T>`](Gc) (any `Copy` handle that erases
/// to `GcAny`). Implemented for every such type.
pub trait Handle: Copy + Into<GcAny> + 'static {}

impl<H: Copy + Into<GcAny> + 'static> Handle for H {}

impl<T: ?Sized + 'static> From<Referent<Gc<T>>> for Referent {
    fn from(r: Referent<Gc<T>>) -> Referent {
        Referent {
            gc: r.gc.into(),
            weak: r.weak,
        }
    }
}

impl<H: Handle> PartialEq for Referent<H> {
    fn eq(&self, other: &Self) -> bool {
        self.any() == other.any() && self.weak == other.weak
    }
}

impl<H: Handle> Eq for Referent<H> {}

impl<H: Handle> Hash for Referent<H> {
    fn hash<S: Hasher>(&self, state: &mut S) {
        self.any().hash(state);
        self.weak.hash(state);
    }
}

/// The hash the tables' identity-based methods use for a key object (Python's default `__hash__`,
/// which is derived from `id()`).
///
/// An embedder that hashes by identity through the two-phase API should pass this same value, so
/// that identity-based and hash-based calls on one table agree.
///
/// # Examples
/// ```
/// use weakgc_heap::{Gc, Heap};
/// use weakgc_weak::identity_hash;
/// let mut heap = Heap::new();
/// let (a, b) = (heap.alloc(1u8), heap.alloc(1u8));
/// assert_eq!(identity_hash(a), identity_hash(Gc::erase(a)), "a handle of any type");
/// assert_ne!(identity_hash(a), identity_hash(b));
/// ```
#[inline]
pub fn identity_hash(gc: impl Into<GcAny>) -> u64 {
    let gc = gc.into();
    // The splitmix64 finalizer: handles differ mostly in low index bits, and `HashTable` takes its
    // bucket from the low bits and its tag from the top 7, so every input bit must reach both ends.
    let mut z = (u64::from(gc.generation()) << 32) | u64::from(gc.index());
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

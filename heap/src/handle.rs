//! Handles: 8-byte, `Copy` names of heap cells, checked on every access.
//!
//! A strong handle is a cell index and the cell's *generation* at allocation time; a weak handle is
//! the cell index and the cell's *weak generation*. The heap bumps a cell's generation each time the
//! cell is reused, and its weak generation also when the collector clears weak references to the
//! object (DESIGN step 3), so an old handle never names a new object and a cleared weak handle never
//! upgrades again, even when the object is resurrected by its finalizer.
//!
//! Handles carry no lifetime and no reference count: holding one does not keep anything alive
//! (that is what [`Root`](crate::Root) and tracing are for), and using one after its object died is
//! a detected error ([`HeapError::StaleHandle`](crate::HeapError::StaleHandle)).

use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::num::{NonZeroU32, NonZeroU64};

/// Bits of a cell index that name the slot within its page; the rest name the page.
pub(crate) const SLOT_BITS: u32 = 12;

/// A type-erased strong handle: which cell, and which object in that cell.
///
/// Get one from a typed [`Gc`] with `Gc::erase` or `GcAny::from`; get the typed handle back with
/// [`Heap::downcast`](crate::Heap::downcast), which checks the type.
///
/// One word, `index << 32 | generation`: returning or storing a handle is one store, and the order
/// (by index, then generation) and the niche (`Option<GcAny>` is 8 bytes) are those of the pair.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GcAny {
    bits: NonZeroU64,
}

impl GcAny {
    /// The cell index: stable for the object's life, reused after it is freed.
    #[inline]
    pub fn index(self) -> u32 {
        (self.bits.get() >> 32) as u32
    }

    /// The cell's generation when this object was allocated in it.
    #[inline]
    pub fn generation(self) -> u32 {
        self.bits.get() as u32
    }

    /// Rebuilds a handle from [`index`](Self::index) and [`generation`](Self::generation), e.g. from
    /// an embedder's tagged value. A made-up pair is harmless: every access checks it.
    #[inline]
    pub fn from_raw_parts(index: u32, generation: NonZeroU32) -> GcAny {
        GcAny {
            bits: NonZeroU64::from(generation) | (u64::from(index) << 32),
        }
    }

    #[inline]
    pub(crate) fn page(self) -> usize {
        (self.index() >> SLOT_BITS) as usize
    }

    #[inline]
    pub(crate) fn slot(self) -> usize {
        (self.index() & ((1 << SLOT_BITS) - 1)) as usize
    }
}

impl fmt::Debug for GcAny {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}g{}", self.index(), self.generation())
    }
}

/// A typed strong handle to a `T` in a [`Heap`](crate::Heap). `Copy`, 8 bytes, and
/// `Option<Gc<T>>` is 8 bytes too.
///
/// A `Gc` does not keep its object alive by itself: the object lives while it is reachable from a
/// [`Root`](crate::Root), from the extra roots passed to a collection, or from another live object
/// that traces it. Access goes through the heap: `heap.get(gc)` gives `&T`, `heap.get_mut(gc)` gives
/// `&mut T`.
///
/// # Examples
/// ```
/// use weakgc_heap::{Gc, Heap};
/// let mut heap = Heap::new();
/// let n: Gc<u64> = heap.alloc(7);
/// *heap.get_mut(n) += 1;
/// assert_eq!(*heap.get(n), 8);
/// assert_eq!(std::mem::size_of::<Option<Gc<u64>>>(), 8);
/// ```
pub struct Gc<T: ?Sized> {
    pub(crate) raw: GcAny,
    _type: PhantomData<fn() -> T>,
}

impl<T: ?Sized> Gc<T> {
    #[inline]
    pub(crate) fn from_any(raw: GcAny) -> Self {
        Gc {
            raw,
            _type: PhantomData,
        }
    }

    /// Forgets the type.
    #[inline]
    pub fn erase(this: Self) -> GcAny {
        this.raw
    }

    /// Whether two handles name the same object (Python's `is`).
    #[inline]
    pub fn ptr_eq(a: Self, b: Self) -> bool {
        a.raw == b.raw
    }
}

impl Gc<dyn std::any::Any> {
    /// An untyped `Gc` for an erased handle: it cannot be dereferenced (get a typed handle with
    /// [`Heap::downcast`](crate::Heap::downcast)), but it can be rooted.
    pub fn from_erased(gc: GcAny) -> Self {
        Gc::from_any(gc)
    }
}

impl<T: ?Sized> Clone for Gc<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: ?Sized> Copy for Gc<T> {}
impl<T: ?Sized> PartialEq for Gc<T> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}
impl<T: ?Sized> Eq for Gc<T> {}
impl<T: ?Sized> Hash for Gc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.raw.hash(state)
    }
}
impl<T: ?Sized> fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Gc({:?})", self.raw)
    }
}
impl<T: ?Sized> From<Gc<T>> for GcAny {
    fn from(gc: Gc<T>) -> GcAny {
        gc.raw
    }
}

/// A type-erased weak handle: upgrades while the object is reachable, never after the cycle that
/// found it unreachable.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WeakAny {
    pub(crate) index: u32,
    pub(crate) weak_gen: NonZeroU32,
}

impl WeakAny {
    /// The referent's cell index (what tables hash on: it stays fixed for the referent's life).
    pub fn index(self) -> u32 {
        self.index
    }

    #[inline]
    pub(crate) fn page(self) -> usize {
        (self.index >> SLOT_BITS) as usize
    }

    #[inline]
    pub(crate) fn slot(self) -> usize {
        (self.index & ((1 << SLOT_BITS) - 1)) as usize
    }
}

impl fmt::Debug for WeakAny {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}w{}", self.index, self.weak_gen)
    }
}

/// A typed weak handle made by [`Heap::downgrade`](crate::Heap::downgrade). `Copy`, 8 bytes.
///
/// [`Heap::upgrade`](crate::Heap::upgrade) yields the object while it is reachable. In the first
/// collection that finds it unreachable, every weak handle to it is cleared before any finalizer or
/// callback runs (DESIGN step 3), and it stays cleared even if a finalizer resurrects the object.
/// A weak handle is not a heap object and has no callback; for Python's `weakref.ref(obj, callback)`
/// see [`Heap::watch`](crate::Heap::watch).
pub struct Weak<T: ?Sized> {
    pub(crate) raw: WeakAny,
    _type: PhantomData<fn() -> T>,
}

impl<T: ?Sized> Weak<T> {
    #[inline]
    pub(crate) fn from_any(raw: WeakAny) -> Self {
        Weak {
            raw,
            _type: PhantomData,
        }
    }

    /// Forgets the type.
    #[inline]
    pub fn erase(this: Self) -> WeakAny {
        this.raw
    }

    /// Whether two weak handles were made for the same object in the same weak generation.
    #[inline]
    pub fn ptr_eq(a: Self, b: Self) -> bool {
        a.raw == b.raw
    }
}

impl<T: ?Sized> Clone for Weak<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: ?Sized> Copy for Weak<T> {}
impl<T: ?Sized> PartialEq for Weak<T> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}
impl<T: ?Sized> Eq for Weak<T> {}
impl<T: ?Sized> Hash for Weak<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.raw.hash(state)
    }
}
impl<T: ?Sized> fmt::Debug for Weak<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Weak({:?})", self.raw)
    }
}
impl<T: ?Sized> From<Weak<T>> for WeakAny {
    fn from(w: Weak<T>) -> WeakAny {
        w.raw
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handle_is_one_word_ordered_by_index_then_generation() {
        assert_eq!(std::mem::size_of::<Option<GcAny>>(), 8);
        let h = |i, g| GcAny::from_raw_parts(i, NonZeroU32::new(g).unwrap());
        let a = h(u32::MAX, 7);
        assert_eq!((a.index(), a.generation()), (u32::MAX, 7));
        let pairs = [(0, 1), (0, u32::MAX), (1, 1), (5, 2), (5, 3), (u32::MAX, 1)];
        for x in pairs {
            for y in pairs {
                assert_eq!(h(x.0, x.1).cmp(&h(y.0, y.1)), x.cmp(&y), "{x:?} vs {y:?}");
            }
        }
    }
}

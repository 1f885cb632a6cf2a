//! `WeakSet`: Python's `weakref.WeakSet`, pruned by the collector in the cycle an element dies
//! (DESIGN step 5).

use std::fmt;

use weakgc_heap::{GcAny, Heap, Liveness, Trace, Tracer};

use crate::ordered::{EntryId, OrderedTable};
use crate::referent::{identity_hash, Handle, Referent};

/// A set whose elements are held weakly: an element disappears in the collection that finds it
/// unreachable, before any finalizer or callback runs, so [`len`](Self::len) is exact right after
/// `collect()`.
///
/// It is a heap object (`heap.alloc(WeakSet::new())`), collected like any other, and iterates in
/// insertion order (Python's `WeakSet` order is arbitrary; insertion order is one of them). As with
/// [`WeakKeyDictionary`](crate::WeakKeyDictionary), elements are compared by identity (`add`,
/// `discard`, `contains`) or through the two-phase, caller-hashed API (`find`, `candidates`,
/// `insert_unique`, `*_at`) for an interpreter's `__hash__`/`__eq__`; one set must use one scheme.
///
/// | Python | Rust |
/// |---|---|
/// | `s.add(x)` | `let x = Referent::new(heap, x)?; heap.get_mut(s).add(x)` |
/// | `s.discard(x)`, `s.remove(x)` | `discard(x)` (`false`: raise `KeyError` for `remove`) |
/// | `x in s`, `len(s)`, `iter(s)` | `contains(heap, x)`, `len()`, `iter(heap)` |
/// | `pop()`, `clear()`, `copy()`, `update(..)` | `pop()`, `clear()`, `copy(heap)`, `update(..)` |
///
/// # Examples
/// ```
/// use weakgc_collector::collect;
/// use weakgc_heap::Heap;
/// use weakgc_weak::{Referent, WeakSet};
/// let mut heap = Heap::new();
/// let observers = heap.alloc(WeakSet::new());
/// let _root = heap.root(observers);
/// let (kept, lost) = (heap.alloc("a"), heap.alloc("b"));
/// let _kept_root = heap.root(kept);
/// for x in [kept, lost] {
///     let x = Referent::new(&mut heap, x).unwrap();
///     assert!(heap.get_mut(observers).add(x));
/// }
/// assert_eq!(heap.get(observers).len(), 2);
/// collect(&mut heap);
/// assert_eq!(heap.get(observers).len(), 1);
/// assert!(heap.get(observers).contains(&heap, kept));
/// ```
pub struct WeakSet<T: Handle = GcAny> {
    table: OrderedTable<Referent<T>, ()>,
}

impl<T: Handle> Default for WeakSet<T> {
    fn default() -> Self {
        WeakSet {
            table: OrderedTable::default(),
        }
    }
}

impl<T: Handle> Trace for WeakSet<T> {
    /// Reports nothing: every element is weak.
    fn trace(&self, _tracer: &mut Tracer) {}

    fn type_name(&self) -> &str {
        "WeakSet"
    }

    fn has_weak_entries(&self) -> bool {
        true
    }

    /// Drops the elements whose weak handle was cleared this cycle. O(elements).
    fn prune_weak(&mut self, liveness: &Liveness<'_>) {
        self.table.retain(|elem, _| liveness.is_alive(elem.weak()));
    }
}

impl<T: Handle> fmt::Debug for WeakSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set()
            .entries(self.table.iter().map(|(_, s)| s.key.any()))
            .finish()
    }
}

impl<T: Handle> WeakSet<T> {
    /// An empty set (not yet in the heap: `heap.alloc` it so the collector prunes it).
    pub fn new() -> Self {
        WeakSet::default()
    }

    /// An empty set with room for `capacity` elements.
    pub fn with_capacity(capacity: usize) -> Self {
        WeakSet {
            table: OrderedTable::with_capacity(capacity),
        }
    }

    /// How many elements there are: exact right after a collection.
    ///
    /// # Correctness
    /// Exact for a set allocated directly in the heap; one stored inline in another object is
    /// pruned only if that object forwards `Trace::has_weak_entries` and `Trace::prune_weak`.
    #[inline]
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether there are no elements.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.table.len() == 0
    }

    /// A counter bumped by every structural change, including prunes; see
    /// [`WeakKeyDictionary::version`](crate::WeakKeyDictionary::version).
    #[inline]
    pub fn version(&self) -> u64 {
        self.table.version()
    }

    // ---- by identity ----

    /// Adds `elem` (Python's `add`); `false` if it was already there.
    pub fn add(&mut self, elem: Referent<T>) -> bool {
        match self.table.find_identity(elem.any()) {
            Some(id) => {
                // Same object, so same hash; refresh the weak handle (see `WeakKeyDictionary::insert`).
                *self.table.get_mut(id).expect("just found").0 = elem;
                false
            }
            None => {
                self.table.push(identity_hash(elem.any()), elem, ());
                true
            }
        }
    }

    /// Removes `elem` (Python's `discard`); `false` if it was not there (Python's `remove` raises
    /// `KeyError` then).
    pub fn discard(&mut self, elem: impl Into<GcAny>) -> bool {
        match self.table.find_identity(elem.into()) {
            Some(id) => self.table.remove(id).is_some(),
            None => false,
        }
    }

    /// Whether `elem` is in the set and alive (Python's `elem in s`).
    pub fn contains(&self, heap: &Heap, elem: impl Into<GcAny>) -> bool {
        let elem = elem.into();
        self.find(heap, identity_hash(elem), |e| e.into() == elem)
            .is_some()
    }

    /// Removes and returns the newest element (Python's `pop`, whose choice is arbitrary).
    pub fn pop(&mut self) -> Option<T> {
        let id = self.table.last()?;
        self.remove_at(id)
    }

    /// Removes every element (Python's `clear`).
    pub fn clear(&mut self) {
        self.table.clear();
    }

    /// Adds every element, in order (Python's `update`).
    pub fn update(&mut self, elems: impl IntoIterator<Item = Referent<T>>) {
        for elem in elems {
            self.add(elem);
        }
    }

    /// Keeps only the elements for which `keep` returns `true`, in order (the building block for
    /// Python's `difference_update` and `intersection_update`).
    pub fn retain(&mut self, mut keep: impl FnMut(T) -> bool) {
        self.table.retain(|elem, _| keep(elem.gc()));
    }

    /// The live elements, in insertion order.
    pub fn iter<'a>(&'a self, heap: &'a Heap) -> impl Iterator<Item = T> + 'a {
        self.table
            .iter()
            .filter(move |(_, s)| s.key.is_alive(heap))
            .map(|(_, s)| s.key.gc())
    }

    /// A new set of the live elements (Python's `copy`).
    pub fn copy(&self, heap: &Heap) -> Self {
        WeakSet {
            table: self.table.copy_filtered(|s| s.key.is_alive(heap)),
        }
    }

    /// Reserves room for `additional` more elements.
    pub fn reserve(&mut self, additional: usize) {
        self.table.reserve(additional);
    }

    /// Drops removed elements' space and spare capacity. Invalidates every [`EntryId`].
    pub fn shrink_to_fit(&mut self) {
        self.table.shrink_to_fit();
    }

    // ---- two-phase, caller-hashed ----

    /// The live element stored with hash `hash` that satisfies `eq`. `eq` runs while the set is
    /// borrowed; to run interpreter code, use [`candidates`](Self::candidates).
    pub fn find(&self, heap: &Heap, hash: u64, eq: impl FnMut(T) -> bool) -> Option<EntryId> {
        self.table.find_live(heap, hash, eq)
    }

    /// The live elements stored with hash `hash`, to compare with `__eq__` after releasing the set.
    pub fn candidates<'a>(
        &'a self,
        heap: &'a Heap,
        hash: u64,
    ) -> impl Iterator<Item = (EntryId, T)> + 'a {
        self.table.live_candidates(heap, hash)
    }

    /// The element `id` names, if it is still there and alive.
    pub fn get_at(&self, heap: &Heap, id: EntryId) -> Option<T> {
        let slot = self.table.get(id)?;
        slot.key.is_alive(heap).then_some(slot.key.gc())
    }

    /// Appends a new element stored under `hash`.
    ///
    /// # Correctness
    /// The caller has checked that no equal element is present; otherwise both are kept.
    pub fn insert_unique(&mut self, hash: u64, elem: Referent<T>) -> EntryId {
        self.table.push(hash, elem, ())
    }

    /// Removes the element `id` names, if it is still there.
    pub fn remove_at(&mut self, id: EntryId) -> Option<T> {
        self.table.remove(id).map(|(elem, ())| elem.gc())
    }

    /// The first live element at position `cursor` or later, in insertion order; continue from
    /// `id.position() + 1`.
    pub fn next_entry(&self, heap: &Heap, cursor: usize) -> Option<EntryId> {
        let mut cursor = cursor;
        loop {
            let id = self.table.next_from(cursor)?;
            if self.get_at(heap, id).is_some() {
                return Some(id);
            }
            cursor = id.position() + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_is_idempotent_and_discard_reports_presence() {
        let mut heap = Heap::new();
        let x = heap.alloc(1u8);
        let rx = Referent::new(&mut heap, x).unwrap();
        let mut s = WeakSet::new();
        assert!(s.add(rx));
        assert!(!s.add(rx));
        assert_eq!(s.len(), 1);
        assert!(s.discard(x));
        assert!(!s.discard(x));
        assert_eq!(s.pop(), None);
    }
}

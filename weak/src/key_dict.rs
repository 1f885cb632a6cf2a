//! `WeakKeyDictionary`: Python's `weakref.WeakKeyDictionary` as an ephemeron table the collector
//! traces (DESIGN step 2) and prunes (step 5).

use std::fmt;

use weakgc_heap::{GcAny, Heap, Liveness, Trace, Tracer, WeakAny};

use crate::ordered::{EntryId, OrderedTable};
use crate::referent::{identity_hash, Handle, Referent};

/// A dictionary whose keys are held weakly, as ephemerons: a value keeps things alive only while its
/// key is alive, so a value that refers to its own key, key-value cycles across entries, and chains
/// where each value is the next entry's key are all collected (CPython's `WeakKeyDictionary` leaks
/// these; see docs/benchmarks.md).
///
/// It is a heap object: allocate it with `heap.alloc(WeakKeyDictionary::new())`, reach it through
/// `heap.get(d)` / `heap.get_mut(d)`, keep it in other objects; it is collected like any other. The
/// collector drops the entries of dead keys in the same cycle, before any finalizer or callback runs,
/// so [`len`](Self::len) is exact right after `collect()`. Entries iterate in insertion order, like
/// Python dicts; replacing a value keeps the entry's place.
///
/// Two ways in:
/// - **By identity** (`get`, `insert`, `remove`, ...): keys are hashed with [`identity_hash`] and
///   compared as generation-checked handles, Python's default `__hash__`/`__eq__`.
/// - **Two-phase, caller-hashed** (`find`, `candidates`, `insert_unique`, `*_at`): an interpreter
///   computes `hash(key)` itself (calling `__hash__`, which needs `&mut Heap`), asks for the
///   [`candidates`](Self::candidates) with that hash, runs `__eq__` on them with the table released,
///   then acts on the winning [`EntryId`]. Ids of stale entries find nothing, so an `__eq__` that
///   mutates the table is harmless.
///
/// One table must use one hashing scheme throughout; identity calls on a caller-hashed table miss.
///
/// Python's methods map as follows (`heap` is `&Heap` or `&mut Heap`, `k` a key handle):
///
/// | Python | Rust |
/// |---|---|
/// | `d[k] = v` | `let key = Referent::new(heap, k)?; heap.get_mut(d).insert(key, v)` |
/// | `d[k]`, `d.get(k)`, `d.get(k, default)` | `get(heap, k)`, `.unwrap_or(&default)` |
/// | `del d[k]`, `d.pop(k)`, `d.pop(k, default)` | `remove(k)`, `.unwrap_or(default)` |
/// | `k in d`, `len(d)` | `contains_key(heap, k)`, `len()` |
/// | `keys()`, `values()`, `items()` | `keys(heap)`, `values(heap)`, `items(heap)` |
/// | `popitem()`, `setdefault(k, v)`, `update(..)` | `popitem()`, `setdefault(key, v)`, `update(..)` |
/// | `copy()`, `clear()`, `keyrefs()` | `copy(heap)`, `clear()`, `keyrefs(heap)` |
///
/// # Examples
/// ```
/// use weakgc_collector::collect;
/// use weakgc_heap::{Gc, GcAny, Heap};
/// use weakgc_weak::{Referent, WeakKeyDictionary};
/// let mut heap = Heap::new();
/// let d = heap.alloc(WeakKeyDictionary::<Vec<GcAny>, Gc<u32>>::new());
/// let _root = heap.root(d);
/// let (kept, lost) = (heap.alloc(1u32), heap.alloc(2u32));
/// let _kept_root = heap.root(kept);
/// for k in [kept, lost] {
///     let key = Referent::new(&mut heap, k).unwrap();
///     // Each value refers to its own key: no leak, the entry still dies with its key.
///     heap.get_mut(d).insert(key, vec![Gc::erase(k)]);
/// }
/// collect(&mut heap);
/// assert_eq!(heap.get(d).len(), 1);
/// assert_eq!(heap.get(d).keys(&heap).collect::<Vec<_>>(), vec![kept]);
/// assert!(!heap.is_alive(lost));
/// ```
pub struct WeakKeyDictionary<V, K: Handle = GcAny> {
    table: OrderedTable<Referent<K>, V>,
}

impl<V: Trace, K: Handle> Trace for WeakKeyDictionary<V, K> {
    /// Reports every entry as an ephemeron, never as strong edges.
    fn trace(&self, tracer: &mut Tracer) {
        for (_, slot) in self.table.iter() {
            tracer.ephemeron(slot.key.weak(), &slot.value);
        }
    }

    fn type_name(&self) -> &str {
        "WeakKeyDictionary"
    }

    fn has_weak_entries(&self) -> bool {
        true
    }

    /// Drops the entries whose key's weak handle was cleared this cycle. O(entries).
    fn prune_weak(&mut self, liveness: &Liveness<'_>) {
        self.table.retain(|key, _| liveness.is_alive(key.weak()));
    }
}

impl<V, K: Handle> Default for WeakKeyDictionary<V, K> {
    fn default() -> Self {
        WeakKeyDictionary::new()
    }
}

impl<V: fmt::Debug, K: Handle> fmt::Debug for WeakKeyDictionary<V, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let entries = self.table.iter().map(|(_, s)| (s.key.any(), &s.value));
        f.debug_map().entries(entries).finish()
    }
}

impl<V, K: Handle> WeakKeyDictionary<V, K> {
    /// An empty dictionary (not yet in the heap: `heap.alloc` it so the collector prunes it).
    pub fn new() -> Self {
        WeakKeyDictionary {
            table: OrderedTable::default(),
        }
    }

    /// An empty dictionary with room for `capacity` entries.
    pub fn with_capacity(capacity: usize) -> Self {
        WeakKeyDictionary {
            table: OrderedTable::with_capacity(capacity),
        }
    }

    /// How many entries there are: exact right after a collection, since the collector drops dead
    /// keys' entries in the cycle they die (and keys die only in collections).
    ///
    /// # Correctness
    /// Exact for a dictionary allocated directly in the heap. One stored inline in another object is
    /// pruned only if that object forwards `Trace::has_weak_entries` and `Trace::prune_weak`.
    #[inline]
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether there are no entries.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.table.len() == 0
    }

    /// A counter bumped by every structural change: a new entry, a removal, a prune that dropped
    /// entries, a compaction, a clear. An interpreter iterating by cursor across steps compares it to
    /// raise "dictionary changed size during iteration". Replacing a value does not bump it.
    #[inline]
    pub fn version(&self) -> u64 {
        self.table.version()
    }

    // ---- by identity ----

    /// The value for `key`, if `key` is in the dictionary and alive.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::Heap;
    /// use weakgc_weak::{Referent, WeakKeyDictionary};
    /// let mut heap = Heap::new();
    /// let (k, other) = (heap.alloc(1u8), heap.alloc(1u8));
    /// let mut d = WeakKeyDictionary::new();
    /// d.insert(Referent::new(&mut heap, k).unwrap(), "v");
    /// assert_eq!(d.get(&heap, k), Some(&"v"));
    /// assert_eq!(d.get(&heap, other).unwrap_or(&"default"), &"default");
    /// ```
    pub fn get(&self, heap: &Heap, key: impl Into<GcAny>) -> Option<&V> {
        let id = self.find_identity(heap, key.into())?;
        self.get_at(heap, id).map(|(_, v)| v)
    }

    /// The value for `key`, mutably. Does not check that the key is alive (it needs no heap): for a
    /// dictionary in the heap a dead key's entry is already gone.
    pub fn get_mut(&mut self, key: impl Into<GcAny>) -> Option<&mut V> {
        let id = self.table.find_identity(key.into())?;
        self.table.get_mut(id).map(|(_, v)| v)
    }

    /// Whether `key` is in the dictionary and alive (Python's `key in d`).
    pub fn contains_key(&self, heap: &Heap, key: impl Into<GcAny>) -> bool {
        self.find_identity(heap, key.into()).is_some()
    }

    /// Sets the value for `key` (Python's `d[key] = value`), returning the old value if the key was
    /// present; an existing entry keeps its place in the order.
    pub fn insert(&mut self, key: Referent<K>, value: V) -> Option<V> {
        match self.table.find_identity(key.any()) {
            Some(id) => {
                let (stored, slot_value) = self.table.get_mut(id).expect("just found");
                // Same object, so same hash; a fresh weak handle revives an entry whose key was
                // resurrected in a table that was not pruned.
                *stored = key;
                Some(std::mem::replace(slot_value, value))
            }
            None => {
                self.table.push(identity_hash(key.any()), key, value);
                None
            }
        }
    }

    /// Removes `key`'s entry and returns its value (Python's `del d[key]` and `d.pop(key)`).
    pub fn remove(&mut self, key: impl Into<GcAny>) -> Option<V> {
        let id = self.table.find_identity(key.into())?;
        self.table.remove(id).map(|(_, v)| v)
    }

    /// Removes and returns the newest entry (Python's `popitem`, last in, first out).
    pub fn popitem(&mut self) -> Option<(K, V)> {
        let id = self.table.last()?;
        self.remove_at(id)
    }

    /// The value for `key`, inserting `default` first if the key is absent (Python's `setdefault`).
    pub fn setdefault(&mut self, key: Referent<K>, default: V) -> &mut V {
        let id = match self.table.find_identity(key.any()) {
            Some(id) => id,
            None => self.table.push(identity_hash(key.any()), key, default),
        };
        self.table.get_mut(id).expect("present").1
    }

    /// Inserts every pair, in order (Python's `update`).
    pub fn update(&mut self, items: impl IntoIterator<Item = (Referent<K>, V)>) {
        for (key, value) in items {
            self.insert(key, value);
        }
    }

    /// Removes every entry (Python's `clear`).
    pub fn clear(&mut self) {
        self.table.clear();
    }

    /// Keeps only the entries for which `keep` returns `true`, in order.
    pub fn retain(&mut self, mut keep: impl FnMut(K, &mut V) -> bool) {
        self.table.retain(|key, value| keep(key.gc(), value));
    }

    /// The live keys, in insertion order.
    pub fn keys<'a>(&'a self, heap: &'a Heap) -> impl Iterator<Item = K> + 'a {
        self.items(heap).map(|(k, _)| k)
    }

    /// The values of live keys, in insertion order.
    pub fn values<'a>(&'a self, heap: &'a Heap) -> impl Iterator<Item = &'a V> + 'a {
        self.items(heap).map(|(_, v)| v)
    }

    /// The entries with live keys, in insertion order. Holding the iterator borrows the heap, so the
    /// dictionary cannot change meanwhile.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{GcAny, Heap};
    /// use weakgc_weak::{Referent, WeakKeyDictionary};
    /// let mut heap = Heap::new();
    /// let keys: Vec<GcAny> = (0..3u8).map(|i| heap.alloc(i).into()).collect();
    /// let mut d = WeakKeyDictionary::new();
    /// for (i, k) in keys.iter().enumerate().rev() {
    ///     d.insert(Referent::new(&mut heap, *k).unwrap(), i);
    /// }
    /// let items: Vec<(GcAny, usize)> = d.items(&heap).map(|(k, v)| (k, *v)).collect();
    /// assert_eq!(items, vec![(keys[2], 2), (keys[1], 1), (keys[0], 0)]);
    /// ```
    pub fn items<'a>(&'a self, heap: &'a Heap) -> impl Iterator<Item = (K, &'a V)> + 'a {
        self.table
            .iter()
            .filter(move |(_, s)| s.key.is_alive(heap))
            .map(|(_, s)| (s.key.gc(), &s.value))
    }

    /// Weak handles to the live keys, in insertion order (Python's `keyrefs`): a snapshot that does
    /// not keep the keys alive and can be held across collections.
    pub fn keyrefs(&self, heap: &Heap) -> Vec<WeakAny> {
        self.table
            .iter()
            .filter(|(_, s)| s.key.is_alive(heap))
            .map(|(_, s)| s.key.weak())
            .collect()
    }

    /// A new dictionary with the entries of live keys (Python's `copy`); allocate it to use it as a
    /// heap object.
    pub fn copy(&self, heap: &Heap) -> Self
    where
        V: Clone,
    {
        WeakKeyDictionary {
            table: self.table.copy_filtered(|s| s.key.is_alive(heap)),
        }
    }

    /// Reserves room for `additional` more entries.
    pub fn reserve(&mut self, additional: usize) {
        self.table.reserve(additional);
    }

    /// Drops removed entries' space and spare capacity. Invalidates every [`EntryId`].
    pub fn shrink_to_fit(&mut self) {
        self.table.shrink_to_fit();
    }

    fn find_identity(&self, heap: &Heap, key: GcAny) -> Option<EntryId> {
        self.find(heap, identity_hash(key), |k| k.into() == key)
    }

    // ---- two-phase, caller-hashed ----

    /// The live entry with hash `hash` whose key satisfies `eq` (the first one, in probe order).
    /// `eq` is called only for live keys stored with exactly this hash.
    ///
    /// `eq` runs while the dictionary is borrowed, so it cannot run interpreter code; for that, use
    /// [`candidates`](Self::candidates).
    pub fn find(&self, heap: &Heap, hash: u64, eq: impl FnMut(K) -> bool) -> Option<EntryId> {
        self.table.find_live(heap, hash, eq)
    }

    /// The live entries stored with hash `hash`, to compare with `__eq__` after releasing the
    /// dictionary (collect them first).
    ///
    /// # Examples
    /// An interpreter's `d[k] = v`, with `__eq__` that needs `&mut Heap`:
    /// ```
    /// use weakgc_heap::{Gc, GcAny, Heap};
    /// use weakgc_weak::{EntryId, Referent, WeakKeyDictionary};
    /// fn py_eq(heap: &mut Heap, a: GcAny, b: GcAny) -> bool {
    ///     let (a, b) = (heap.downcast::<i64>(a).unwrap(), heap.downcast::<i64>(b).unwrap());
    ///     *heap.get(a) == *heap.get(b)
    /// }
    /// fn set_item(heap: &mut Heap, d: Gc<WeakKeyDictionary<u32>>, k: GcAny, v: u32) {
    ///     let hash = *heap.get(heap.downcast::<i64>(k).unwrap()) as u64; // `__hash__`
    ///     let candidates: Vec<(EntryId, GcAny)> = heap.get(d).candidates(heap, hash).collect();
    ///     let found = candidates.into_iter().find(|&(_, c)| py_eq(heap, c, k));
    ///     match found.and_then(|(id, _)| heap.get_mut(d).get_mut_at(id)) {
    ///         Some((_, slot)) => *slot = v,
    ///         None => {
    ///             let key = Referent::new(heap, k).unwrap();
    ///             heap.get_mut(d).insert_unique(hash, key, v);
    ///         }
    ///     }
    /// }
    /// let mut heap = Heap::new();
    /// let d = heap.alloc(WeakKeyDictionary::new());
    /// let (a, b) = (heap.alloc(7i64).into(), heap.alloc(7i64).into());
    /// set_item(&mut heap, d, a, 1);
    /// set_item(&mut heap, d, b, 2); // equal to `a`: replaces the value, keeps the key `a`
    /// assert_eq!(heap.get(d).len(), 1);
    /// assert_eq!(heap.get(d).items(&heap).next(), Some((a, &2)));
    /// ```
    pub fn candidates<'a>(
        &'a self,
        heap: &'a Heap,
        hash: u64,
    ) -> impl Iterator<Item = (EntryId, K)> + 'a {
        self.table.live_candidates(heap, hash)
    }

    /// The key and value of the entry `id` names, if it is still there and its key alive.
    pub fn get_at(&self, heap: &Heap, id: EntryId) -> Option<(K, &V)> {
        let slot = self.table.get(id)?;
        slot.key
            .is_alive(heap)
            .then_some((slot.key.gc(), &slot.value))
    }

    /// The key and mutable value of the entry `id` names, if it is still there.
    pub fn get_mut_at(&mut self, id: EntryId) -> Option<(K, &mut V)> {
        self.table.get_mut(id).map(|(k, v)| (k.gc(), v))
    }

    /// Appends a new entry stored under `hash`.
    ///
    /// # Correctness
    /// The caller has checked (with [`find`](Self::find) or [`candidates`](Self::candidates)) that
    /// no equal key is present; otherwise both entries exist and lookups find either.
    pub fn insert_unique(&mut self, hash: u64, key: Referent<K>, value: V) -> EntryId {
        self.table.push(hash, key, value)
    }

    /// Removes the entry `id` names, if it is still there.
    pub fn remove_at(&mut self, id: EntryId) -> Option<(K, V)> {
        self.table.remove(id).map(|(k, v)| (k.gc(), v))
    }

    /// The first entry with a live key at position `cursor` or later, in insertion order; continue
    /// from `id.position() + 1`. Positions stay put until a compaction (see [`EntryId`]), which
    /// changes [`version`](Self::version).
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
    use weakgc_collector::collect;

    use super::*;

    #[test]
    fn a_value_referring_to_its_own_key_does_not_keep_it() {
        let mut heap = Heap::new();
        let d = heap.alloc(WeakKeyDictionary::<GcAny>::new());
        let _root = heap.root(d);
        let k = heap.alloc(5u64);
        let key = Referent::new(&mut heap, k.into()).unwrap();
        heap.get_mut(d).insert(key, k.into());
        let report = collect(&mut heap);
        assert_eq!(report.tables_pruned, 1);
        assert!(!heap.is_alive(k));
        assert!(heap.get(d).is_empty());
    }

    #[test]
    fn insert_replaces_in_place_and_remove_then_insert_moves_to_the_end() {
        let mut heap = Heap::new();
        let ks: Vec<Referent> = (0..3u8)
            .map(|i| {
                let k = heap.alloc(i);
                Referent::new(&mut heap, k.into()).unwrap()
            })
            .collect();
        let mut d = WeakKeyDictionary::new();
        for (i, k) in ks.iter().enumerate() {
            assert_eq!(d.insert(*k, i), None);
        }
        assert_eq!(d.insert(ks[0], 10), Some(0));
        assert_eq!(d.values(&heap).copied().collect::<Vec<_>>(), vec![10, 1, 2]);
        assert_eq!(d.remove(ks[0].gc()), Some(10));
        d.insert(ks[0], 0);
        assert_eq!(d.values(&heap).copied().collect::<Vec<_>>(), vec![1, 2, 0]);
        assert_eq!(d.popitem(), Some((ks[0].gc(), 0)));
    }

    #[test]
    fn version_counts_structural_changes_only() {
        let mut heap = Heap::new();
        let k = heap.alloc(1u8);
        let key = Referent::new(&mut heap, k).unwrap();
        let mut d = WeakKeyDictionary::new();
        let v0 = d.version();
        d.insert(key, 1);
        let v1 = d.version();
        d.insert(key, 2);
        assert_eq!(d.version(), v1, "replacing a value is not structural");
        d.remove(k);
        assert!(v0 < v1 && v1 < d.version());
    }
}

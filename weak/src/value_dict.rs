//! `WeakValueDictionary`: Python's `weakref.WeakValueDictionary`, pruned by the collector in the
//! cycle a value dies (DESIGN step 5).

use std::fmt;
use std::hash::{BuildHasher, Hash};

use hashbrown::{DefaultHashBuilder, Equivalent};
use weakgc_heap::{GcAny, Heap, Liveness, Trace, Tracer, WeakAny};

use crate::ordered::{EntryId, OrderedTable};
use crate::referent::{Handle, Referent};

/// A dictionary whose values are held weakly: an entry disappears in the collection that finds its
/// value unreachable, before any finalizer or callback runs, so [`len`](Self::len) is exact right
/// after `collect()`. Keys are held strongly (traced).
///
/// It is a heap object (`heap.alloc(WeakValueDictionary::new())`), collected like any other, and
/// iterates in insertion order. Keys are any `K: Trace`:
/// - **By key equality** (`get`, `insert`, `remove`, ...) when `K: Hash + Eq`, hashed with the
///   table's own `S: BuildHasher` (strings, integers, handles compared by identity).
/// - **Two-phase, caller-hashed** (`find`, `candidates`, `insert_unique`, `*_at`) for an
///   interpreter whose keys hash with `__hash__`/`__eq__`, as on
///   [`WeakKeyDictionary::candidates`](crate::WeakKeyDictionary::candidates).
///
/// One table must use one hashing scheme throughout.
///
/// Python's methods map as on [`WeakKeyDictionary`](crate::WeakKeyDictionary), with values as
/// [`Referent`]s (`d[k] = v` is `let v = Referent::new(heap, v)?; heap.get_mut(d).insert(k, v)`) and
/// `valuerefs()` for `keyrefs()`.
///
/// # Examples
/// ```
/// use weakgc_collector::collect;
/// use weakgc_heap::{Gc, Heap};
/// use weakgc_weak::{Referent, WeakValueDictionary};
/// let mut heap = Heap::new();
/// let cache = heap.alloc(WeakValueDictionary::<String, Gc<u32>>::new());
/// let _root = heap.root(cache);
/// let (kept, lost) = (heap.alloc(1u32), heap.alloc(2u32));
/// let _kept_root = heap.root(kept);
/// for (name, v) in [("kept", kept), ("lost", lost)] {
///     let value = Referent::new(&mut heap, v).unwrap();
///     heap.get_mut(cache).insert(name.to_string(), value);
/// }
/// collect(&mut heap);
/// assert_eq!(heap.get(cache).len(), 1);
/// assert_eq!(heap.get(cache).get(&heap, "kept"), Some(kept));
/// assert_eq!(heap.get(cache).get(&heap, "lost"), None);
/// ```
///
/// Typed: the value handle type is a parameter, as in `Weak<T>`, so a hit is a `Gc<T>` ready to use
/// (an intern table, a cache of one kind of object). `V` defaults to [`GcAny`], for an interpreter
/// with one object type or values of many types:
///
/// ```
/// use weakgc_collector::collect;
/// use weakgc_heap::{Gc, Heap};
/// use weakgc_weak::{Referent, WeakValueDictionary};
/// struct Str(String);
/// # impl weakgc_heap::Trace for Str { fn trace(&self, _: &mut weakgc_heap::Tracer) {} }
/// let mut heap = Heap::new();
/// let interned = heap.alloc(WeakValueDictionary::<String, Gc<Str>>::new());
/// let _root = heap.root(interned);
/// let hello = heap.alloc(Str("hello".into()));
/// let value = Referent::new(&mut heap, hello).unwrap();
/// heap.get_mut(interned).insert("hello".into(), value);
/// let hit: Gc<Str> = heap.get(interned).get(&heap, "hello").unwrap(); // no downcast
/// assert_eq!(heap.get(hit).0, "hello");
/// collect(&mut heap); // nothing else holds `hello`
/// assert_eq!(heap.get(interned).get(&heap, "hello"), None);
/// ```
pub struct WeakValueDictionary<K, V: Handle = GcAny, S = DefaultHashBuilder> {
    table: OrderedTable<K, Referent<V>>,
    hasher: S,
}

impl<K: Trace, V: Handle, S: 'static> Trace for WeakValueDictionary<K, V, S> {
    /// Reports the keys as strong edges; values are weak.
    fn trace(&self, tracer: &mut Tracer) {
        for (_, slot) in self.table.iter() {
            slot.key.trace(tracer);
        }
    }

    fn type_name(&self) -> &str {
        "WeakValueDictionary"
    }

    fn has_weak_entries(&self) -> bool {
        true
    }

    /// Drops the entries whose value's weak handle was cleared this cycle. O(entries).
    fn prune_weak(&mut self, liveness: &Liveness<'_>) {
        self.table
            .retain(|_, value| liveness.is_alive(value.weak()));
    }
}

impl<K, V: Handle, S: Default> Default for WeakValueDictionary<K, V, S> {
    fn default() -> Self {
        WeakValueDictionary::with_hasher(S::default())
    }
}

impl<K: fmt::Debug, V: Handle, S> fmt::Debug for WeakValueDictionary<K, V, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let entries = self.table.iter().map(|(_, s)| (&s.key, s.value.any()));
        f.debug_map().entries(entries).finish()
    }
}

impl<K, V: Handle> WeakValueDictionary<K, V> {
    /// An empty dictionary with the default hasher (not yet in the heap: `heap.alloc` it so the
    /// collector prunes it).
    pub fn new() -> Self {
        WeakValueDictionary::default()
    }
}

impl<K, V: Handle, S> WeakValueDictionary<K, V, S> {
    /// An empty dictionary hashing keys with `hasher`.
    pub fn with_hasher(hasher: S) -> Self {
        WeakValueDictionary {
            table: OrderedTable::default(),
            hasher,
        }
    }

    /// An empty dictionary with room for `capacity` entries, hashing keys with `hasher`.
    pub fn with_capacity_and_hasher(capacity: usize, hasher: S) -> Self {
        WeakValueDictionary {
            table: OrderedTable::with_capacity(capacity),
            hasher,
        }
    }

    /// How many entries there are: exact right after a collection, since the collector drops the
    /// entries of dead values in the cycle they die.
    ///
    /// # Correctness
    /// Exact for a dictionary allocated directly in the heap; one stored inline in another object is
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

    /// A counter bumped by every structural change, including prunes; see
    /// [`WeakKeyDictionary::version`](crate::WeakKeyDictionary::version).
    #[inline]
    pub fn version(&self) -> u64 {
        self.table.version()
    }

    /// Removes and returns the newest entry (Python's `popitem`).
    pub fn popitem(&mut self) -> Option<(K, V)> {
        let id = self.table.last()?;
        self.remove_at(id)
    }

    /// Removes every entry (Python's `clear`).
    pub fn clear(&mut self) {
        self.table.clear();
    }

    /// Keeps only the entries for which `keep` returns `true`, in order.
    pub fn retain(&mut self, mut keep: impl FnMut(&K, V) -> bool) {
        self.table.retain(|key, value| keep(key, value.gc()));
    }

    /// The keys whose values are alive, in insertion order.
    pub fn keys<'a>(&'a self, heap: &'a Heap) -> impl Iterator<Item = &'a K> + 'a {
        self.items(heap).map(|(k, _)| k)
    }

    /// The live values, in insertion order.
    pub fn values<'a>(&'a self, heap: &'a Heap) -> impl Iterator<Item = V> + 'a {
        self.items(heap).map(|(_, v)| v)
    }

    /// The entries whose values are alive, in insertion order.
    pub fn items<'a>(&'a self, heap: &'a Heap) -> impl Iterator<Item = (&'a K, V)> + 'a {
        self.table
            .iter()
            .filter(move |(_, s)| s.value.is_alive(heap))
            .map(|(_, s)| (&s.key, s.value.gc()))
    }

    /// Weak handles to the live values, in insertion order (Python's `valuerefs`): a snapshot that
    /// does not keep the values alive.
    pub fn valuerefs(&self, heap: &Heap) -> Vec<WeakAny> {
        self.table
            .iter()
            .filter(|(_, s)| s.value.is_alive(heap))
            .map(|(_, s)| s.value.weak())
            .collect()
    }

    /// A new dictionary with the entries whose values are alive (Python's `copy`).
    pub fn copy(&self, heap: &Heap) -> Self
    where
        K: Clone,
        S: Clone,
    {
        WeakValueDictionary {
            table: self.table.copy_filtered(|s| s.value.is_alive(heap)),
            hasher: self.hasher.clone(),
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

    // ---- two-phase, caller-hashed ----

    /// The entry with a live value, stored with hash `hash`, whose key satisfies `eq`. `eq` runs
    /// while the table is borrowed; to run interpreter code, use [`candidates`](Self::candidates).
    pub fn find(&self, heap: &Heap, hash: u64, mut eq: impl FnMut(&K) -> bool) -> Option<EntryId> {
        self.table
            .find(hash, |s| s.value.is_alive(heap) && eq(&s.key))
    }

    /// The entries with live values stored with hash `hash`, to compare after releasing the table
    /// (clone the keys out first).
    pub fn candidates<'a>(
        &'a self,
        heap: &'a Heap,
        hash: u64,
    ) -> impl Iterator<Item = (EntryId, &'a K)> + 'a {
        self.table
            .iter_hash(hash)
            .filter(move |(_, s)| s.value.is_alive(heap))
            .map(|(id, s)| (id, &s.key))
    }

    /// The key and value of the entry `id` names, if it is still there and its value alive.
    pub fn get_at(&self, heap: &Heap, id: EntryId) -> Option<(&K, V)> {
        let slot = self.table.get(id)?;
        slot.value
            .is_alive(heap)
            .then_some((&slot.key, slot.value.gc()))
    }

    /// Replaces the value of the entry `id` names, returning the old value's handle; `None` (and no
    /// change) if the entry is gone.
    pub fn set_at(&mut self, id: EntryId, value: Referent<V>) -> Option<V> {
        let (_, slot) = self.table.get_mut(id)?;
        Some(std::mem::replace(slot, value).gc())
    }

    /// Appends a new entry stored under `hash`.
    ///
    /// # Correctness
    /// The caller has checked that no equal key is present; otherwise both entries exist and
    /// lookups find either.
    pub fn insert_unique(&mut self, hash: u64, key: K, value: Referent<V>) -> EntryId {
        self.table.push(hash, key, value)
    }

    /// Removes the entry `id` names, if it is still there.
    pub fn remove_at(&mut self, id: EntryId) -> Option<(K, V)> {
        self.table.remove(id).map(|(k, v)| (k, v.gc()))
    }

    /// The first entry with a live value at position `cursor` or later, in insertion order; continue
    /// from `id.position() + 1`.
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

impl<K: Hash + Eq, V: Handle, S: BuildHasher> WeakValueDictionary<K, V, S> {
    /// The hash this table's key-equality methods store `key` under (its `S` hasher).
    pub fn hash_key<Q: Hash + ?Sized>(&self, key: &Q) -> u64 {
        self.hasher.hash_one(key)
    }

    /// The value for `key`, if it is present and alive (Python's `d[key]`, `d.get(key)`).
    pub fn get<Q>(&self, heap: &Heap, key: &Q) -> Option<V>
    where
        Q: Hash + Equivalent<K> + ?Sized,
    {
        let id = self.find(heap, self.hash_key(key), |k| key.equivalent(k))?;
        self.get_at(heap, id).map(|(_, v)| v)
    }

    /// Whether `key` is present with a live value (Python's `key in d`).
    pub fn contains_key<Q>(&self, heap: &Heap, key: &Q) -> bool
    where
        Q: Hash + Equivalent<K> + ?Sized,
    {
        self.find(heap, self.hash_key(key), |k| key.equivalent(k))
            .is_some()
    }

    /// Sets the value for `key` (Python's `d[key] = value`), returning the old value's handle if
    /// the key was present; an existing entry keeps its place in the order.
    pub fn insert(&mut self, key: K, value: Referent<V>) -> Option<V> {
        let hash = self.hash_key(&key);
        match self.table.find(hash, |s| s.key == key) {
            Some(id) => self.set_at(id, value),
            None => {
                self.table.push(hash, key, value);
                None
            }
        }
    }

    /// Removes `key`'s entry and returns its value's handle (Python's `del d[key]`, `d.pop(key)`).
    pub fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        Q: Hash + Equivalent<K> + ?Sized,
    {
        let id = self
            .table
            .find(self.hash_key(key), |s| key.equivalent(&s.key))?;
        self.remove_at(id).map(|(_, v)| v)
    }

    /// The value for `key`, first setting it to `default` if the key is absent (Python's
    /// `setdefault`).
    pub fn setdefault(&mut self, key: K, default: Referent<V>) -> V {
        let hash = self.hash_key(&key);
        match self.table.find(hash, |s| s.key == key) {
            Some(id) => self.table.get(id).expect("just found").value.gc(),
            None => {
                self.table.push(hash, key, default);
                default.gc()
            }
        }
    }

    /// Inserts every pair, in order (Python's `update`).
    pub fn update(&mut self, items: impl IntoIterator<Item = (K, Referent<V>)>) {
        for (key, value) in items {
            self.insert(key, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use weakgc_collector::collect;
    use weakgc_heap::Gc;

    use super::*;

    #[test]
    fn strong_keys_keep_their_objects_alive() {
        let mut heap = Heap::new();
        let d = heap.alloc(WeakValueDictionary::<GcAny>::new());
        let _root = heap.root(d);
        let (k, v) = (heap.alloc(1u8), heap.alloc(2u8));
        let _v_root = heap.root(v);
        let value = Referent::new(&mut heap, v.into()).unwrap();
        heap.get_mut(d).insert(k.into(), value);
        collect(&mut heap);
        assert!(heap.is_alive(k), "keys are traced");
        assert_eq!(heap.get(d).get(&heap, &Gc::erase(k)), Some(v.into()));
    }

    #[test]
    fn setdefault_returns_the_present_value() {
        let mut heap = Heap::new();
        let (a, b) = (heap.alloc(1u8), heap.alloc(2u8));
        let (ra, rb) = (
            Referent::new(&mut heap, a).unwrap(),
            Referent::new(&mut heap, b).unwrap(),
        );
        let mut d = WeakValueDictionary::new();
        assert_eq!(d.setdefault("k", ra), a);
        assert_eq!(d.setdefault("k", rb), a);
        assert_eq!(d.insert("k", rb), Some(a));
        assert_eq!(d.remove("k"), Some(b));
        assert!(d.is_empty());
    }
}

//! The storage under every weak table: an insertion-ordered hash table whose hash and equality the
//! caller supplies.
//!
//! Entries live in `slots` in insertion order, as Python dicts iterate; `index` is a
//! `hashbrown::HashTable` of `Link`s (a position into `slots` plus a tag of the entry's hash), so
//! this table never hashes a key itself (an interpreter's `__hash__` needs `&mut Heap`, which it
//! cannot have while the table is borrowed) and never reads `slots` to grow the index.
//!
//! Removing an entry leaves a tombstone (`None`). Tombstones are squeezed out ("compaction") when an
//! insert or a prune finds them outnumbering the live entries, so every removal costs O(1)
//! amortized and a table that is inserted into or pruned holds at most about twice its live
//! entries.
//!
//! # Invariants
//! - O1: `index` holds exactly one `Link` for each `Some` slot, with that slot's position and
//!   `tag_of(hash)`, inserted under `spread(tag)`, and nothing else. Every method restores it
//!   before it runs code it does not own (a caller's closure or a value's `Drop`), so a panic
//!   there leaves a consistent table.
//! - O2: `slots` does not end in a tombstone, so the newest entry is `slots.last()`.
//! - O3: a slot's `stamp` is unique in this table's history, so an [`EntryId`] (position plus stamp)
//!   names one entry forever: after the entry is removed, or moved by compaction, or its position
//!   reused, the id simply finds nothing.

use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};

use hashbrown::HashTable;

/// Names one entry of a weak table across calls, for the two-phase (caller-hashed) API.
///
/// Ids stay valid until their entry is removed (explicitly, or pruned by a collection because its
/// weak part died) or until the table compacts, which moves entries; compaction happens only in
/// inserts and prunes where removed entries outnumber live ones, and in `clear` and
/// `shrink_to_fit`, and always changes the table's `version()`. A stale id is never misdirected to
/// another entry: lookups with it return `None`.
///
/// # Examples
/// ```
/// use weakgc_heap::Heap;
/// use weakgc_weak::{identity_hash, Referent, WeakSet};
/// let mut heap = Heap::new();
/// let x = heap.alloc(1u32);
/// let key = Referent::new(&mut heap, x).unwrap();
/// let mut set = WeakSet::new();
/// let id = set.insert_unique(identity_hash(x), key);
/// assert_eq!(id.position(), 0);
/// assert_eq!(set.remove_at(id), Some(x.into()));
/// assert_eq!(set.remove_at(id), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EntryId {
    pos: u32,
    stamp: u64,
}

impl EntryId {
    /// The entry's position in insertion order, counting removed entries not yet compacted away.
    /// `position() + 1` is the cursor for the next entry (see the tables' `next_entry`).
    #[inline]
    pub fn position(self) -> usize {
        self.pos as usize
    }
}

/// One entry: the caller's hash, the table-unique stamp (O3), the key and the value.
#[derive(Clone)]
pub(crate) struct Slot<K, V> {
    pub(crate) hash: u64,
    stamp: u64,
    pub(crate) key: K,
    pub(crate) value: V,
}

/// An index entry: a position in `slots` and the tag of that slot's hash, packed in 8 bytes.
///
/// Carrying the tag means growing the index never reads `slots` (on a large table, one cache miss
/// per entry per growth: `wvd_1m_one_in_ten_survive/alloc_and_insert` in benches/tables.rs went from
/// 308 ms with plain `u32` positions to 255 ms), and most probe mismatches are rejected without
/// reading them either.
#[derive(Clone, Copy)]
struct Link(u64);

impl Link {
    #[inline]
    fn new(pos: u32, tag: u32) -> Link {
        Link(u64::from(pos) | (u64::from(tag) << 32))
    }

    #[inline]
    fn pos(self) -> u32 {
        self.0 as u32
    }

    #[inline]
    fn tag(self) -> u32 {
        (self.0 >> 32) as u32
    }

    /// What the index hashes this link under (the hasher `HashTable` calls when it grows).
    #[inline]
    fn index_hash(self) -> u64 {
        spread(self.tag())
    }
}

/// Folds the caller's hash into 32 well-mixed bits. Callers' hashes can be poor: Python hashes a
/// small int to itself, which leaves the top 7 bits (hashbrown's control byte) zero for every key,
/// so every probe would compare every entry of a group. A folded multiply moves every input bit
/// into the result.
#[inline]
fn tag_of(hash: u64) -> u32 {
    let product = u128::from(hash) * 0x9e37_79b9_7f4a_7c15_u128;
    let folded = (product as u64) ^ ((product >> 64) as u64);
    (folded ^ (folded >> 32)) as u32
}

/// Spreads a tag over 64 bits for `HashTable`, which takes the bucket from the low bits and the
/// control byte from the top 7; multiplying by an odd constant carries every tag bit upward.
#[inline]
fn spread(tag: u32) -> u64 {
    u64::from(tag).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// An insertion-ordered hash table with tombstones; see the module doc.
pub(crate) struct OrderedTable<K, V> {
    index: HashTable<Link>,
    slots: Vec<Option<Slot<K, V>>>,
    len: usize,
    next_stamp: u64,
    version: u64,
}

/// Fewer tombstones than this are never worth a compaction.
const MIN_TOMBSTONES_TO_COMPACT: usize = 16;

/// Drops `removed` one at a time, each under `catch_unwind`: two panicking `Drop`s in one `Vec`
/// would abort the process (a panic during unwinding), and `retain` runs inside a collection (via
/// `Trace::prune_weak`). The first panic is resumed once everything is dropped, so it propagates out
/// of `collect` as a `prune_weak` panic does, with the table already consistent.
fn drop_each<T>(removed: Vec<T>) {
    let mut first = None;
    for item in removed {
        if let Err(payload) = catch_unwind(AssertUnwindSafe(|| drop(item))) {
            first.get_or_insert(payload);
        }
    }
    if let Some(payload) = first {
        resume_unwind(payload);
    }
}

/// The live slot at `pos` (O1: the index names only live slots).
#[inline]
fn live<K, V>(slots: &[Option<Slot<K, V>>], pos: u32) -> &Slot<K, V> {
    slots[pos as usize]
        .as_ref()
        .expect("O1: the index names only live slots")
}

impl<K, V> Default for OrderedTable<K, V> {
    fn default() -> Self {
        OrderedTable::with_capacity(0)
    }
}

impl<K, V> OrderedTable<K, V> {
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        OrderedTable {
            index: HashTable::with_capacity(capacity),
            slots: Vec::with_capacity(capacity),
            len: 0,
            next_stamp: 0,
            version: 0,
        }
    }

    /// Live entries.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Bumped by every insert of a new entry, removal, prune that removed something, compaction and
    /// clear of a non-empty table.
    #[inline]
    pub(crate) fn version(&self) -> u64 {
        self.version
    }

    #[inline]
    fn id(&self, pos: u32) -> EntryId {
        EntryId {
            pos,
            stamp: live(&self.slots, pos).stamp,
        }
    }

    /// The first entry with hash `hash` for which `eq` holds. `eq` sees only entries whose stored
    /// hash is exactly `hash`. O(1) expected.
    #[inline]
    pub(crate) fn find(
        &self,
        hash: u64,
        mut eq: impl FnMut(&Slot<K, V>) -> bool,
    ) -> Option<EntryId> {
        let slots = &self.slots;
        let tag = tag_of(hash);
        let link = *self.index.find(spread(tag), |link| {
            link.tag() == tag && {
                let slot = live(slots, link.pos());
                slot.hash == hash && eq(slot)
            }
        })?;
        Some(self.id(link.pos()))
    }

    /// Every entry whose stored hash is exactly `hash`.
    pub(crate) fn iter_hash(&self, hash: u64) -> impl Iterator<Item = (EntryId, &Slot<K, V>)> {
        let tag = tag_of(hash);
        self.index.iter_hash(spread(tag)).filter_map(move |link| {
            if link.tag() != tag {
                return None;
            }
            let pos = link.pos();
            let slot = live(&self.slots, pos);
            (slot.hash == hash).then_some((
                EntryId {
                    pos,
                    stamp: slot.stamp,
                },
                slot,
            ))
        })
    }

    /// The entry `id` names, if it is still there.
    #[inline]
    pub(crate) fn get(&self, id: EntryId) -> Option<&Slot<K, V>> {
        self.slots
            .get(id.pos as usize)?
            .as_ref()
            .filter(|s| s.stamp == id.stamp)
    }

    /// The key and value of the entry `id` names, mutably, if it is still there. The key may only be
    /// replaced by one with the same hash and equality (O1 keeps the old hash).
    #[inline]
    pub(crate) fn get_mut(&mut self, id: EntryId) -> Option<(&mut K, &mut V)> {
        let slot = self
            .slots
            .get_mut(id.pos as usize)?
            .as_mut()
            .filter(|s| s.stamp == id.stamp)?;
        Some((&mut slot.key, &mut slot.value))
    }

    /// Appends a new entry. The caller has checked that no equal key is present. O(1) amortized.
    ///
    /// # Panics
    /// If the table would hold 2^32 entries and tombstones.
    pub(crate) fn push(&mut self, hash: u64, key: K, value: V) -> EntryId {
        if self.tombstones() > self.len.max(MIN_TOMBSTONES_TO_COMPACT - 1) {
            self.compact();
        }
        let pos = u32::try_from(self.slots.len()).expect("a weak table holds under 2^32 entries");
        let stamp = self.next_stamp;
        self.next_stamp += 1;
        self.slots.push(Some(Slot {
            hash,
            stamp,
            key,
            value,
        }));
        let tag = tag_of(hash);
        self.index
            .insert_unique(spread(tag), Link::new(pos, tag), |l| l.index_hash());
        self.len += 1;
        self.version += 1;
        EntryId { pos, stamp }
    }

    /// Removes the entry `id` names. O(1) amortized.
    pub(crate) fn remove(&mut self, id: EntryId) -> Option<(K, V)> {
        let hash = self.get(id)?.hash;
        match self
            .index
            .find_entry(spread(tag_of(hash)), |l| l.pos() == id.pos)
        {
            Ok(entry) => drop(entry.remove()),
            Err(_) => unreachable!("O1: a live slot has an index entry"),
        }
        let slot = self.slots[id.pos as usize]
            .take()
            .expect("checked live above");
        self.len -= 1;
        self.version += 1;
        self.trim_tail();
        Some((slot.key, slot.value))
    }

    /// The newest entry (Python's `popitem` order). O(1) by O2.
    #[inline]
    pub(crate) fn last(&self) -> Option<EntryId> {
        let pos = self.slots.iter().rposition(Option::is_some)?;
        Some(self.id(pos as u32))
    }

    /// Keeps the entries for which `keep` holds, in order; returns how many were removed.
    ///
    /// O(slots). When the removed entries then outnumber the live ones (a collection that freed
    /// most of a cache), the index is rebuilt once from the survivors, O(live), instead of being
    /// probed once per removed entry; `wvd_1m_one_in_ten_survive/collect_and_len` in
    /// benches/tables.rs measures that case.
    ///
    /// `keep` may panic: it is asked about every entry before anything is removed. Removed keys
    /// and values are dropped only once the table is consistent again (O1).
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) -> usize {
        let doomed: Vec<u32> = self
            .slots
            .iter_mut()
            .enumerate()
            .filter_map(|(pos, slot)| {
                let slot = slot.as_mut()?;
                (!keep(&slot.key, &mut slot.value)).then_some(pos as u32)
            })
            .collect();
        if doomed.is_empty() {
            return 0;
        }
        let mut removed = Vec::new();
        let survivors = self.len - doomed.len();
        let tombstones = self.slots.len() - survivors;
        let rebuild = tombstones >= MIN_TOMBSTONES_TO_COMPACT && tombstones > survivors;
        for &pos in &doomed {
            if !rebuild {
                let hash = live(&self.slots, pos).hash;
                match self
                    .index
                    .find_entry(spread(tag_of(hash)), |l| l.pos() == pos)
                {
                    Ok(entry) => drop(entry.remove()),
                    Err(_) => unreachable!("O1: a live slot has an index entry"),
                }
            }
            let slot = self.slots[pos as usize].take();
            if std::mem::needs_drop::<Slot<K, V>>() {
                removed.push(slot);
            }
        }
        self.len = survivors;
        self.version += 1;
        if rebuild {
            // Restores O1 for the survivors; the stale positions vanish with the old index.
            self.compact();
        }
        self.trim_tail();
        drop_each(removed);
        doomed.len()
    }

    /// Removes every entry; the values are dropped after the table is empty and consistent.
    pub(crate) fn clear(&mut self) {
        if !self.slots.is_empty() {
            self.version += 1;
        }
        self.index.clear();
        self.len = 0;
        drop(std::mem::take(&mut self.slots));
    }

    /// Squeezes out tombstones and frees spare memory. Moves entries: ids go stale.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.compact();
        self.slots.shrink_to_fit();
        self.index.shrink_to_fit(|l| l.index_hash());
    }

    /// Reserves room for `additional` more entries.
    pub(crate) fn reserve(&mut self, additional: usize) {
        self.slots.reserve(additional);
        self.index.reserve(additional, |l| l.index_hash());
    }

    /// Live entries in insertion order.
    pub(crate) fn iter(&self) -> impl DoubleEndedIterator<Item = (EntryId, &Slot<K, V>)> {
        self.slots.iter().enumerate().filter_map(|(pos, slot)| {
            let slot = slot.as_ref()?;
            let id = EntryId {
                pos: pos as u32,
                stamp: slot.stamp,
            };
            Some((id, slot))
        })
    }

    /// The first live entry at position `cursor` or later.
    pub(crate) fn next_from(&self, cursor: usize) -> Option<EntryId> {
        let offset = self.slots.get(cursor..)?.iter().position(Option::is_some)?;
        Some(self.id((cursor + offset) as u32))
    }

    #[inline]
    fn tombstones(&self) -> usize {
        self.slots.len() - self.len
    }

    /// Restores O2. Amortized O(1): each tombstone is popped at most once.
    fn trim_tail(&mut self) {
        while let Some(None) = self.slots.last() {
            self.slots.pop();
        }
    }

    /// Removes every tombstone and rebuilds the index. O(slots).
    fn compact(&mut self) {
        if self.tombstones() == 0 {
            return;
        }
        self.slots.retain(Option::is_some);
        if self.slots.capacity() > 4 * self.slots.len().max(8) {
            self.slots.shrink_to(2 * self.slots.len());
        }
        let mut index = HashTable::with_capacity(self.slots.len());
        for (pos, slot) in self.slots.iter().enumerate() {
            let tag = tag_of(slot.as_ref().expect("just retained").hash);
            index.insert_unique(spread(tag), Link::new(pos as u32, tag), |l| l.index_hash());
        }
        self.index = index;
        self.version += 1;
    }
}

/// Lookups shared by the tables whose keys are weakly held objects (`WeakKeyDictionary`, `WeakSet`):
/// only entries whose key is still alive are found.
impl<H: crate::Handle, V> OrderedTable<crate::Referent<H>, V> {
    /// The live entry stored with hash `hash` whose key satisfies `eq` (the first, in probe order).
    pub(crate) fn find_live(
        &self,
        heap: &weakgc_heap::Heap,
        hash: u64,
        mut eq: impl FnMut(H) -> bool,
    ) -> Option<EntryId> {
        self.find(hash, |s| s.key.is_alive(heap) && eq(s.key.gc()))
    }

    /// The entry whose key is `key` by identity (generation-checked handle), live or not.
    pub(crate) fn find_identity(&self, key: weakgc_heap::GcAny) -> Option<EntryId> {
        self.find(crate::referent::identity_hash(key), |s| s.key.any() == key)
    }

    /// The live entries stored with hash `hash`, with their keys.
    pub(crate) fn live_candidates<'a>(
        &'a self,
        heap: &'a weakgc_heap::Heap,
        hash: u64,
    ) -> impl Iterator<Item = (EntryId, H)> + 'a {
        self.iter_hash(hash)
            .filter(move |(_, s)| s.key.is_alive(heap))
            .map(|(id, s)| (id, s.key.gc()))
    }
}

impl<K: Clone, V: Clone> OrderedTable<K, V> {
    /// A fresh, compact table of the entries for which `keep` holds, in order.
    pub(crate) fn copy_filtered(&self, mut keep: impl FnMut(&Slot<K, V>) -> bool) -> Self {
        let mut out = OrderedTable::with_capacity(self.len);
        for (_, slot) in self.iter().filter(|(_, s)| keep(s)) {
            out.push(slot.hash, slot.key.clone(), slot.value.clone());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(t: &mut OrderedTable<u64, u64>, k: u64) -> EntryId {
        t.push(k % 7, k, k * 10)
    }

    fn table(keys: impl IntoIterator<Item = u64>) -> OrderedTable<u64, u64> {
        let mut t = OrderedTable::default();
        for k in keys {
            add(&mut t, k);
        }
        t
    }

    fn keys(t: &OrderedTable<u64, u64>) -> Vec<u64> {
        t.iter().map(|(_, s)| s.key).collect()
    }

    fn find(t: &OrderedTable<u64, u64>, k: u64) -> Option<EntryId> {
        t.find(k % 7, |s| s.key == k)
    }

    #[test]
    fn iterates_in_insertion_order_across_removals() {
        let mut t = table(0..10);
        t.remove(find(&t, 3).unwrap());
        t.remove(find(&t, 0).unwrap());
        add(&mut t, 3);
        assert_eq!(keys(&t), vec![1, 2, 4, 5, 6, 7, 8, 9, 3]);
        assert_eq!(t.len(), 9);
    }

    #[test]
    fn find_sees_only_equal_hashes() {
        let t = table(0..100);
        let mut seen = Vec::new();
        assert_eq!(
            t.find(3, |s| {
                seen.push(s.hash);
                false
            }),
            None
        );
        assert!(seen.iter().all(|h| *h == 3));
        assert_eq!(t.iter_hash(3).count(), 14);
    }

    #[test]
    fn removing_the_tail_trims_tombstones_and_stale_ids_find_nothing() {
        let mut t = table(0..4);
        t.remove(find(&t, 2).unwrap());
        let old = find(&t, 3).unwrap();
        t.remove(old);
        assert_eq!(t.slots.len(), 2, "both trailing tombstones are gone");
        assert_eq!(t.last(), find(&t, 1));
        add(&mut t, 2);
        let new = add(&mut t, 3);
        assert_eq!(new.position(), old.position());
        assert!(
            t.get(old).is_none(),
            "a reused position is not the old entry"
        );
        assert_eq!(t.get(new).map(|s| s.key), Some(3));
    }

    #[test]
    fn tombstones_are_compacted_when_they_dominate() {
        let mut t = table(0..1000);
        let version = t.version();
        assert_eq!(t.retain(|k, _| k % 10 == 0), 900);
        assert!(t.slots.len() <= 2 * t.len().max(MIN_TOMBSTONES_TO_COMPACT));
        assert!(t.version() > version);
        assert_eq!(keys(&t), (0..1000).step_by(10).collect::<Vec<_>>());
        for k in (0..1000).step_by(10) {
            assert!(find(&t, k).is_some());
        }
        assert!(find(&t, 11).is_none());
    }

    #[test]
    fn python_int_hashes_are_mixed_before_indexing() {
        // `hash(n) == n`: identical top bits everywhere, and equal hashes for distinct keys.
        let mut t = OrderedTable::default();
        for k in 0..10_000u64 {
            t.push(k, k, 0u8);
            t.push(k, k + 1_000_000, 0u8);
        }
        let tags: std::collections::HashSet<u8> = (0..10_000u64)
            .map(|k| (spread(tag_of(k)) >> 57) as u8)
            .collect();
        assert_eq!(tags.len(), 128, "every control byte is used");
        for k in 0..10_000u64 {
            let id = t.find(k, |s| s.key == k + 1_000_000).unwrap();
            assert_eq!(t.get(id).unwrap().key, k + 1_000_000);
            assert_eq!(t.iter_hash(k).count(), 2);
        }
    }

    #[test]
    fn next_from_walks_live_entries_by_cursor() {
        let mut t = table(0..5);
        t.remove(find(&t, 1).unwrap());
        let mut cursor = 0;
        let mut got = Vec::new();
        while let Some(id) = t.next_from(cursor) {
            got.push(t.get(id).unwrap().key);
            cursor = id.position() + 1;
        }
        assert_eq!(got, vec![0, 2, 3, 4]);
    }

    #[test]
    fn a_panicking_retain_leaves_a_consistent_table() {
        let mut t = table(0..50);
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            t.retain(|k, _| {
                assert!(*k != 30, "boom");
                k % 2 == 0
            })
        }));
        assert!(result.is_err());
        assert_eq!(
            t.len(),
            50,
            "`keep` is asked about everything before anything goes"
        );
        assert_eq!(t.len(), t.iter().count());
        assert_eq!(t.index.len(), t.len());
        for (id, slot) in t.iter() {
            assert_eq!(find(&t, slot.key), Some(id));
        }
    }
}

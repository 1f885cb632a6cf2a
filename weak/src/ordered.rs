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

/// Drops `removed` one at a time, going on past a panicking `Drop`: two panicking `Drop`s in one
/// `Vec` would abort the process (a panic during unwinding), and `retain` runs inside a collection
/// (via `Trace::prune_weak`). The first panic is resumed once everything is dropped, so it
/// propagates out of `collect` as a `prune_weak` panic does, with the table already consistent.
/// One `catch_unwind` per panic, not per item: a panic leaves `items` just past the item that
/// panicked, and the loop resumes there.
fn drop_each<T>(removed: impl IntoIterator<Item = T>) {
    let mut items = removed.into_iter();
    let mut first = None;
    while let Err(payload) = catch_unwind(AssertUnwindSafe(|| items.by_ref().for_each(drop))) {
        first.get_or_insert(payload);
    }
    if let Some(payload) = first {
        resume_unwind(payload);
    }
}

/// The positions `retain` removes, one bit per slot; allocated at the first one, so a `retain`
/// that removes nothing allocates nothing.
#[derive(Default)]
struct Doomed {
    words: Vec<u64>,
    count: usize,
}

impl Doomed {
    /// Records `word`, the marks of positions `64 * w ..` of `slots` positions, and counts them.
    #[inline]
    fn insert_word(&mut self, w: usize, word: u64, slots: usize) {
        if self.words.is_empty() {
            self.words = vec![0; slots.div_ceil(64)];
        }
        self.words[w] = word;
        self.count += word.count_ones() as usize;
    }

    /// The marked positions, ascending.
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(w, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    w * 64 + bit
                })
            })
        })
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
    /// most of a cache), the survivors move to fresh, compact `slots` and a fresh index, O(live),
    /// and the removed entries are not visited again except to be dropped;
    /// `wvd_1m_one_in_ten_survive/collect_and_len` and `wkd_100k_values_reference_keys` in
    /// benches/tables.rs measure that case. Otherwise each removed entry leaves the index through
    /// a lookup of its own.
    ///
    /// `keep` may panic: it is asked about every entry before anything is removed. Removed keys
    /// and values are dropped only once the table is consistent again (O1).
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) -> usize {
        let slots = self.slots.len();
        let mut doomed = Doomed::default();
        for (w, chunk) in self.slots.chunks_mut(64).enumerate() {
            let mut word = 0;
            for (bit, slot) in chunk.iter_mut().enumerate() {
                if let Some(slot) = slot {
                    if !keep(&slot.key, &mut slot.value) {
                        word |= 1 << bit;
                    }
                }
            }
            if word != 0 {
                doomed.insert_word(w, word, slots);
            }
        }
        if doomed.count == 0 {
            return 0;
        }
        let survivors = self.len - doomed.count;
        let tombstones = slots - survivors;
        if tombstones >= MIN_TOMBSTONES_TO_COMPACT && tombstones > survivors {
            self.rebuild_from_survivors(&doomed, survivors);
        } else {
            self.remove_each(&doomed);
        }
        doomed.count
    }

    /// `retain`'s path for few removals: each doomed entry leaves the index by a lookup and leaves
    /// a tombstone. O(doomed).
    fn remove_each(&mut self, doomed: &Doomed) {
        let mut removed = Vec::new();
        for pos in doomed.iter() {
            let hash = live(&self.slots, pos as u32).hash;
            match self
                .index
                .find_entry(spread(tag_of(hash)), |l| l.pos() as usize == pos)
            {
                Ok(entry) => drop(entry.remove()),
                Err(_) => unreachable!("O1: a live slot has an index entry"),
            }
            let slot = self.slots[pos].take();
            if std::mem::needs_drop::<Slot<K, V>>() {
                removed.push(slot);
            }
        }
        self.len -= doomed.count;
        self.version += 1;
        self.trim_tail();
        drop_each(removed);
    }

    /// `retain`'s path for many removals: the `survivors` move, in order, to new `slots` with a new
    /// index (what `compact` would build), and the old `slots`, now holding only the doomed
    /// entries, are dropped after the table is consistent. O(slots / 64 + survivors) apart from
    /// those drops; no index lookup per removed entry.
    fn rebuild_from_survivors(&mut self, doomed: &Doomed, survivors: usize) {
        // `compact`'s capacity policy, so a table pruned this way holds the memory it would have.
        let capacity = if self.slots.capacity() > 4 * survivors.max(8) {
            2 * survivors
        } else {
            self.slots.capacity()
        };
        let mut kept = Vec::with_capacity(capacity);
        let mut index = HashTable::with_capacity(survivors);
        for (chunk, &word) in self.slots.chunks_mut(64).zip(&doomed.words) {
            if word == u64::MAX {
                continue; // all 64 doomed
            }
            for (bit, slot) in chunk.iter_mut().enumerate() {
                if (word >> bit) & 1 == 0 {
                    // A tombstone (`None`) stays behind; a survivor moves.
                    if let Some(slot) = slot.take() {
                        let tag = tag_of(slot.hash);
                        let pos = kept.len() as u32;
                        index.insert_unique(spread(tag), Link::new(pos, tag), |l| l.index_hash());
                        kept.push(Some(slot));
                    }
                }
            }
        }
        debug_assert_eq!(kept.len(), survivors);
        let old = std::mem::replace(&mut self.slots, kept);
        self.index = index;
        self.len = survivors;
        self.version += 1;
        // O1 and O2 hold again (no tombstones at all); `old` holds the doomed entries and `None`s.
        if std::mem::needs_drop::<Slot<K, V>>() {
            drop_each(old.into_iter().flatten());
        }
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

    /// O1 and O2, checked from outside: every live entry is found under its id, the index holds
    /// nothing else, and the last slot is live.
    fn assert_consistent(t: &OrderedTable<u64, u64>) {
        assert_eq!(t.len(), t.iter().count());
        assert_eq!(t.index.len(), t.len());
        for (id, slot) in t.iter() {
            assert_eq!(find(t, slot.key), Some(id));
        }
        assert!(t.slots.last().is_none_or(Option::is_some), "O2");
    }

    #[test]
    fn retain_removing_most_entries_rebuilds_in_order() {
        // Tombstones first, then a prune that keeps one key in 50 below 300 and the last one: the
        // survivors move to a fresh table, in order. Bitmap words of every kind: survivors and
        // tombstones (positions 0-127), only doomed (256-447 and 512-959, skipped whole), doomed
        // and a tombstone (448-511), a tombstone, doomed and a survivor (960-999, a partial word).
        let mut t = table(0..1000);
        for k in [3, 64, 65, 501, 998] {
            t.remove(find(&t, k).unwrap());
        }
        let stale = find(&t, 101).unwrap();
        let kept_id = find(&t, 150).unwrap();
        let version = t.version();
        let survives = |k: u64| (k.is_multiple_of(50) && k < 300) || k == 999;
        let removed = t.retain(|k, v| {
            *v += 1;
            survives(*k)
        });
        let expected: Vec<u64> = (0..1000).filter(|k| survives(*k)).collect();
        assert_eq!(expected.len(), 7);
        assert_eq!(removed, 995 - 7);
        assert!(t.version() > version);
        assert_eq!(keys(&t), expected);
        assert_eq!(t.slots.len(), t.len(), "no tombstones are left");
        assert!(t.iter().all(|(_, s)| s.value == s.key * 10 + 1));
        assert_consistent(&t);
        assert!(t.get(stale).is_none(), "a removed entry's id finds nothing");
        assert!(t.get(kept_id).is_none(), "ids go stale when entries move");
        assert_eq!(t.get(find(&t, 150).unwrap()).map(|s| s.key), Some(150));
        add(&mut t, 7);
        assert_eq!(keys(&t).last(), Some(&7));
        assert_consistent(&t);
    }

    #[test]
    fn retain_removing_a_few_entries_keeps_positions() {
        let mut t = table(0..1000);
        let id = find(&t, 999).unwrap();
        assert_eq!(t.retain(|k, _| k % 100 != 1), 10);
        assert_eq!(t.slots.len(), 1000, "tombstones, no compaction");
        assert_eq!(find(&t, 999), Some(id), "ids stay valid");
        assert_consistent(&t);
        assert_eq!(t.retain(|_, _| true), 0);
        assert_eq!(t.retain(|k, _| *k != 999), 1);
        assert_eq!(t.slots.len(), 999, "O2: the trailing tombstone is trimmed");
        assert_consistent(&t);
    }

    #[test]
    fn a_retain_that_panics_before_a_rebuild_leaves_the_table_unchanged() {
        let mut t = table(0..1000);
        let before = keys(&t);
        let version = t.version();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            t.retain(|k, _| {
                assert!(*k != 700, "boom");
                *k == 999
            })
        }));
        assert!(result.is_err());
        assert_eq!(keys(&t), before, "nothing removed, order kept");
        assert_eq!(t.version(), version);
        assert_consistent(&t);
        assert_eq!(t.retain(|k, _| *k == 999), 999, "the table still works");
        assert_eq!(keys(&t), vec![999]);
        assert_consistent(&t);
    }

    /// A value whose `Drop` records its key, and panics for keys that are multiples of 100.
    struct Noisy(u64, std::rc::Rc<std::cell::RefCell<Vec<u64>>>);
    impl Drop for Noisy {
        fn drop(&mut self) {
            self.1.borrow_mut().push(self.0);
            assert!(!self.0.is_multiple_of(100), "drop panics");
        }
    }

    #[test]
    fn both_retain_paths_drop_every_removed_value_once_past_panicking_drops() {
        for survivors_every in [2, 5] {
            // One survivor in 2: no rebuild (tombstones do not outnumber survivors); one in 5: a
            // rebuild. Either way ten `Drop`s panic, and the first panic comes out once every
            // removed value is dropped, with the table consistent.
            let dropped = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
            let mut t = OrderedTable::default();
            for k in 0..1000u64 {
                t.push(k % 7, k, Noisy(k, dropped.clone()));
            }
            let keep = |k: &u64| k % survivors_every == 1;
            let result =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| t.retain(|k, _| keep(k))));
            assert!(result.is_err(), "the first `Drop` panic propagates");
            let rebuilt = t.slots.len() == t.len();
            assert_eq!(rebuilt, survivors_every == 5, "which path ran");
            let expected: Vec<u64> = (0..1000).filter(|k| !keep(k)).collect();
            assert_eq!(
                *dropped.borrow(),
                expected,
                "each removed value once, in order"
            );
            let survivors: Vec<u64> = t.iter().map(|(_, s)| s.key).collect();
            assert_eq!(survivors, (0..1000).filter(keep).collect::<Vec<_>>());
            assert_eq!(t.index.len(), t.len());
            for (id, slot) in t.iter() {
                assert_eq!(t.find(slot.key % 7, |s| s.key == slot.key), Some(id));
            }
            dropped.borrow_mut().clear();
            drop(t);
            assert_eq!(dropped.borrow().len(), 1000 / survivors_every as usize);
        }
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

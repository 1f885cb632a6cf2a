//! [`Dict`]: the storage of Python's `dict` (and `set`), insertion-ordered and keyed by Python hash
//! and equality.
//!
//! The table never compares keys itself: Python equality may run `__eq__`, which needs the whole
//! interpreter, while the dict sits inside a heap object. So lookups are two-phase, like the weak
//! tables': [`Dict::candidates`] lists the positions stored under a hash, the interpreter compares
//! each candidate's key with the table released, then acts on the winning position. Positions stay
//! valid until [`Dict::compact`] (which bumps [`Dict::version`]), and a stale position finds nothing.
//!
//! The index is a `hashbrown::HashTable` of entry positions (4 bytes a key, as CPython's compact
//! dict's index), hashed by the key's Python hash spread over 64 bits: one flat table, no vector
//! per hash.

use hashbrown::HashTable;
use smallvec::SmallVec;
use weakgc::{Trace, Tracer};

use crate::runtime::object::Value;

/// One live entry.
#[derive(Clone, Copy)]
pub struct Entry {
    /// The key's Python hash.
    pub hash: i64,
    /// The key.
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// An insertion-ordered hash table of Python objects: one pointer, so that a dict, set or
/// frozenset keeps every object's cell small; the table is allocated by the first insertion.
#[derive(Default, Clone)]
pub struct Dict {
    t: Option<Box<Table>>,
}

/// A [`Dict`]'s table.
#[derive(Default, Clone)]
struct Table {
    /// Entries in insertion order; removed ones leave `None` until the next compaction.
    entries: Vec<Option<Entry>>,
    /// The positions of the live entries, found by [`spread`] of their hash.
    index: HashTable<u32>,
    len: usize,
    version: u64,
}

/// The index's hash of a Python hash: ints hash to themselves, so small ones would leave the
/// table's top bits (hashbrown's tag) all zero; a multiply spreads them.
fn spread(hash: i64) -> u64 {
    let x = (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^ (x >> 29)
}

/// Positions found under one hash: almost always zero or one.
pub type Candidates = SmallVec<[usize; 2]>;

impl Dict {
    /// An empty dict.
    pub fn new() -> Dict {
        Dict::default()
    }

    fn table_mut(&mut self) -> &mut Table {
        self.t.get_or_insert_with(Box::default)
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.t.as_ref().map_or(0, |t| t.len)
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bumped by every insertion of a new key, removal and compaction (not by replacing a value):
    /// iteration compares it to raise "dictionary changed size during iteration".
    pub fn version(&self) -> u64 {
        self.t.as_ref().map_or(0, |t| t.version)
    }

    /// The positions of the live entries stored under `hash`, oldest first.
    pub fn candidates(&self, hash: i64) -> Candidates {
        self.t
            .as_ref()
            .map_or_else(Candidates::new, |t| t.candidates(hash))
    }

    /// The entry at `pos`, if it is still there.
    pub fn entry(&self, pos: usize) -> Option<Entry> {
        self.t.as_ref()?.entries.get(pos).copied().flatten()
    }

    /// Replaces the value at `pos`; false if the entry is gone.
    pub fn set_value(&mut self, pos: usize, value: Value) -> bool {
        self.t.as_mut().is_some_and(|t| t.set_value(pos, value))
    }

    /// Appends a new entry.
    ///
    /// # Correctness
    /// The caller has checked that no equal key is present.
    pub fn push(&mut self, hash: i64, key: Value, value: Value) -> usize {
        self.table_mut().push(hash, key, value)
    }

    /// Removes the entry at `pos`, returning it.
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        self.t.as_mut()?.remove_at(pos)
    }

    /// Drops the holes left by removals. Invalidates positions (and bumps the version).
    pub fn compact(&mut self) {
        self.table_mut().compact();
    }

    /// Removes every entry (keeping the version counting, for iterators that saw the old one).
    pub fn clear(&mut self) {
        if let Some(t) = &mut self.t {
            t.clear();
        }
    }

    /// The first live position at `pos` or later.
    pub fn next_from(&self, pos: usize) -> Option<usize> {
        let t = self.t.as_ref()?;
        (pos..t.entries.len()).find(|p| t.entries[*p].is_some())
    }

    /// The last live entry's position.
    pub fn last(&self) -> Option<usize> {
        let t = self.t.as_ref()?;
        (0..t.entries.len()).rev().find(|p| t.entries[*p].is_some())
    }

    /// The live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = Entry> + '_ {
        self.t
            .iter()
            .flat_map(|t| t.entries.iter().filter_map(|e| *e))
    }
}

impl Table {
    /// The positions of the live entries stored under `hash`, oldest first.
    pub fn candidates(&self, hash: i64) -> Candidates {
        let entries = &self.entries;
        let mut found: Candidates = self
            .index
            .iter_hash(spread(hash))
            .map(|p| *p as usize)
            .filter(|p| matches!(entries[*p], Some(e) if e.hash == hash))
            .collect();
        if found.len() > 1 {
            found.sort_unstable();
        }
        found
    }

    /// Replaces the value at `pos`; false if the entry is gone.
    pub fn set_value(&mut self, pos: usize, value: Value) -> bool {
        match self.entries.get_mut(pos) {
            Some(Some(e)) => {
                e.value = value;
                true
            }
            _ => false,
        }
    }

    /// Appends a new entry.
    ///
    /// # Correctness
    /// The caller has checked that no equal key is present.
    pub fn push(&mut self, hash: i64, key: Value, value: Value) -> usize {
        let pos = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(spread(hash), pos as u32, |p| {
            spread(entries[*p as usize].expect("indexed entries are live").hash)
        });
        self.len += 1;
        self.version += 1;
        pos
    }

    /// Removes the entry at `pos`, returning it.
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let entry = self.entries.get_mut(pos)?.take()?;
        if let Ok(found) = self
            .index
            .find_entry(spread(entry.hash), |p| *p as usize == pos)
        {
            found.remove();
        }
        self.len -= 1;
        self.version += 1;
        if self.entries.len() > 16 && self.len < self.entries.len() / 2 {
            self.compact();
        }
        Some(entry)
    }

    /// Drops the holes left by removals. Invalidates positions (and bumps the version).
    pub fn compact(&mut self) {
        self.entries.retain(Option::is_some);
        self.index.clear();
        let entries = &self.entries;
        for (pos, e) in entries.iter().enumerate() {
            let e = e.expect("retained");
            self.index.insert_unique(spread(e.hash), pos as u32, |p| {
                spread(entries[*p as usize].expect("retained").hash)
            });
        }
        self.version += 1;
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
        self.version += 1;
    }
}

impl Trace for Dict {
    /// Reports entries last to first (each value before its key): the collector frees a dead
    /// container's referents last-reported first, and CPython's `dict_dealloc` releases entries
    /// first to last, key before value. Instance attributes live in a `Dict`, so they die in
    /// definition order too.
    fn trace(&self, tracer: &mut Tracer) {
        let Some(t) = &self.t else {
            return;
        };
        for e in t.entries.iter().rev().flatten() {
            tracer.edge(e.value);
            tracer.edge(e.key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::object::{ObjKind, Object};
    use weakgc::Heap;

    #[test]
    fn positions_survive_removals_until_compaction() {
        let mut heap = Heap::new();
        let v: Vec<Value> = (0..40)
            .map(|i| heap.alloc(Object::new(ObjKind::Int(i))))
            .collect();
        let mut d = Dict::new();
        for (i, k) in v.iter().enumerate() {
            d.push(i as i64 % 7, *k, *k);
        }
        assert_eq!(d.candidates(3).len(), 6);
        let p = d.candidates(3)[1];
        assert_eq!(d.entry(p).map(|e| e.key), Some(v[10]));
        d.remove_at(p);
        assert!(d.entry(p).is_none());
        assert_eq!(d.len(), 39);
        for i in 0..30 {
            let pos = d.next_from(0).unwrap();
            assert!(d.remove_at(pos).is_some(), "{i}");
        }
        assert_eq!(d.len(), 9);
        let keys: Vec<Value> = d.iter().map(|e| e.key).collect();
        assert_eq!(keys, v[31..].to_vec());
        for k in &keys {
            let h = d
                .iter()
                .find(|e| e.key == *k)
                .map(|e| e.hash)
                .expect("present");
            assert!(d
                .candidates(h)
                .iter()
                .any(|p| d.entry(*p).unwrap().key == *k));
        }
    }
}

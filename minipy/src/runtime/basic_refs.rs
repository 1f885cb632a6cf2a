//! The index of each object's shared plain `weakref.ref` and `weakref.proxy` (see [`BasicRefs`]).

use std::collections::HashMap;

use weakgc::GcAny;

/// Each object's reusable weak reference objects: its plain `ref` and its `proxy` without
/// callback, which CPython keeps at the head of the object's weakref list and hands out again.
///
/// A side index, so that finding them costs O(1) rather than a walk over every registration the
/// object has (one per weak-container entry: with an object the value of 100,000
/// `WeakValueDictionary` entries, each `weakref.ref(obj)` walked them all). Entries go stale when
/// the referent or the reference dies; a lookup checks what it finds, and the index drops stale
/// entries whenever it has doubled since it last did, so it stays proportional to the live ones.
#[derive(Default)]
pub struct BasicRefs {
    /// Referent -> [plain ref, proxy], each without callback.
    by_referent: HashMap<GcAny, [Option<GcAny>; 2]>,
    /// Entries left by the last pruning.
    pruned_len: usize,
}

/// Below this many entries the index is never pruned.
const BASIC_REFS_MIN_PRUNE: usize = 1024;

impl BasicRefs {
    /// The plain reference (`proxy`: the proxy) recorded for `referent`; it may have died since.
    pub fn get(&self, referent: GcAny, proxy: bool) -> Option<GcAny> {
        self.by_referent.get(&referent)?[usize::from(proxy)]
    }

    /// Records `r` for `referent`; then, if the index has doubled since it was last pruned, drops
    /// every reference and referent that `is_alive` says died.
    pub fn insert(
        &mut self,
        referent: GcAny,
        r: GcAny,
        proxy: bool,
        is_alive: impl Fn(GcAny) -> bool,
    ) {
        self.by_referent.entry(referent).or_default()[usize::from(proxy)] = Some(r);
        if self.by_referent.len() < BASIC_REFS_MIN_PRUNE.max(2 * self.pruned_len) {
            return;
        }
        self.by_referent.retain(|referent, refs| {
            for r in refs.iter_mut() {
                if r.is_some_and(|r| !is_alive(r)) {
                    *r = None;
                }
            }
            is_alive(*referent) && refs.iter().any(Option::is_some)
        });
        self.pruned_len = self.by_referent.len();
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;
    use std::num::NonZeroU32;

    use weakgc::GcAny;

    use super::{BasicRefs, BASIC_REFS_MIN_PRUNE};

    #[test]
    fn the_reuse_index_stays_proportional_to_the_live_references() {
        let gc = |i: u32| GcAny::from_raw_parts(i, NonZeroU32::MIN);
        let mut index = BasicRefs::default();
        let mut live = HashSet::new();
        // 100 long-lived objects with a plain ref each, then 20,000 short-lived ones whose ref
        // dies right away (a loop making `weakref.ref(obj)` of temporaries).
        for i in 0..100 {
            live.extend([gc(2 * i), gc(2 * i + 1)]);
            index.insert(gc(2 * i), gc(2 * i + 1), false, |g| live.contains(&g));
        }
        for i in 100..20_100 {
            index.insert(gc(2 * i), gc(2 * i + 1), true, |g| live.contains(&g));
            assert!(index.by_referent.len() <= BASIC_REFS_MIN_PRUNE.max(2 * 100));
        }
        for i in 0..100 {
            assert_eq!(index.get(gc(2 * i), false), Some(gc(2 * i + 1)));
            assert_eq!(index.get(gc(2 * i), true), None);
        }
    }
}

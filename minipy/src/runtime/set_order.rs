//! The order a `set` iterates in, as CPython's: Objects/setobject.c keeps an open-addressing
//! table (linear probes of 9, then perturbation), grows it by 4x once it is 3/5 full, and iterates
//! it slot by slot. minipy stores a set's members in insertion order ([`Dict`]), and replays
//! those insertions into a table of hashes to find the slot order. Exact for sets built by adding
//! members (literals, `set(list)`, comprehensions, `add`, `update`); after removals or copies
//! CPython's table may hold dummies or a different size, and the order may differ from CPython's.
//! Only int (and bool, float, tuple-of-int) hashes match CPython's, so only their order is meaningful.

use crate::runtime::dict::Dict;
use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

/// Inserts `(hash, pos)` into `table` (no equal key present), as `set_insert_clean`.
fn insert_clean(table: &mut [Option<(i64, usize)>], hash: i64, pos: usize) {
    let mask = table.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if table[i].is_none() {
            table[i] = Some((hash, pos));
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if table[i + j].is_none() {
                    table[i + j] = Some((hash, pos));
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

/// The positions of `entries` (hash, position, in insertion order) in CPython's iteration order.
pub fn cpython_order(entries: &[(i64, usize)]) -> Vec<usize> {
    let mut table: Vec<Option<(i64, usize)>> = vec![None; MIN_SIZE];
    let mut used = 0usize;
    for &(hash, pos) in entries {
        insert_clean(&mut table, hash, pos);
        used += 1;
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let min_used = if used > 50_000 { used * 2 } else { used * 4 };
            let mut size = MIN_SIZE;
            while size <= min_used {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for (h, p) in old.into_iter().flatten() {
                insert_clean(&mut table, h, p);
            }
        }
    }
    table.into_iter().flatten().map(|(_, p)| p).collect()
}

/// CPython's `frozenset_hash`: independent of order and table size.
pub fn frozenset_hash(d: &Dict) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let mut entries = Vec::with_capacity(d.len());
    let mut pos = d.next_from(0);
    while let Some(p) = pos {
        if let Some(e) = d.entry(p) {
            entries.push((e.hash, p));
        }
        pos = d.next_from(p + 1);
    }
    // CPython xors in every slot and then cancels the empty ones: only members count.
    let mut hash: u64 = 0;
    for (h, _) in &entries {
        hash ^= shuffle(*h as u64);
    }
    hash ^= (entries.len() as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        590_923_713
    } else {
        hash as i64
    }
}

/// The positions of a set's live members in CPython's iteration order.
pub fn set_positions(d: &Dict) -> Vec<usize> {
    let mut entries = Vec::with_capacity(d.len());
    let mut pos = d.next_from(0);
    while let Some(p) = pos {
        if let Some(e) = d.entry(p) {
            entries.push((e.hash, p));
        }
        pos = d.next_from(p + 1);
    }
    cpython_order(&entries)
}

/// Whether CPython's compiler folds `e` to a constant: a literal, a sign on a number, a tuple of
/// constants. A set display of three or more constants is compiled as `set().update(frozenset)`,
/// whose frozenset was built twice (once from the elements, once from its own table order, by
/// `merge_consts_recursive`), and that decides the order.
pub fn is_constant(e: &crate::syntax::ast::Expr) -> bool {
    use crate::syntax::ast::{ExprKind as K, UnaryOp};
    match &e.kind {
        K::Int(_) | K::BigInt(_) | K::Float(_) | K::Str(_) | K::Bool(_) | K::None | K::Ellipsis => {
            true
        }
        K::UnaryOp { op, operand } => {
            !matches!(op, UnaryOp::Not)
                && matches!(
                    operand.kind,
                    K::Int(_) | K::BigInt(_) | K::Float(_) | K::Bool(_)
                )
        }
        K::Tuple(items) => items.iter().all(is_constant),
        _ => false,
    }
}

impl Interp {
    /// The order in which to add the members of a set display `{a, b, c}` of three or more
    /// constants (see [`is_constant`]) so that the set's table order is CPython's.
    pub fn constant_set_display_order(&mut self, items: Vec<Value>) -> PyResult<Vec<Value>> {
        let tmp = self.alloc(ObjKind::Set(Dict::new()))?;
        for v in items {
            self.set_add(tmp, v)?;
        }
        Ok(self.set_members(tmp))
    }

    /// A frozenset with the members of set `s` (which is left empty).
    pub fn freeze(&mut self, s: Value) -> PyResult<Value> {
        let d = match self.obj_mut(s) {
            ObjKind::Set(d) => std::mem::take(d),
            ObjKind::FrozenSet(_) => return Ok(s),
            _ => Dict::new(),
        };
        self.alloc(ObjKind::FrozenSet(d))
    }

    /// The members of set `v` in CPython's iteration order (empty for a non-set).
    pub fn set_members(&self, v: Value) -> Vec<Value> {
        match self.obj(v) {
            ObjKind::Set(d) | ObjKind::FrozenSet(d) => set_positions(d)
                .into_iter()
                .filter_map(|p| d.entry(p).map(|e| e.key))
                .collect(),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::cpython_order;

    fn order(hashes: &[i64]) -> Vec<i64> {
        let entries: Vec<(i64, usize)> = hashes.iter().enumerate().map(|(i, h)| (*h, i)).collect();
        cpython_order(&entries)
            .into_iter()
            .map(|p| hashes[p])
            .collect()
    }

    #[test]
    fn small_int_sets_iterate_as_cpythons() {
        // Checked against python3.11: print({3, 1, 2}), {10, 5, 100, 33, 64}, set(range(20, 0, -3)).
        assert_eq!(order(&[3, 1, 2]), [1, 2, 3]);
        assert_eq!(order(&[10, 5, 100, 33, 64]), [64, 33, 100, 5, 10]);
        assert_eq!(order(&[20, 17, 14, 11, 8, 5, 2]), [2, 5, 8, 11, 14, 17, 20]);
    }
}

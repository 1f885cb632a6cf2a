//! The generators the weak containers hand out: `keys()`, `values()` and `items()` of
//! `WeakKeyDictionary` and `WeakValueDictionary`, and `iter()` of them and of `WeakSet`.
//!
//! In CPython these are generator functions of `Lib/weakref.py` and `Lib/_weakrefset.py`, so
//! what they return is a `generator` (`<generator object WeakKeyDictionary.keys at 0x...>`), not
//! a list or a view: it has no `len()`, is consumed once, and yields only entries whose weakly held
//! part is still alive when it gets to them. minipy's generator takes its snapshot of the entries
//! on the first step (when CPython's generator body starts running), holds the weakly held part
//! of each entry weakly, and skips entries that died by the time it reaches them.
//!
//! CPython's generators iterate the container's underlying `dict` or `set` under an
//! `_IterationGuard` that defers the removal of entries whose weak part dies, so only explicit
//! changes alter its size, and the next step then raises `RuntimeError: dictionary changed size
//! during iteration` (`Set changed size` for a `WeakSet`). minipy's tables drop dead entries at
//! once, so a step compares the table's length plus the snapshot's dead entries with the length
//! it started from; it recounts the dead only when the lengths disagree, so a loop costs O(n)
//! plus one O(n) recount per collection that killed entries during it.
//!
//! Not detected: an entry added during the iteration whose weak part dies before the next step
//! (CPython's deferred removal keeps it counted, so it raises; minipy's table already dropped it).

use weakgc::GcAny;

use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::iter_state::IterState;
use crate::runtime::object::{ObjKind, Value, ViewKind};

use crate::runtime::iter_state::{WeakEntry as Entry, WeakGen};

impl Interp {
    /// What `for x in t` steps through for weak container `t`: its `__iter__` generator (keys of a
    /// dictionary, members of a `WeakSet`), without a generator object around it.
    pub(crate) fn weak_keys_generator(&self, t: Value) -> WeakGen {
        let qualname = match self.obj(t) {
            ObjKind::WeakSet(_) => "WeakSet.__iter__",
            ObjKind::WeakValueDict(_) => "WeakValueDictionary.keys",
            _ => "WeakKeyDictionary.keys",
        };
        WeakGen::new(t, qualname, ViewKind::Keys)
    }

    /// A new generator over weak container `t` yielding `what`; `None` if `t` is not one.
    pub(crate) fn weak_generator(&mut self, t: Value, what: ViewKind) -> PyResult<Option<Value>> {
        let qualname = match (self.obj(t), what) {
            (ObjKind::WeakSet(_), _) => "WeakSet.__iter__",
            (ObjKind::WeakKeyDict(_), ViewKind::Keys) => "WeakKeyDictionary.keys",
            (ObjKind::WeakKeyDict(_), ViewKind::Values) => "WeakKeyDictionary.values",
            (ObjKind::WeakKeyDict(_), ViewKind::Items) => "WeakKeyDictionary.items",
            (ObjKind::WeakValueDict(_), ViewKind::Keys) => "WeakValueDictionary.keys",
            (ObjKind::WeakValueDict(_), ViewKind::Values) => "WeakValueDictionary.values",
            (ObjKind::WeakValueDict(_), ViewKind::Items) => "WeakValueDictionary.items",
            _ => return Ok(None),
        };
        let generator = WeakGen::new(t, qualname, what);
        let g = self.alloc(ObjKind::Iter(IterState::WeakGen(Box::new(generator))))?;
        Ok(Some(g))
    }

    /// The live entries of weak container `t`, in insertion order.
    fn weak_entries(&mut self, t: Value) -> Vec<Entry> {
        let raw: Vec<(Option<Value>, GcAny)> = match self.obj(t) {
            ObjKind::WeakKeyDict(d) => d.items(&self.heap).map(|(k, v)| (Some(*v), k)).collect(),
            ObjKind::WeakValueDict(d) => d.items(&self.heap).map(|(k, v)| (Some(*k), v)).collect(),
            ObjKind::WeakSet(s) => s.iter(&self.heap).map(|m| (None, m)).collect(),
            _ => Vec::new(),
        };
        raw.into_iter()
            .filter_map(|(strong, gc)| {
                let weak = self.heap.downgrade_any(gc).ok()?;
                Some(Entry {
                    strong,
                    weak: (gc, weak),
                })
            })
            .collect()
    }

    fn entry_alive(&self, entry: &Entry) -> bool {
        let (gc, weak) = entry.weak;
        self.heap.upgrade_any(weak) == Some(gc)
    }

    fn weak_table_len(&self, t: Value) -> usize {
        match self.obj(t) {
            ObjKind::WeakKeyDict(d) => d.len(),
            ObjKind::WeakValueDict(d) => d.len(),
            ObjKind::WeakSet(s) => s.len(),
            _ => 0,
        }
    }

    /// The next value of generator `g`; `None` once it is exhausted (and at every step after).
    pub(crate) fn weak_generator_step(&mut self, g: &mut WeakGen) -> PyResult<Option<Value>> {
        if g.finished {
            return Ok(None);
        }
        self.push_temp(g.table);
        if let Some(list) = g.strong_parts {
            self.push_temp(list);
        }
        if g.entries.is_none() {
            let entries = self.weak_entries(g.table);
            let strong = entries.iter().filter_map(|e| e.strong).collect();
            g.strong_parts = Some(self.alloc(ObjKind::List(strong))?);
            g.len_at_start = entries.len();
            g.entries = Some(entries);
        } else if self.weak_table_len(g.table) + g.dead != g.len_at_start {
            let entries = g.entries.as_deref().unwrap_or(&[]);
            g.dead = entries.iter().filter(|e| !self.entry_alive(e)).count();
            if self.weak_table_len(g.table) + g.dead != g.len_at_start {
                g.finished = true;
                let what = match self.obj(g.table) {
                    ObjKind::WeakSet(_) => "Set",
                    _ => "dictionary",
                };
                return Err(self.err(
                    Exc::RuntimeError,
                    format!("{what} changed size during iteration"),
                ));
            }
        }
        let is_key_dict = matches!(self.obj(g.table), ObjKind::WeakKeyDict(_));
        while let Some(entry) = g.entries.as_ref().and_then(|e| e.get(g.pos)).copied() {
            g.pos += 1;
            let gc = entry.weak.0;
            if !self.entry_alive(&entry) {
                continue;
            }
            let Some(weak_part) = self.as_value(gc) else {
                continue;
            };
            let strong = entry.strong;
            self.push_temp(weak_part);
            let Some(strong) = strong else {
                return Ok(Some(weak_part));
            };
            // A `WeakKeyDictionary` holds its keys weakly, a `WeakValueDictionary` its values.
            let (key, value) = if is_key_dict {
                (weak_part, strong)
            } else {
                (strong, weak_part)
            };
            let v = match g.what {
                ViewKind::Keys => key,
                ViewKind::Values => value,
                ViewKind::Items => self.alloc(ObjKind::Tuple(vec![key, value]))?,
            };
            return Ok(Some(v));
        }
        g.finished = true;
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use crate::{run_captured, Options};

    fn run(src: &str) -> String {
        run_captured(src, &Options::default()).1
    }

    #[test]
    fn views_are_one_shot_generators_that_skip_dead_entries() {
        let src = "import weakref, gc\nclass K:\n    pass\na, b = K(), K()\nd = weakref.WeakKeyDictionary({a: 1, b: 2})\nks = d.keys()\ndel b\ngc.collect()\nprint(type(ks).__name__, len(list(ks)), list(ks), list(d.values()))\n";
        assert_eq!(run(src), "generator 1 [] [1]\n");
    }
}

//! `WeakKeyDictionary`, `WeakValueDictionary` and `WeakSet` operations on weakgc's heap-aware
//! tables, keyed by Python hash and equality through the tables' two-phase API: hash with
//! `__hash__`, list the candidates under that hash, compare with `__eq__` while the table is not
//! borrowed, then act on the winning entry id (a stale id finds nothing).
//!
//! The collector prunes these tables itself in the cycle an entry's weak part dies, so `len()` is
//! exact right after `gc.collect()`.
//!
//! Each entry also registers its container as a listing-only watcher of the entry's weak part
//! (`Heap::watch_without_callback`), once per entry, because CPython's containers hold one
//! reference object per entry (a `KeyedRef` per `WeakValueDictionary` value, a `ref` per
//! `WeakKeyDictionary` key or `WeakSet` member) and `weakref.getweakrefcount` counts them: the
//! count stays a walk over the object's own watchers, never a scan of the containers. Every
//! operation that adds or drops an entry here adds or takes back its registration; entries the
//! collector prunes lose theirs with their dead weak part, and a dead container's registrations are
//! no longer listed.
//!
//! The weak dictionaries' Python-level behaviour follows `Lib/weakref.py`: a `WeakKeyDictionary`
//! looks keys up through `ref(key)` (so keys refusing weak references raise `TypeError`, and its
//! `KeyError` carries the reference), both dictionaries compare equal to any mapping with the same
//! items (`collections.abc.Mapping.__eq__`), support `|` and `|=`, and their methods report
//! argument errors as Python methods. The evaluator's operator, in-place and equality hooks for
//! every weak container (and in-place operators on proxies) enter here; `WeakSet`'s own algebra is
//! in `weak_set_ops`, the containers' generators in `weak_iter`.

use weakgc::{EntryId, Gc, GcAny, Referent, Trace};

use crate::builtins::Builtin;
use crate::runtime::charge::DICT_ENTRY_BYTES;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value, ViewKind};
use crate::syntax::ast::BinOp;

impl Interp {
    /// The entry of `key` in weak table `t`, and `key`'s hash (as the tables store it).
    fn weak_find(&mut self, t: Value, key: Value) -> PyResult<(Option<EntryId>, u64)> {
        let h = self.hash(key)? as u64;
        let candidates: Vec<(EntryId, Value)> = match self.obj(t) {
            ObjKind::WeakKeyDict(d) => d
                .candidates(&self.heap, h)
                .filter_map(|(id, gc)| self.as_value(gc).map(|v| (id, v)))
                .collect(),
            ObjKind::WeakValueDict(d) => d
                .candidates(&self.heap, h)
                .map(|(id, k)| (id, *k))
                .collect(),
            ObjKind::WeakSet(s) => s
                .candidates(&self.heap, h)
                .filter_map(|(id, gc)| self.as_value(gc).map(|v| (id, v)))
                .collect(),
            _ => Vec::new(),
        };
        for (id, candidate) in candidates {
            if self.key_eq(candidate, key)? {
                return Ok((Some(id), h));
            }
        }
        Ok((None, h))
    }

    /// A `Referent` for `v`, or CPython's `TypeError` if it refuses weak references.
    fn referent(&mut self, v: Value) -> PyResult<Referent> {
        self.require_weakrefable(v)?;
        self.note_watched_object(v);
        Referent::new(&mut self.heap, v)
            .map(Referent::from)
            .map_err(|e| self.heap_error(e))
    }

    /// Whether `v` accepts weak references: the heap's rule (`Trace::weakref_allowed`), except
    /// that instances of the builtin classes (`object()`, `ValueError()`) refuse them, as their
    /// CPython types have no `__weakref__` slot; instances of user classes accept them. The heap
    /// cannot tell the two apart, as it cannot read an instance's class.
    fn weakref_allowed(&self, v: Value) -> bool {
        match self.obj(v) {
            ObjKind::Instance(i) => match self.obj(i.class) {
                ObjKind::Class(c) => &*c.module != "builtins",
                _ => true,
            },
            _ => self.heap.get(v).weakref_allowed(),
        }
    }

    /// CPython's `TypeError` (`cannot create weak reference to 'int' object`) unless `v` accepts
    /// weak references: what `ref(v)` raises where the weak containers make one.
    pub(crate) fn require_weakrefable(&mut self, v: Value) -> PyResult<()> {
        if self.weakref_allowed(v) {
            return Ok(());
        }
        let e = weakgc::HeapError::NotWeakReferenceable {
            type_name: self.type_name(v).to_string(),
        };
        Err(self.heap_error(e))
    }

    /// Registers weak container `t` on `referent` for one new entry (see the module doc).
    fn note_entry(&mut self, t: Value, referent: GcAny) -> PyResult<()> {
        self.heap
            .watch_without_callback(referent, Gc::erase(t))
            .map_err(|e| self.heap_error(e))
    }

    /// Takes back the registration of one entry of `t` that held `referent` weakly.
    fn forget_entry(&mut self, t: Value, referent: GcAny) {
        self.heap.unwatch(referent, Gc::erase(t));
    }

    /// Charges weak container `t` for one more entry before it is inserted (see
    /// `Interp::charge_items`: the table's storage is outside the heap's cells).
    fn reserve_entry(&mut self, t: Value) -> PyResult<()> {
        let len = match self.obj(t) {
            ObjKind::WeakKeyDict(d) => d.len(),
            ObjKind::WeakValueDict(d) => d.len(),
            ObjKind::WeakSet(s) => s.len(),
            _ => return Ok(()),
        };
        self.charge_items(t, DICT_ENTRY_BYTES, len, len + 1)
    }

    /// The weak parts of `t`'s live entries, one per entry: keys, values or members.
    fn entry_referents(&self, t: Value) -> Vec<GcAny> {
        match self.obj(t) {
            ObjKind::WeakKeyDict(d) => d.keys(&self.heap).collect(),
            ObjKind::WeakValueDict(d) => d.values(&self.heap).collect(),
            ObjKind::WeakSet(s) => s.iter(&self.heap).collect(),
            _ => Vec::new(),
        }
    }

    /// `t[key]` for a weak dictionary; `None` if absent from a `WeakValueDictionary`, whose
    /// `KeyError` carries the key. A `WeakKeyDictionary` raises its own, as CPython's
    /// `self.data[ref(key)]` does: `TypeError` for a key that refuses weak references, and a
    /// `KeyError` carrying the weak reference.
    pub fn weak_getitem(&mut self, t: Value, key: Value) -> PyResult<Option<Value>> {
        match self.weak_lookup(t, key)? {
            None if self.is_weak_key_dict(t) => Err(self.weak_key_error(key)),
            found => Ok(found),
        }
    }

    fn is_weak_key_dict(&self, t: Value) -> bool {
        matches!(self.obj(t), ObjKind::WeakKeyDict(_))
    }

    /// The `KeyError` a `WeakKeyDictionary` (or `WeakSet`) raises for an absent `key`: its
    /// argument is `ref(key)`, the key's reusable plain weak reference.
    pub(crate) fn weak_key_error(&mut self, key: Value) -> crate::runtime::exceptions::PyErr {
        match self.new_weakref(key, None) {
            Ok(r) => self.key_error(r),
            Err(e) => e,
        }
    }

    /// `t.get(key)` for a weak dictionary: the value, or `None` if absent; `TypeError` for a
    /// `WeakKeyDictionary` key that refuses weak references (`ref(key)` raises).
    fn weak_lookup(&mut self, t: Value, key: Value) -> PyResult<Option<Value>> {
        if self.is_weak_key_dict(t) {
            self.require_weakrefable(key)?;
        }
        let (id, _) = self.weak_find(t, key)?;
        let Some(id) = id else { return Ok(None) };
        let v = match self.obj(t) {
            ObjKind::WeakKeyDict(d) => d.get_at(&self.heap, id).map(|(_, v)| *v),
            ObjKind::WeakValueDict(d) => {
                d.get_at(&self.heap, id).and_then(|(_, v)| self.as_value(v))
            }
            _ => None,
        };
        if let Some(v) = v {
            self.push_dropped(v);
        }
        Ok(v)
    }

    /// `t[key] = value` for a weak dictionary.
    pub fn weak_setitem(&mut self, t: Value, key: Value, value: Value) -> PyResult<()> {
        let is_wkd = matches!(self.obj(t), ObjKind::WeakKeyDict(_));
        if is_wkd {
            let referent = self.referent(key)?;
            let (id, h) = self.weak_find(t, key)?;
            if id.is_none() {
                self.reserve_entry(t)?;
            }
            let inserted = match self.obj_mut(t) {
                ObjKind::WeakKeyDict(d) => match id.and_then(|id| d.get_mut_at(id)) {
                    Some((_, slot)) => {
                        *slot = value;
                        false
                    }
                    None => {
                        d.insert_unique(h, referent, value);
                        true
                    }
                },
                _ => false,
            };
            if inserted {
                self.note_entry(t, referent.gc())?;
            }
        } else {
            let referent = self.referent(value)?;
            let (id, h) = self.weak_find(t, key)?;
            if id.is_none() {
                self.reserve_entry(t)?;
            }
            // `Some(old)`: the entry existed and held `old`; `None`: a new entry.
            let replaced = match self.obj_mut(t) {
                ObjKind::WeakValueDict(d) => match id.and_then(|id| d.set_at(id, referent)) {
                    Some(old) => Some(old),
                    None => {
                        d.insert_unique(h, key, referent);
                        None
                    }
                },
                _ => return Ok(()),
            };
            match replaced {
                Some(old) if old == referent.gc() => {}
                Some(old) => {
                    self.forget_entry(t, old);
                    self.note_entry(t, referent.gc())?;
                }
                None => self.note_entry(t, referent.gc())?,
            }
        }
        Ok(())
    }

    /// `del t[key]`; false if absent from a `WeakValueDictionary` (a `WeakKeyDictionary` raises
    /// its `KeyError(ref(key))` itself).
    pub fn weak_delitem(&mut self, t: Value, key: Value) -> PyResult<bool> {
        match self.weak_remove(t, key)? {
            Some(_) => Ok(true),
            None if self.is_weak_key_dict(t) => Err(self.weak_key_error(key)),
            None => Ok(false),
        }
    }

    /// Removes `key`'s entry, returning its value (the key for a `WeakSet`); `TypeError` for a
    /// `WeakKeyDictionary` key or `WeakSet` item that refuses weak references.
    pub(crate) fn weak_remove(&mut self, t: Value, key: Value) -> PyResult<Option<Value>> {
        if !matches!(self.obj(t), ObjKind::WeakValueDict(_)) {
            self.require_weakrefable(key)?;
        }
        let (id, _) = self.weak_find(t, key)?;
        let Some(id) = id else { return Ok(None) };
        // The removed entry's weak part, and what the removal returns.
        let removed = match self.obj_mut(t) {
            ObjKind::WeakKeyDict(d) => d.remove_at(id).map(|(k, v)| (k, Some(v))),
            ObjKind::WeakValueDict(d) => d.remove_at(id).map(|(_, v)| (v, self.as_value(v))),
            ObjKind::WeakSet(s) => s.remove_at(id).map(|g| (g, self.as_value(g))),
            _ => None,
        };
        let Some((referent, v)) = removed else {
            return Ok(None);
        };
        self.forget_entry(t, referent);
        if let Some(v) = v {
            self.push_dropped(v);
        }
        Ok(v)
    }

    /// `key in t`: false (not an error) for keys that cannot be weakly referenced, as in CPython.
    pub fn weak_contains(&mut self, t: Value, key: Value) -> PyResult<bool> {
        if !matches!(self.obj(t), ObjKind::WeakValueDict(_)) && !self.weakref_allowed(key) {
            return Ok(false);
        }
        Ok(self.weak_find(t, key)?.0.is_some())
    }

    /// The live `(key, value)` pairs of a weak dictionary, in insertion order, rooted.
    pub fn weak_items(&mut self, t: Value) -> PyResult<Vec<(Value, Value)>> {
        let pairs: Vec<(Value, Value)> = match self.obj(t) {
            ObjKind::WeakKeyDict(d) => d
                .items(&self.heap)
                .filter_map(|(k, v)| self.as_value(k).map(|k| (k, *v)))
                .collect(),
            ObjKind::WeakValueDict(d) => d
                .items(&self.heap)
                .filter_map(|(k, v)| self.as_value(v).map(|v| (*k, v)))
                .collect(),
            _ => Vec::new(),
        };
        self.roots
            .temps
            .extend(pairs.iter().flat_map(|(k, v)| [*k, *v]));
        Ok(pairs)
    }

    /// The live members of a `WeakSet` with weak handles to re-check them while iterating.
    pub fn weak_set_members(&mut self, s: Value) -> Vec<(GcAny, weakgc::WeakAny)> {
        let members: Vec<GcAny> = match self.obj(s) {
            ObjKind::WeakSet(set) => set.iter(&self.heap).collect(),
            _ => Vec::new(),
        };
        members
            .into_iter()
            .filter_map(|gc| self.heap.downgrade_any(gc).ok().map(|w| (gc, w)))
            .collect()
    }

    /// `t.update(src)`: from a mapping or pairs (dicts), or an iterable (`WeakSet`).
    pub fn weak_update(&mut self, t: Value, src: Value) -> PyResult<()> {
        if self.is_weak_dict(t) && self.is_none(src) {
            return Ok(());
        }
        if let ObjKind::WeakSet(_) = self.obj(t) {
            for v in self.collect_iter(src)? {
                self.weak_set_add(t, v)?;
            }
            return Ok(());
        }
        let pairs = if self.is_mapping(src) {
            self.any_mapping_items(src)?
        } else {
            // `dict(src)`, with its messages.
            let mut pairs = Vec::new();
            for (i, item) in self.collect_iter(src)?.into_iter().enumerate() {
                if self.iter_start(item).is_err() {
                    return Err(self.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
                let kv = self.collect_iter(item)?;
                if kv.len() != 2 {
                    return Err(self.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        kv.len()
                    )));
                }
                pairs.push((kv[0], kv[1]));
            }
            pairs
        };
        for (k, v) in pairs {
            self.push_temp(k);
            self.push_temp(v);
            self.weak_setitem(t, k, v)?;
        }
        Ok(())
    }

    pub(crate) fn weak_set_add(&mut self, s: Value, v: Value) -> PyResult<()> {
        let referent = self.referent(v)?;
        let (id, h) = self.weak_find(s, v)?;
        if id.is_some() {
            return Ok(());
        }
        self.reserve_entry(s)?;
        if let ObjKind::WeakSet(set) = self.obj_mut(s) {
            set.insert_unique(h, referent);
            self.note_entry(s, referent.gc())?;
        }
        Ok(())
    }

    /// Whether `v` is a mapping as `collections.abc.Mapping` sees it: a dict (or `dict` subclass
    /// instance) or a weak dictionary.
    fn is_mapping(&self, v: Value) -> bool {
        match self.obj(v) {
            ObjKind::Dict(_) | ObjKind::WeakKeyDict(_) | ObjKind::WeakValueDict(_) => true,
            ObjKind::Instance(i) => matches!(i.payload(), crate::runtime::object::Payload::Dict(_)),
            _ => false,
        }
    }

    fn is_weak_dict(&self, v: Value) -> bool {
        matches!(
            self.obj(v),
            ObjKind::WeakKeyDict(_) | ObjKind::WeakValueDict(_)
        )
    }

    /// A mapping's `(key, value)` pairs, rooted.
    fn any_mapping_items(&mut self, v: Value) -> PyResult<Vec<(Value, Value)>> {
        if self.is_weak_dict(v) {
            self.weak_items(v)
        } else {
            self.mapping_items(v)
        }
    }

    /// `a op b` when `a` is a weak container (or `b` is a weak dictionary and `a` a dict): the
    /// `WeakSet` algebra, and the weak dictionaries' `|` (`__or__`, `__ror__`: a new dictionary of
    /// the same kind, right operand winning). `None` means `NotImplemented`.
    pub(crate) fn weak_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        if self.is_weak_set(a) {
            return self.weak_set_binop(op, a, b);
        }
        if op != BinOp::BitOr {
            return Ok(None);
        }
        if self.is_weak_dict(a) && self.is_mapping(b) {
            let copy_id = match self.obj(a) {
                ObjKind::WeakKeyDict(_) => Builtin::WkdCopy,
                _ => Builtin::WvdCopy,
            };
            let copy = self.weak_method(copy_id, a, &[])?;
            self.weak_update(copy, b)?;
            return Ok(Some(copy));
        }
        if self.is_weak_dict(b) && self.is_mapping(a) && !self.is_weak_dict(a) {
            let kind = match self.obj(b) {
                ObjKind::WeakKeyDict(_) => {
                    ObjKind::WeakKeyDict(Box::new(weakgc::WeakKeyDictionary::new()))
                }
                _ => ObjKind::WeakValueDict(Box::new(weakgc::WeakValueDictionary::new())),
            };
            let c = self.alloc(kind)?;
            self.weak_update(c, a)?;
            self.weak_update(c, b)?;
            return Ok(Some(c));
        }
        Ok(None)
    }

    /// `cur op= rhs` for a weak container `cur`: changes it and returns it (`|= &= -= ^=` for a
    /// `WeakSet`, `|=` — `update` — for the weak dictionaries). For a proxy `cur`, the in-place
    /// operation of its referent, whose result (not the proxy) is what the name is rebound to,
    /// as CPython's `proxy_iadd` and friends do. `None` for anything else.
    pub(crate) fn weak_inplace(
        &mut self,
        op: BinOp,
        cur: Value,
        rhs: Value,
    ) -> PyResult<Option<Value>> {
        if let ObjKind::Proxy(_) = self.obj(cur) {
            let target = self.unproxy(cur)?;
            let rhs = self.unproxy(rhs)?;
            if let Some(r) = self.weak_inplace(op, target, rhs)? {
                return Ok(Some(r));
            }
            let name = op.inplace_dunder();
            if let Some(f) = self.special_method(target, name) {
                let r = self.call(f, vec![target, rhs], Vec::new())?;
                if r != self.not_implemented() {
                    return Ok(Some(r));
                }
            }
            return self
                .binop_spelled(op, target, rhs, op.inplace_symbol())
                .map(Some);
        }
        if self.is_weak_set(cur) {
            return self.weak_set_inplace(op, cur, rhs);
        }
        if op == BinOp::BitOr && self.is_weak_dict(cur) {
            self.weak_update(cur, rhs)?;
            return Ok(Some(cur));
        }
        Ok(None)
    }

    /// `a == b` when either is a weak container: two `WeakSet`s compare their members; a weak
    /// dictionary compares as `collections.abc.Mapping` does, `dict(a.items()) ==
    /// dict(b.items())`, with any mapping. Anything else is `NotImplemented`, so `False` for
    /// distinct objects.
    pub(crate) fn weak_container_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if self.is_weak_set(a) || self.is_weak_set(b) {
            return Ok(self.weak_set_eq(a, b)?.unwrap_or(a == b));
        }
        if !(self.is_mapping(a) && self.is_mapping(b)) {
            return Ok(a == b);
        }
        let mut dicts = [a, b];
        for d in &mut dicts {
            let pairs = self.any_mapping_items(*d)?;
            let plain = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
            for (k, v) in pairs {
                self.dict_set(plain, k, v)?;
            }
            *d = plain;
        }
        let r = self.rich_eq(dicts[0], dicts[1])?;
        self.truthy(r)
    }

    /// Empties weak container `t`, taking back its entries' registrations.
    pub(crate) fn weak_clear(&mut self, t: Value) -> PyResult<()> {
        // A key dictionary's values were held strongly (the default GC mode's trigger).
        self.drop_suspect |= self.deaths_observable;
        let referents = self.entry_referents(t);
        match self.obj_mut(t) {
            ObjKind::WeakKeyDict(d) => d.clear(),
            ObjKind::WeakValueDict(d) => d.clear(),
            ObjKind::WeakSet(s) => s.clear(),
            _ => {}
        }
        for referent in referents {
            self.forget_entry(t, referent);
        }
        Ok(())
    }

    /// `s.pop()` for a `WeakSet`: some live member, removed.
    pub(crate) fn weak_set_pop(&mut self, s: Value) -> PyResult<Value> {
        let popped = match self.obj_mut(s) {
            ObjKind::WeakSet(set) => set.pop(),
            _ => None,
        };
        if let Some(referent) = popped {
            self.forget_entry(s, referent);
        }
        match popped.and_then(|g| self.as_value(g)) {
            Some(v) => {
                self.push_temp(v);
                Ok(v)
            }
            None => Err(self.err(Exc::KeyError, "pop from empty WeakSet")),
        }
    }

    /// Methods of the weak containers and of `finalize`.
    pub(crate) fn weak_method(&mut self, id: Builtin, t: Value, args: &[Value]) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        let expected = match id {
            B::FinalizeDetach | B::FinalizePeek => matches!(self.obj(t), ObjKind::Finalize(_)),
            B::WkdGet
            | B::WkdKeys
            | B::WkdValues
            | B::WkdItems
            | B::WkdPop
            | B::WkdPopItem
            | B::WkdSetDefault
            | B::WkdUpdate
            | B::WkdClear
            | B::WkdCopy
            | B::WkdKeyRefs => {
                matches!(self.obj(t), ObjKind::WeakKeyDict(_))
            }
            _ => matches!(self.obj(t), ObjKind::WeakValueDict(_)),
        };
        if !expected {
            let tn = self.type_name(t);
            return Err(self.type_error(format!(
                "descriptor '{name}' doesn't apply to a '{tn}' object"
            )));
        }
        let class = match self.obj(t) {
            ObjKind::WeakKeyDict(_) => "WeakKeyDictionary",
            ObjKind::WeakValueDict(_) => "WeakValueDictionary",
            _ => "finalize",
        };
        // Each method's parameters after `self`, and how many have no default, as `weakref.py`
        // defines them; `clear` is `MutableMapping`'s.
        let (params, required) = crate::modules::weak_objects::python_method_params(id);
        let qualname = crate::modules::weak_objects::python_method_qualname(id)
            .unwrap_or_else(|| format!("{class}.{name}"));
        match id {
            // `pop(self, key, *args)`: any number of extra arguments.
            B::WkdPop | B::WvdPop if !args.is_empty() => {}
            _ => self.check_py_arity(&qualname, params, required, args)?,
        }
        match id {
            B::FinalizeDetach | B::FinalizePeek => self.finalize_info(t, id == B::FinalizeDetach),
            B::WkdGet | B::WvdGet => match self.weak_lookup(t, args[0])? {
                Some(v) => Ok(v),
                None => Ok(args.get(1).copied().unwrap_or(self.none())),
            },
            B::WkdKeys | B::WvdKeys | B::WkdValues | B::WvdValues | B::WkdItems | B::WvdItems => {
                let what = match id {
                    B::WkdKeys | B::WvdKeys => ViewKind::Keys,
                    B::WkdValues | B::WvdValues => ViewKind::Values,
                    _ => ViewKind::Items,
                };
                Ok(self.weak_generator(t, what)?.unwrap_or(self.none()))
            }
            B::WkdPop if args.len() > 2 => {
                // `self.data.pop(ref(key), *args)`: `ref` first, then `dict.pop`'s own check.
                self.require_weakrefable(args[0])?;
                Err(self.type_error(format!(
                    "pop expected at most 2 arguments, got {}",
                    args.len()
                )))
            }
            B::WkdPop | B::WvdPop => match (self.weak_remove(t, args[0])?, args.get(1)) {
                (Some(v), _) => Ok(v),
                (None, Some(d)) => Ok(*d),
                (None, None) if id == B::WkdPop => Err(self.weak_key_error(args[0])),
                (None, None) => Err(self.key_error(args[0])),
            },
            B::WkdPopItem | B::WvdPopItem => {
                // The popped pair, and the entry's weak part.
                let popped = match self.obj_mut(t) {
                    ObjKind::WeakKeyDict(d) => d.popitem().map(|(k, v)| ((k, Some(v)), k)),
                    ObjKind::WeakValueDict(d) => d
                        .popitem()
                        .map(|(k, v)| ((Gc::erase(k), self.as_value(v)), v)),
                    _ => None,
                };
                if let Some((_, referent)) = popped {
                    self.forget_entry(t, referent);
                }
                let pair = popped.map(|(pair, _)| pair);
                match pair.and_then(|(k, v)| Some((self.as_value(k)?, v?))) {
                    Some((k, v)) => {
                        self.push_temp(k);
                        self.push_temp(v);
                        self.alloc(ObjKind::Tuple(vec![k, v]))
                    }
                    None => Err(self.err(Exc::KeyError, "popitem(): dictionary is empty")),
                }
            }
            B::WkdSetDefault | B::WvdSetDefault => {
                if let Some(v) = self.weak_lookup(t, args[0])? {
                    return Ok(v);
                }
                let v = args.get(1).copied().unwrap_or(self.none());
                self.weak_setitem(t, args[0], v)?;
                Ok(v)
            }
            B::WkdUpdate | B::WvdUpdate => {
                if let Some(src) = args.first() {
                    self.weak_update(t, *src)?;
                }
                Ok(self.none())
            }
            B::WkdClear | B::WvdClear => {
                self.weak_clear(t)?;
                Ok(self.none())
            }
            B::WkdCopy | B::WvdCopy => {
                let kind = match self.obj(t) {
                    ObjKind::WeakKeyDict(d) => ObjKind::WeakKeyDict(Box::new(d.copy(&self.heap))),
                    ObjKind::WeakValueDict(d) => {
                        ObjKind::WeakValueDict(Box::new(d.copy(&self.heap)))
                    }
                    _ => unreachable!("checked above"),
                };
                let copy = self.alloc(kind)?;
                let referents = self.entry_referents(copy);
                self.charge_items(copy, DICT_ENTRY_BYTES, 0, referents.len())?;
                for referent in referents {
                    self.note_entry(copy, referent)?;
                }
                Ok(copy)
            }
            B::WkdKeyRefs | B::WvdValueRefs => {
                let mut refs = Vec::new();
                for (k, v) in self.weak_items(t)? {
                    refs.push(match id {
                        B::WkdKeyRefs => self.container_weakref(k, None)?,
                        _ => self.container_weakref(v, Some(k))?,
                    });
                }
                self.alloc(ObjKind::List(refs))
            }
            _ => unreachable!("weak container methods only"),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{run_captured, Options};

    fn run(src: &str) -> String {
        run_captured(src, &Options::default()).1
    }

    #[test]
    fn weak_key_dictionary_uses_python_equality_for_keys() {
        let src = "import weakref\nclass K:\n    def __init__(self, n):\n        self.n = n\n    def __hash__(self):\n        return self.n\n    def __eq__(self, o):\n        return self.n == o.n\na = K(1)\nb = K(1)\nd = weakref.WeakKeyDictionary()\nd[a] = 'first'\nd[b] = 'second'\nprint(len(d), d[a], d[b], list(d.keys())[0] is a)\n";
        assert_eq!(run(src), "1 second second True\n");
    }

    #[test]
    fn entries_vanish_when_their_weak_part_dies() {
        let src = "import weakref, gc\nclass O:\n    pass\nk = O()\nv = O()\nwk = weakref.WeakKeyDictionary({k: 1})\nwv = weakref.WeakValueDictionary({'v': v})\nws = weakref.WeakSet([k, v])\nprint(len(wk), len(wv), len(ws))\ndel k, v\ngc.collect()\nprint(len(wk), len(wv), len(ws))\n";
        assert_eq!(run(src), "1 1 2\n0 0 0\n");
    }
}

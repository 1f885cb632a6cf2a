//! Methods of `list`, `tuple`, `dict` and `set` (and of `list`/`dict` subclass instances), and the
//! property decorator's `setter`/`getter`.

use crate::builtins::Builtin;
use crate::runtime::charge::LIST_ITEM_BYTES;
use crate::runtime::dict::Dict;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value, ViewKind};
use crate::syntax::ast::Name;

impl Interp {
    /// Calls a method of a builtin container on `recv`.
    pub(super) fn seq_method(
        &mut self,
        id: Builtin,
        recv: Value,
        args: &[Value],
    ) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        match id {
            B::ListAppend
            | B::ListPop
            | B::ListClear
            | B::ListExtend
            | B::ListInsert
            | B::ListRemove
            | B::ListIndex
            | B::ListCount
            | B::ListReverse
            | B::ListCopy
            | B::ListInit => {
                if self.list_ref(recv).is_none() {
                    return Err(self.descriptor_error(name, "list", recv));
                }
                self.list_method(id, recv, args)
            }
            B::TupleIndex | B::TupleCount => {
                let ObjKind::Tuple(items) = self.obj(recv) else {
                    return Err(self.descriptor_error(name, "tuple", recv));
                };
                let items = items.clone();
                self.check_arity(name, args, 1, 1)?;
                self.index_or_count(id == B::TupleIndex, &items, args[0], "tuple")
            }
            B::SetAdd
            | B::SetDiscard
            | B::SetRemove
            | B::SetPop
            | B::SetClear
            | B::SetUpdate
            | B::SetCopy
            | B::SetUnion
            | B::SetIntersection
            | B::SetDifference
            | B::SetIntersectionUpdate
            | B::SetDifferenceUpdate
            | B::SetSymmetricDifferenceUpdate => self.set_method(id, recv, args),
            B::IntBitLength
            | B::IntBitCount
            | B::IntConjugate
            | B::IntAsIntegerRatio
            | B::FloatConjugate
            | B::FloatIsInteger
            | B::FloatHex
            | B::FloatAsIntegerRatio
            | B::SetIsSubset
            | B::SetIsSuperset
            | B::SetIsDisjoint
            | B::SetSymmetricDifference => self.extra_method(id, recv, args),
            B::FunctionGet => {
                // `f.__get__(obj, type=None)`: a method bound to `obj`; `f` itself for no
                // instance, as class attribute access does.
                self.check_arity(name, args, 1, 2)?;
                if !matches!(self.obj(recv), ObjKind::Function(_)) {
                    return Err(self.descriptor_error(name, "function", recv));
                }
                let none = self.none();
                if args[0] == none {
                    if args.get(1).is_none_or(|t| *t == none) {
                        return Err(self.type_error("__get__(None, None) is invalid"));
                    }
                    return Ok(recv);
                }
                self.alloc(ObjKind::Method(recv, args[0]))
            }
            B::PropertySetter | B::PropertyGetter | B::PropertyDeleter => {
                self.check_arity(name, args, 1, 1)?;
                let ObjKind::Property(get, set, del, doc) = self.obj(recv) else {
                    return Err(self.descriptor_error(name, "property", recv));
                };
                let (mut get, mut set, mut del, doc) = (*get, *set, *del, *doc);
                match id {
                    B::PropertySetter => set = Some(args[0]),
                    B::PropertyGetter => get = Some(args[0]),
                    _ => del = Some(args[0]),
                }
                self.alloc(ObjKind::Property(get, set, del, doc))
            }
            _ => {
                if self.dict_ref(recv).is_none() {
                    return Err(self.descriptor_error(name, "dict", recv));
                }
                self.dict_method(id, recv, args)
            }
        }
    }

    /// `descriptor 'append' for 'list' objects doesn't apply to a 'int' object`.
    pub(super) fn descriptor_error(
        &mut self,
        name: &str,
        owner: &str,
        recv: Value,
    ) -> crate::runtime::exceptions::PyErr {
        let t = self.type_name(recv);
        self.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{t}' object"
        ))
    }

    /// `list.append(item)` on a list (or a `list` subclass instance's list). `MemoryError` if
    /// the list cannot grow, which leaves it as it was.
    pub(crate) fn list_append(&mut self, list: Value, item: Value) -> PyResult<()> {
        let len = self.list_ref(list).map_or(0, Vec::len);
        if len >= crate::eval::ops::MAX_SEQUENCE_LEN || self.over_limit(len + 1) {
            return Err(self.memory_error());
        }
        self.charge_items(list, LIST_ITEM_BYTES, len, len + 1)?;
        if let Some(items) = self.list_mut(list) {
            items.push(item);
        }
        Ok(())
    }

    fn list_method(&mut self, id: Builtin, list: Value, args: &[Value]) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        match id {
            B::ListAppend => {
                self.check_arity(name, args, 1, 1)?;
                self.list_append(list, args[0])?;
            }
            B::ListExtend | B::ListInit => {
                self.check_arity(name, args, if id == B::ListInit { 0 } else { 1 }, 1)?;
                let new = match args.first() {
                    Some(v) => self.collect_iter(*v)?,
                    None => Vec::new(),
                };
                let len = self.list_ref(list).map_or(0, Vec::len);
                let kept = if id == B::ListInit { 0 } else { len };
                self.charge_items(list, LIST_ITEM_BYTES, len, kept + new.len())?;
                if let Some(items) = self.list_mut(list) {
                    let old = if id == B::ListInit {
                        std::mem::take(items)
                    } else {
                        Vec::new()
                    };
                    items.extend(new);
                    for v in old {
                        self.push_dropped(v);
                    }
                }
            }
            B::ListPop => {
                self.check_arity(name, args, 0, 1)?;
                let len = self.list_ref(list).map_or(0, Vec::len);
                if len == 0 {
                    return Err(self.err(Exc::IndexError, "pop from empty list"));
                }
                let i = match args.first() {
                    Some(v) => self.expect_int(*v, "list indices")?,
                    None => -1,
                };
                let j = if i < 0 { i + len as i64 } else { i };
                if j < 0 || j >= len as i64 {
                    return Err(self.err(Exc::IndexError, "pop index out of range"));
                }
                let v = self.list_mut(list).map(|items| items.remove(j as usize));
                if let Some(v) = v {
                    self.push_dropped(v);
                    return Ok(v);
                }
            }
            B::ListClear => {
                self.check_arity(name, args, 0, 0)?;
                let old = self.list_mut(list).map(std::mem::take).unwrap_or_default();
                self.release_in_order(old, false, true);
            }
            B::ListInsert => {
                self.check_arity(name, args, 2, 2)?;
                let i = self.expect_int(args[0], "list indices")?;
                let len = self.list_ref(list).map_or(0, Vec::len);
                if len >= crate::eval::ops::MAX_SEQUENCE_LEN || self.over_limit(len + 1) {
                    return Err(self.memory_error());
                }
                self.charge_items(list, LIST_ITEM_BYTES, len, len + 1)?;
                if let Some(items) = self.list_mut(list) {
                    let len = items.len() as i64;
                    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
                    items.insert(j as usize, args[1]);
                }
            }
            B::ListRemove => {
                self.check_arity(name, args, 1, 1)?;
                let items = self.list_snapshot(list).unwrap_or_default();
                for (i, v) in items.iter().enumerate() {
                    if self.eq(*v, args[0])? {
                        if let Some(items) = self.list_mut(list) {
                            if items.get(i) == Some(v) {
                                let removed = items.remove(i);
                                self.push_dropped(removed);
                            }
                        }
                        return Ok(self.none());
                    }
                }
                return Err(self.value_error("list.remove(x): x not in list"));
            }
            B::ListIndex => {
                self.check_arity(name, args, 1, 3)?;
                let items = self.list_snapshot(list).unwrap_or_default();
                let (lo, hi) = self.index_bounds(items.len(), &args[1..])?;
                for (i, v) in items.iter().enumerate().take(hi).skip(lo) {
                    if self.eq(*v, args[0])? {
                        return self.int_value(i as i64);
                    }
                }
                let r = self.repr(args[0])?;
                return Err(self.value_error(format!("{r} is not in list")));
            }
            B::ListCount => {
                self.check_arity(name, args, 1, 1)?;
                let items = self.list_snapshot(list).unwrap_or_default();
                return self.index_or_count(id == B::ListIndex, &items, args[0], "list");
            }
            B::ListReverse => {
                self.check_arity(name, args, 0, 0)?;
                if let Some(items) = self.list_mut(list) {
                    items.reverse();
                }
            }
            B::ListCopy => {
                self.check_arity(name, args, 0, 0)?;
                let items = self.list_snapshot(list).unwrap_or_default();
                return self.alloc(ObjKind::List(items));
            }
            _ => unreachable!("list methods only"),
        }
        Ok(self.none())
    }

    fn index_or_count(
        &mut self,
        index: bool,
        items: &[Value],
        x: Value,
        what: &str,
    ) -> PyResult<Value> {
        let mut count = 0;
        for (i, v) in items.iter().enumerate() {
            if self.eq(*v, x)? {
                if index {
                    return self.int_value(i as i64);
                }
                count += 1;
            }
        }
        if index {
            return Err(self.value_error(format!("{what}.index(x): x not in {what}")));
        }
        self.int_value(count)
    }

    fn dict_method(&mut self, id: Builtin, d: Value, args: &[Value]) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        match id {
            B::DictGet => {
                self.check_arity(name, args, 1, 2)?;
                match self.dict_get(d, args[0])? {
                    Some(v) => Ok(v),
                    None => Ok(args.get(1).copied().unwrap_or(self.none())),
                }
            }
            B::DictKeys | B::DictValues | B::DictItems => {
                self.check_arity(name, args, 0, 0)?;
                let kind = match id {
                    B::DictKeys => ViewKind::Keys,
                    B::DictValues => ViewKind::Values,
                    _ => ViewKind::Items,
                };
                self.alloc(ObjKind::DictView(d, kind))
            }
            B::DictPop => {
                self.check_arity(name, args, 1, 2)?;
                match (self.dict_remove(d, args[0])?, args.get(1)) {
                    (Some((_, v)), _) => Ok(v),
                    (None, Some(default)) => Ok(*default),
                    (None, None) => Err(self.key_error(args[0])),
                }
            }
            B::DictPopItem => {
                self.check_arity(name, args, 0, 0)?;
                let entry = self
                    .dict_mut(d)
                    .and_then(|t| t.last().and_then(|p| t.remove_at(p)));
                match entry {
                    Some(e) => {
                        self.push_dropped(e.key);
                        self.push_dropped(e.value);
                        if !self.roots.side.namespace_dicts.is_empty() {
                            self.globals_dict_changed(d, e.key, None);
                        }
                        self.alloc(ObjKind::Tuple(vec![e.key, e.value]))
                    }
                    None => Err(self.err(Exc::KeyError, "popitem(): dictionary is empty")),
                }
            }
            B::DictSetDefault => {
                self.check_arity(name, args, 1, 2)?;
                if let Some(v) = self.dict_get(d, args[0])? {
                    return Ok(v);
                }
                let v = args.get(1).copied().unwrap_or(self.none());
                self.dict_set(d, args[0], v)?;
                Ok(v)
            }
            B::DictClear => {
                self.check_arity(name, args, 0, 0)?;
                let old: Vec<Value> = self
                    .dict_ref(d)
                    .map(|t| t.iter().flat_map(|e| [e.key, e.value]).collect())
                    .unwrap_or_default();
                if !self.roots.side.namespace_dicts.is_empty() {
                    for key in old.iter().step_by(2) {
                        self.globals_dict_changed(d, *key, None);
                    }
                }
                self.release_in_order(old, true, true);
                if let Some(t) = self.dict_mut(d) {
                    t.clear();
                }
                Ok(self.none())
            }
            B::DictCopy => {
                self.check_arity(name, args, 0, 0)?;
                let copy = self.dict_ref(d).cloned().unwrap_or_default();
                self.alloc(ObjKind::Dict(copy))
            }
            _ => unreachable!("dict methods only"),
        }
    }

    /// `d.update(other, **kwargs)` (also `dict(...)` and `dict.__init__`): `other` is a mapping or
    /// an iterable of pairs.
    pub fn dict_update(
        &mut self,
        d: Value,
        args: &[Value],
        kwargs: &[(Name, Value)],
    ) -> PyResult<Value> {
        self.check_arity("update", args, 0, 1)?;
        if let Some(src) = args.first().copied() {
            let pairs: Vec<(Value, Value)> =
                if let ObjKind::WeakKeyDict(_) | ObjKind::WeakValueDict(_) = self.obj(src) {
                    self.weak_items(src)?
                } else if let Some(pairs) = self.merge_items(src)? {
                    // A dict, or a mapping with `keys()` (`collections.abc.Mapping`, a dict subclass
                    // overriding `__iter__`): as CPython's `PyDict_Merge` takes it.
                    pairs
                } else {
                    let mut pairs = Vec::new();
                    for (i, item) in self.collect_iter(src)?.into_iter().enumerate() {
                        if !self.is_iterable(item) {
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
                self.dict_set(d, k, v)?;
            }
        }
        for (k, v) in kwargs {
            let key = self.str_value(k)?;
            self.dict_set(d, key, *v)?;
        }
        Ok(self.none())
    }

    fn set_method(&mut self, id: Builtin, s: Value, args: &[Value]) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        if let ObjKind::FrozenSet(_) = self.obj(s) {
            if matches!(
                id,
                B::SetCopy | B::SetUnion | B::SetIntersection | B::SetDifference
            ) {
                if id == B::SetCopy && args.is_empty() {
                    return Ok(s);
                }
                let thawed =
                    self.alloc(ObjKind::Set(self.dict_ref(s).cloned().unwrap_or_default()))?;
                let r = self.set_method(id, thawed, args)?;
                return self.freeze(r);
            }
        }
        if !matches!(self.obj(s), ObjKind::Set(_)) {
            return Err(self.descriptor_error(name, "set", s));
        }
        match id {
            B::SetAdd => {
                self.check_arity(name, args, 1, 1)?;
                self.set_add(s, args[0])?;
            }
            B::SetDiscard | B::SetRemove => {
                self.check_arity(name, args, 1, 1)?;
                if self.dict_remove(s, args[0])?.is_none() && id == B::SetRemove {
                    return Err(self.key_error(args[0]));
                }
            }
            B::SetPop => {
                self.check_arity(name, args, 0, 0)?;
                let entry = self.dict_mut(s).and_then(|t| {
                    let first = crate::runtime::set_order::set_positions(t).first().copied();
                    first.and_then(|p| t.remove_at(p))
                });
                return match entry {
                    Some(e) => {
                        self.push_dropped(e.key);
                        Ok(e.key)
                    }
                    None => Err(self.err(Exc::KeyError, "pop from an empty set")),
                };
            }
            B::SetClear => {
                self.check_arity(name, args, 0, 0)?;
                let old: Vec<Value> = self.collect_iter(s)?;
                for v in old {
                    self.push_dropped(v);
                }
                if let Some(t) = self.dict_mut(s) {
                    t.clear();
                }
            }
            B::SetUpdate => {
                for a in args {
                    for v in self.collect_iter(*a)? {
                        self.set_add(s, v)?;
                    }
                }
            }
            B::SetCopy | B::SetUnion => {
                let copy = self.dict_ref(s).cloned().unwrap_or_default();
                let out = self.alloc(ObjKind::Set(copy))?;
                for a in args {
                    for v in self.collect_iter(*a)? {
                        self.set_add(out, v)?;
                    }
                }
                return Ok(out);
            }
            // `*others`: none gives a copy; each is iterated once, as a set of its items.
            B::SetIntersection | B::SetDifference => {
                let copy = self.dict_ref(s).cloned().unwrap_or_default();
                let mut out = self.alloc(ObjKind::Set(copy))?;
                for a in args {
                    let other = self.alloc(ObjKind::Set(Dict::new()))?;
                    // `contains` may run Python `__eq__`: the sets stay rooted until the
                    // frame's temporaries are dropped.
                    self.roots.temps.extend([out, other]);
                    for v in self.collect_iter(*a)? {
                        self.set_add(other, v)?;
                    }
                    let kept = self.alloc(ObjKind::Set(Dict::new()))?;
                    for v in self.collect_iter(out)? {
                        if self.contains(other, v)? == (id == B::SetIntersection) {
                            self.set_add(kept, v)?;
                        }
                    }
                    out = kept;
                }
                return Ok(out);
            }
            // CPython computes the intersection and swaps it in: the set's order becomes the
            // new set's.
            B::SetIntersectionUpdate => {
                let kept = self.set_method(B::SetIntersection, s, args)?;
                self.push_temp(kept);
                let kept = self.dict_ref(kept).cloned().unwrap_or_default();
                // The kept items are the set's own (the same handles): only the others are
                // dropped.
                let staying: std::collections::HashSet<Value> =
                    kept.iter().map(|e| e.key).collect();
                let gone: Vec<Value> = self.collect_iter(s)?;
                if let Some(t) = self.dict_mut(s) {
                    *t = kept;
                }
                for v in gone.into_iter().filter(|v| !staying.contains(v)) {
                    self.push_dropped(v);
                }
            }
            // Removed in place, each other iterable in turn (so `s.difference_update(s)` empties
            // `s`): what stays keeps its order.
            B::SetDifferenceUpdate => {
                for a in args {
                    for v in self.collect_iter(*a)? {
                        // A removed item is pushed as dropped by `dict_remove`.
                        self.dict_remove(s, v)?;
                    }
                }
            }
            // Each distinct item of `other` leaves `s` if there, else joins it.
            B::SetSymmetricDifferenceUpdate => {
                self.check_arity(name, args, 1, 1)?;
                let other = self.alloc(ObjKind::Set(Dict::new()))?;
                for v in self.collect_iter(args[0])? {
                    self.set_add(other, v)?;
                }
                for v in self.collect_iter(other)? {
                    if self.dict_remove(s, v)?.is_none() {
                        self.set_add(s, v)?;
                    }
                }
            }
            _ => unreachable!("set methods only"),
        }
        Ok(self.none())
    }
}

#[cfg(test)]
mod tests {
    use crate::{run_captured, Options};

    fn run(src: &str) -> String {
        run_captured(src, &Options::default()).1
    }

    #[test]
    fn list_methods_mutate_in_place() {
        let src = "l = [3]\nl.append(1)\nl.extend([2, 2])\nl.insert(0, 9)\nl.remove(2)\nprint(l, l.pop(), l.pop(0), l.index(1), l.count(2))\nl.clear()\nprint(l)\n";
        assert_eq!(run(src), "[3, 1] 2 9 1 0\n[]\n");
    }

    #[test]
    fn dict_methods_follow_python() {
        let src = "d = {'a': 1}\nprint(d.get('a'), d.get('b'), d.get('b', 0), d.setdefault('b', 2), list(d.keys()), list(d.values()), list(d.items()))\nprint(d.pop('a'), d.pop('zz', 'dflt'), d.popitem(), d)\nd.update({'x': 1}, y=2)\nprint(d, dict([('k', 'v')]), dict(a=1))\n";
        assert_eq!(
            run(src),
            "1 None 0 2 ['a', 'b'] [1, 2] [('a', 1), ('b', 2)]\n1 dflt ('b', 2) {}\n{'x': 1, 'y': 2} {'k': 'v'} {'a': 1}\n"
        );
    }

    #[test]
    fn list_and_dict_subclasses_keep_builtin_behaviour() {
        let src = "class L(list):\n    def total(self):\n        return sum(self)\nclass D(dict):\n    pass\nl = L([1, 2])\nl.append(3)\nd = D(a=1)\nd['b'] = 2\nprint(l, len(l), l.total(), l[0], d, 'a' in d)\n";
        assert_eq!(run(src), "[1, 2, 3] 3 6 1 {'a': 1, 'b': 2} True\n");
    }
}

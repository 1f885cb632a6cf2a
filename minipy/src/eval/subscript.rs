//! Subscripts (`x[k]`, `x[a:b]`, assignment and `del` of them) and the dict and list storage they
//! reach, including the storage of `class C(list)` / `class C(dict)` instances.

use crate::runtime::dict::Dict;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Payload, Value};
use crate::runtime::types::TypeTag;

pub use crate::runtime::slice::{contiguous_range, slice_indices, SliceBounds};

impl Interp {
    /// The storage of a dict, a set, or a `dict` subclass instance.
    pub fn dict_ref(&self, v: Value) -> Option<&Dict> {
        match self.obj(v) {
            ObjKind::Dict(d) | ObjKind::Set(d) | ObjKind::FrozenSet(d) => Some(d),
            ObjKind::Instance(i) => match i.payload() {
                Payload::Dict(d) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    /// The storage of a dict, a set, or a `dict` subclass instance, mutably.
    pub fn dict_mut(&mut self, v: Value) -> Option<&mut Dict> {
        match self.obj_mut(v) {
            ObjKind::Dict(d) | ObjKind::Set(d) => Some(d),
            ObjKind::Instance(i) => match i.payload_mut() {
                Some(Payload::Dict(d)) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    /// The items of a list or a `list` subclass instance.
    pub fn list_ref(&self, v: Value) -> Option<&Vec<Value>> {
        match self.obj(v) {
            ObjKind::List(items) => Some(items),
            ObjKind::Instance(i) => match i.payload() {
                Payload::List(items) => Some(items),
                _ => None,
            },
            _ => None,
        }
    }

    /// A copy of the items of a list (or `list` subclass instance), each rooted until the current
    /// statement ends: user code run while walking the copy may remove them from the list.
    pub fn list_snapshot(&mut self, v: Value) -> Option<Vec<Value>> {
        let items = self.list_ref(v)?.clone();
        self.roots.temps.extend(items.iter().copied());
        Some(items)
    }

    /// The items of a list or a `list` subclass instance, mutably.
    pub fn list_mut(&mut self, v: Value) -> Option<&mut Vec<Value>> {
        match self.obj_mut(v) {
            ObjKind::List(items) => Some(items),
            ObjKind::Instance(i) => match i.payload_mut() {
                Some(Payload::List(items)) => Some(items),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether two keys are equal without running user code, if that can be decided so.
    pub fn simple_key_eq(&self, a: Value, b: Value) -> Option<bool> {
        if a == b {
            return Some(true);
        }
        match (self.obj(a), self.obj(b)) {
            (ObjKind::Str(x), ObjKind::Str(y)) => Some(x == y),
            (ObjKind::Bytes(x), ObjKind::Bytes(y)) => Some(x == y),
            (ObjKind::Int(x), ObjKind::Int(y)) => Some(x == y),
            (ObjKind::BigInt(x), ObjKind::BigInt(y)) => Some(x == y),
            (ObjKind::Str(_), ObjKind::Int(_)) | (ObjKind::Int(_), ObjKind::Str(_)) => Some(false),
            (ObjKind::Instance(_), _) | (_, ObjKind::Instance(_)) => None,
            (ObjKind::Tuple(_), _) | (_, ObjKind::Tuple(_)) => None,
            (ObjKind::FrozenSet(_), _) | (_, ObjKind::FrozenSet(_)) => None,
            (ObjKind::WeakRef(_), _) | (_, ObjKind::WeakRef(_)) => None,
            (ObjKind::Float(_) | ObjKind::Bool(_) | ObjKind::Int(_), _) => None,
            // Bound methods are equal when they bind the same function to the same object.
            (ObjKind::Method(f1, s1), ObjKind::Method(f2, s2)) => Some(f1 == f2 && s1 == s2),
            (ObjKind::Builtin(i1, r1), ObjKind::Builtin(i2, r2)) => Some(i1 == i2 && r1 == r2),
            (ObjKind::Complex(..) | ObjKind::Range(..), _) => None,
            _ => Some(false),
        }
    }

    /// Whether `candidate` (a key stored in some table) equals `key`; may run `__eq__`.
    pub fn key_eq(&mut self, candidate: Value, key: Value) -> PyResult<bool> {
        match self.simple_key_eq(candidate, key) {
            Some(r) => Ok(r),
            None => {
                self.push_temp(candidate);
                self.eq(candidate, key)
            }
        }
    }

    /// The position of `key` in dict `d`, comparing with Python equality.
    pub fn dict_lookup(&mut self, d: Value, key: Value) -> PyResult<Option<usize>> {
        let h = self.hash(key)?;
        self.dict_lookup_hashed(d, key, h)
    }

    fn dict_lookup_hashed(&mut self, d: Value, key: Value, h: i64) -> PyResult<Option<usize>> {
        let Some(table) = self.dict_ref(d) else {
            return Ok(None);
        };
        for pos in table.candidates(h) {
            let Some(entry) = self.dict_ref(d).and_then(|t| t.entry(pos)) else {
                continue;
            };
            if self.key_eq(entry.key, key)?
                && self.dict_ref(d).and_then(|t| t.entry(pos)).map(|e| e.key) == Some(entry.key)
            {
                return Ok(Some(pos));
            }
        }
        Ok(None)
    }

    /// `d.get(key)`.
    pub fn dict_get(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let pos = self.dict_lookup(d, key)?;
        Ok(pos
            .and_then(|p| self.dict_ref(d)?.entry(p))
            .map(|e| e.value))
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: Value, key: Value, value: Value) -> PyResult<()> {
        self.dict_set_unmirrored(d, key, value)?;
        if !self.roots.side.namespace_dicts.is_empty() {
            self.globals_dict_changed(d, key, Some(value));
        }
        Ok(())
    }

    /// `d[key] = value`, not carried into a namespace when `d` is a `globals()` dict.
    pub(crate) fn dict_set_unmirrored(
        &mut self,
        d: Value,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        let h = self.hash(key)?;
        match self.dict_lookup_hashed(d, key, h)? {
            Some(pos) => {
                let old = self.dict_ref(d).and_then(|t| t.entry(pos)).map(|e| e.value);
                if let Some(t) = self.dict_mut(d) {
                    t.set_value(pos, value);
                }
                if let Some(old) = old {
                    self.note_drop(old);
                }
            }
            None => {
                use crate::eval::ops::{items_charge, DICT_ENTRY_BYTES};
                let Some(t) = self.dict_mut(d) else {
                    return Ok(());
                };
                let len = t.len();
                if items_charge(DICT_ENTRY_BYTES, len, len + 1).is_none() {
                    t.push(h, key, value);
                    return Ok(());
                }
                self.charge_items(d, DICT_ENTRY_BYTES, len, len + 1)?;
                if let Some(t) = self.dict_mut(d) {
                    t.push(h, key, value);
                }
            }
        }
        Ok(())
    }

    /// Removes `key` from `d`, returning its key and value.
    pub fn dict_remove(&mut self, d: Value, key: Value) -> PyResult<Option<(Value, Value)>> {
        let removed = self.dict_remove_unmirrored(d, key)?;
        if let (Some((key, _)), false) = (removed, self.roots.side.namespace_dicts.is_empty()) {
            self.globals_dict_changed(d, key, None);
        }
        Ok(removed)
    }

    /// Removes `key` from `d`, not carried into a namespace when `d` is a `globals()` dict.
    pub(crate) fn dict_remove_unmirrored(
        &mut self,
        d: Value,
        key: Value,
    ) -> PyResult<Option<(Value, Value)>> {
        let pos = self.dict_lookup(d, key)?;
        let entry = pos.and_then(|p| self.dict_mut(d)?.remove_at(p));
        if let Some(e) = entry {
            self.push_dropped(e.key);
            self.push_dropped(e.value);
        }
        Ok(entry.map(|e| (e.key, e.value)))
    }

    /// `s.add(item)` for a set.
    pub fn set_add(&mut self, s: Value, item: Value) -> PyResult<()> {
        let none = self.none();
        self.dict_set(s, item, none)
    }

    /// Evaluates the bounds of a slice.
    pub fn eval_slice(
        &mut self,
        lower: &Option<Box<crate::syntax::ast::Expr>>,
        upper: &Option<Box<crate::syntax::ast::Expr>>,
        step: &Option<Box<crate::syntax::ast::Expr>>,
    ) -> PyResult<SliceBounds> {
        let bound = |this: &mut Interp,
                     e: &Option<Box<crate::syntax::ast::Expr>>|
         -> PyResult<Option<i64>> {
            match e {
                None => Ok(None),
                Some(e) => {
                    let v = this.eval(e)?;
                    if matches!(this.obj(v), ObjKind::None) {
                        return Ok(None);
                    }
                    this.expect_int(v, "slice indices").map(Some)
                }
            }
        };
        let bounds = (bound(self, lower)?, bound(self, upper)?, bound(self, step)?);
        if bounds.2 == Some(0) {
            return Err(self.value_error("slice step cannot be zero"));
        }
        Ok(bounds)
    }

    /// `obj[lower:upper:step]`.
    pub fn get_slice(&mut self, obj: Value, bounds: SliceBounds) -> PyResult<Value> {
        if let Some(items) = self.list_ref(obj) {
            let picked: Vec<Value> = slice_indices(items.len(), bounds)
                .into_iter()
                .map(|i| items[i])
                .collect();
            return self.alloc(ObjKind::List(picked));
        }
        match self.obj(obj) {
            ObjKind::Tuple(items) => {
                let picked = slice_indices(items.len(), bounds)
                    .into_iter()
                    .map(|i| items[i])
                    .collect();
                self.alloc(ObjKind::Tuple(picked))
            }
            ObjKind::Bytes(b) => {
                let b = b.clone();
                self.bytes_slice(&b, bounds)
            }
            ObjKind::ByteArray(b) => {
                let picked = slice_indices(b.len(), bounds)
                    .into_iter()
                    .map(|i| b[i])
                    .collect();
                self.alloc(ObjKind::ByteArray(picked))
            }
            ObjKind::Str(s) => {
                let s = s.clone();
                let shape = self.str_positions.shape(&s);
                if bounds.2.unwrap_or(1) == 1 {
                    // A contiguous run: two positions, then one copy of its bytes.
                    let (start, stop) = contiguous_range(shape.chars, bounds);
                    let from = self.str_positions.byte_offset(&s, start);
                    let to = self.str_positions.byte_offset(&s, stop);
                    return self.str_value(&s[from..to]);
                }
                let picked: String = if shape.ascii {
                    let bytes = s.as_bytes();
                    (slice_indices(shape.chars, bounds).into_iter())
                        .map(|i| char::from(bytes[i]))
                        .collect()
                } else {
                    let chars: Vec<char> = s.chars().collect();
                    (slice_indices(chars.len(), bounds).into_iter())
                        .map(|i| chars[i])
                        .collect()
                };
                self.str_value(&picked)
            }
            _ => {
                if self.special_method(obj, "__getitem__").is_some()
                    || matches!(self.obj(obj), ObjKind::Proxy(_))
                {
                    let key = self.slice_object(bounds)?;
                    return self.getitem(obj, key);
                }
                if let Some(inner) = self.base_value(obj) {
                    return self.get_slice(inner, bounds);
                }
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object is not subscriptable")))
            }
        }
    }

    /// A `slice` object for `bounds`, rooted.
    pub fn slice_object(&mut self, bounds: SliceBounds) -> PyResult<Value> {
        let v = self.alloc(ObjKind::Slice(bounds))?;
        self.push_temp(v);
        Ok(v)
    }

    /// A sequence index, wrapped for negative values; `IndexError` if out of range.
    fn seq_index(&mut self, key: Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match self.as_int(key) {
            Some(i) => Some(i),
            None => self.user_index(key)?,
        };
        let Some(i) = i else {
            let t = self.type_name(key);
            return Err(self.type_error(format!(
                "{what} indices must be integers or slices, not {t}"
            )));
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = if what == "str" {
                "string index out of range".to_string()
            } else {
                format!("{what} index out of range")
            };
            return Err(self.err(Exc::IndexError, msg));
        }
        Ok(j as usize)
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if let ObjKind::Proxy(_) = self.obj(obj) {
            let obj = self.proxy_target(obj)?;
            return self.getitem(obj, key);
        }
        if let Some(f) = self.special_method(obj, "__getitem__") {
            return self.call(f, vec![obj, key], Vec::new());
        }
        self.getitem_builtin(obj, key)
    }

    /// `obj[key]` by the builtin type's own rule, never a user `__getitem__` (what
    /// `list.__getitem__(obj, key)` and `super().__getitem__(key)` run).
    pub fn getitem_builtin(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let obj = self.unwrap_value(obj);
        let key = self.unwrap_value(key);
        if let ObjKind::Slice(bounds) = self.obj(key) {
            let bounds = *bounds;
            if bounds.2 == Some(0) {
                return Err(self.value_error("slice step cannot be zero"));
            }
            return self.get_slice(obj, bounds);
        }
        if let Some(len) = self.list_ref(obj).map(Vec::len) {
            let i = self.seq_index(key, len, "list")?;
            return Ok(self.list_ref(obj).expect("checked")[i]);
        }
        if self.dict_ref(obj).is_some()
            && !matches!(self.obj(obj), ObjKind::Set(_) | ObjKind::FrozenSet(_))
        {
            return match self.dict_get(obj, key)? {
                Some(v) => Ok(v),
                None => match self.special_method(obj, "__missing__") {
                    // `class D(dict)` with `__missing__` (what `defaultdict` is).
                    Some(f) => self.call(f, vec![obj, key], Vec::new()),
                    None => Err(self.key_error(key)),
                },
            };
        }
        match self.obj(obj) {
            ObjKind::Tuple(items) => {
                let len = items.len();
                let i = self.seq_index(key, len, "tuple")?;
                match self.obj(obj) {
                    ObjKind::Tuple(items) => Ok(items[i]),
                    _ => unreachable!("checked above"),
                }
            }
            ObjKind::Bytes(b) => {
                let b = b.clone();
                self.bytes_index(&b, key)
            }
            ObjKind::ByteArray(_) => {
                let i = self.bytearray_index(obj, key)?;
                let byte = match self.obj(obj) {
                    ObjKind::ByteArray(b) => b[i],
                    _ => unreachable!("matched above"),
                };
                self.int_value(i64::from(byte))
            }
            ObjKind::Str(s) => {
                let s = s.clone();
                let len = self.str_positions.shape(&s).chars;
                let i = self.seq_index(key, len, "str")?;
                let c = self.str_positions.char_at(&s, i);
                self.str_value(c.encode_utf8(&mut [0; 4]))
            }
            ObjKind::Range(start, stop, step) => {
                let (start, stop, step) = (*start, *stop, *step);
                let len = crate::eval::iter::range_len(start, stop, step);
                let i = self.seq_index(key, len, "range object")?;
                self.int_value(start + step * i as i64)
            }
            ObjKind::WeakKeyDict(_) | ObjKind::WeakValueDict(_) => {
                match self.weak_getitem(obj, key)? {
                    Some(v) => Ok(v),
                    None => Err(self.key_error(key)),
                }
            }
            ObjKind::Class(c) => {
                let (tag, name) = (c.builtin, c.name.clone());
                if let Some(f) = self.getattr_opt(obj, "__class_getitem__")? {
                    return self.call(f, vec![key], Vec::new());
                }
                let generic = matches!(
                    tag,
                    TypeTag::List
                        | TypeTag::Dict
                        | TypeTag::Tuple
                        | TypeTag::Set
                        | TypeTag::FrozenSet
                        | TypeTag::Type
                );
                if generic && obj == self.type_class(tag) {
                    // `list[int]`: a `types.GenericAlias`, as CPython makes.
                    let types = self.import_module("types")?;
                    self.push_temp(types);
                    let alias = self.getattr(types, "GenericAlias")?;
                    return self.call(alias, vec![obj, key], Vec::new());
                }
                Err(self.type_error(format!("type '{name}' is not subscriptable")))
            }
            _ => {
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object is not subscriptable")))
            }
        }
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        if let ObjKind::Proxy(_) = self.obj(obj) {
            let obj = self.proxy_target(obj)?;
            return self.setitem(obj, key, value);
        }
        if let Some(f) = self.special_method(obj, "__setitem__") {
            self.call(f, vec![obj, key, value], Vec::new())?;
            return Ok(());
        }
        self.setitem_builtin(obj, key, value)
    }

    /// `obj[key] = value` by the builtin type's own rule, never a user `__setitem__`.
    pub fn setitem_builtin(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        if let ObjKind::Slice(bounds) = self.obj(key) {
            let bounds = *bounds;
            return self.set_slice(obj, bounds, value);
        }
        if let ObjKind::ByteArray(_) = self.obj(obj) {
            return self.bytearray_setitem(obj, key, value);
        }
        if let Some(len) = self.list_ref(obj).map(Vec::len) {
            let i = self.seq_index(key, len, "list")?;
            let old = self
                .list_mut(obj)
                .map(|items| std::mem::replace(&mut items[i], value));
            if let Some(old) = old {
                self.note_drop(old);
            }
            return Ok(());
        }
        if self.dict_ref(obj).is_some()
            && !matches!(self.obj(obj), ObjKind::Set(_) | ObjKind::FrozenSet(_))
        {
            return self.dict_set(obj, key, value);
        }
        match self.obj(obj) {
            ObjKind::WeakKeyDict(_) | ObjKind::WeakValueDict(_) => {
                // May replace a key dictionary's (strong) value.
                self.drop_suspect = true;
                self.weak_setitem(obj, key, value)
            }
            _ => {
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object does not support item assignment")))
            }
        }
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if let ObjKind::Proxy(_) = self.obj(obj) {
            let obj = self.proxy_target(obj)?;
            return self.delitem(obj, key);
        }
        if let Some(f) = self.special_method(obj, "__delitem__") {
            self.call(f, vec![obj, key], Vec::new())?;
            return Ok(());
        }
        self.delitem_builtin(obj, key)
    }

    /// `del obj[key]` by the builtin type's own rule, never a user `__delitem__`.
    pub fn delitem_builtin(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if let ObjKind::Slice(bounds) = self.obj(key) {
            let bounds = *bounds;
            return self.del_slice(obj, bounds);
        }
        if let ObjKind::ByteArray(_) = self.obj(obj) {
            return self.bytearray_delitem(obj, key);
        }
        if let Some(len) = self.list_ref(obj).map(Vec::len) {
            let i = self.seq_index(key, len, "list")?;
            if let Some(items) = self.list_mut(obj) {
                let removed = items.remove(i);
                self.push_dropped(removed);
            }
            return Ok(());
        }
        if self.dict_ref(obj).is_some()
            && !matches!(self.obj(obj), ObjKind::Set(_) | ObjKind::FrozenSet(_))
        {
            return match self.dict_remove(obj, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key)),
            };
        }
        match self.obj(obj) {
            ObjKind::WeakKeyDict(_) | ObjKind::WeakValueDict(_) => {
                if self.weak_delitem(obj, key)? {
                    Ok(())
                } else {
                    Err(self.key_error(key))
                }
            }
            _ => {
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object does not support item deletion")))
            }
        }
    }

    /// `obj[lower:upper:step] = value` on a list: a step of 1 replaces the range with the
    /// items of any iterable (growing or shrinking the list); another step needs exactly as many
    /// items as the slice has, as CPython's `list_ass_subscript` demands.
    pub fn set_slice(&mut self, obj: Value, bounds: SliceBounds, value: Value) -> PyResult<()> {
        if self.special_method(obj, "__setitem__").is_some()
            || matches!(self.obj(obj), ObjKind::Proxy(_))
        {
            let key = self.slice_object(bounds)?;
            return self.setitem(obj, key, value);
        }
        if let ObjKind::ByteArray(_) = self.obj(obj) {
            return self.bytearray_set_slice(obj, bounds, value);
        }
        let Some(len) = self.list_ref(obj).map(Vec::len) else {
            let t = self.type_name(obj);
            return Err(self.type_error(format!("'{t}' object does not support item assignment")));
        };
        let extended = bounds.2.is_some_and(|s| s != 1);
        if !self.is_iterable(value) {
            return Err(self.type_error(if extended {
                "must assign iterable to extended slice"
            } else {
                "can only assign an iterable"
            }));
        }
        let items = self.collect_iter(value)?;
        if !extended {
            let (start, stop) = contiguous_range(len, bounds);
            if let Some(list) = self.list_mut(obj) {
                let removed: Vec<Value> = list.splice(start..stop, items).collect();
                self.roots.temps.extend(removed);
            }
            return Ok(());
        }
        let picked = slice_indices(len, bounds);
        if picked.len() != items.len() {
            return Err(self.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                picked.len()
            )));
        }
        if let Some(list) = self.list_mut(obj) {
            let mut removed = Vec::with_capacity(picked.len());
            for (i, v) in picked.into_iter().zip(items) {
                removed.push(std::mem::replace(&mut list[i], v));
            }
            self.roots.temps.extend(removed);
        }
        Ok(())
    }

    /// `del obj[lower:upper:step]` for lists.
    pub fn del_slice(&mut self, obj: Value, bounds: SliceBounds) -> PyResult<()> {
        if self.special_method(obj, "__delitem__").is_some()
            || matches!(self.obj(obj), ObjKind::Proxy(_))
        {
            let key = self.slice_object(bounds)?;
            return self.delitem(obj, key);
        }
        if let ObjKind::ByteArray(_) = self.obj(obj) {
            return self.bytearray_set_slice_items(obj, bounds, None);
        }
        let Some(len) = self.list_ref(obj).map(Vec::len) else {
            let t = self.type_name(obj);
            return Err(self.type_error(format!("'{t}' object does not support item deletion")));
        };
        let mut picked = slice_indices(len, bounds);
        picked.sort_unstable();
        if let Some(items) = self.list_mut(obj) {
            let mut removed = Vec::with_capacity(picked.len());
            for i in picked.into_iter().rev() {
                removed.push(items.remove(i));
            }
            for v in removed {
                self.push_dropped(v);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_steps_stop_instead_of_overflowing() {
        assert_eq!(slice_indices(5, (Some(1), None, Some(i64::MAX))), vec![1]);
        assert_eq!(slice_indices(5, (Some(-2), None, Some(i64::MIN))), vec![3]);
    }

    #[test]
    fn slices_follow_python_bounds() {
        assert_eq!(slice_indices(5, (Some(1), Some(3), None)), vec![1, 2]);
        assert_eq!(
            slice_indices(5, (None, None, Some(-1))),
            vec![4, 3, 2, 1, 0]
        );
        assert_eq!(slice_indices(5, (Some(-2), None, None)), vec![3, 4]);
        assert_eq!(
            slice_indices(5, (Some(10), Some(20), None)),
            Vec::<usize>::new()
        );
        assert_eq!(slice_indices(5, (None, None, Some(2))), vec![0, 2, 4]);
    }

    #[test]
    fn subscripts_index_lists_strings_and_dicts() {
        let src = "l = [1, 2, 3]\nl[-1] = 9\ndel l[0]\nd = {'a': 1}\nd['b'] = 2\ndel d['a']\nprint(l, 'abc'[1], d, l[::-1], 'hello'[1:3])\ntry:\n    d['zz']\nexcept KeyError as e:\n    print('KeyError', e)\n";
        let out = crate::run_captured(src, &crate::Options::default()).1;
        assert_eq!(out, "[2, 9] b {'b': 2} [9, 2] el\nKeyError 'zz'\n");
    }
}

//! Iteration: the states a `for` loop (or `iter()`) steps through, for every iterable minipy has.
//!
//! Lists are re-read at each step (a loop sees appends, as in Python); dicts raise `RuntimeError` if
//! they change size during iteration; the weak containers iterate over a snapshot of weak handles
//! and skip entries whose referent died meanwhile, so iterating never keeps anything alive.

use weakgc::GcAny;

use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Payload, Value, ViewKind};

pub use crate::runtime::iter_state::{range_contains, range_len, IterState};

impl Interp {
    /// Starts iterating `v`.
    ///
    /// # Errors
    /// `TypeError` if `v` is not iterable.
    pub fn iter_start(&mut self, v: Value) -> PyResult<IterState> {
        if let ObjKind::Proxy(_) = self.obj(v) {
            let v = self.proxy_target(v)?;
            return self.iter_start(v);
        }
        if let Some(f) = self.special_method(v, "__iter__") {
            let it = self.call(f, vec![v], Vec::new())?;
            if it != v && !matches!(self.obj(it), ObjKind::Instance(_)) {
                return self.iter_start(it);
            }
            return Ok(IterState::User(it));
        }
        let state = match self.obj(v) {
            ObjKind::List(_) | ObjKind::Tuple(_) => IterState::Seq(v, 0),
            ObjKind::Str(_) => IterState::Str(v, 0),
            ObjKind::Bytes(b) => {
                let b = b.clone();
                IterState::Values(self.bytes_items(&b)?, 0, "bytes_iterator")
            }
            // A snapshot: a loop does not see the bytearray change under it.
            ObjKind::ByteArray(b) => {
                let b = b.clone();
                IterState::Values(self.bytes_items(&b)?, 0, "bytearray_iterator")
            }
            ObjKind::Range(start, stop, step) => IterState::Range(*start, *stop, *step),
            ObjKind::Dict(d) => IterState::Dict(v, 0, d.version(), ViewKind::Keys),
            ObjKind::Set(d) | ObjKind::FrozenSet(d) => IterState::Set(
                v,
                crate::runtime::set_order::set_positions(d),
                0,
                d.version(),
            ),
            ObjKind::DictView(d, kind) => {
                let (d, kind) = (*d, *kind);
                let version = self.dict_ref(d).map_or(0, |d| d.version());
                IterState::Dict(d, 0, version, kind)
            }
            ObjKind::Iter(_) | ObjKind::Generator(_) => IterState::Shared(v),
            ObjKind::File(_) => {
                IterState::Adapter(Box::new(crate::runtime::iter_state::Adapter::Lines(v)))
            }
            ObjKind::WeakKeyDict(_) | ObjKind::WeakSet(_) | ObjKind::WeakValueDict(_) => {
                // In an object, so that what its steps keep (the snapshot's strong parts) is
                // traced between steps wherever the state is held (a `for` loop holds it in Rust).
                let generator = IterState::WeakGen(Box::new(self.weak_keys_generator(v)));
                IterState::Shared(self.alloc(ObjKind::Iter(generator))?)
            }
            ObjKind::Instance(inst) => match inst.payload() {
                Payload::List(_) => IterState::Seq(v, 0),
                Payload::Dict(d) => IterState::Dict(v, 0, d.version(), ViewKind::Keys),
                Payload::None if self.special_method(v, "__getitem__").is_some() => {
                    IterState::GetItem(v, 0)
                }
                Payload::None => return Err(self.not_iterable(v)),
                Payload::Value(inner) => {
                    let inner = *inner;
                    return self.iter_start(inner);
                }
            },
            _ => return Err(self.not_iterable(v)),
        };
        if let IterState::Values(items, ..) = &state {
            self.roots.temps.extend(items.iter().copied());
        }
        Ok(state)
    }

    /// Whether [`iter_start`](Self::iter_start) accepts `v` (without calling anything), for the
    /// errors that name `*` unpacking rather than saying "not iterable".
    pub fn is_iterable(&self, v: Value) -> bool {
        if self.special_method(v, "__iter__").is_some() {
            return true;
        }
        match self.obj(v) {
            ObjKind::Instance(inst) => match inst.payload() {
                Payload::Value(inner) => self.is_iterable(*inner),
                Payload::None => self.special_method(v, "__getitem__").is_some(),
                _ => true,
            },
            ObjKind::Proxy(_)
            | ObjKind::List(_)
            | ObjKind::Tuple(_)
            | ObjKind::Str(_)
            | ObjKind::Bytes(_)
            | ObjKind::ByteArray(_)
            | ObjKind::Range(..)
            | ObjKind::Dict(_)
            | ObjKind::Set(_)
            | ObjKind::DictView(..)
            | ObjKind::Iter(_)
            | ObjKind::Generator(_)
            | ObjKind::WeakKeyDict(_)
            | ObjKind::WeakSet(_)
            | ObjKind::WeakValueDict(_) => true,
            _ => false,
        }
    }

    fn not_iterable(&mut self, v: Value) -> crate::runtime::exceptions::PyErr {
        let t = self.type_name(v);
        self.type_error(format!("'{t}' object is not iterable"))
    }

    /// The next value, or `None` when the iteration is over. The value is rooted until the current
    /// statement ends.
    pub fn iter_next(&mut self, state: &mut IterState) -> PyResult<Option<Value>> {
        self.tick()?;
        let v = self.iter_step(state)?;
        if let Some(v) = v {
            self.push_temp(v);
        }
        Ok(v)
    }

    fn iter_step(&mut self, state: &mut IterState) -> PyResult<Option<Value>> {
        match state {
            IterState::Seq(seq, pos) => {
                let item = match self.obj(*seq) {
                    ObjKind::Tuple(items) => items.get(*pos).copied(),
                    _ => self
                        .list_ref(*seq)
                        .and_then(|items| items.get(*pos).copied()),
                };
                *pos += 1;
                if item.is_none() {
                    self.finish_iter(state);
                }
                Ok(item)
            }
            IterState::Str(s, pos) => {
                let ch = match self.obj(*s) {
                    ObjKind::Str(text) => text.char_from(*pos),
                    _ => None,
                };
                match ch {
                    Some(c) => {
                        *pos += c.len_utf8();
                        // The state may be moved out of its (traced) iterator object while it
                        // steps: root the str across the allocation.
                        self.push_temp(*s);
                        let mut buf = [0u8; 4];
                        Ok(Some(self.str_value(c.encode_utf8(&mut buf))?))
                    }
                    None => {
                        self.finish_iter(state);
                        Ok(None)
                    }
                }
            }
            IterState::Range(next, stop, step) => {
                let more = if *step > 0 {
                    *next < *stop
                } else {
                    *next > *stop
                };
                if !more {
                    self.finish_iter(state);
                    return Ok(None);
                }
                let v = *next;
                match next.checked_add(*step) {
                    Some(n) => *next = n,
                    None => *next = *stop,
                }
                Ok(Some(self.int_value(v)?))
            }
            IterState::Dict(d, pos, version, kind) => {
                let (d, kind) = (*d, *kind);
                let Some(table) = self.dict_ref(d) else {
                    return Ok(None);
                };
                if table.version() != *version {
                    self.finish_iter(state);
                    return Err(self.err(
                        Exc::RuntimeError,
                        "dictionary changed size during iteration",
                    ));
                }
                let Some(p) = table.next_from(*pos) else {
                    self.finish_iter(state);
                    return Ok(None);
                };
                let entry = table.entry(p).expect("next_from finds a live entry");
                *pos = p + 1;
                if kind == ViewKind::Items {
                    // As for `Str`: the state may be out of its iterator object while it
                    // steps, so the dict (and the pair's key and value) is rooted across
                    // the allocation.
                    self.push_temp(d);
                }
                Ok(Some(match kind {
                    ViewKind::Keys => entry.key,
                    ViewKind::Values => entry.value,
                    ViewKind::Items => self.alloc(ObjKind::Tuple(vec![entry.key, entry.value]))?,
                }))
            }
            IterState::Set(set, order, next, version) => {
                let Some(table) = self.dict_ref(*set) else {
                    return Ok(None);
                };
                if table.version() != *version {
                    self.finish_iter(state);
                    return Err(self.err(Exc::RuntimeError, "Set changed size during iteration"));
                }
                let entry = order.get(*next).and_then(|p| table.entry(*p));
                *next += 1;
                if entry.is_none() {
                    self.finish_iter(state);
                }
                Ok(entry.map(|e| e.key))
            }
            IterState::Values(items, pos, _) => {
                let item = items.get(*pos).copied();
                *pos += 1;
                Ok(item)
            }
            IterState::Weak(items, pos) => {
                while let Some((gc, weak)) = items.get(*pos).copied() {
                    *pos += 1;
                    if self.heap.upgrade_any(weak) == Some(gc) {
                        return Ok(self.as_value(gc));
                    }
                }
                Ok(None)
            }
            IterState::Shared(obj) if matches!(self.obj(*obj), ObjKind::Generator(_)) => {
                let g = *obj;
                let none = self.none();
                match self.gen_resume(g, crate::runtime::generator::Resume::Send(none))? {
                    crate::runtime::generator::Step::Yielded(v) => Ok(Some(v)),
                    crate::runtime::generator::Step::Returned(_) => {
                        self.finish_iter(state);
                        Ok(None)
                    }
                }
            }
            IterState::Shared(obj) => {
                let obj = *obj;
                let mut inner = match self.obj_mut(obj) {
                    ObjKind::Iter(s) => std::mem::replace(s, IterState::Done("iterator")),
                    _ => IterState::Done("iterator"),
                };
                let r = self.iter_step(&mut inner);
                if let ObjKind::Iter(s) = self.obj_mut(obj) {
                    *s = inner;
                }
                r
            }
            IterState::User(it) => {
                let it = *it;
                // Under `IterState::Shared` this state is moved out of its (traced) iterator
                // object while it steps, and `__next__` runs statements that may collect: root
                // the iterator across the call (as `builtins::lazy_iter` roots adapters' states).
                self.push_temp(it);
                let Some(next) = self.special_method(it, "__next__") else {
                    let t = self.type_name(it);
                    return Err(self.type_error(format!("'{t}' object is not an iterator")));
                };
                match self.call(next, vec![it], Vec::new()) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_is(&e, Exc::StopIteration) => {
                        self.finish_iter(state);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::GetItem(obj, index) => {
                let (obj, i) = (*obj, *index);
                // Rooted across `__getitem__` for the reason `User` is, above.
                self.push_temp(obj);
                let Some(get) = self.special_method(obj, "__getitem__") else {
                    self.finish_iter(state);
                    return Ok(None);
                };
                let key = self.int_value(i)?;
                match self.call(get, vec![obj, key], Vec::new()) {
                    Ok(v) => {
                        *state = IterState::GetItem(obj, i + 1);
                        Ok(Some(v))
                    }
                    Err(e)
                        if self.err_is(&e, Exc::IndexError)
                            || self.err_is(&e, Exc::StopIteration) =>
                    {
                        self.finish_iter(state);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::WeakGen(g) => self.weak_generator_step(g),
            IterState::Adapter(a) => {
                let r = self.adapter_step(a)?;
                if r.is_none() {
                    self.finish_iter(state);
                }
                Ok(r)
            }
            IterState::Done(_) => Ok(None),
        }
    }

    /// Ends iteration `state`, which keeps its iterator type's name.
    fn finish_iter(&self, state: &mut IterState) {
        *state = IterState::Done(self.iter_type_name(state));
    }

    /// Every value `v` yields, each rooted until the current statement ends.
    pub fn collect_iter(&mut self, v: Value) -> PyResult<Vec<Value>> {
        let fast = match self.obj(v) {
            ObjKind::List(items) | ObjKind::Tuple(items) => Some(items.clone()),
            _ => None,
        };
        if let Some(items) = fast {
            self.roots.temps.extend(items.iter().copied());
            return Ok(items);
        }
        if let ObjKind::Range(start, stop, step) = self.obj(v) {
            let n = range_len(*start, *stop, *step);
            if n > crate::eval::ops::MAX_SEQUENCE_LEN || self.over_limit(n) {
                return Err(self.memory_error());
            }
        }
        let mut state = self.iter_start(v)?;
        let mut out = Vec::new();
        while let Some(item) = self.iter_next(&mut state)? {
            if out.len() >= crate::eval::ops::MAX_SEQUENCE_LEN || self.over_limit(out.len()) {
                return Err(self.memory_error());
            }
            out.push(item);
        }
        Ok(out)
    }

    /// The typed handle of a live heap object (every object minipy allocates is an `Object`).
    pub fn as_value(&self, gc: GcAny) -> Option<Value> {
        self.heap.downcast(gc).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_length_and_membership_follow_the_step() {
        assert_eq!(range_len(0, 10, 3), 4);
        assert_eq!(range_len(10, 0, -3), 4);
        assert_eq!(range_len(5, 5, 1), 0);
        assert_eq!(range_len(i64::MIN, i64::MAX, 1), u64::MAX as usize);
        assert!(range_contains(0, 10, 3, 9));
        assert!(!range_contains(0, 10, 3, 10));
        assert!(range_contains(10, 0, -2, 2));
        assert!(!range_contains(10, 0, -2, 0));
    }

    #[test]
    fn dict_iteration_detects_size_changes() {
        let src = "d = {1: 2}\ntry:\n    for k in d:\n        d[k + 1] = 0\nexcept RuntimeError as e:\n    print(e)\n";
        let out = crate::run_captured(src, &crate::Options::default()).1;
        assert_eq!(out, "dictionary changed size during iteration\n");
    }
}

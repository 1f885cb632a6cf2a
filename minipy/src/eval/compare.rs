//! Comparisons, hashing, membership and `len`: Python's rich comparison protocol (`__eq__`,
//! `__lt__`, reflected operands, `NotImplemented`), `hash()` including weak references' CPython
//! rules, and `in`.

use std::cmp::Ordering;

use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Payload, Value, ViewKind};
use crate::syntax::ast::CmpOp;

/// Python's hash modulus for ints (2**61 - 1), so `hash(n) == n` for small ints as in CPython.
const HASH_MODULUS: i64 = (1 << 61) - 1;

/// The dunder for an ordering operator and its reflection.
fn order_dunders(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        _ => ("__ge__", "__le__"),
    }
}

impl Interp {
    /// `a op b` for a comparison operator.
    pub fn compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        match op {
            CmpOp::Is => Ok(self.bool_value(a == b)),
            CmpOp::IsNot => Ok(self.bool_value(a != b)),
            CmpOp::In => {
                let r = self.contains(b, a)?;
                Ok(self.bool_value(r))
            }
            CmpOp::NotIn => {
                let r = self.contains(b, a)?;
                Ok(self.bool_value(!r))
            }
            CmpOp::Eq => self.rich_eq(a, b),
            CmpOp::NotEq => {
                if let Some(f) = self.special_method(a, "__ne__") {
                    let r = self.call(f, vec![a, b], Vec::new())?;
                    if r != self.not_implemented() {
                        return Ok(r);
                    }
                }
                let r = self.rich_eq(a, b)?;
                let t = self.truthy(r)?;
                Ok(self.bool_value(!t))
            }
            _ => self.order(op, a, b),
        }
    }

    /// `a == b`, as the value `__eq__` returned (a bool for builtin types).
    pub fn rich_eq(&mut self, a: Value, b: Value) -> PyResult<Value> {
        if matches!(self.obj(a), ObjKind::Proxy(_)) || matches!(self.obj(b), ObjKind::Proxy(_)) {
            return self.proxy_eq(a, b);
        }
        let not_impl = self.not_implemented();
        if let Some(f) = self.special_method(a, "__eq__") {
            let r = self.call(f, vec![a, b], Vec::new())?;
            if r != not_impl {
                return Ok(r);
            }
        }
        if let Some(f) = self.special_method(b, "__eq__") {
            let r = self.call(f, vec![b, a], Vec::new())?;
            if r != not_impl {
                return Ok(r);
            }
        }
        let (a, b) = (self.unwrap_value(a), self.unwrap_value(b));
        let r = self.builtin_eq(a, b)?;
        Ok(self.bool_value(r))
    }

    /// `a == b` as a bool, with the identity shortcut containers use (`x in [x]` even for NaN).
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        let r = self.rich_eq(a, b)?;
        self.truthy(r)
    }

    fn builtin_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        // `x == x` is false for a NaN; containers (`[x] == [x]`, `x in [x]`) go through `eq`,
        // whose identity test comes first, as CPython's `PyObject_RichCompareBool`.
        if a == b && !matches!(self.obj(a), ObjKind::Float(f) if f.is_nan()) {
            return Ok(true);
        }
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            return Ok(num_cmp(x, y) == Some(Ordering::Equal));
        }
        if matches!(self.obj(a), ObjKind::Complex(..))
            || matches!(self.obj(b), ObjKind::Complex(..))
        {
            if let (Some(x), Some(y)) = (self.as_complex(a)?, self.as_complex(b)?) {
                return Ok(x == y);
            }
        }
        if matches!(self.obj(a), ObjKind::BigInt(_)) || matches!(self.obj(b), ObjKind::BigInt(_)) {
            if let Some(o) = self.big_cmp(a, b) {
                return Ok(o == Some(Ordering::Equal));
            }
        }
        match (self.obj(a), self.obj(b)) {
            (ObjKind::Str(x), ObjKind::Str(y)) => Ok(x == y),
            (ObjKind::Bytes(x), ObjKind::Bytes(y)) => Ok(x == y),
            (ObjKind::ByteArray(x), ObjKind::ByteArray(y)) => Ok(x == y),
            (ObjKind::Bytes(x), ObjKind::ByteArray(y))
            | (ObjKind::ByteArray(y), ObjKind::Bytes(x)) => Ok(**x == **y),
            (ObjKind::List(x), ObjKind::List(y)) | (ObjKind::Tuple(x), ObjKind::Tuple(y)) => {
                let (x, y) = (x.clone(), y.clone());
                self.roots.temps.extend(x.iter().chain(&y).copied());
                self.seq_eq(&x, &y)
            }
            (ObjKind::Range(a1, b1, c1), ObjKind::Range(a2, b2, c2)) => {
                Ok((a1, b1, c1) == (a2, b2, c2))
            }
            (ObjKind::WeakRef(_), ObjKind::WeakRef(_)) => self.weakref_eq(a, b),
            (ObjKind::Method(f1, s1), ObjKind::Method(f2, s2)) => Ok(f1 == f2 && s1 == s2),
            (ObjKind::Builtin(i1, r1), ObjKind::Builtin(i2, r2)) => Ok(i1 == i2 && r1 == r2),
            (ObjKind::WeakSet(_) | ObjKind::WeakKeyDict(_) | ObjKind::WeakValueDict(_), _)
            | (_, ObjKind::WeakSet(_) | ObjKind::WeakKeyDict(_) | ObjKind::WeakValueDict(_)) => {
                self.weak_container_eq(a, b)
            }
            _ => {
                if self.list_ref(a).is_some() && self.list_ref(b).is_some() {
                    let x = self.list_snapshot(a).unwrap_or_default();
                    let y = self.list_snapshot(b).unwrap_or_default();
                    return self.seq_eq(&x, &y);
                }
                if self.is_set_like(a) && self.is_set_like(b) {
                    return self.set_eq(a, b);
                }
                if self.dict_ref(a).is_some() && self.dict_ref(b).is_some() {
                    return self.dict_eq(a, b);
                }
                Ok(false)
            }
        }
    }

    fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        self.enter()?;
        let mut result = Ok(true);
        for (p, q) in x.iter().zip(y) {
            match self.eq(*p, *q) {
                Ok(true) => {}
                other => {
                    result = other;
                    break;
                }
            }
        }
        self.leave();
        result
    }

    fn is_set_like(&self, v: Value) -> bool {
        matches!(
            self.obj(v),
            ObjKind::Set(_)
                | ObjKind::FrozenSet(_)
                | ObjKind::DictView(_, ViewKind::Keys | ViewKind::Items)
        )
    }

    fn set_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if self.len_of(a)? != self.len_of(b)? {
            return Ok(false);
        }
        for v in self.collect_iter(a)? {
            if !self.contains(b, v)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn dict_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let x: Vec<(Value, Value)> = match self.dict_ref(a) {
            Some(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            None => return Ok(false),
        };
        if Some(x.len()) != self.dict_ref(b).map(|d| d.len()) {
            return Ok(false);
        }
        self.enter()?;
        let mut result = Ok(true);
        for (k, v) in x {
            let same = match self.dict_get(b, k) {
                Ok(Some(w)) => self.eq(v, w),
                Ok(None) => Ok(false),
                Err(e) => Err(e),
            };
            match same {
                Ok(true) => {}
                other => {
                    result = other;
                    break;
                }
            }
        }
        self.leave();
        result
    }

    /// `a < b`, `a <= b`, `a > b`, `a >= b`.
    fn order(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        // Two small ints (the common case, as `n < 2`): no dunder or other type to ask.
        if let (ObjKind::Int(x), ObjKind::Int(y)) = (self.obj(a), self.obj(b)) {
            let r = match op {
                CmpOp::Lt => x < y,
                CmpOp::LtE => x <= y,
                CmpOp::Gt => x > y,
                _ => x >= y,
            };
            return Ok(self.bool_value(r));
        }
        if let Some(r) = self.weak_set_order(op, a, b)? {
            return Ok(r);
        }
        let (name, reflected) = order_dunders(op);
        let not_impl = self.not_implemented();
        if let Some(f) = self.special_method(a, name) {
            let r = self.call(f, vec![a, b], Vec::new())?;
            if r != not_impl {
                return Ok(r);
            }
        }
        if let Some(f) = self.special_method(b, reflected) {
            let r = self.call(f, vec![b, a], Vec::new())?;
            if r != not_impl {
                return Ok(r);
            }
        }
        let (a, b) = (self.unwrap_value(a), self.unwrap_value(b));
        if self.is_set_like(a) && self.is_set_like(b) {
            // Subset order, which is partial: `{1} < {2}` and `{2} < {1}` are both false.
            let (small, big) = match op {
                CmpOp::Lt | CmpOp::LtE => (a, b),
                _ => (b, a),
            };
            let (ns, nb) = (self.len_of(small)?, self.len_of(big)?);
            let strict = matches!(op, CmpOp::Lt | CmpOp::Gt);
            let mut r = if strict { ns < nb } else { ns <= nb };
            if r {
                for v in self.collect_iter(small)? {
                    if !self.contains(big, v)? {
                        r = false;
                        break;
                    }
                }
            }
            return Ok(self.bool_value(r));
        }
        let ord = self.builtin_order(op, a, b)?;
        let r = match ord {
            None => false,
            Some(o) => match op {
                CmpOp::Lt => o == Ordering::Less,
                CmpOp::LtE => o != Ordering::Greater,
                CmpOp::Gt => o == Ordering::Greater,
                _ => o != Ordering::Less,
            },
        };
        Ok(self.bool_value(r))
    }

    /// How builtin values order; `Ok(None)` for unordered floats (NaN), `TypeError` for types that
    /// do not order.
    fn builtin_order(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Option<Ordering>> {
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            return Ok(num_cmp(x, y));
        }
        if matches!(self.obj(a), ObjKind::BigInt(_)) || matches!(self.obj(b), ObjKind::BigInt(_)) {
            if let Some(o) = self.big_cmp(a, b) {
                return Ok(o);
            }
        }
        let seqs = match (self.obj(a), self.obj(b)) {
            (ObjKind::Str(x), ObjKind::Str(y)) => return Ok(Some(x.cmp(y))),
            (ObjKind::Bytes(x), ObjKind::Bytes(y)) => return Ok(Some(x.cmp(y))),
            (ObjKind::ByteArray(x), ObjKind::ByteArray(y)) => return Ok(Some(x.cmp(y))),
            (ObjKind::Bytes(x), ObjKind::ByteArray(y)) => return Ok(Some((**x).cmp(&y[..]))),
            (ObjKind::ByteArray(x), ObjKind::Bytes(y)) => return Ok(Some(x[..].cmp(&**y))),
            (ObjKind::List(x), ObjKind::List(y)) | (ObjKind::Tuple(x), ObjKind::Tuple(y)) => {
                Some((x.clone(), y.clone()))
            }
            _ => None,
        };
        if let Some((x, y)) = seqs {
            self.roots.temps.extend(x.iter().chain(&y).copied());
            for (p, q) in x.iter().zip(&y) {
                if !self.eq(*p, *q)? {
                    self.enter()?;
                    let lt = self.compare(CmpOp::Lt, *p, *q);
                    self.leave();
                    let lt = lt?;
                    let lt = self.truthy(lt)?;
                    return Ok(Some(if lt {
                        Ordering::Less
                    } else {
                        Ordering::Greater
                    }));
                }
            }
            return Ok(Some(x.len().cmp(&y.len())));
        }
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        Err(self.type_error(format!(
            "'{}' not supported between instances of '{ta}' and '{tb}'",
            op.symbol()
        )))
    }

    /// `a < b` as a bool (what `sorted`, `min` and `max` use).
    pub fn less_than(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let r = self.compare(CmpOp::Lt, a, b)?;
        self.truthy(r)
    }

    /// `bool(a > b)`: what `max()` asks, as CPython's `min_max` (so a class with only `__lt__`
    /// is asked reflected, and errors name `>`).
    pub fn greater_than(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let r = self.compare(CmpOp::Gt, a, b)?;
        self.truthy(r)
    }

    /// `hash(v)`.
    ///
    /// # Errors
    /// `TypeError` for unhashable values (lists, dicts, instances whose class set `__hash__ = None`
    /// or defined `__eq__` without `__hash__`), and for a dead weak reference never hashed before.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        let h = match self.obj(v) {
            ObjKind::None => 0x5f5f_4e6f,
            ObjKind::Bool(b) => *b as i64,
            ObjKind::Int(i) => int_hash(*i),
            ObjKind::BigInt(b) => crate::runtime::bigint::big_hash(b),
            ObjKind::Float(f) => float_hash(*f),
            ObjKind::Complex(re, im) => {
                crate::runtime::complex::Complex::new(*re, *im).hash(float_hash)
            }
            ObjKind::Str(s) => str_bytes_hash(s.as_bytes()),
            // ASCII data hashes as the equal str does (as in CPython); the rest as its Latin-1 text.
            ObjKind::Bytes(b) => match std::str::from_utf8(b) {
                Ok(s) if s.is_ascii() => str_hash(s),
                _ => str_hash(&b.iter().map(|&c| char::from(c)).collect::<String>()),
            },
            ObjKind::FrozenSet(d) => crate::runtime::set_order::frozenset_hash(d),
            ObjKind::Tuple(items) => {
                let items = items.clone();
                return self.tuple_hash(&items);
            }
            // CPython's: equal ranges (the same items) hash as `(len, start, step)`, with `None`
            // for what does not matter.
            ObjKind::Range(start, stop, step) => {
                let (start, stop, step) = (*start, *stop, *step);
                let len = crate::runtime::iter_state::range_len(start, stop, step);
                let none = self.none();
                let parts = [
                    self.int_value(len as i64)?,
                    if len == 0 {
                        none
                    } else {
                        self.int_value(start)?
                    },
                    if len <= 1 {
                        none
                    } else {
                        self.int_value(step)?
                    },
                ];
                self.roots.temps.extend(parts);
                return self.tuple_hash(&parts);
            }
            ObjKind::List(_)
            | ObjKind::ByteArray(_)
            | ObjKind::Dict(_)
            | ObjKind::Set(_)
            | ObjKind::DictView(..)
            | ObjKind::WeakSet(_)
            | ObjKind::WeakKeyDict(_)
            | ObjKind::WeakValueDict(_) => {
                return Err(self.unhashable(v));
            }
            ObjKind::WeakRef(w) => {
                if let Some(h) = w.hash {
                    return Ok(h);
                }
                let target = w.weak.target();
                let Some(referent) = self.heap.upgrade_any(target) else {
                    return Err(self.type_error("weak object has gone away"));
                };
                let Some(referent) = self.as_value(referent) else {
                    return Err(self.type_error("weak object has gone away"));
                };
                self.push_temp(referent);
                let h = self.hash(referent)?;
                if let ObjKind::WeakRef(w) = self.obj_mut(v) {
                    w.hash = Some(h);
                }
                return Ok(h);
            }
            ObjKind::Proxy(_) => return Err(self.unhashable(v)),
            ObjKind::Method(f, s) => {
                let (f, s) = (*f, *s);
                return Ok(self.id_of(f) as i64 ^ (self.id_of(s) as i64 >> 4));
            }
            // Equal builtin methods (the same method bound to the same object: `a.append`, read
            // twice, makes two) hash alike.
            ObjKind::Builtin(id, recv) => {
                let (id, recv) = (*id as i64, *recv);
                let r = recv.map_or(0, |r| self.id_of(r) as i64 >> 4);
                return Ok(id.wrapping_mul(1_000_003) ^ r);
            }
            ObjKind::Instance(inst) => {
                let class = inst.class;
                let payload = !matches!(inst.payload(), Payload::None);
                return self.instance_hash(v, class, payload);
            }
            _ => self.identity_hash(v),
        };
        Ok(h)
    }

    fn instance_hash(&mut self, v: Value, class: Value, payload: bool) -> PyResult<i64> {
        match self.class_lookup(class, "__hash__") {
            Some(f) if matches!(self.obj(f), ObjKind::None) => Err(self.unhashable(v)),
            Some(f) => {
                let r = self.call(f, vec![v], Vec::new())?;
                // CPython's `slot_tp_hash`: a result that fits is the hash (-1 becoming -2); a
                // bigger int is hashed.
                match (self.as_int(r), self.big_int(r)) {
                    (Some(-1), _) => Ok(-2),
                    (Some(i), _) => Ok(i),
                    (None, Some(b)) => Ok(crate::runtime::bigint::big_hash(b)),
                    (None, None) => {
                        Err(self.type_error("__hash__ method should return an integer"))
                    }
                }
            }
            None if payload => match self.base_value(v) {
                Some(inner) => self.hash(inner),
                None => Err(self.unhashable(v)),
            },
            None => Ok(self.identity_hash(v)),
        }
    }

    fn tuple_hash(&mut self, items: &[Value]) -> PyResult<i64> {
        self.enter()?;
        // CPython's tuplehash (xxHash's round), so tuples of ints hash, and order in sets, alike.
        const PRIME_1: u64 = 11_400_714_785_074_694_791;
        const PRIME_2: u64 = 14_029_467_366_897_019_727;
        const PRIME_5: u64 = 2_870_177_450_012_600_261;
        let mut acc: u64 = PRIME_5;
        let mut result = Ok(0);
        for item in items {
            match self.hash(*item) {
                Ok(h) => {
                    acc = acc.wrapping_add((h as u64).wrapping_mul(PRIME_2));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(PRIME_1);
                }
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.leave();
        result?;
        let acc = acc.wrapping_add(items.len() as u64 ^ (PRIME_5 ^ 3_527_539));
        Ok(if acc == u64::MAX {
            1_546_275_796
        } else {
            acc as i64
        })
    }

    fn unhashable(&mut self, v: Value) -> crate::runtime::exceptions::PyErr {
        let t = self.type_name(v);
        self.type_error(format!("unhashable type: '{t}'"))
    }

    /// `id(v)`: a fake address, unique among live objects (derived from the heap cell index).
    pub fn id_of(&self, v: Value) -> u64 {
        0x7f00_0000_0000 + u64::from(weakgc::Gc::erase(v).index()) * 16
    }

    /// Python's default `__hash__`: derived from `id()`.
    pub fn identity_hash(&self, v: Value) -> i64 {
        (self.id_of(v) >> 4) as i64
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let ObjKind::Proxy(_) = self.obj(container) {
            let container = self.proxy_target(container)?;
            return self.contains(container, item);
        }
        if let ObjKind::Instance(_) = self.obj(container) {
            // A class's `__contains__` wins over its builtin base's (`class L(list)`).
            if let Some(f) = self.special_method(container, "__contains__") {
                let r = self.call(f, vec![container, item], Vec::new())?;
                return self.truthy(r);
            }
            if let Some(inner) = self.base_value(container) {
                return self.contains(inner, item);
            }
        }
        if let Some(items) = self.list_snapshot(container) {
            return self.seq_contains(&items, item);
        }
        if matches!(self.obj(container), ObjKind::Str(_) | ObjKind::Bytes(_)) {
            let item = self.unwrap_value(item);
            return self.contains_rest(container, item);
        }
        self.contains_rest(container, item)
    }

    fn contains_rest(&mut self, container: Value, item: Value) -> PyResult<bool> {
        match self.obj(container) {
            ObjKind::Tuple(items) => {
                let items = items.clone();
                self.seq_contains(&items, item)
            }
            ObjKind::Bytes(b) => {
                let b = b.clone();
                self.bytes_contains(&b, item)
            }
            ObjKind::ByteArray(b) => {
                let b = b.clone();
                self.bytes_contains(&b, item)
            }
            ObjKind::Str(s) => match self.obj(item) {
                ObjKind::Str(sub) => Ok(s.contains(&**sub)),
                _ => {
                    let t = self.type_name(item);
                    Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {t}"
                    )))
                }
            },
            ObjKind::Range(start, stop, step) => {
                let (start, stop, step) = (*start, *stop, *step);
                Ok(match self.as_int(item) {
                    Some(i) => crate::eval::iter::range_contains(start, stop, step, i),
                    None => false,
                })
            }
            ObjKind::DictView(d, kind) => {
                let (d, kind) = (*d, *kind);
                match kind {
                    ViewKind::Keys => Ok(self.dict_lookup(d, item)?.is_some()),
                    ViewKind::Values | ViewKind::Items => {
                        let items = self.collect_iter(container)?;
                        self.seq_contains(&items, item)
                    }
                }
            }
            ObjKind::WeakKeyDict(_) | ObjKind::WeakSet(_) | ObjKind::WeakValueDict(_) => {
                self.weak_contains(container, item)
            }
            ObjKind::Generator(_) | ObjKind::Iter(_) => {
                // Consumes the iterator up to the first equal item, as CPython does.
                let mut it = self.iter_start(container)?;
                let height = self.temps_height();
                while let Some(v) = self.iter_next(&mut it)? {
                    if self.eq(v, item)? {
                        return Ok(true);
                    }
                    self.truncate_temps(height);
                }
                Ok(false)
            }
            _ if self.dict_ref(container).is_some() => {
                Ok(self.dict_lookup(container, item)?.is_some())
            }
            _ => {
                if let Some(f) = self.special_method(container, "__contains__") {
                    let r = self.call(f, vec![container, item], Vec::new())?;
                    return self.truthy(r);
                }
                if matches!(self.obj(container), ObjKind::Instance(_))
                    && self.is_iterable(container)
                {
                    // No `__contains__`: a linear search by iteration, as CPython falls back to.
                    let mut it = self.iter_start(container)?;
                    let height = self.temps_height();
                    while let Some(v) = self.iter_next(&mut it)? {
                        if self.eq(v, item)? {
                            return Ok(true);
                        }
                        self.truncate_temps(height);
                    }
                    return Ok(false);
                }
                let t = self.type_name(container);
                Err(self.type_error(format!("argument of type '{t}' is not iterable")))
            }
        }
    }

    pub(crate) fn seq_contains(&mut self, items: &[Value], item: Value) -> PyResult<bool> {
        for v in items {
            if self.eq(*v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `len(v)`.
    pub fn len_of(&mut self, v: Value) -> PyResult<usize> {
        if let ObjKind::Proxy(_) = self.obj(v) {
            let v = self.proxy_target(v)?;
            return self.len_of(v);
        }
        let n = match self.obj(v) {
            ObjKind::Str(s) => {
                let s = s.clone();
                self.str_positions.shape(&s).chars
            }
            ObjKind::Bytes(b) => b.len(),
            ObjKind::ByteArray(b) => b.len(),
            ObjKind::List(x) | ObjKind::Tuple(x) => x.len(),
            ObjKind::Dict(d) | ObjKind::Set(d) | ObjKind::FrozenSet(d) => d.len(),
            ObjKind::Range(start, stop, step) => crate::eval::iter::range_len(*start, *stop, *step),
            ObjKind::DictView(d, _) => {
                let d = *d;
                self.dict_ref(d).map_or(0, |d| d.len())
            }
            ObjKind::WeakKeyDict(d) => d.len(),
            ObjKind::WeakValueDict(d) => d.len(),
            ObjKind::WeakSet(s) => s.len(),
            ObjKind::Class(_) if self.special_method(v, "__len__").is_some() => {
                let f = self.special_method(v, "__len__").expect("checked");
                let r = self.call(f, vec![v], Vec::new())?;
                return match self.as_int(r) {
                    Some(n) if n >= 0 => Ok(n as usize),
                    _ => Err(self.value_error("__len__() should return >= 0")),
                };
            }
            ObjKind::Instance(inst) => {
                if let Some(f) = self.special_method(v, "__len__") {
                    let r = self.call(f, vec![v], Vec::new())?;
                    return match self.as_int(r) {
                        Some(n) if n >= 0 => Ok(n as usize),
                        Some(_) => Err(self.value_error("__len__() should return >= 0")),
                        None => {
                            let t = self.type_name(r);
                            Err(self.type_error(format!(
                                "'{t}' object cannot be interpreted as an integer"
                            )))
                        }
                    };
                }
                match inst.payload() {
                    Payload::List(x) => x.len(),
                    Payload::Dict(d) => d.len(),
                    Payload::None => return Err(self.no_len(v)),
                    Payload::Value(inner) => {
                        let inner = *inner;
                        return match self.len_of(inner) {
                            Ok(n) => Ok(n),
                            Err(_) => Err(self.no_len(v)),
                        };
                    }
                }
            }
            _ => return Err(self.no_len(v)),
        };
        Ok(n)
    }

    fn no_len(&mut self, v: Value) -> crate::runtime::exceptions::PyErr {
        let t = self.type_name(v);
        self.type_error(format!("object of type '{t}' has no len()"))
    }
}

fn num_cmp(x: crate::eval::ops::Num, y: crate::eval::ops::Num) -> Option<Ordering> {
    use crate::eval::ops::Num;
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => Some(a.cmp(&b)),
        (Num::Int(a), Num::Float(b)) => (a as f64).partial_cmp(&b),
        (Num::Float(a), Num::Int(b)) => a.partial_cmp(&(b as f64)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(&b),
    }
}

/// CPython's int hash: the value modulo 2**61 - 1, keeping the sign, with -1 reserved.
pub fn int_hash(i: i64) -> i64 {
    let m = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `_Py_HashDouble`: the float's exact value modulo 2**61 - 1, so equal ints and
/// floats hash alike and sets of floats order as CPython's. NaN hashes to 0 (CPython uses the
/// object's identity).
pub fn float_hash(f: f64) -> i64 {
    const BITS: u32 = 61;
    let modulus = HASH_MODULUS as u64;
    if f.is_infinite() {
        return if f > 0.0 { 314_159 } else { -314_159 };
    }
    if f.is_nan() || f == 0.0 {
        return 0;
    }
    // frexp: f == m * 2**e with 0.5 <= |m| < 1.
    let bits = f.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i32;
    let (mut m, mut e) = if raw_exp == 0 {
        // Subnormal: scale into the normal range first.
        let g = f * 2f64.powi(64);
        let re = ((g.to_bits() >> 52) & 0x7ff) as i32;
        (
            f64::from_bits((g.to_bits() & !(0x7ff << 52)) | (1022 << 52)),
            re - 1022 - 64,
        )
    } else {
        (
            f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)),
            raw_exp - 1022,
        )
    };
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & modulus) | (x >> (BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 {
        e as u32 % BITS
    } else {
        BITS - 1 - ((-1 - e) as u32 % BITS)
    };
    x = ((x << e) & modulus) | (x >> (BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The string hasher: foldhash (quality variant, since tables index by the hash's low bits) with
/// a seed drawn once per process, so a script cannot precompute colliding keys to flood a dict
/// (CPython randomizes its string hashes for the same reason, so scripts never rely on the
/// values or on the order of sets of strings). `PYTHONHASHSEED=N` fixes the seed, as in CPython,
/// to reproduce a run.
fn str_hasher() -> &'static foldhash::quality::SeedableRandomState {
    static HASHER: std::sync::OnceLock<foldhash::quality::SeedableRandomState> =
        std::sync::OnceLock::new();
    HASHER.get_or_init(|| {
        match std::env::var("PYTHONHASHSEED")
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
        {
            Some(seed) => foldhash::quality::SeedableRandomState::with_seed(
                seed,
                foldhash::SharedSeed::global_fixed(),
            ),
            None => foldhash::quality::SeedableRandomState::random(),
        }
    })
}

/// The hash of a `str`: 0 for the empty string (as CPython's), never -1 (CPython's error value).
pub fn str_hash(s: &str) -> i64 {
    str_bytes_hash(s.as_bytes())
}

/// [`str_hash`] of the `str` whose UTF-8 bytes are `b` (a `str` object's text hashes from its
/// bytes, without checking them as UTF-8 first). Fed to the hasher as `str`'s `Hash` feeds it.
pub fn str_bytes_hash(b: &[u8]) -> i64 {
    use std::hash::{BuildHasher, Hasher};
    if b.is_empty() {
        return 0;
    }
    let mut hasher = str_hasher().build_hasher();
    hasher.write(b);
    hasher.write_u8(0xff);
    let h = hasher.finish() as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{run_captured, Options};

    fn run(src: &str) -> String {
        run_captured(src, &Options::default()).1
    }

    #[test]
    fn float_hash_matches_cpython() {
        // Values from python3.11: hash(0.5), hash(1e100), hash(-1.5), hash(3.0), hash(5e-324).
        assert_eq!(float_hash(0.5), 1152921504606846976);
        assert_eq!(float_hash(1e100), 1822893315824342674);
        assert_eq!(float_hash(-1.5), -1152921504606846977);
        assert_eq!(float_hash(3.0), 3);
        assert_eq!(float_hash(5e-324), 16777216);
    }

    #[test]
    fn int_hash_matches_cpython_for_small_and_negative_values() {
        assert_eq!(int_hash(5), 5);
        assert_eq!(int_hash(-1), -2);
        assert_eq!(int_hash(-7), -7);
        assert_eq!(int_hash(HASH_MODULUS), 0);
    }

    #[test]
    fn comparisons_chain_and_order_sequences() {
        assert_eq!(
            run("print(1 < 2 < 3, 3 > 2 > 2, [1, 2] < [1, 3], (1,) < (1, 0), 'a' < 'b')\n"),
            "True False True True True\n"
        );
    }

    #[test]
    fn eq_without_hash_makes_instances_unhashable() {
        let src = "class P:\n    def __eq__(self, o):\n        return True\ntry:\n    hash(P())\nexcept TypeError as e:\n    print(e)\n";
        assert_eq!(run(src), "unhashable type: 'P'\n");
    }

    #[test]
    fn membership_uses_identity_then_equality() {
        assert_eq!(
            run("print(2 in [1, 2], 'b' in 'abc', 3 in range(0, 10, 3), 'k' in {'k': 1}, 5 not in (1,))\n"),
            "True True True True True\n"
        );
    }
}

//! `WeakSet`'s Python-level API as CPython 3.11's `Lib/_weakrefset.py` defines it: its methods,
//! its set algebra (`| & - ^` and their in-place forms), its comparisons, and its repr.
//!
//! `_weakrefset.WeakSet` is a Python class over a `set` of weak references, and its behaviour
//! follows from that; minipy keeps the members in a heap-aware table (see `weak_tables`) and
//! reproduces what the Python code does, which is not always what a `set` does:
//! - every operation that makes a weak reference to an operand's items raises
//!   `cannot create weak reference to 'int' object` for items that refuse them (`discard`,
//!   `remove`, `difference`, `<=`, ...), but `in`, `intersection` and `isdisjoint` use `in`, which
//!   answers `False` for them;
//! - `remove`'s `KeyError` carries the weak reference it looked for, not the item;
//! - `==` holds only between two `WeakSet`s (`__eq__` returns `NotImplemented` for anything else,
//!   so `WeakSet([a]) == {a}` is `False`), and a `WeakSet` is unhashable;
//! - the operators take any iterable on the right (they are the named methods), there are no
//!   reflected ones (`{a} | ws` is a `TypeError`), while `<= < >= >` are reflected by Python's rich
//!   comparison (`[a] <= ws` asks `ws >= [a]`);
//! - `repr` is the repr of the underlying set of weak references (`set()` when empty).
//!
//! One CPython behaviour is not reproduced: `&=` (and `intersection_update`) leaves CPython's set
//! holding weak references *without* the removal callback, so a member that dies afterwards still
//! counts in `len()` there; minipy drops it, as every other operation does.

use crate::builtins::Builtin;
use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};
use crate::syntax::ast::BinOp;
use crate::syntax::ast::CmpOp;

impl Interp {
    /// Whether `v` is a `WeakSet`.
    pub(crate) fn is_weak_set(&self, v: Value) -> bool {
        matches!(self.obj(v), ObjKind::WeakSet(_))
    }

    /// CPython's arity errors for a method written in Python (`WeakSet.union() missing 1 required
    /// positional argument: 'other'`): `params` are its parameters after `self`, the first
    /// `required` of them without default.
    pub(crate) fn check_py_arity(
        &mut self,
        qualname: &str,
        params: &[&str],
        required: usize,
        args: &[Value],
    ) -> PyResult<()> {
        if args.len() < required {
            let missing: Vec<String> = params[args.len()..required]
                .iter()
                .map(|p| format!("'{p}'"))
                .collect();
            let names = match missing.as_slice() {
                [one] => one.clone(),
                [a, b] => format!("{a} and {b}"),
                [init @ .., last] => format!("{}, and {last}", init.join(", ")),
                [] => String::new(),
            };
            let n = missing.len();
            let s = if n == 1 { "" } else { "s" };
            return Err(self.type_error(format!(
                "{qualname}() missing {n} required positional argument{s}: {names}"
            )));
        }
        if args.len() > params.len() {
            let (total, given) = (params.len() + 1, args.len() + 1);
            let takes = if required == params.len() {
                let s = if total == 1 { "" } else { "s" };
                format!("{total} positional argument{s}")
            } else {
                format!("from {} to {total} positional arguments", required + 1)
            };
            return Err(
                self.type_error(format!("{qualname}() takes {takes} but {given} were given"))
            );
        }
        Ok(())
    }

    /// The live members of `WeakSet` `s`, rooted until the statement ends.
    fn weak_set_values(&mut self, s: Value) -> Vec<Value> {
        let members: Vec<Value> = self
            .weak_set_members(s)
            .into_iter()
            .filter_map(|(gc, _)| self.as_value(gc))
            .collect();
        self.roots.temps.extend(members.iter().copied());
        members
    }

    /// A new `WeakSet` holding `items` (as `WeakSet(items)`).
    fn new_weak_set_of(&mut self, items: &[Value]) -> PyResult<Value> {
        let s = self.alloc(ObjKind::WeakSet(Box::default()))?;
        for item in items {
            self.weak_set_add(s, *item)?;
        }
        Ok(s)
    }

    /// `set(map(ref, other))` as a plain `set` of the items themselves: what `_weakrefset`
    /// compares against. A weak reference hashes and compares as its live referent, so a set of
    /// the items answers the same membership questions. Raises `TypeError` at the first item
    /// that refuses weak references, as `ref(item)` would.
    fn ref_set(&mut self, other: Value) -> PyResult<(Value, Vec<Value>)> {
        let items = self.collect_iter(other)?;
        let set = self.alloc(ObjKind::Set(crate::runtime::dict::Dict::new()))?;
        for item in &items {
            self.require_weakrefable(*item)?;
            self.set_add(set, *item)?;
        }
        let unique = self.collect_iter(set)?;
        Ok((set, unique))
    }

    /// Whether every live member of `s` is in the plain set `set`.
    fn members_in(&mut self, s: Value, set: Value) -> PyResult<bool> {
        for m in self.weak_set_values(s) {
            if !self.contains(set, m)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn weak_set_len(&self, s: Value) -> usize {
        match self.obj(s) {
            ObjKind::WeakSet(set) => set.len(),
            _ => 0,
        }
    }

    /// `s.issubset(other)` (and `s <= other`): `self.data.issubset(ref(item) for item in other)`,
    /// which builds the whole set first.
    fn weak_set_issubset(&mut self, s: Value, other: Value) -> PyResult<bool> {
        let (set, unique) = self.ref_set(other)?;
        Ok(self.weak_set_len(s) <= unique.len() && self.members_in(s, set)?)
    }

    /// `s.issuperset(other)` (and `s >= other`): `set.issuperset` over a generator stops at the
    /// first item that is not a member, before later items are even made into references.
    fn weak_set_issuperset(&mut self, s: Value, other: Value) -> PyResult<bool> {
        for item in self.collect_iter(other)? {
            self.require_weakrefable(item)?;
            if !self.weak_contains(s, item)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `s < other` and `s > other`: `self.data < set(map(ref, other))` and its mirror.
    fn weak_set_strict(&mut self, s: Value, other: Value, less: bool) -> PyResult<bool> {
        let (set, unique) = self.ref_set(other)?;
        let n = self.weak_set_len(s);
        if less {
            return Ok(n < unique.len() && self.members_in(s, set)?);
        }
        if n <= unique.len() {
            return Ok(false);
        }
        for item in unique {
            if !self.weak_contains(s, item)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a == b` with `a` a `WeakSet`: `NotImplemented` (`None` here) unless `b` is one too.
    pub(crate) fn weak_set_eq(&mut self, a: Value, b: Value) -> PyResult<Option<bool>> {
        if !self.is_weak_set(a) || !self.is_weak_set(b) {
            return Ok(None);
        }
        let (set, unique) = self.ref_set(b)?;
        Ok(Some(
            self.weak_set_len(a) == unique.len() && self.members_in(a, set)?,
        ))
    }

    /// `s.intersection(other)`: `WeakSet(item for item in other if item in self)`.
    fn weak_set_intersection(&mut self, s: Value, other: Value) -> PyResult<Value> {
        let mut kept = Vec::new();
        for item in self.collect_iter(other)? {
            if self.weak_contains(s, item)? {
                kept.push(item);
            }
        }
        self.new_weak_set_of(&kept)
    }

    /// `s -= other`: removes each item as `other` yields it (a `TypeError` part-way keeps the
    /// removals already made, as `set.difference_update` over a generator does).
    fn weak_set_difference_update(&mut self, s: Value, other: Value) -> PyResult<()> {
        if s == other {
            return self.weak_clear(s);
        }
        for item in self.collect_iter(other)? {
            self.require_weakrefable(item)?;
            self.weak_remove(s, item)?;
        }
        Ok(())
    }

    /// `s &= other`: the members become the items of `other` (the first of equal ones) that are
    /// members; nothing changes if an item refuses weak references.
    fn weak_set_intersection_update(&mut self, s: Value, other: Value) -> PyResult<()> {
        let (_, unique) = self.ref_set(other)?;
        let mut kept = Vec::new();
        for item in unique {
            if self.weak_contains(s, item)? {
                kept.push(item);
            }
        }
        self.weak_clear(s)?;
        for item in kept {
            self.weak_set_add(s, item)?;
        }
        Ok(())
    }

    /// `s ^= other`: the set of `other`'s items is built first, then each is removed if a member
    /// and added if not.
    fn weak_set_symmetric_difference_update(&mut self, s: Value, other: Value) -> PyResult<()> {
        if s == other {
            return self.weak_clear(s);
        }
        let (_, unique) = self.ref_set(other)?;
        for item in unique {
            if self.weak_remove(s, item)?.is_none() {
                self.weak_set_add(s, item)?;
            }
        }
        Ok(())
    }

    /// `s.copy()`: a new `WeakSet` of the live members.
    fn weak_set_copy(&mut self, s: Value) -> PyResult<Value> {
        let members = self.weak_set_values(s);
        self.new_weak_set_of(&members)
    }

    /// `s | other`, `s & other`, `s - other`, `s ^ other` for a `WeakSet` `s`: the named methods,
    /// so `other` may be any iterable. `None` for other operators.
    pub(crate) fn weak_set_binop(
        &mut self,
        op: BinOp,
        s: Value,
        other: Value,
    ) -> PyResult<Option<Value>> {
        let r = match op {
            BinOp::BitOr => {
                let mut items = self.weak_set_values(s);
                items.extend(self.collect_iter(other)?);
                self.new_weak_set_of(&items)?
            }
            BinOp::BitAnd => self.weak_set_intersection(s, other)?,
            BinOp::Sub => {
                let copy = self.weak_set_copy(s)?;
                self.weak_set_difference_update(copy, other)?;
                copy
            }
            BinOp::BitXor => {
                let copy = self.weak_set_copy(s)?;
                self.weak_set_symmetric_difference_update(copy, other)?;
                copy
            }
            _ => return Ok(None),
        };
        Ok(Some(r))
    }

    /// `s |= other` and the other in-place operators for a `WeakSet` `s`: they change `s` and
    /// return it. `None` for operators a `WeakSet` has no in-place form of.
    pub(crate) fn weak_set_inplace(
        &mut self,
        op: BinOp,
        s: Value,
        other: Value,
    ) -> PyResult<Option<Value>> {
        match op {
            BinOp::BitOr => {
                for item in self.collect_iter(other)? {
                    self.weak_set_add(s, item)?;
                }
            }
            BinOp::BitAnd => self.weak_set_intersection_update(s, other)?,
            BinOp::Sub => self.weak_set_difference_update(s, other)?,
            BinOp::BitXor => self.weak_set_symmetric_difference_update(s, other)?,
            _ => return Ok(None),
        }
        Ok(Some(s))
    }

    /// `a < b`, `a <= b`, `a > b`, `a >= b` when either is a `WeakSet`, in Python's order: a
    /// `WeakSet` on the left answers; one on the right answers the reflected question unless the
    /// left operand's own method answered first. Proxies compare as their referents. `None` when
    /// neither is a `WeakSet` or a proxy.
    pub(crate) fn weak_set_order(
        &mut self,
        op: CmpOp,
        a: Value,
        b: Value,
    ) -> PyResult<Option<Value>> {
        if matches!(self.obj(a), ObjKind::Proxy(_)) || matches!(self.obj(b), ObjKind::Proxy(_)) {
            // A proxy compares as its referent (`proxy_richcompare` unwraps both operands).
            let a = self.unproxy(a)?;
            let b = self.unproxy(b)?;
            return self.compare(op, a, b).map(Some);
        }
        let (s, other, op) = if self.is_weak_set(a) {
            (a, b, op)
        } else if self.is_weak_set(b) {
            let (name, reflected) = match op {
                CmpOp::Lt => ("__lt__", CmpOp::Gt),
                CmpOp::LtE => ("__le__", CmpOp::GtE),
                CmpOp::Gt => ("__gt__", CmpOp::Lt),
                _ => ("__ge__", CmpOp::LtE),
            };
            if let Some(f) = self.special_method(a, name) {
                let r = self.call(f, vec![a, b], Vec::new())?;
                if r != self.not_implemented() {
                    return Ok(Some(r));
                }
            }
            (b, a, reflected)
        } else {
            return Ok(None);
        };
        let r = match op {
            CmpOp::LtE => self.weak_set_issubset(s, other)?,
            CmpOp::GtE => self.weak_set_issuperset(s, other)?,
            CmpOp::Lt => self.weak_set_strict(s, other, true)?,
            _ => self.weak_set_strict(s, other, false)?,
        };
        Ok(Some(self.bool_value(r)))
    }

    /// `repr(s)`: `_weakrefset` shows its set of weak references, `{<weakref at 0x..; to 'C' at
    /// 0x..>}`, or `set()` when it is empty.
    pub(crate) fn weak_set_repr(&mut self, s: Value) -> PyResult<String> {
        let members = self.weak_set_values(s);
        if members.is_empty() {
            return Ok("set()".to_string());
        }
        let mut parts = Vec::with_capacity(members.len());
        for m in members {
            let r = self.unregistered_weakref(m)?;
            parts.push(self.repr(r)?);
        }
        Ok(format!("{{{}}}", parts.join(", ")))
    }

    /// The methods of `WeakSet`.
    pub(crate) fn weak_set_method(
        &mut self,
        id: Builtin,
        s: Value,
        args: &[Value],
    ) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        if !self.is_weak_set(s) {
            let tn = self.type_name(s);
            return Err(self.type_error(format!(
                "descriptor '{name}' for 'WeakSet' objects doesn't apply to a '{tn}' object"
            )));
        }
        let qualname = format!("WeakSet.{name}");
        let (params, required) = crate::modules::weak_objects::python_method_params(id);
        self.check_py_arity(&qualname, params, required, args)?;
        let none = self.none();
        match id {
            B::WsAdd => self.weak_set_add(s, args[0]).map(|_| none),
            B::WsDiscard | B::WsRemove => {
                let item = args[0];
                self.require_weakrefable(item)?;
                if self.weak_remove(s, item)?.is_none() && id == B::WsRemove {
                    // `self.data.remove(ref(item))`: the error carries the reference.
                    let r = self.new_weakref(item, None)?;
                    return Err(self.key_error(r));
                }
                Ok(none)
            }
            B::WsPop => self.weak_set_pop(s),
            B::WsClear => self.weak_clear(s).map(|_| none),
            B::WsCopy => self.weak_set_copy(s),
            B::WsUpdate => self
                .weak_set_inplace(BinOp::BitOr, s, args[0])
                .map(|_| none),
            B::WsUnion => Ok(self
                .weak_set_binop(BinOp::BitOr, s, args[0])?
                .unwrap_or(none)),
            B::WsIntersection => self.weak_set_intersection(s, args[0]),
            B::WsDifference => Ok(self.weak_set_binop(BinOp::Sub, s, args[0])?.unwrap_or(none)),
            B::WsSymmetricDifference => Ok(self
                .weak_set_binop(BinOp::BitXor, s, args[0])?
                .unwrap_or(none)),
            B::WsIntersectionUpdate => self.weak_set_intersection_update(s, args[0]).map(|_| none),
            B::WsDifferenceUpdate => self.weak_set_difference_update(s, args[0]).map(|_| none),
            B::WsSymmetricDifferenceUpdate => self
                .weak_set_symmetric_difference_update(s, args[0])
                .map(|_| none),
            B::WsIsSubset => {
                let r = self.weak_set_issubset(s, args[0])?;
                Ok(self.bool_value(r))
            }
            B::WsIsSuperset => {
                let r = self.weak_set_issuperset(s, args[0])?;
                Ok(self.bool_value(r))
            }
            B::WsIsDisjoint => {
                // `len(self.intersection(other)) == 0`.
                let i = self.weak_set_intersection(s, args[0])?;
                Ok(self.bool_value(self.weak_set_len(i) == 0))
            }
            _ => unreachable!("WeakSet methods only"),
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
    fn set_algebra_keeps_weak_members_and_equality_needs_two_weak_sets() {
        let src = "import weakref\nclass O:\n    pass\na, b, c = O(), O(), O()\ns = weakref.WeakSet([a, b])\nt = weakref.WeakSet([b, c])\nprint(len(s | t), len(s & t), len(s - t), len(s ^ [c]), s & t == weakref.WeakSet([b]))\nprint(s == {a, b}, s <= [a, b, c], [a] <= s, s > [a], s.isdisjoint([1]))\n";
        assert_eq!(run(src), "3 1 1 3 True\nFalse True True True True\n");
    }

    #[test]
    fn in_place_operators_change_the_set_itself() {
        let src = "import weakref\nclass O:\n    pass\na, b = O(), O()\ns = weakref.WeakSet([a])\nalias = s\ns |= [b]\ns -= [a]\nprint(s is alias, len(alias), b in alias)\n";
        assert_eq!(run(src), "True 1 True\n");
    }

    #[test]
    fn arity_errors_read_as_python_methods() {
        let src = "import weakref\ns = weakref.WeakSet()\nfor f in (lambda: s.union(), lambda: s.union(1, 2), lambda: s.copy(1)):\n    try:\n        f()\n    except TypeError as e:\n        print(e)\n";
        assert_eq!(
            run(src),
            "WeakSet.union() missing 1 required positional argument: 'other'\n\
             WeakSet.union() takes 2 positional arguments but 3 were given\n\
             WeakSet.copy() takes 1 positional argument but 2 were given\n"
        );
    }
}

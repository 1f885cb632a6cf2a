//! Dunder methods of builtin values called by name: `(1).__add__(2)`, `int.__add__(1, 2)`,
//! `"a".__len__()`, `object.__repr__(x)`, `super().__setitem__(k, v)` in a `dict` subclass,
//! `object.__setattr__(self, name, value)`. `runtime::builtin_id::dunder_of` lists which type has
//! which. As in CPython, a binary dunder given an operand its type does not handle returns
//! `NotImplemented` (`(1).__add__(1.5)`), and `object`'s own run without the instance's
//! overrides (no recursion into the method that called them).

use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Payload, Value, ViewKind};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// What a value is, for deciding whether a builtin dunder handles an operand.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    Range,
    Other,
}

/// The operator of a binary dunder and whether it is the reflected one.
fn binary_op(id: Builtin) -> Option<(BinOp, bool)> {
    use Builtin as B;
    Some(match id {
        B::DAdd => (BinOp::Add, false),
        B::DRAdd => (BinOp::Add, true),
        B::DSub => (BinOp::Sub, false),
        B::DRSub => (BinOp::Sub, true),
        B::DMul => (BinOp::Mul, false),
        B::DRMul => (BinOp::Mul, true),
        B::DTrueDiv => (BinOp::Div, false),
        B::DRTrueDiv => (BinOp::Div, true),
        B::DFloorDiv => (BinOp::FloorDiv, false),
        B::DRFloorDiv => (BinOp::FloorDiv, true),
        B::DMod => (BinOp::Mod, false),
        B::DRMod => (BinOp::Mod, true),
        B::DPow => (BinOp::Pow, false),
        B::DRPow => (BinOp::Pow, true),
        B::DAnd => (BinOp::BitAnd, false),
        B::DRAnd => (BinOp::BitAnd, true),
        B::DOr => (BinOp::BitOr, false),
        B::DROr => (BinOp::BitOr, true),
        B::DXor => (BinOp::BitXor, false),
        B::DRXor => (BinOp::BitXor, true),
        B::DLShift => (BinOp::LShift, false),
        B::DRLShift => (BinOp::LShift, true),
        B::DRShift => (BinOp::RShift, false),
        B::DRRShift => (BinOp::RShift, true),
        _ => return None,
    })
}

/// Whether `id` is one of the dunders this module implements.
pub fn is_dunder(id: Builtin) -> bool {
    use Builtin as B;
    binary_op(id).is_some()
        || compare_op(id).is_some()
        || matches!(
            id,
            B::DLen
                | B::DContains
                | B::DGetItem
                | B::DSetItem
                | B::DDelItem
                | B::DIter
                | B::DHash
                | B::DRepr
                | B::DStr
                | B::ObjectRepr
                | B::ObjectStr
                | B::DBool
                | B::DNeg
                | B::DPos
                | B::DAbs
                | B::DInt
                | B::DFloat
                | B::DIndex
                | B::DRound
                | B::DFloor
                | B::DCeil
                | B::DTrunc
                | B::DDivmod
                | B::DRDivmod
                | B::DInvert
                | B::DFormat
                | B::DSetAttr
                | B::DGetAttribute
                | B::DDelAttr
        )
}

fn compare_op(id: Builtin) -> Option<CmpOp> {
    use Builtin as B;
    Some(match id {
        B::DEq => CmpOp::Eq,
        B::DNe => CmpOp::NotEq,
        B::DLt => CmpOp::Lt,
        B::DLe => CmpOp::LtE,
        B::DGt => CmpOp::Gt,
        B::DGe => CmpOp::GtE,
        _ => return None,
    })
}

impl Interp {
    fn kind(&self, v: Value) -> Kind {
        match self.obj(v) {
            ObjKind::Int(_) | ObjKind::BigInt(_) | ObjKind::Bool(_) => Kind::Int,
            ObjKind::Float(_) => Kind::Float,
            ObjKind::Str(_) => Kind::Str,
            ObjKind::Bytes(_) => Kind::Bytes,
            ObjKind::Tuple(_) => Kind::Tuple,
            ObjKind::Set(_) | ObjKind::FrozenSet(_) => Kind::Set,
            ObjKind::Range(..) => Kind::Range,
            ObjKind::Instance(_) if self.base_value(v).is_some() => {
                self.kind(self.base_value(v).expect("checked"))
            }
            _ if self.list_ref(v).is_some() => Kind::List,
            _ if self.dict_ref(v).is_some() => Kind::Dict,
            _ => Kind::Other,
        }
    }

    /// Whether a builtin value of kind `recv` handles `other` in a binary operator or comparison
    /// (CPython's numeric types take only their own kind, `float` also ints; containers their own).
    fn handles(&self, recv: Kind, other: Kind) -> bool {
        match recv {
            Kind::Int => other == Kind::Int,
            Kind::Float => matches!(other, Kind::Int | Kind::Float),
            Kind::Other => false,
            k => k == other,
        }
    }

    /// Calls dunder `id` of builtin types on `recv`.
    pub(crate) fn dunder_method(
        &mut self,
        id: Builtin,
        recv: Value,
        args: &[Value],
    ) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        let not_impl = self.not_implemented();
        if let Some((op, reflected)) = binary_op(id) {
            if op == BinOp::Pow && !reflected && args.len() == 2 {
                let all = [recv, args[0], args[1]];
                return self.call_builtin(Builtin::Pow, None, all.to_vec(), Vec::new());
            }
            self.check_arity(name, args, 1, 1)?;
            let other = self.unwrap_value(args[0]);
            let (rk, ok) = (self.kind(recv), self.kind(other));
            let sequence = matches!(rk, Kind::Str | Kind::Bytes | Kind::List | Kind::Tuple);
            if sequence && op == BinOp::Mul {
                if ok != Kind::Int {
                    let t = self.type_name(other);
                    return Err(self
                        .type_error(format!("'{t}' object cannot be interpreted as an integer")));
                }
                return self.binop(op, recv, other);
            }
            // `str + x`, `list + x`, `str % x`: the sequence's own operation, whose errors
            // are CPython's (`can only concatenate list (not "tuple") to list`).
            let own = sequence
                && (op == BinOp::Add
                    || (op == BinOp::Mod && matches!(rk, Kind::Str | Kind::Bytes)));
            if !own && !self.handles(rk, ok) {
                return Ok(not_impl);
            }
            let (a, b) = if reflected {
                (other, recv)
            } else {
                (recv, other)
            };
            return self.binop(op, a, b);
        }
        if let Some(op) = compare_op(id) {
            self.check_arity(name, args, 1, 1)?;
            let other = self.unwrap_value(args[0]);
            let (rk, ok) = (self.kind(recv), self.kind(other));
            if rk == Kind::Other {
                // `object`'s: identity, else `NotImplemented`; ordering is never defined.
                return Ok(match op {
                    CmpOp::Eq if recv == other => self.bool_value(true),
                    CmpOp::NotEq if recv == other => self.bool_value(false),
                    _ => not_impl,
                });
            }
            let ordered = !matches!(rk, Kind::Dict | Kind::Range);
            if !self.handles(rk, ok) || (!ordered && !matches!(op, CmpOp::Eq | CmpOp::NotEq)) {
                return Ok(not_impl);
            }
            return self.compare(op, recv, other);
        }
        match id {
            B::DSetAttr => {
                self.check_arity(name, args, 2, 2)?;
                let attr = self.expect_str(args[0], "attribute name")?;
                self.setattr_raw(recv, &attr.to_rc(), args[1])?;
                Ok(self.none())
            }
            B::DDelAttr => {
                self.check_arity(name, args, 1, 1)?;
                let attr = self.expect_str(args[0], "attribute name")?;
                self.delattr_raw(recv, &attr)?;
                Ok(self.none())
            }
            B::DGetAttribute => {
                self.check_arity(name, args, 1, 1)?;
                let attr = self.expect_str(args[0], "attribute name")?;
                self.getattr(recv, &attr)
            }
            B::DGetItem => {
                self.check_arity(name, args, 1, 1)?;
                self.getitem_builtin(recv, args[0])
            }
            B::DSetItem => {
                self.check_arity(name, args, 2, 2)?;
                self.setitem_builtin(recv, args[0], args[1])?;
                Ok(self.none())
            }
            B::DDelItem => {
                self.check_arity(name, args, 1, 1)?;
                self.delitem_builtin(recv, args[0])?;
                Ok(self.none())
            }
            // `object.__repr__`: `<__main__.C object at 0x...>`, whatever `C` derives from.
            B::ObjectRepr => {
                self.check_arity(name, args, 0, 0)?;
                let text = self.object_repr(recv);
                self.str_value(&text)
            }
            // `object.__str__` is `repr()`, which runs a `__repr__` the class defines.
            B::ObjectStr => {
                self.check_arity(name, args, 0, 0)?;
                let text = self.repr(recv)?;
                self.str_value(&text)
            }
            // A builtin type's own `__repr__` shows the builtin value, whatever the class of
            // the instance overrides (`int.__repr__(x)` of an `int` subclass).
            B::DRepr => {
                self.check_arity(name, args, 0, 0)?;
                let text = self.builtin_repr(recv)?;
                self.str_value(&text)
            }
            B::DStr => {
                self.check_arity(name, args, 0, 0)?;
                let text = match self.base_value(recv) {
                    Some(inner) => self.str_of(inner)?,
                    None if self.is_user_instance(recv) => self.exception_str(recv)?,
                    None => self.str_of(recv)?,
                };
                self.str_value(&text)
            }
            // The numbers' own `round`, `math.floor`/`ceil`/`trunc`, `divmod`, `~` and `format`.
            B::DRound => {
                self.check_arity(name, args, 0, 1)?;
                let mut all = vec![recv];
                all.extend_from_slice(args);
                self.call_builtin(Builtin::Round, None, all, Vec::new())
            }
            B::DFloor | B::DCeil | B::DTrunc | B::DInvert if !args.is_empty() => {
                // Named after the type that defines them (`int.__floor__()`), as CPython does.
                let owner = if self.kind(recv) == Kind::Float {
                    "float"
                } else {
                    "int"
                };
                let n = args.len();
                Err(self.type_error(format!("{owner}.{name}() takes no arguments ({n} given)")))
            }
            B::DFloor | B::DCeil | B::DTrunc => match self.obj(recv) {
                ObjKind::Float(f) => {
                    let f = match id {
                        B::DFloor => f.floor(),
                        B::DCeil => f.ceil(),
                        _ => f.trunc(),
                    };
                    self.int_from_float(f)
                }
                ObjKind::Bool(b) => self.int_value(i64::from(*b)),
                _ => Ok(recv),
            },
            B::DDivmod | B::DRDivmod => {
                self.check_arity(name, args, 1, 1)?;
                let other = self.unwrap_value(args[0]);
                if !self.handles(self.kind(recv), self.kind(other)) {
                    return Ok(not_impl);
                }
                let pair = if id == B::DDivmod {
                    vec![recv, other]
                } else {
                    vec![other, recv]
                };
                self.call_builtin(Builtin::Divmod, None, pair, Vec::new())
            }
            B::DInvert => self.unary(UnaryOp::Invert, recv),
            B::DFormat => {
                self.check_arity(name, args, 1, 1)?;
                if !matches!(self.obj(args[0]), ObjKind::Str(_)) {
                    let t = self.type_name(args[0]);
                    return Err(self.type_error(format!("{name}() argument must be str, not {t}")));
                }
                self.call_builtin(Builtin::Format, None, vec![recv, args[0]], Vec::new())
            }
            B::DHash if self.is_user_instance(recv) && self.kind(recv) == Kind::Other => {
                self.check_arity(name, args, 0, 0)?;
                let h = self.identity_hash(recv);
                self.int_value(h)
            }
            _ => {
                self.check_arity(name, args, 0, 1)?;
                if self.overrides(recv, name) {
                    // The generic operation would run the override again: the builtin part of
                    // the instance answers instead.
                    if let Some(inner) = self.base_value(recv) {
                        return self.dunder_unary(id, inner, args);
                    }
                    if let Some(r) = self.payload_dunder(id, recv, args)? {
                        return Ok(r);
                    }
                    let t = self.type_name(recv);
                    return Err(self.err(
                        Exc::NotImplementedError,
                        format!("minipy cannot call the builtin {name}() of a '{t}' whose class overrides it"),
                    ));
                }
                self.dunder_unary(id, recv, args)
            }
        }
    }

    /// `list.__len__(x)`, `dict.__contains__(x, k)` and the like on an instance of a `list` or
    /// `dict` subclass that overrides them: the operation on the list or dict it carries.
    /// `None` for the dunders not done so.
    fn payload_dunder(
        &mut self,
        id: Builtin,
        recv: Value,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        use Builtin as B;
        let len = match (self.list_ref(recv), self.dict_ref(recv)) {
            (Some(items), _) => items.len(),
            (None, Some(d)) => d.len(),
            (None, None) => return Ok(None),
        };
        match (id, args) {
            (B::DLen, []) => self.int_value(len as i64).map(Some),
            (B::DBool, []) => Ok(Some(self.bool_value(len > 0))),
            (B::DIter, []) => {
                use crate::runtime::iter_state::IterState;
                let state = match self.obj(recv) {
                    ObjKind::Instance(i) => match i.payload() {
                        Payload::List(_) => IterState::Seq(recv, 0),
                        Payload::Dict(d) => IterState::Dict(recv, 0, d.version(), ViewKind::Keys),
                        _ => return Ok(None),
                    },
                    _ => return Ok(None),
                };
                self.alloc(ObjKind::Iter(state)).map(Some)
            }
            (B::DContains, [item]) => {
                let found = match self.list_snapshot(recv) {
                    Some(items) => self.seq_contains(&items, *item)?,
                    None => self.dict_lookup(recv, *item)?.is_some(),
                };
                Ok(Some(self.bool_value(found)))
            }
            _ => Ok(None),
        }
    }

    /// The dunders that take no operand (`__contains__` takes one).
    fn dunder_unary(&mut self, id: Builtin, recv: Value, args: &[Value]) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        let want = usize::from(id == B::DContains);
        self.check_arity(name, args, want, want)?;
        match id {
            B::DLen => {
                let n = self.len_of(recv)?;
                self.int_value(n as i64)
            }
            B::DContains => {
                let r = self.contains(recv, args[0])?;
                Ok(self.bool_value(r))
            }
            B::DIter => self.call_builtin(Builtin::Iter, None, vec![recv], Vec::new()),
            B::DHash => {
                let h = self.hash(recv)?;
                self.int_value(h)
            }
            B::DRepr => {
                let text = self.repr(recv)?;
                self.str_value(&text)
            }
            B::DStr => {
                let text = self.str_of(recv)?;
                self.str_value(&text)
            }
            B::DBool => {
                let b = self.truthy(recv)?;
                Ok(self.bool_value(b))
            }
            B::DNeg => self.unary(UnaryOp::Neg, recv),
            B::DPos => self.unary(UnaryOp::Pos, recv),
            B::DAbs => self.call_builtin(Builtin::Abs, None, vec![recv], Vec::new()),
            B::DInt | B::DIndex => match self.obj(recv) {
                ObjKind::Bool(b) => self.int_value(i64::from(*b)),
                ObjKind::Float(_) => self.int_from(&[recv]),
                _ => Ok(recv),
            },
            B::DFloat => match (self.as_int(recv), self.obj(recv)) {
                (Some(i), _) => self.float_value(i as f64),
                (None, ObjKind::Float(_)) => Ok(recv),
                _ => {
                    let f = self.big_to_f64(recv)?;
                    self.float_value(f)
                }
            },
            _ => Err(self.err(
                Exc::NotImplementedError,
                format!("{name}() is not supported by minipy"),
            )),
        }
    }

    /// Whether `v` is an instance of a class defined in Python.
    fn is_user_instance(&self, v: Value) -> bool {
        matches!(self.obj(v), ObjKind::Instance(_))
    }

    /// Whether `v` is an instance whose class (or a base defined in Python) defines `name`.
    fn overrides(&self, v: Value, name: &str) -> bool {
        match self.obj(v) {
            ObjKind::Instance(i) => self.class_lookup(i.class, name).is_some(),
            _ => false,
        }
    }

    /// `object.__repr__(v)`: `<module.Name object at 0x...>`.
    pub(crate) fn object_repr(&self, v: Value) -> String {
        let class = self.type_of(v);
        let (name, module) = match self.obj(class) {
            // The qualified name, as CPython's `object.__repr__`: `<__main__.Outer.Inner object>`.
            ObjKind::Class(c) => (c.qualname.clone(), c.module.clone()),
            _ => (self.type_name(v), "builtins".into()),
        };
        let prefix = if &*module == "builtins" {
            name.to_string()
        } else {
            format!("{module}.{name}")
        };
        format!("<{prefix} object at 0x{:012x}>", self.id_of(v))
    }
}

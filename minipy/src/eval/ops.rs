//! Arithmetic and truthiness: binary and unary operators on numbers, strings and sequences, with
//! user dunders (`__add__`, `__radd__`, ...) for instances.
//!
//! An `int` result that does not fit in 64 bits becomes a big int (`builtins::bigint`); the
//! `i64` path runs first and is unchanged.

use crate::runtime::complex::{Complex, ComplexError};
use crate::runtime::exceptions::{Exc, PyErr, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Payload, Value, ViewKind};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// A number operand: bools count as ints.
#[derive(Clone, Copy)]
pub enum Num {
    /// An `int` or `bool`.
    Int(i64),
    /// A `float`.
    Float(f64),
}

impl Num {
    fn to_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }
}

/// CPython's `float_divmod`: the floor quotient and the remainder with the divisor's sign, zeros
/// signed as CPython signs them (`-0.0 % 5 == 0.0`, `5 % -0.5 == -0.0`). `b` is not zero.
fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

pub use crate::runtime::charge::{
    items_charge, DICT_ENTRY_BYTES, LIST_ITEM_BYTES, MAX_SEQUENCE_LEN, UNCHARGED_ITEM_BYTES,
};

/// Whether `num_op` defines `op` on these operands: `@` on no number, shifts and bitwise
/// operators on ints only.
pub(crate) fn num_op_defined(op: BinOp, x: Num, y: Num) -> bool {
    match op {
        BinOp::MatMul => false,
        BinOp::LShift | BinOp::RShift | BinOp::BitOr | BinOp::BitXor | BinOp::BitAnd => {
            matches!((x, y), (Num::Int(_), Num::Int(_)))
        }
        _ => true,
    }
}

/// The dunder names of a binary operator: `(__add__, __radd__)`.
fn dunders(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mul => ("__mul__", "__rmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::BitOr => ("__or__", "__ror__"),
        BinOp::BitXor => ("__xor__", "__rxor__"),
        BinOp::BitAnd => ("__and__", "__rand__"),
    }
}

impl Interp {
    /// `a op b` for two `int`s (not `bool`s, not subclasses) and an operator that compares
    /// them by value alone, as [`Interp::compare`] would; `None` for anything else.
    #[inline]
    pub(crate) fn int_compare(&self, op: CmpOp, a: Value, b: Value) -> Option<bool> {
        let (x, y) = self.two_ints(a, b)?;
        Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::LtE => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::GtE => x >= y,
            CmpOp::Eq => x == y,
            CmpOp::NotEq => x != y,
            _ => return None,
        })
    }

    /// The arithmetic a loop does most, as [`Interp::binop`] makes it, reading each operand
    /// once: `a + b`, `a - b` or `a * b` of two `int`s whose result fits an `i64`; `a + b`,
    /// `a - b`, `a * b` or `a / b` (`b` not zero) of a `float` and a `float` or an `int` (the
    /// `int` converted as `num_op` converts it). `None` for anything else (the general path
    /// handles it).
    #[inline(always)]
    pub(crate) fn arith_fast(&mut self, op: BinOp, a: Value, b: Value) -> Option<PyResult<Value>> {
        match (self.fast_operand(a)?, self.fast_operand(b)?) {
            (Num::Int(x), Num::Int(y)) => {
                let r = match op {
                    BinOp::Add => x.checked_add(y),
                    BinOp::Sub => x.checked_sub(y),
                    BinOp::Mul => x.checked_mul(y),
                    _ => None,
                }?;
                Some(self.int_value(r))
            }
            (x, y) => self.float_arith(op, x.to_f64(), y.to_f64()),
        }
    }

    /// [`arith_fast`](Self::arith_fast)'s `float` half, out of line: the `int` half is inlined
    /// into the evaluator's hottest paths, which this would make bigger.
    #[inline(never)]
    fn float_arith(&mut self, op: BinOp, x: f64, y: f64) -> Option<PyResult<Value>> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::Div if y != 0.0 => x / y,
            _ => return None,
        };
        Some(self.float_value(r))
    }

    /// `v` as an [`arith_fast`](Self::arith_fast) operand: an exact `int` that fits an `i64`
    /// (a shared small int told by its handle, with no heap read) or a `float`.
    #[inline(always)]
    fn fast_operand(&self, v: Value) -> Option<Num> {
        if let Some(i) = self.small_int_of(v) {
            return Some(Num::Int(i));
        }
        match self.obj(v) {
            ObjKind::Int(i) => Some(Num::Int(*i)),
            ObjKind::Float(f) => Some(Num::Float(*f)),
            _ => None,
        }
    }

    /// The values of `a` and `b` if both are exact `int`s that fit an `i64`. A shared small int
    /// is told by its handle (no heap read).
    #[inline(always)]
    fn two_ints(&self, a: Value, b: Value) -> Option<(i64, i64)> {
        Some((self.int_of(a)?, self.int_of(b)?))
    }

    /// `v`'s value if it is an exact `int` that fits an `i64`.
    #[inline(always)]
    fn int_of(&self, v: Value) -> Option<i64> {
        if let Some(i) = self.small_int_of(v) {
            return Some(i);
        }
        match self.obj(v) {
            ObjKind::Int(i) => Some(*i),
            _ => None,
        }
    }

    /// `v` as a number, if it is one.
    pub fn as_num(&self, v: Value) -> Option<Num> {
        match self.obj(v) {
            ObjKind::Int(i) => Some(Num::Int(*i)),
            ObjKind::Bool(b) => Some(Num::Int(*b as i64)),
            ObjKind::Float(f) => Some(Num::Float(*f)),
            _ => None,
        }
    }

    /// `v` as an int, if it is an `int` or `bool`.
    pub fn as_int(&self, v: Value) -> Option<i64> {
        match self.obj(v) {
            ObjKind::Int(i) => Some(*i),
            ObjKind::Bool(b) => Some(*b as i64),
            _ => None,
        }
    }

    /// `v.__index__()` of a user instance as an `i64`; `None` for anything else.
    pub fn user_index(&mut self, v: Value) -> PyResult<Option<i64>> {
        if !matches!(self.obj(v), ObjKind::Instance(_)) {
            return Ok(None);
        }
        let Some(f) = self.special_method(v, "__index__") else {
            return Ok(self.base_value(v).and_then(|inner| self.as_int(inner)));
        };
        let r = self.call(f, vec![v], Vec::new())?;
        Ok(self.as_int(r))
    }

    /// An `int` argument, or `TypeError` naming what was given.
    pub fn expect_int(&mut self, v: Value, what: &str) -> PyResult<i64> {
        match self.as_int(v) {
            Some(i) => Ok(i),
            None if self.user_index(v)?.is_some() => Ok(self.user_index(v)?.unwrap_or(0)),
            None => {
                let t = self.type_name(v);
                Err(self.type_error(format!("{what} must be an integer, not '{t}'")))
            }
        }
    }

    /// `a op b`.
    pub fn binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        self.binop_spelled(op, a, b, op.symbol())
    }

    /// `a op b` where the operator was written `spelled`: `+=` when this is the fallback of
    /// `a += b`, so the `TypeError` for unsupported operands names what the user wrote.
    pub fn binop_spelled(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        spelled: &'static str,
    ) -> PyResult<Value> {
        // Numbers first (a proxy is not one): the common case looks each operand up once.
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            if !num_op_defined(op, x, y) {
                return Err(self.unsupported_operands(spelled, a, b));
            }
            return self.num_op(op, x, y);
        }
        if matches!(self.obj(a), ObjKind::Proxy(_)) || matches!(self.obj(b), ObjKind::Proxy(_)) {
            let a = self.unproxy(a)?;
            let b = self.unproxy(b)?;
            return self.binop_spelled(op, a, b, spelled);
        }
        if matches!(self.obj(a), ObjKind::Complex(..))
            || matches!(self.obj(b), ObjKind::Complex(..))
        {
            if let Some(v) = self.complex_binop(op, a, b)? {
                return Ok(v);
            }
        }
        if matches!(self.obj(a), ObjKind::BigInt(_)) || matches!(self.obj(b), ObjKind::BigInt(_)) {
            if let Some(v) = self.big_binop(op, a, b)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.builtin_binop(op, a, b)? {
            return Ok(v);
        }
        let (name, rname) = dunders(op);
        let not_impl = self.not_implemented();
        if let Some(f) = self.special_method(a, name) {
            let r = self.call(f, vec![a, b], Vec::new())?;
            if r != not_impl {
                return Ok(r);
            }
        }
        if let Some(f) = self.special_method(b, rname) {
            let r = self.call(f, vec![b, a], Vec::new())?;
            if r != not_impl {
                return Ok(r);
            }
        }
        if self.base_value(a).is_some() || self.base_value(b).is_some() {
            // `class Money(int)` without its own `__add__`: the builtin's, on the values.
            let (a, b) = (self.unwrap_value(a), self.unwrap_value(b));
            return self.binop_spelled(op, a, b, spelled);
        }
        if op == BinOp::BitOr && (self.is_class(a) || self.is_class(b)) {
            // `int | None`: a `types.UnionType`, as CPython 3.10+ makes.
            let types = self.import_module("types")?;
            self.push_temp(types);
            let f = self.getattr(types, "_union_or")?;
            let r = self.call(f, vec![a, b], Vec::new())?;
            if r != not_impl {
                return Ok(r);
            }
        }
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let is_seq = |t: &str| matches!(t, "str" | "list" | "tuple" | "bytes" | "bytearray");
        // `x *= s` tries only `x`'s sequence slots when `x` has any (a set, a dict, an
        // instance), so it never reaches the right operand's repetition.
        let left_only = spelled != op.symbol() && self.has_sequence_slots(a);
        if op == BinOp::Mul && (is_seq(&ta) || (is_seq(&tb) && !left_only)) {
            // Sequence repetition was tried last (CPython's `sq_repeat`): the other side is
            // what could not be an index.
            let other = if is_seq(&ta) { tb } else { ta };
            if &*other == "int" {
                // An int that reached here is one too big for an index.
                let msg = "cannot fit 'int' into an index-sized integer";
                return Err(self.err(Exc::OverflowError, msg));
            }
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            )));
        }
        if op == BinOp::Add && matches!(&*ta, "str" | "list" | "tuple") && ta != tb {
            return Err(
                self.type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}"))
            );
        }
        Err(self.unsupported_operands(spelled, a, b))
    }

    /// Whether CPython's type of `v` has sequence slots without repetition: what makes
    /// `v *= seq` fail on `v` alone.
    fn has_sequence_slots(&self, v: Value) -> bool {
        matches!(
            self.obj(v),
            ObjKind::Set(_)
                | ObjKind::FrozenSet(_)
                | ObjKind::Dict(_)
                | ObjKind::DictView(..)
                | ObjKind::Range(..)
                | ObjKind::Instance(_)
        )
    }

    /// CPython's `TypeError` for an operator neither operand's type defines.
    pub(crate) fn unsupported_operands(&mut self, spelled: &str, a: Value, b: Value) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        // CPython names the builtin beside the binary power operator (not beside `**=`).
        let spelled = if spelled == "**" {
            "** or pow()"
        } else {
            spelled
        };
        self.type_error(format!(
            "unsupported operand type(s) for {spelled}: '{ta}' and '{tb}'"
        ))
    }

    /// The method `name` defined by `v`'s class (for instances of user classes only: builtin
    /// types' operators are built in).
    pub fn special_method(&self, v: Value, name: &str) -> Option<Value> {
        match self.obj(v) {
            ObjKind::Instance(i) => self
                .class_lookup(i.class, name)
                .filter(|f| !matches!(self.obj(*f), ObjKind::None)),
            // A class's special methods are its metaclass's.
            ObjKind::Class(c) => c
                .metaclass
                .and_then(|m| self.class_lookup(m, name))
                .filter(|f| !matches!(self.obj(*f), ObjKind::None)),
            _ => None,
        }
    }

    /// `v` as a complex number if it is one or a real number (`int`, `bool`, `float`); `None`
    /// for anything else. `OverflowError` for an int too large for a float, as CPython.
    pub fn as_complex(&mut self, v: Value) -> PyResult<Option<Complex>> {
        Ok(Some(match self.obj(v) {
            ObjKind::Complex(re, im) => Complex::new(*re, *im),
            ObjKind::Int(i) => Complex::new(*i as f64, 0.0),
            ObjKind::Bool(b) => Complex::new(f64::from(u8::from(*b)), 0.0),
            ObjKind::Float(f) => Complex::new(*f, 0.0),
            ObjKind::BigInt(_) => Complex::new(self.big_to_f64(v)?, 0.0),
            _ => return Ok(None),
        }))
    }

    /// A new `complex`.
    pub fn complex_value(&mut self, z: Complex) -> PyResult<Value> {
        self.alloc(ObjKind::Complex(z.re, z.im))
    }

    /// The result of a complex operation, or the exception CPython raises for its failure.
    fn complex_result(&mut self, z: Result<Complex, ComplexError>) -> PyResult<Value> {
        match z {
            Ok(z) => self.complex_value(z),
            Err(e @ ComplexError::PowOverflow) => Err(self.err(Exc::OverflowError, e.message())),
            Err(e) => Err(self.err(Exc::ZeroDivisionError, e.message())),
        }
    }

    /// `a op b` where one side is a `complex`: `None` if the other is not a number or the
    /// operator is not one complex numbers have (`//`, `%`, shifts and bitwise operators), so
    /// the caller tries the other side's dunders and then raises CPython's `TypeError`.
    fn complex_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        if !matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow
        ) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (self.as_complex(a)?, self.as_complex(b)?) else {
            return Ok(None);
        };
        let z = match op {
            BinOp::Add => Ok(x + y),
            BinOp::Sub => Ok(x - y),
            BinOp::Mul => Ok(x * y),
            BinOp::Div => x.checked_div(y),
            _ => x.pow(y),
        };
        self.complex_result(z).map(Some)
    }

    pub(crate) fn num_op(&mut self, op: BinOp, x: Num, y: Num) -> PyResult<Value> {
        if let (Num::Int(a), Num::Int(b)) = (x, y) {
            return self.int_op(op, a, b);
        }
        let (a, b) = (x.to_f64(), y.to_f64());
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::Div | BinOp::FloorDiv | BinOp::Mod if b == 0.0 => {
                let msg = match op {
                    BinOp::Div => "float division by zero",
                    BinOp::FloorDiv => "float floor division by zero",
                    _ => "float modulo",
                };
                return Err(self.err(Exc::ZeroDivisionError, msg));
            }
            BinOp::Div => a / b,
            BinOp::FloorDiv => float_divmod(a, b).0,
            BinOp::Mod => float_divmod(a, b).1,
            BinOp::Pow => {
                if a == 0.0 && b < 0.0 {
                    return Err(self.err(
                        Exc::ZeroDivisionError,
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
                    // CPython's result is complex.
                    let z = Complex::new(a, 0.0).pow(Complex::new(b, 0.0));
                    return self.complex_result(z);
                }
                a.powf(b)
            }
            _ => {
                let name = if matches!(x, Num::Float(_)) {
                    "float"
                } else {
                    "int"
                };
                let other = if matches!(y, Num::Float(_)) {
                    "float"
                } else {
                    "int"
                };
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {}: '{name}' and '{other}'",
                    op.symbol()
                )));
            }
        };
        self.float_value(r)
    }

    fn int_op(&mut self, op: BinOp, a: i64, b: i64) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a.checked_add(b),
            BinOp::Sub => a.checked_sub(b),
            BinOp::Mul => a.checked_mul(b),
            BinOp::Div => {
                if b == 0 {
                    return Err(self.err(Exc::ZeroDivisionError, "division by zero"));
                }
                // Exact operands (|x| <= 2**53) make one rounding; larger ones go the big
                // way, which rounds the exact quotient once, as CPython does.
                const EXACT: u64 = 1 << 53;
                if a.unsigned_abs() > EXACT || b.unsigned_abs() > EXACT {
                    return self.big_int_op(
                        op,
                        num_bigint::BigInt::from(a),
                        num_bigint::BigInt::from(b),
                    );
                }
                return self.float_value(a as f64 / b as f64);
            }
            BinOp::FloorDiv | BinOp::Mod if b == 0 => {
                return Err(self.err(
                    Exc::ZeroDivisionError,
                    crate::runtime::bigint::int_zero_division(op),
                ));
            }
            BinOp::MatMul => {
                let msg = "unsupported operand type(s) for @: 'int' and 'int'";
                return Err(self.type_error(msg));
            }
            BinOp::FloorDiv => a.checked_div_euclid(b).map(|_| {
                let q = a / b;
                if (a % b != 0) && ((a < 0) != (b < 0)) {
                    q - 1
                } else {
                    q
                }
            }),
            BinOp::Mod => a.checked_rem(b).map(|m| {
                if m != 0 && ((m < 0) != (b < 0)) {
                    m + b
                } else {
                    m
                }
            }),
            BinOp::Pow => {
                if b < 0 {
                    if a == 0 {
                        return Err(self.err(
                            Exc::ZeroDivisionError,
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    return self.float_value((a as f64).powf(b as f64));
                }
                match a {
                    0 | 1 => Some(if b == 0 { 1 } else { a }),
                    -1 => Some(if b % 2 == 0 { 1 } else { -1 }),
                    _ => u32::try_from(b).ok().and_then(|e| a.checked_pow(e)),
                }
            }
            BinOp::LShift => {
                if b < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if a == 0 {
                    Some(0)
                } else if b >= 63 {
                    None
                } else {
                    a.checked_shl(b as u32).filter(|r| r >> b == a)
                }
            }
            BinOp::RShift => {
                if b < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(a >> b.min(63))
            }
            BinOp::BitOr => Some(a | b),
            BinOp::BitXor => Some(a ^ b),
            BinOp::BitAnd => Some(a & b),
        };
        match r {
            Some(i) => self.int_value(i),
            None => self.big_int_op(op, a.into(), b.into()),
        }
    }

    /// Operators of builtin non-number types; `None` if they do not apply.
    fn builtin_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        if matches!(self.obj(a), ObjKind::Bytes(_) | ObjKind::ByteArray(_))
            || matches!(self.obj(b), ObjKind::Bytes(_) | ObjKind::ByteArray(_))
        {
            return self.bytes_binop(op, a, b);
        }
        if matches!(
            op,
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
        ) && (self.is_set_like_view(a) || self.is_set_like_view(b))
        {
            return self.view_set_op(op, a, b);
        }
        let v = match (op, self.obj(a), self.obj(b)) {
            (BinOp::Add, ObjKind::Str(x), ObjKind::Str(y)) => {
                // Not `format!`: its machinery cost more than the copy (~700 instructions). A short
                // result is joined inline straight from the operands' bytes.
                match crate::runtime::str_text::StrText::concat_inline(x, y) {
                    Some(text) => self.str_text_value(text)?,
                    None => {
                        let (x, y) = (x.clone(), y.clone());
                        self.str_concat(&x, &y)?
                    }
                }
            }
            (BinOp::Add, ObjKind::List(x), ObjKind::List(y)) => {
                let items = [x.as_slice(), y.as_slice()].concat();
                self.alloc(ObjKind::List(items))?
            }
            (BinOp::Add, ObjKind::Tuple(x), ObjKind::Tuple(y)) => {
                let items = [x.as_slice(), y.as_slice()].concat();
                self.alloc(ObjKind::Tuple(items))?
            }
            (BinOp::Mul, ObjKind::Str(_) | ObjKind::List(_) | ObjKind::Tuple(_), _)
                if self.as_int(b).is_some() =>
            {
                let n = self.as_int(b).unwrap_or(0);
                self.repeat(a, n)?
            }
            (BinOp::Mul, _, ObjKind::Str(_) | ObjKind::List(_) | ObjKind::Tuple(_))
                if self.as_int(a).is_some() =>
            {
                let n = self.as_int(a).unwrap_or(0);
                self.repeat(b, n)?
            }
            (BinOp::Mod, ObjKind::Str(fmt), _) => {
                let fmt = fmt.clone();
                let s = self.percent_format(&fmt, b)?;
                self.str_value(&s)?
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                ObjKind::Set(_) | ObjKind::FrozenSet(_),
                ObjKind::Set(_) | ObjKind::FrozenSet(_),
            ) => {
                let r = self.set_op(op, a, b)?;
                if matches!(self.obj(a), ObjKind::FrozenSet(_)) {
                    self.freeze(r)?
                } else {
                    r
                }
            }
            (BinOp::BitOr, ObjKind::Dict(x), ObjKind::Dict(_)) => {
                // `d1 | d2`: a copy of d1 updated from d2.
                let copy = x.clone();
                let out = self.alloc(ObjKind::Dict(copy))?;
                self.dict_update(out, &[b], &[])?;
                out
            }
            (_, ObjKind::WeakSet(_) | ObjKind::WeakKeyDict(_) | ObjKind::WeakValueDict(_), _)
            | (_, ObjKind::Dict(_), ObjKind::WeakKeyDict(_) | ObjKind::WeakValueDict(_)) => {
                return self.weak_binop(op, a, b);
            }
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// `seq * n`.
    fn repeat(&mut self, seq: Value, n: i64) -> PyResult<Value> {
        let n = n.max(0) as usize;
        let len = match self.obj(seq) {
            ObjKind::Str(s) => s.len(),
            ObjKind::List(v) | ObjKind::Tuple(v) => v.len(),
            _ => 0,
        };
        if len.saturating_mul(n) > MAX_SEQUENCE_LEN || self.over_limit(len.saturating_mul(n)) {
            return Err(self.memory_error());
        }
        match self.obj(seq) {
            ObjKind::Str(s) => {
                let s = s.repeat(n);
                self.str_value(&s)
            }
            ObjKind::List(v) => {
                let items = v.repeat(n);
                self.alloc(ObjKind::List(items))
            }
            ObjKind::Tuple(v) => {
                let items = v.repeat(n);
                self.alloc(ObjKind::Tuple(items))
            }
            _ => Ok(seq),
        }
    }

    /// `d |= other` and `s |= t` (also `&=`, `-=`, `^=`) on a dict or set: in place, so aliases
    /// see the change; `None` for other operands.
    pub fn builtin_inplace(
        &mut self,
        op: BinOp,
        cur: Value,
        rhs: Value,
    ) -> PyResult<Option<Value>> {
        match (op, self.obj(cur), self.obj(rhs)) {
            (BinOp::BitOr, ObjKind::Dict(_), _) => {
                self.dict_update(cur, &[rhs], &[])?;
                Ok(Some(cur))
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                ObjKind::Set(_),
                ObjKind::Set(_) | ObjKind::FrozenSet(_),
            ) => {
                if op == BinOp::BitOr {
                    for v in self.collect_iter(rhs)? {
                        self.set_add(cur, v)?;
                    }
                    return Ok(Some(cur));
                }
                let result = self.set_op(op, cur, rhs)?;
                let members = self.dict_ref(result).cloned().unwrap_or_default();
                if let ObjKind::Set(d) = self.obj_mut(cur) {
                    *d = members;
                }
                Ok(Some(cur))
            }
            _ => Ok(None),
        }
    }

    /// Whether `v` is a `dict_keys` or `dict_items` view: set-like, so `&`, `|`, `-` and `^`
    /// take any iterable on either side and make a `set` (as `collections.abc.Set` does).
    fn is_set_like_view(&self, v: Value) -> bool {
        matches!(
            self.obj(v),
            ObjKind::DictView(_, ViewKind::Keys | ViewKind::Items)
        )
    }

    /// `keys & other`, `other - items`, ...: `set(a) op set(b)`, so a side that is not iterable
    /// raises what iterating it raises, as in CPython.
    fn view_set_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        let mut sets = [a, b];
        for v in &mut sets {
            let set = self.alloc(ObjKind::Set(crate::runtime::dict::Dict::new()))?;
            self.push_temp(set);
            for item in self.collect_iter(*v)? {
                self.set_add(set, item)?;
            }
            *v = set;
        }
        self.set_op(op, sets[0], sets[1]).map(Some)
    }

    /// `a - b` and friends on sets.
    fn set_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        let xs = self.collect_iter(a)?;
        let ys = self.collect_iter(b)?;
        let out = self.alloc(ObjKind::Set(crate::runtime::dict::Dict::new()))?;
        match op {
            BinOp::BitOr => {
                for v in xs.into_iter().chain(ys) {
                    self.set_add(out, v)?;
                }
            }
            BinOp::BitAnd | BinOp::Sub => {
                for v in xs {
                    if self.contains(b, v)? == (op == BinOp::BitAnd) {
                        self.set_add(out, v)?;
                    }
                }
            }
            _ => {
                for v in xs.iter().copied() {
                    if !self.contains(b, v)? {
                        self.set_add(out, v)?;
                    }
                }
                for v in ys {
                    if !self.contains(a, v)? {
                        self.set_add(out, v)?;
                    }
                }
            }
        }
        Ok(out)
    }

    /// `-v`, `+v`, `~v`, `not v`.
    pub fn unary(&mut self, op: UnaryOp, v: Value) -> PyResult<Value> {
        if op == UnaryOp::Not {
            let t = self.truthy(v)?;
            return Ok(self.bool_value(!t));
        }
        match (op, self.as_num(v)) {
            (UnaryOp::Neg, Some(Num::Int(i))) => match i.checked_neg() {
                Some(n) => self.int_value(n),
                None => self.big_value(-num_bigint::BigInt::from(i)),
            },
            (UnaryOp::Neg, Some(Num::Float(f))) => self.float_value(-f),
            (UnaryOp::Pos, Some(Num::Int(i))) => self.int_value(i),
            (UnaryOp::Pos, Some(Num::Float(_))) => Ok(v),
            (UnaryOp::Invert, Some(Num::Int(i))) => self.int_value(!i),
            (UnaryOp::Neg | UnaryOp::Pos, None) if matches!(self.obj(v), ObjKind::Complex(..)) => {
                match (op, self.obj(v)) {
                    (UnaryOp::Neg, ObjKind::Complex(re, im)) => {
                        let z = Complex::new(-re, -im);
                        self.complex_value(z)
                    }
                    _ => Ok(v),
                }
            }
            (UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, None)
                if matches!(self.obj(v), ObjKind::BigInt(_)) =>
            {
                let b = self.to_big(v).unwrap_or_default();
                match op {
                    UnaryOp::Neg => self.big_unary(&b, '-'),
                    UnaryOp::Invert => self.big_unary(&b, '~'),
                    _ => Ok(v),
                }
            }
            _ => {
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    _ => "__invert__",
                };
                if let Some(f) = self.special_method(v, name) {
                    return self.call(f, vec![v], Vec::new());
                }
                if let Some(inner) = self.base_value(v) {
                    return self.unary(op, inner);
                }
                let t = self.type_name(v);
                Err(self.type_error(format!("bad operand type for unary {}: '{t}'", op.symbol())))
            }
        }
    }

    /// `bool(v)`.
    #[inline]
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        // The singletons first (a comparison's result, a flag): no object to look up.
        if v == self.bool_value(true) {
            return Ok(true);
        }
        if v == self.bool_value(false) || v == self.none() {
            return Ok(false);
        }
        self.truthy_object(v)
    }

    /// [`truthy`](Self::truthy) for anything but `True`, `False` and `None`.
    fn truthy_object(&mut self, v: Value) -> PyResult<bool> {
        let known = match self.obj(v) {
            ObjKind::Proxy(_) => {
                let v = self.proxy_target(v)?;
                return self.truthy(v);
            }
            ObjKind::None => Some(false),
            ObjKind::Bool(b) => Some(*b),
            ObjKind::Int(i) => Some(*i != 0),
            ObjKind::BigInt(_) => Some(true),
            ObjKind::Float(f) => Some(*f != 0.0),
            ObjKind::Complex(re, im) => Some(*re != 0.0 || *im != 0.0),
            ObjKind::Str(s) => Some(!s.is_empty()),
            ObjKind::Bytes(b) => Some(!b.is_empty()),
            ObjKind::ByteArray(b) => Some(!b.is_empty()),
            ObjKind::Ellipsis => Some(true),
            ObjKind::List(x) | ObjKind::Tuple(x) => Some(!x.is_empty()),
            ObjKind::Dict(d) | ObjKind::Set(d) | ObjKind::FrozenSet(d) => Some(!d.is_empty()),
            ObjKind::Range(..) | ObjKind::DictView(..) => None,
            ObjKind::WeakKeyDict(d) => Some(!d.is_empty()),
            ObjKind::WeakValueDict(d) => Some(!d.is_empty()),
            ObjKind::WeakSet(s) => Some(!s.is_empty()),
            ObjKind::Instance(_) => None,
            _ => Some(true),
        };
        if let Some(b) = known {
            return Ok(b);
        }
        if let ObjKind::Instance(inst) = self.obj(v) {
            let has_payload = !matches!(inst.payload(), Payload::None);
            if let Some(f) = self.special_method(v, "__bool__") {
                let r = self.call(f, vec![v], Vec::new())?;
                return match self.obj(r) {
                    ObjKind::Bool(b) => Ok(*b),
                    _ => {
                        let t = self.type_name(r);
                        Err(self.type_error(format!("__bool__ should return bool, returned {t}")))
                    }
                };
            }
            if self.special_method(v, "__len__").is_none() {
                if let Some(inner) = self.base_value(v) {
                    return self.truthy(inner);
                }
                if !has_payload {
                    return Ok(true);
                }
            }
        }
        Ok(self.len_of(v)? != 0)
    }
}

#[cfg(test)]
mod tests {
    use crate::{run_captured, Options};

    fn run(src: &str) -> String {
        run_captured(src, &Options::default()).1
    }

    #[test]
    fn int_division_floors_and_modulo_follows_the_divisor() {
        assert_eq!(
            run("print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, 7 / 2)\n"),
            "-4 1 -4 -1 3.5\n"
        );
    }

    #[test]
    fn int_overflow_promotes_to_a_big_int_not_a_wrap() {
        let out = run("x = 9223372036854775807 + 1\nprint(x, x - 1, type(x).__name__)\n");
        assert_eq!(out, "9223372036854775808 9223372036854775807 int\n");
    }

    #[test]
    fn sequences_concatenate_and_repeat() {
        assert_eq!(
            run("print('ab' * 3, [1] + [2], (1,) * 2, 2 * [0])\n"),
            "ababab [1, 2] (1, 1) [0, 0]\n"
        );
    }

    #[test]
    fn user_dunders_and_reflected_dunders_apply() {
        let src = "class V:\n    def __init__(self, n):\n        self.n = n\n    def __add__(self, o):\n        return V(self.n + o)\n    def __radd__(self, o):\n        return V(self.n + o + 100)\nprint((V(1) + 2).n, (2 + V(1)).n)\n";
        assert_eq!(run(src), "3 103\n");
    }

    #[test]
    fn unsupported_operands_raise_type_error() {
        let out = run("try:\n    1 + 'a'\nexcept TypeError as e:\n    print(e)\n");
        assert_eq!(out, "unsupported operand type(s) for +: 'int' and 'str'\n");
    }
}

//! Arbitrary-precision `int`: values outside `i64` are [`ObjKind::BigInt`] (num-bigint), made
//! only when an `i64` operation overflows, a literal or `int(str)` is too long, or a float too
//! large is converted. Every big value is outside the `i64` range ([`Interp::big_value`]
//! normalizes), so each int has exactly one representation: equality and hashing can compare
//! kinds first, and the `i64` fast path in `eval::ops` stays as it was.

use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};
use crate::syntax::ast::BinOp;

/// Results larger than this many bits raise `MemoryError` instead of being computed (CPython
/// would try, and take minutes or exhaust memory): 2**26 bits is a 20-million-digit number.
const MAX_BITS: u64 = 1 << 26;

/// CPython's hash modulus, 2**61 - 1.
const HASH_MODULUS: u64 = (1 << 61) - 1;

impl Interp {
    /// The big value of `v` when it is a big int (not for ints that fit in `i64`).
    pub fn big_int(&self, v: Value) -> Option<&BigInt> {
        match self.obj(v) {
            ObjKind::BigInt(b) => Some(b),
            _ => None,
        }
    }

    /// `v` as a big integer, if it is an `int` (of any size) or a `bool`.
    pub fn to_big(&self, v: Value) -> Option<BigInt> {
        match self.obj(v) {
            ObjKind::Int(i) => Some(BigInt::from(*i)),
            ObjKind::Bool(b) => Some(BigInt::from(*b as i64)),
            ObjKind::BigInt(b) => Some(b.clone()),
            _ => None,
        }
    }

    /// An `int` of value `b`: small when it fits in `i64`.
    pub fn big_value(&mut self, b: BigInt) -> PyResult<Value> {
        match b.to_i64() {
            Some(i) => self.int_value(i),
            None => self.alloc(ObjKind::BigInt(b)),
        }
    }

    /// `int(f)` for a finite float (truncated toward zero).
    pub fn big_from_f64(&mut self, f: f64) -> PyResult<Value> {
        let b = num_bigint::BigInt::from(f.trunc() as i128);
        if f.trunc().abs() < 1.7e38 {
            return self.big_value(b);
        }
        // Past i128: the float is an integer mantissa times a power of two.
        let bits = f.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
        let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
        let mut b = BigInt::from(mantissa) << (exp as usize);
        if f < 0.0 {
            b = -b;
        }
        self.big_value(b)
    }

    /// A big int as a float, or CPython's `OverflowError`.
    pub fn big_to_f64(&mut self, v: Value) -> PyResult<f64> {
        let f = self.to_big(v).and_then(|b| b.to_f64()).unwrap_or(f64::NAN);
        if f.is_finite() {
            Ok(f)
        } else {
            Err(self.err(Exc::OverflowError, "int too large to convert to float"))
        }
    }

    /// `a op b` where either operand is a big int and the other a number; `None` when the other
    /// is not a number.
    pub fn big_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        if op == BinOp::MatMul {
            // No number defines `@`: the caller's error names both operands' own types.
            return Ok(None);
        }
        let float_of = |i: &Interp, v: Value| match i.obj(v) {
            ObjKind::Float(f) => Some(*f),
            _ => None,
        };
        if float_of(self, a).is_some() || float_of(self, b).is_some() {
            let (Some(_), Some(_)) = (self.as_float_like(a), self.as_float_like(b)) else {
                return Ok(None);
            };
            if matches!(
                op,
                BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
            ) {
                return Ok(None);
            }
            let x = self.num_as_f64(a)?;
            let y = self.num_as_f64(b)?;
            let x = self.float_value(x)?;
            let y = self.float_value(y)?;
            return self.binop(op, x, y).map(Some);
        }
        let (Some(x), Some(y)) = (self.to_big(a), self.to_big(b)) else {
            return Ok(None);
        };
        self.big_int_op(op, x, y).map(Some)
    }

    fn as_float_like(&self, v: Value) -> Option<()> {
        match self.obj(v) {
            ObjKind::Float(_) | ObjKind::Int(_) | ObjKind::Bool(_) | ObjKind::BigInt(_) => Some(()),
            _ => None,
        }
    }

    fn num_as_f64(&mut self, v: Value) -> PyResult<f64> {
        match self.obj(v) {
            ObjKind::Float(f) => Ok(*f),
            ObjKind::Int(i) => Ok(*i as f64),
            ObjKind::Bool(b) => Ok(*b as i64 as f64),
            _ => self.big_to_f64(v),
        }
    }

    /// `x op y` on integers of any size (called when the `i64` path overflows, or an operand is
    /// big).
    pub fn big_int_op(&mut self, op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => {
                if x.bits() + y.bits() > MAX_BITS {
                    return Err(self.too_big());
                }
                x * y
            }
            BinOp::Div => {
                if y.is_zero() {
                    return Err(self.err(Exc::ZeroDivisionError, "division by zero"));
                }
                return self.big_true_div(x, y);
            }
            BinOp::FloorDiv | BinOp::Mod if y.is_zero() => {
                return Err(self.err(Exc::ZeroDivisionError, int_zero_division(op)));
            }
            BinOp::MatMul => {
                let msg = "unsupported operand type(s) for @: 'int' and 'int'";
                return Err(self.type_error(msg));
            }
            BinOp::FloorDiv => x.div_floor(&y),
            BinOp::Mod => x.mod_floor(&y),
            BinOp::Pow => {
                if y.is_negative() {
                    if x.is_zero() {
                        return Err(self.err(
                            Exc::ZeroDivisionError,
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    let xf = x.to_f64().unwrap_or(f64::INFINITY);
                    let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                    return self.float_value(xf.powf(yf));
                }
                if x.magnitude() <= &1u32.into() {
                    let odd = y.is_odd();
                    return self.big_value(if (x.is_negative() && !odd) || y.is_zero() {
                        BigInt::from(1)
                    } else {
                        x
                    });
                }
                let e = y
                    .to_u64()
                    .filter(|e| e.saturating_mul(x.bits()) <= MAX_BITS);
                match e {
                    Some(e) => x.pow(e as u32),
                    None => return Err(self.too_big()),
                }
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                if x.is_zero() {
                    return self.int_value(0);
                }
                match y.to_u64().filter(|s| s + x.bits() <= MAX_BITS) {
                    Some(s) => x << s,
                    None => return Err(self.too_big()),
                }
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match y.to_u64() {
                    Some(s) if s < x.bits() + 1 => x >> s,
                    _ => BigInt::from(if x.is_negative() { -1 } else { 0 }),
                }
            }
            BinOp::BitOr => x | y,
            BinOp::BitXor => x ^ y,
            BinOp::BitAnd => x & y,
        };
        self.big_value(r)
    }

    fn too_big(&mut self) -> crate::runtime::exceptions::PyErr {
        self.err(
            Exc::MemoryError,
            "minipy does not compute ints of more than 2**26 bits",
        )
    }

    /// `x / y` correctly rounded for quotients in the float range, as CPython's `long_true_divide`.
    fn big_true_div(&mut self, x: BigInt, y: BigInt) -> PyResult<Value> {
        let negative = x.is_negative() != y.is_negative();
        let (x, y) = (x.abs(), y.abs());
        // Scale so the integer quotient has 60+ significant bits, then one float rounding.
        let shift = 60 + y.bits() as i64 - x.bits() as i64;
        let (n, d) = if shift > 0 {
            (x << shift as u64, y)
        } else {
            (x, y << (-shift) as u64)
        };
        let (q, r) = n.div_rem(&d);
        // A sticky bit keeps the rounding of the remainder.
        let q = (q << 1u32) | BigInt::from(!r.is_zero() as u8);
        // q has at most 63 bits: `u64 as f64` rounds it once, to nearest even (num-bigint's
        // `to_f64` does not round this way).
        let mut f = q.to_u64().map_or(f64::INFINITY, |u| u as f64);
        let exp = -(shift + 1);
        f = scale(f, exp);
        if f.is_infinite() {
            return Err(self.err(
                Exc::OverflowError,
                "integer division result too large for a float",
            ));
        }
        self.float_value(if negative { -f } else { f })
    }

    /// `-v`, `~v` and `abs(v)` of a big int.
    pub fn big_unary(&mut self, v: &BigInt, op: char) -> PyResult<Value> {
        let r = match op {
            '-' => -v,
            '~' => -v - 1,
            _ => v.abs(),
        };
        self.big_value(r)
    }

    /// How an int of any size compares with another number; `None` when either is not a number,
    /// `Some(None)` for NaN.
    pub fn big_cmp(&self, a: Value, b: Value) -> Option<Option<Ordering>> {
        match (self.obj(a), self.obj(b)) {
            (ObjKind::Float(x), _) => {
                let y = self.to_big(b)?;
                Some(cmp_big_float(&y, *x).map(Ordering::reverse))
            }
            (_, ObjKind::Float(y)) => {
                let x = self.to_big(a)?;
                Some(cmp_big_float(&x, *y))
            }
            _ => Some(Some(self.to_big(a)?.cmp(&self.to_big(b)?))),
        }
    }

    /// The value of an integer literal too long for `i64` (`0x`/`0o`/`0b` prefixes and
    /// underscores as the lexer accepted them).
    pub fn big_literal(&mut self, text: &str) -> PyResult<Value> {
        let digits: String = text.chars().filter(|c| *c != '_').collect();
        let lower = digits.to_ascii_lowercase();
        let (base, rest) = match lower.get(..2) {
            Some("0x") => (16, &lower[2..]),
            Some("0o") => (8, &lower[2..]),
            Some("0b") => (2, &lower[2..]),
            _ => (10, lower.as_str()),
        };
        match BigInt::parse_bytes(rest.as_bytes(), base) {
            Some(b) => self.big_value(b),
            None => Err(self.value_error(format!("invalid integer literal {text}"))),
        }
    }

    /// `int(text, base)` for texts too long for `i64` (digits already validated by the caller's
    /// grammar: `text` is the digits with an optional sign, underscores removed).
    pub fn big_from_digits(&mut self, digits: &str, base: u32) -> Option<PyResult<Value>> {
        let b = BigInt::parse_bytes(digits.as_bytes(), base)?;
        Some(self.big_value(b))
    }
}

/// `f * 2**exp` without overflowing the intermediate power.
fn scale(mut f: f64, mut exp: i64) -> f64 {
    while exp > 1000 {
        f *= 2f64.powi(1000);
        exp -= 1000;
    }
    while exp < -1000 {
        f *= 2f64.powi(-1000);
        exp += 1000;
    }
    f * 2f64.powi(exp as i32)
}

/// How the integer `a` compares with the float `f`, exactly.
fn cmp_big_float(a: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let floor = f.floor();
    let fb = BigInt::from(floor as i128);
    let fb = if floor.abs() < 1.7e38 {
        fb
    } else {
        let bits = floor.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
        let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
        let m = BigInt::from(mantissa) << (exp as usize);
        if floor < 0.0 {
            -m
        } else {
            m
        }
    };
    match a.cmp(&fb) {
        Ordering::Equal if f != floor => Some(Ordering::Less),
        o => Some(o),
    }
}

/// CPython's hash of an int: its value modulo 2**61 - 1, keeping the sign, -1 becoming -2.
pub fn big_hash(b: &BigInt) -> i64 {
    let m = (b.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0) as i64;
    let h = if b.sign() == Sign::Minus { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython 3.11's message for an `int` `//` or `%` by zero.
pub(crate) fn int_zero_division(op: BinOp) -> &'static str {
    if op == BinOp::Mod {
        "integer modulo by zero"
    } else {
        "integer division or modulo by zero"
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
    fn big_hash_matches_the_small_form_and_cpython() {
        assert_eq!(
            big_hash(&BigInt::from(5)),
            crate::eval::compare::int_hash(5)
        );
        assert_eq!(big_hash(&BigInt::from(-1)), -2);
        // hash(2**100) in CPython 3.11.
        assert_eq!(big_hash(&(BigInt::from(1) << 100u32)), 549_755_813_888);
    }

    #[test]
    fn comparing_with_floats_is_exact() {
        let big = BigInt::from(1) << 80u32;
        assert_eq!(cmp_big_float(&big, 2f64.powi(80)), Some(Ordering::Equal));
        assert_eq!(
            cmp_big_float(&(&big + 1), 2f64.powi(80)),
            Some(Ordering::Greater)
        );
        assert_eq!(cmp_big_float(&big, f64::INFINITY), Some(Ordering::Less));
        assert_eq!(cmp_big_float(&BigInt::from(2), 2.5), Some(Ordering::Less));
        assert_eq!(cmp_big_float(&BigInt::from(-3), -2.5), Some(Ordering::Less));
    }

    #[test]
    fn overflowing_arithmetic_promotes_and_small_results_come_back() {
        assert_eq!(
            run("print(2**100, -2**63 - 1, 2**64 // 2**60, (2**64) - 2**64 + 5)\n"),
            "1267650600228229401496703205376 -9223372036854775809 16 5\n"
        );
        assert_eq!(
            run(
                "x = 2**100\nprint(x / 2**99, x > 1e30, hash(x) == hash(2**100), {x: 1}[2**100])\n"
            ),
            "2.0 True True 1\n"
        );
    }
}
#[cfg(test)]
mod div_tests {
    #[test]
    fn big_true_division_rounds_once() {
        let (_, out) = crate::run_captured(
            "print(45227573224586713092538032 / 30517578128)\n",
            &crate::Options::default(),
        );
        assert_eq!(out, "1482017119277569.2\n");
    }
}

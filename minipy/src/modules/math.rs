//! The `math` module: CPython's functions and constants, with its errors (`ValueError: math
//! domain error` where the result is not a number, `OverflowError: math range error` where a
//! finite argument overflows). Integer results (`factorial`, `comb`, `prod`, `floor` of a huge
//! float) are computed with the interpreter's own `*` and `//`, so they grow into big ints as
//! Python's do.

use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyErr, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{Attrs, ObjKind, Value};
use crate::syntax::ast::{BinOp, Name};

use super::stdlib::Kwargs;

/// The functions of `math`, in the order `dir(math)` would not care about.
pub const MATH_FUNCTIONS: &[Builtin] = &[
    Builtin::MathSqrt,
    Builtin::MathFloor,
    Builtin::MathCeil,
    Builtin::MathTrunc,
    Builtin::MathIsClose,
    Builtin::MathGcd,
    Builtin::MathLcm,
    Builtin::MathFactorial,
    Builtin::MathLog,
    Builtin::MathLog2,
    Builtin::MathLog10,
    Builtin::MathLog1p,
    Builtin::MathExp,
    Builtin::MathExpm1,
    Builtin::MathPow,
    Builtin::MathFabs,
    Builtin::MathSin,
    Builtin::MathCos,
    Builtin::MathTan,
    Builtin::MathAsin,
    Builtin::MathAcos,
    Builtin::MathAtan,
    Builtin::MathAtan2,
    Builtin::MathSinh,
    Builtin::MathCosh,
    Builtin::MathTanh,
    Builtin::MathAsinh,
    Builtin::MathAcosh,
    Builtin::MathAtanh,
    Builtin::MathHypot,
    Builtin::MathDist,
    Builtin::MathIsqrt,
    Builtin::MathComb,
    Builtin::MathPerm,
    Builtin::MathProd,
    Builtin::MathFsum,
    Builtin::MathIsNan,
    Builtin::MathIsInf,
    Builtin::MathIsFinite,
    Builtin::MathCopySign,
    Builtin::MathDegrees,
    Builtin::MathRadians,
    Builtin::MathModf,
    Builtin::MathFmod,
    Builtin::MathFrexp,
    Builtin::MathLdexp,
    Builtin::MathCbrt,
    Builtin::MathExp2,
    Builtin::MathErf,
    Builtin::MathErfc,
    Builtin::MathGamma,
    Builtin::MathLgamma,
    Builtin::MathNextAfter,
    Builtin::MathUlp,
    Builtin::MathRemainder,
];

impl Interp {
    /// Fills the `math` module.
    pub(super) fn math_attrs(&mut self, attrs: &mut Attrs) -> PyResult<()> {
        for (name, value) in [
            ("pi", std::f64::consts::PI),
            ("e", std::f64::consts::E),
            ("tau", std::f64::consts::TAU),
            ("inf", f64::INFINITY),
            ("nan", f64::NAN),
        ] {
            let v = self.float_value(value)?;
            attrs.set(Name::from(name), v);
        }
        self.add_module_functions(attrs, MATH_FUNCTIONS)
    }

    fn domain_error(&mut self) -> PyErr {
        self.value_error("math domain error")
    }

    fn range_error(&mut self) -> PyErr {
        self.err(Exc::OverflowError, "math range error")
    }

    /// CPython's `math_1`: `f(x)`, NaN from a non-NaN argument is a domain error, an infinity
    /// from a finite one a range error (or a domain error where `f` has a pole, as `log(0)`).
    fn math_1(&mut self, x: Value, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
        let x = self.real_arg(x)?;
        let r = f(x);
        self.float_result(r, x.is_nan(), x.is_finite(), can_overflow)
    }

    fn float_result(
        &mut self,
        r: f64,
        any_nan: bool,
        all_finite: bool,
        can_overflow: bool,
    ) -> PyResult<Value> {
        if r.is_nan() && !any_nan {
            return Err(self.domain_error());
        }
        if r.is_infinite() && all_finite {
            return Err(if can_overflow {
                self.range_error()
            } else {
                self.domain_error()
            });
        }
        self.float_value(r)
    }

    /// A float rounded to an integer as `int(f)` makes one (growing to a big int when needed).
    pub fn int_from_float(&mut self, f: f64) -> PyResult<Value> {
        if f.is_nan() {
            return Err(self.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(self.err(
                Exc::OverflowError,
                "cannot convert float infinity to integer",
            ));
        }
        if f.abs() < 9.2e18 {
            return self.int_value(f as i64);
        }
        self.big_from_f64(f)
    }

    fn round_to_int(&mut self, x: Value, f: fn(f64) -> f64) -> PyResult<Value> {
        if self.is_int_value(x) {
            return self.int_plus_zero(x);
        }
        let x = self.real_arg(x)?;
        self.int_from_float(f(x))
    }

    /// The int `v` itself (a bool becomes 0 or 1).
    fn int_plus_zero(&mut self, v: Value) -> PyResult<Value> {
        match self.obj(v) {
            ObjKind::Bool(b) => self.int_value(*b as i64),
            _ => Ok(v),
        }
    }

    /// Whether `v` is an `int` (of any size) or a `bool`.
    pub fn is_int_value(&self, v: Value) -> bool {
        matches!(self.obj(v), ObjKind::Int(_) | ObjKind::Bool(_)) || self.big_int(v).is_some()
    }

    /// An integer argument of any size, or CPython's `TypeError` for other types.
    fn int_arg(&mut self, v: Value) -> PyResult<Value> {
        if self.is_int_value(v) {
            return self.int_plus_zero(v);
        }
        let t = self.type_name(v);
        Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer")))
    }

    fn is_negative(&mut self, v: Value) -> PyResult<bool> {
        let zero = self.int_value(0)?;
        self.less_than(v, zero)
    }

    fn rooted_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        let r = self.binop(op, a, b)?;
        self.push_temp(r);
        Ok(r)
    }

    /// Calls a `math` function.
    pub(super) fn math_call(
        &mut self,
        id: Builtin,
        args: &[Value],
        kw: &mut Kwargs,
    ) -> PyResult<Value> {
        use Builtin as B;
        let qualified = format!("math.{}", id.name());
        let name = qualified.as_str();
        let one = |i: &mut Interp| i.check_arity(name, args, 1, 1);
        // CPython words a two-argument function's count error without the module's name.
        let two = |i: &mut Interp| {
            if args.len() == 2 {
                return Ok(());
            }
            let n = args.len();
            Err(i.type_error(format!("{} expected 2 arguments, got {n}", id.name())))
        };
        match id {
            B::MathSqrt => {
                one(self)?;
                self.math_1(args[0], f64::sqrt, false)
            }
            B::MathFloor => {
                one(self)?;
                if self.as_num(args[0]).is_none() && self.big_int(args[0]).is_none() {
                    if let Some(f) = self.special_method(args[0], "__floor__") {
                        return self.call(f, vec![args[0]], Vec::new());
                    }
                }
                self.round_to_int(args[0], f64::floor)
            }
            B::MathCeil => {
                one(self)?;
                if self.as_num(args[0]).is_none() && self.big_int(args[0]).is_none() {
                    if let Some(f) = self.special_method(args[0], "__ceil__") {
                        return self.call(f, vec![args[0]], Vec::new());
                    }
                }
                self.round_to_int(args[0], f64::ceil)
            }
            B::MathTrunc => {
                one(self)?;
                if self.as_num(args[0]).is_none() && self.big_int(args[0]).is_none() {
                    if let Some(f) = self.special_method(args[0], "__trunc__") {
                        return self.call(f, vec![args[0]], Vec::new());
                    }
                }
                self.round_to_int(args[0], f64::trunc)
            }
            B::MathExp => {
                one(self)?;
                self.math_1(args[0], f64::exp, true)
            }
            B::MathExpm1 => {
                one(self)?;
                self.math_1(args[0], f64::exp_m1, true)
            }
            B::MathLog1p => {
                one(self)?;
                let x = self.real_arg(args[0])?;
                if x <= -1.0 {
                    return Err(self.domain_error());
                }
                self.float_result(x.ln_1p(), x.is_nan(), x.is_finite(), false)
            }
            B::MathLog2 | B::MathLog10 => {
                one(self)?;
                let f: fn(f64) -> f64 = if id == B::MathLog2 {
                    f64::log2
                } else {
                    f64::log10
                };
                let r = self.log_of(args[0], f)?;
                self.float_value(r)
            }
            B::MathLog => {
                if !(1..=2).contains(&args.len()) {
                    return Err(self.type_error("math.log requires 1 to 2 arguments"));
                }
                let num = self.log_of(args[0], f64::ln)?;
                match args.get(1) {
                    None => self.float_value(num),
                    Some(b) => {
                        let den = self.log_of(*b, f64::ln)?;
                        if den == 0.0 {
                            return Err(self.err(Exc::ZeroDivisionError, "float division by zero"));
                        }
                        self.float_value(num / den)
                    }
                }
            }
            B::MathFabs => {
                one(self)?;
                self.math_1(args[0], f64::abs, false)
            }
            B::MathSin => {
                one(self)?;
                self.math_1(args[0], f64::sin, false)
            }
            B::MathCos => {
                one(self)?;
                self.math_1(args[0], f64::cos, false)
            }
            B::MathTan => {
                one(self)?;
                self.math_1(args[0], f64::tan, false)
            }
            B::MathAsin => {
                one(self)?;
                self.math_1(args[0], f64::asin, false)
            }
            B::MathAcos => {
                one(self)?;
                self.math_1(args[0], f64::acos, false)
            }
            B::MathAtan => {
                one(self)?;
                self.math_1(args[0], f64::atan, false)
            }
            B::MathSinh => {
                one(self)?;
                self.math_1(args[0], f64::sinh, true)
            }
            B::MathCosh => {
                one(self)?;
                self.math_1(args[0], f64::cosh, true)
            }
            B::MathTanh => {
                one(self)?;
                self.math_1(args[0], f64::tanh, false)
            }
            B::MathAsinh => {
                one(self)?;
                self.math_1(args[0], f64::asinh, false)
            }
            B::MathAcosh => {
                one(self)?;
                self.math_1(args[0], f64::acosh, false)
            }
            B::MathAtanh => {
                one(self)?;
                let x = self.real_arg(args[0])?;
                if x.abs() >= 1.0 {
                    return Err(self.domain_error());
                }
                self.float_value(x.atanh())
            }
            B::MathDegrees => {
                one(self)?;
                self.math_1(args[0], f64::to_degrees, true)
            }
            B::MathRadians => {
                one(self)?;
                self.math_1(args[0], f64::to_radians, true)
            }
            B::MathIsNan | B::MathIsInf | B::MathIsFinite => {
                one(self)?;
                let x = self.real_arg(args[0])?;
                let r = match id {
                    B::MathIsNan => x.is_nan(),
                    B::MathIsInf => x.is_infinite(),
                    _ => x.is_finite(),
                };
                Ok(self.bool_value(r))
            }
            B::MathAtan2 | B::MathCopySign | B::MathPow | B::MathFmod | B::MathRemainder => {
                two(self)?;
                let x = self.real_arg(args[0])?;
                let y = self.real_arg(args[1])?;
                self.math_2(id, x, y)
            }
            B::MathLdexp => {
                two(self)?;
                let x = self.real_arg(args[0])?;
                let e = self.index_arg(args[1])?;
                let e = e.clamp(-10_000, 10_000) as i32;
                let r = x * 2f64.powi(e.clamp(-1000, 1000)) * 2f64.powi(e - e.clamp(-1000, 1000));
                self.float_result(r, x.is_nan(), x.is_finite(), true)
            }
            B::MathCbrt => {
                one(self)?;
                self.math_1(args[0], f64::cbrt, false)
            }
            B::MathExp2 => {
                one(self)?;
                self.math_1(args[0], f64::exp2, true)
            }
            B::MathErf | B::MathErfc => {
                one(self)?;
                let f = if id == B::MathErf {
                    libm::erf
                } else {
                    libm::erfc
                };
                self.math_1(args[0], f, false)
            }
            B::MathGamma | B::MathLgamma => {
                one(self)?;
                let x = self.real_arg(args[0])?;
                // Poles at zero and the negative integers; gamma(-inf) has no value either.
                let pole = x.is_finite() && x <= 0.0 && x == x.floor();
                if pole || (id == B::MathGamma && x == f64::NEG_INFINITY) {
                    return Err(self.domain_error());
                }
                let r = if id == B::MathGamma {
                    libm::tgamma(x)
                } else {
                    libm::lgamma(x)
                };
                self.float_result(r, x.is_nan(), x.is_finite(), true)
            }
            B::MathNextAfter => {
                two(self)?;
                let x = self.real_arg(args[0])?;
                let y = self.real_arg(args[1])?;
                self.float_value(next_after(x, y))
            }
            B::MathUlp => {
                one(self)?;
                let x = self.real_arg(args[0])?.abs();
                let r = if !x.is_finite() {
                    x
                } else if x == f64::MAX {
                    x - next_after(x, 0.0)
                } else {
                    next_after(x, f64::INFINITY) - x
                };
                self.float_value(r)
            }
            B::MathFrexp => {
                one(self)?;
                let x = self.real_arg(args[0])?;
                let (m, e) = frexp(x);
                let m = self.float_value(m)?;
                let e = self.int_value(e)?;
                self.alloc(ObjKind::Tuple(vec![m, e]))
            }
            B::MathModf => {
                one(self)?;
                let x = self.real_arg(args[0])?;
                let (frac, int) = if x.is_infinite() {
                    (0f64.copysign(x), x)
                } else {
                    (x - x.trunc(), x.trunc())
                };
                let frac = self.float_value(frac.copysign(x))?;
                let int = self.float_value(int)?;
                self.alloc(ObjKind::Tuple(vec![frac, int]))
            }
            B::MathIsClose => self.math_isclose(args, kw),
            B::MathHypot => {
                let mut coords = Vec::with_capacity(args.len());
                for a in args {
                    coords.push(self.real_arg(*a)?);
                }
                self.float_value(hypot(&coords))
            }
            B::MathDist => {
                two(self)?;
                let p = self.collect_iter(args[0])?;
                let q = self.collect_iter(args[1])?;
                if p.len() != q.len() {
                    return Err(
                        self.value_error("both points must have the same number of dimensions")
                    );
                }
                let mut diffs = Vec::with_capacity(p.len());
                for (a, b) in p.into_iter().zip(q) {
                    diffs.push(self.real_arg(a)? - self.real_arg(b)?);
                }
                self.float_value(hypot(&diffs))
            }
            B::MathFsum => {
                one(self)?;
                // Item by item, as CPython: a bad item or an overflow stops the iteration there.
                let mut it = self.iter_start(args[0])?;
                let height = self.temps_height();
                let mut sum = Fsum::default();
                while let Some(v) = self.iter_next(&mut it)? {
                    let x = self.real_arg(v)?;
                    self.truncate_temps(height);
                    if !sum.add(x) {
                        return Err(self.err(Exc::OverflowError, "intermediate overflow in fsum"));
                    }
                }
                match sum.total() {
                    Some(r) => self.float_value(r),
                    None => Err(self.value_error("-inf + inf in fsum")),
                }
            }
            B::MathProd => {
                one(self)?;
                let mut acc = match kw.take("start") {
                    Some(s) => s,
                    None => self.int_value(1)?,
                };
                for v in self.collect_iter(args[0])? {
                    acc = self.rooted_op(BinOp::Mul, acc, v)?;
                }
                Ok(acc)
            }
            B::MathGcd | B::MathLcm if args.iter().any(|a| self.big_int(*a).is_some()) => {
                let mut acc = num_bigint::BigInt::from(if id == B::MathGcd { 0 } else { 1 });
                for a in args {
                    self.int_arg(*a)?;
                    let x = self.to_big(*a).unwrap_or_default();
                    acc = if id == B::MathGcd {
                        num_integer::Integer::gcd(&acc, &x)
                    } else {
                        num_integer::Integer::lcm(&acc, &x)
                    };
                }
                self.big_value(acc)
            }
            B::MathGcd | B::MathLcm => {
                let mut acc: i64 = if id == B::MathGcd { 0 } else { 1 };
                for a in args {
                    let x = self.index_arg(*a)?;
                    acc = if id == B::MathGcd {
                        gcd(acc, x)
                    } else if acc == 0 || x == 0 {
                        0
                    } else {
                        let g = gcd(acc, x);
                        match (acc / g).checked_mul(x) {
                            Some(l) => l.abs(),
                            None => {
                                let a = self.int_value(acc / g)?;
                                let b = self.int_value(x.abs())?;
                                return self.rooted_op(BinOp::Mul, a, b);
                            }
                        }
                    };
                }
                self.int_value(acc)
            }
            B::MathIsqrt => {
                one(self)?;
                let n = self.int_arg(args[0])?;
                if self.is_negative(n)? {
                    return Err(self.value_error("isqrt() argument must be nonnegative"));
                }
                match self.to_big(n) {
                    Some(b) if self.big_int(n).is_some() => self.big_value(b.sqrt()),
                    _ => {
                        let n = self.index_arg(n)?;
                        self.int_value(isqrt(n as u64) as i64)
                    }
                }
            }
            B::MathFactorial => {
                one(self)?;
                let n = self.int_arg(args[0])?;
                let n = self.index_arg(n)?;
                if n < 0 {
                    return Err(self.value_error("factorial() not defined for negative values"));
                }
                let mut acc = self.int_value(1)?;
                for i in 2..=n {
                    let i = self.int_value(i)?;
                    acc = self.rooted_op(BinOp::Mul, acc, i)?;
                }
                Ok(acc)
            }
            B::MathComb | B::MathPerm => {
                if id == B::MathComb {
                    two(self)?;
                } else if !(1..=2).contains(&args.len()) {
                    let n = args.len();
                    return Err(self.type_error(if n == 0 {
                        "perm expected at least 1 argument, got 0".to_string()
                    } else {
                        format!("perm expected at most 2 arguments, got {n}")
                    }));
                }
                let n = self.int_arg(args[0])?;
                let n = self.index_arg(n)?;
                let k = match args.get(1) {
                    Some(k) if !self.is_none(*k) => {
                        let k = self.int_arg(*k)?;
                        self.index_arg(k)?
                    }
                    _ => n,
                };
                if n < 0 {
                    return Err(self.value_error("n must be a non-negative integer"));
                }
                if k < 0 {
                    return Err(self.value_error("k must be a non-negative integer"));
                }
                if k > n {
                    return self.int_value(0);
                }
                let k = if id == B::MathComb { k.min(n - k) } else { k };
                let mut acc = self.int_value(1)?;
                for i in 0..k {
                    let factor = self.int_value(n - i)?;
                    acc = self.rooted_op(BinOp::Mul, acc, factor)?;
                    if id == B::MathComb {
                        let div = self.int_value(i + 1)?;
                        acc = self.rooted_op(BinOp::FloorDiv, acc, div)?;
                    }
                }
                Ok(acc)
            }
            _ => Err(self.type_error(format!("{name} is not a function minipy knows"))),
        }
    }

    /// A `log` argument: a float, or an int of any size (whose log is exact in CPython even past
    /// the float range).
    /// CPython's `loghelper`: `f(v)`, for ints too large for a float `f(m) + f(2) * e` where
    /// `v == m * 2**e`. A domain error for `v <= 0`.
    fn log_of(&mut self, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
        if let Some(b) = self.big_int(v) {
            if b.sign() == num_bigint::Sign::Minus {
                return Err(self.domain_error());
            }
            if num_traits::ToPrimitive::to_f64(b).is_none_or(|x| x.is_infinite()) {
                let shift = b.bits().saturating_sub(55);
                let top = num_traits::ToPrimitive::to_f64(&(b >> shift)).unwrap_or(0.0);
                let (m, e) = frexp(top);
                return Ok(f(m) + f(2.0) * (e + shift as i64) as f64);
            }
        }
        let x = self.real_arg(v)?;
        if x <= 0.0 {
            return Err(self.domain_error());
        }
        Ok(f(x))
    }

    fn math_2(&mut self, id: Builtin, x: f64, y: f64) -> PyResult<Value> {
        use Builtin as B;
        let r = match id {
            B::MathAtan2 => x.atan2(y),
            B::MathCopySign => x.copysign(y),
            B::MathFmod => {
                if y == 0.0 && !x.is_nan() || x.is_infinite() {
                    return Err(self.domain_error());
                }
                if y.is_infinite() && x.is_finite() {
                    x
                } else {
                    x % y
                }
            }
            B::MathRemainder => {
                if y == 0.0 && !x.is_nan() || x.is_infinite() {
                    return Err(self.domain_error());
                }
                if y.is_infinite() && x.is_finite() {
                    x
                } else {
                    let q = (x / y).round();
                    // Round half to even, as IEEE 754 remainder does.
                    let q = if ((x / y) - (x / y).trunc()).abs() == 0.5 {
                        2.0 * ((x / y) / 2.0).round()
                    } else {
                        q
                    };
                    x - q * y
                }
            }
            _ => {
                if x == 0.0 && y < 0.0 && y.is_finite() {
                    return Err(self.domain_error());
                }
                if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
                    return Err(self.domain_error());
                }
                x.powf(y)
            }
        };
        self.float_result(
            r,
            x.is_nan() || y.is_nan(),
            x.is_finite() && y.is_finite(),
            true,
        )
    }

    fn math_isclose(&mut self, args: &[Value], kw: &mut Kwargs) -> PyResult<Value> {
        if args.len() > 2 {
            let n = args.len();
            return Err(self.type_error(format!(
                "isclose() takes exactly 2 positional arguments ({n} given)"
            )));
        }
        // `a` and `b` may also come by keyword; as CPython, a missing one is reported before one
        // given twice.
        let by_name = [kw.take("a"), kw.take("b")];
        let mut operands = Vec::with_capacity(2);
        for (i, name) in ["a", "b"].into_iter().enumerate() {
            match args.get(i).copied().or(by_name[i]) {
                Some(v) => operands.push(v),
                None => {
                    return Err(self.type_error(format!(
                        "isclose() missing required argument '{name}' (pos {})",
                        i + 1
                    )))
                }
            }
        }
        for (i, name) in ["a", "b"].into_iter().enumerate() {
            if i < args.len() && by_name[i].is_some() {
                return Err(self.type_error(format!(
                    "argument for isclose() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        let a = self.real_arg(operands[0])?;
        let b = self.real_arg(operands[1])?;
        let rel_tol = match kw.take("rel_tol") {
            Some(v) => self.real_arg(v)?,
            None => 1e-09,
        };
        let abs_tol = match kw.take("abs_tol") {
            Some(v) => self.real_arg(v)?,
            None => 0.0,
        };
        if rel_tol < 0.0 || abs_tol < 0.0 {
            return Err(self.value_error("tolerances must be non-negative"));
        }
        let r = if a == b {
            true
        } else if a.is_infinite() || b.is_infinite() {
            false
        } else {
            let diff = (b - a).abs();
            diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol
        };
        Ok(self.bool_value(r))
    }
}

fn gcd(a: i64, b: i64) -> i64 {
    let (mut a, mut b) = (a.unsigned_abs(), b.unsigned_abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a as i64
}

fn isqrt(n: u64) -> u64 {
    let mut r = (n as f64).sqrt() as u64;
    while r.checked_mul(r).is_none_or(|sq| sq > n) {
        r -= 1;
    }
    while (r + 1).checked_mul(r + 1).is_some_and(|sq| sq <= n) {
        r += 1;
    }
    r
}

/// `frexp`: `x == m * 2**e` with `0.5 <= |m| < 1` (or `m == x` for 0, infinities and NaN).
fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    // Read the exponent from the bits. A subnormal is first scaled into the normal range (by an
    // exact power of two), since its exponent field does not hold its magnitude; dividing by a
    // power of two computed with powi would underflow to zero for those and loop forever.
    let (y, shift) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = y.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, biased - 1022 + shift)
}

/// The Euclidean norm, scaled so that intermediate squares neither overflow nor underflow.
fn hypot(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    match xs {
        [] => 0.0,
        [x] => x.abs(),
        [x, y] => x.hypot(*y),
        _ => {
            let max = xs.iter().fold(0f64, |m, x| m.max(x.abs()));
            if max == 0.0 {
                return 0.0;
            }
            max * xs.iter().map(|x| (x / max) * (x / max)).sum::<f64>().sqrt()
        }
    }
}

/// CPython's `math_fsum`: Shewchuk's exactly rounded sum, kept as non-overlapping partials
/// (`partials`), with infinities and nans summed apart (`special`; `inf_sum` only the
/// infinities, so `inf + -inf` is told from a nan item).
#[derive(Default)]
struct Fsum {
    partials: Vec<f64>,
    special: f64,
    inf_sum: f64,
}

impl Fsum {
    /// Adds `x`; `false` when an intermediate sum of finite items overflows.
    fn add(&mut self, x0: f64) -> bool {
        let mut x = x0;
        if !x.is_finite() {
            if x.is_infinite() {
                self.inf_sum += x;
            }
            self.special += x;
            return true;
        }
        let mut i = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return false;
        }
        self.partials.truncate(i);
        self.partials.push(x);
        true
    }

    /// The exactly rounded sum; `None` when infinities of both signs were added. A zero sum is
    /// `0.0`, whatever the zeros' signs, as in CPython.
    fn total(&self) -> Option<f64> {
        if self.special != 0.0 {
            if self.inf_sum.is_nan() {
                return None;
            }
            return Some(self.special);
        }
        let partials = &self.partials;
        let mut hi = 0.0;
        if let Some(mut n) = partials.len().checked_sub(1) {
            hi = partials[n];
            let mut lo = 0.0;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = partials[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))
            {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
        Some(hi + 0.0)
    }
}

/// The exactly rounded sum of `xs`; `None` when an intermediate sum overflows or infinities of
/// both signs meet.
#[cfg(test)]
fn fsum(xs: &[f64]) -> Option<f64> {
    let mut sum = Fsum::default();
    xs.iter()
        .all(|&x| sum.add(x))
        .then(|| sum.total())
        .flatten()
}

/// The float next to `x` in the direction of `y` (`y` itself when they are equal), as C's
/// `nextafter`: a step of one unit in the last place, through the subnormals and signed zeros.
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    // Away from zero is one more in the magnitude's bits, towards it one fewer.
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fsum_is_exactly_rounded_where_a_plain_sum_is_not() {
        assert_eq!(fsum(&[0.1; 10]), Some(1.0));
        assert_ne!([0.1; 10].iter().sum::<f64>(), 1.0);
        assert_eq!(fsum(&[1e308, 1e308]), None);
        assert_eq!(fsum(&[1e100, 1.0, -1e100, 1e-100]), Some(1.0 + 1e-100));
    }

    #[test]
    fn isqrt_and_frexp_at_the_edges() {
        assert_eq!(isqrt(u64::MAX), 4_294_967_295);
        assert_eq!(isqrt(15), 3);
        assert_eq!(isqrt(16), 4);
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(f64::MIN_POSITIVE / 4.0).1, -1023);
    }
}

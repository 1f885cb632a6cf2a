//! Builtins that take keyword arguments (`max(key=, default=)`, `enumerate(start=)`,
//! `str.format(**kw)`, `zip(strict=)`, ...) and the functions added for issue #17: `format`,
//! `pow`, `hex`/`oct`/`bin`, `ascii`, `vars`, `input`, `exit`/`quit`.

use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};
use crate::syntax::ast::Name;

/// The parameter names a builtin accepts by keyword as well as by position, in order, and how
/// many of them are required.
pub(super) fn keyword_params(id: Builtin) -> Option<(&'static [&'static str], usize)> {
    use Builtin as B;
    Some(match id {
        B::Enumerate => (&["iterable", "start"], 1),
        B::Sum => (&["iterable", "start"], 1),
        B::Round => (&["number", "ndigits"], 1),
        B::Pow => (&["base", "exp", "mod"], 2),
        B::StrSplit | B::StrRSplit => (&["sep", "maxsplit"], 0),
        B::StrSplitLines => (&["keepends"], 0),
        B::StrExpandTabs => (&["tabsize"], 0),
        B::StrEncode | B::BytesDecode => (&["encoding", "errors"], 0),
        B::BytesSplit | B::BytesRSplit => (&["sep", "maxsplit"], 0),
        B::BytesSplitLines => (&["keepends"], 0),
        B::BytesExpandTabs => (&["tabsize"], 0),
        B::Open => (
            &["file", "mode", "buffering", "encoding", "errors", "newline"],
            1,
        ),
        _ => return None,
    })
}

impl Interp {
    /// Handles builtins that take keyword arguments; `None` when `id` is not one of them (the
    /// caller goes on with positional dispatch, `args` possibly extended from `kwargs`).
    pub(super) fn call_builtin_kw(
        &mut self,
        id: Builtin,
        recv: Option<Value>,
        args: &mut Vec<Value>,
        kwargs: &mut Vec<(Name, Value)>,
    ) -> Option<PyResult<Value>> {
        use Builtin as B;
        match id {
            B::Min | B::Max => Some(self.builtin_minmax(id, args, kwargs)),
            // Static and class methods: called on the class or an instance alike.
            B::StrMakeTrans if kwargs.is_empty() => Some(self.str_maketrans(args)),
            B::BytesMakeTrans if kwargs.is_empty() => Some(self.bytes_maketrans(args)),
            B::DictFromKeys if kwargs.is_empty() => Some(self.dict_fromkeys(args)),
            B::FloatFromHex if kwargs.is_empty() => Some(self.float_fromhex(args)),
            B::BytesFromHex if kwargs.is_empty() && recv.is_none() => {
                Some(self.bytes_fromhex(args))
            }
            B::IntToBytes => Some(self.int_to_bytes(recv, args, kwargs)),
            B::IntFromBytes => Some(self.int_from_bytes(recv, args, kwargs)),
            B::Zip => Some(self.builtin_zip(args, kwargs)),
            B::DunderImport => {
                // Keywords onto their positions: (name, globals, locals, fromlist, level).
                for (k, v) in std::mem::take(kwargs) {
                    let i = match &*k {
                        "name" => 0,
                        "globals" => 1,
                        "locals" => 2,
                        "fromlist" => 3,
                        "level" => 4,
                        _ => {
                            return Some(Err(self.type_error(format!(
                                "'{k}' is an invalid keyword argument for __import__()"
                            ))))
                        }
                    };
                    while args.len() <= i {
                        args.push(self.none());
                    }
                    args[i] = v;
                }
                Some(self.call_function_builtin(id, args))
            }
            B::Eval | B::Exec => Some(self.builtin_eval_exec(id, args, kwargs)),
            B::Compile => Some(self.builtin_compile(args, kwargs)),
            B::Dir if kwargs.is_empty() => Some(self.builtin_dir(args)),
            B::Locals if kwargs.is_empty() => Some(self.builtin_locals(args)),
            B::StrFormat => {
                let recv = match recv {
                    Some(r) => r,
                    None if !args.is_empty() => args.remove(0),
                    None => {
                        return Some(Err(
                            self.type_error("unbound method str.format() needs an argument")
                        ))
                    }
                };
                let s = match self.expect_str(recv, "format() receiver") {
                    Ok(s) => s,
                    Err(e) => return Some(Err(e)),
                };
                Some(
                    self.str_format(&s, args, kwargs)
                        .and_then(|t| self.str_value(&t)),
                )
            }
            _ if kwargs.is_empty() => None,
            _ => {
                let (names, required) = keyword_params(id)?;
                // All arguments are counted before any is bound, as CPython does.
                let a = id.arity();
                let given = args.len() + kwargs.len();
                let is_method = a.conv == crate::runtime::builtin_id::Conv::Keywords;
                if is_method && given - usize::from(recv.is_none()) > a.max as usize {
                    let given = given - usize::from(recv.is_none());
                    let msg = super::arity::arity_message(a, "", id.name(), given)?;
                    return Some(Err(self.type_error(msg)));
                }
                let mut slots: Vec<Option<Value>> = args.iter().map(|v| Some(*v)).collect();
                for (k, v) in kwargs.drain(..) {
                    let Some(i) = names.iter().position(|n| **n == *k) else {
                        return Some(Err(self.type_error(format!(
                            "'{k}' is an invalid keyword argument for {}()",
                            id.name()
                        ))));
                    };
                    if i < slots.len() && slots[i].is_some() {
                        return Some(Err(self.type_error(format!(
                            "argument for {}() given by name ('{k}') and position ({})",
                            id.name(),
                            i + 1
                        ))));
                    }
                    if slots.len() <= i {
                        slots.resize(i + 1, None);
                    }
                    slots[i] = Some(v);
                }
                let mut filled = Vec::with_capacity(slots.len());
                for (i, s) in slots.into_iter().enumerate() {
                    match s {
                        Some(v) => filled.push(v),
                        // A skipped optional parameter before one given by keyword: its default.
                        None if i >= required => filled.push(self.none()),
                        None => {
                            return Some(Err(self.type_error(format!(
                                "{}() missing required argument '{}' (pos {})",
                                id.name(),
                                names[i],
                                i + 1
                            ))))
                        }
                    }
                }
                *args = filled;
                None
            }
        }
    }

    /// `min(iterable, *, key=None, default=...)` / `min(a, b, *args, key=None)` and `max`.
    fn builtin_minmax(
        &mut self,
        id: Builtin,
        args: &[Value],
        kwargs: &[(Name, Value)],
    ) -> PyResult<Value> {
        let name = id.name();
        let mut key = None;
        let mut default = None;
        for (k, v) in kwargs {
            match &**k {
                "key" => key = (!matches!(self.obj(*v), ObjKind::None)).then_some(*v),
                "default" => default = Some(*v),
                _ => {
                    return Err(self
                        .type_error(format!("'{k}' is an invalid keyword argument for {name}()")))
                }
            }
        }
        let items = match args {
            [] => {
                return Err(self.type_error(format!("{name} expected at least 1 argument, got 0")))
            }
            [one] => self.collect_iter(*one)?,
            many => {
                if default.is_some() {
                    return Err(self.type_error(format!(
                        "Cannot specify a default for {name}() with multiple positional arguments"
                    )));
                }
                many.to_vec()
            }
        };
        let Some(&first) = items.first() else {
            return match default {
                Some(d) => Ok(d),
                None => Err(self.value_error(format!("{name}() arg is an empty sequence"))),
            };
        };
        let mut best = first;
        let mut best_key = match key {
            Some(f) => self.call(f, vec![first], Vec::new())?,
            None => first,
        };
        self.push_temp(best_key);
        for v in items.into_iter().skip(1) {
            let k = match key {
                Some(f) => self.call(f, vec![v], Vec::new())?,
                None => v,
            };
            self.push_temp(k);
            let better = if id == Builtin::Min {
                self.less_than(k, best_key)?
            } else {
                self.greater_than(k, best_key)?
            };
            if better {
                best = v;
                best_key = k;
            }
        }
        Ok(best)
    }

    /// The `start`/`stop` of `list.index`, clamped to `0..=len` as slice bounds.
    pub(super) fn index_bounds(&mut self, len: usize, args: &[Value]) -> PyResult<(usize, usize)> {
        let n = len as i64;
        let mut out = [0, n];
        for (k, v) in args.iter().enumerate().take(2) {
            let Some(i) = self.strict_int(*v) else {
                return Err(
                    self.type_error("slice indices must be integers or have an __index__ method")
                );
            };
            out[k] = if i < 0 { (i + n).max(0) } else { i.min(n) };
        }
        Ok((out[0] as usize, out[1] as usize))
    }

    /// `int.bit_length`, `float.is_integer` and the set comparisons by method.
    pub(super) fn extra_method(
        &mut self,
        id: Builtin,
        recv: Value,
        args: &[Value],
    ) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        match id {
            B::IntBitLength => {
                self.check_arity(name, args, 0, 0)?;
                if let Some(b) = self.big_int(recv) {
                    let bits = b.bits() as i64;
                    return self.int_value(bits);
                }
                let Some(i) = self.strict_int(recv) else {
                    return Err(self.type_error("descriptor 'bit_length' requires an 'int'"));
                };
                self.int_value(64 - i.unsigned_abs().leading_zeros() as i64)
            }
            // The receiver is the builtin value (a subclass instance's unwrapped).
            B::IntConjugate | B::IntAsIntegerRatio | B::IntBitCount => {
                if self.big_int(recv).is_none() && self.strict_int(recv).is_none() {
                    return Err(self.descriptor_error(name, "int", recv));
                }
                // `int.conjugate(True)` is `1`: the results are plain ints.
                let recv = match self.obj(recv) {
                    ObjKind::Bool(b) => self.int_value(i64::from(*b))?,
                    _ => recv,
                };
                match id {
                    B::IntConjugate => Ok(recv),
                    B::IntAsIntegerRatio => {
                        let one = self.int_value(1)?;
                        self.alloc(ObjKind::Tuple(vec![recv, one]))
                    }
                    _ => {
                        let ones = match self.big_int(recv) {
                            Some(b) => b.magnitude().count_ones() as i64,
                            None => self
                                .strict_int(recv)
                                .map_or(0, |i| i.unsigned_abs().count_ones() as i64),
                        };
                        self.int_value(ones)
                    }
                }
            }
            B::FloatConjugate => match self.obj(recv) {
                ObjKind::Float(_) => Ok(recv),
                _ => Err(self.descriptor_error(name, "float", recv)),
            },
            B::FloatHex => {
                self.check_arity(name, args, 0, 0)?;
                let ObjKind::Float(f) = self.obj(recv) else {
                    return Err(self.type_error("descriptor 'hex' requires a 'float'"));
                };
                let text = super::float_hex::float_hex(*f);
                self.str_value(&text)
            }
            B::FloatAsIntegerRatio => {
                self.check_arity(name, args, 0, 0)?;
                let ObjKind::Float(f) = self.obj(recv) else {
                    return Err(self.type_error("descriptor 'as_integer_ratio' requires a 'float'"));
                };
                let f = *f;
                if f.is_nan() {
                    return Err(self.value_error("cannot convert NaN to integer ratio"));
                }
                if f.is_infinite() {
                    return Err(self.err(
                        Exc::OverflowError,
                        "cannot convert Infinity to integer ratio",
                    ));
                }
                // f = mantissa * 2**exp exactly, the mantissa an odd integer (or 0).
                let bits = f.to_bits();
                let raw_exp = ((bits >> 52) & 0x7ff) as i64;
                let frac = bits & ((1u64 << 52) - 1);
                let (mut mant, mut exp) = if raw_exp == 0 {
                    (frac, -1074)
                } else {
                    (frac | (1u64 << 52), raw_exp - 1075)
                };
                if mant == 0 {
                    exp = 0;
                } else {
                    let tz = mant.trailing_zeros() as i64;
                    mant >>= tz;
                    exp += tz;
                }
                let mut num = num_bigint::BigInt::from(mant);
                if f < 0.0 {
                    num = -num;
                }
                let mut den = num_bigint::BigInt::from(1u8);
                if exp >= 0 {
                    num <<= exp as usize;
                } else {
                    den <<= (-exp) as usize;
                }
                let num = self.big_value(num)?;
                let den = self.big_value(den)?;
                self.alloc(ObjKind::Tuple(vec![num, den]))
            }
            B::FloatIsInteger => {
                self.check_arity(name, args, 0, 0)?;
                let ObjKind::Float(f) = self.obj(recv) else {
                    return Err(self.type_error("descriptor 'is_integer' requires a 'float'"));
                };
                let r = f.is_finite() && f.fract() == 0.0;
                Ok(self.bool_value(r))
            }
            B::SetSymmetricDifference => {
                self.check_arity(name, args, 1, 1)?;
                let other = self.alloc(ObjKind::Set(crate::runtime::dict::Dict::new()))?;
                for v in self.collect_iter(args[0])? {
                    self.set_add(other, v)?;
                }
                self.binop(crate::syntax::ast::BinOp::BitXor, recv, other)
            }
            _ => {
                self.check_arity(name, args, 1, 1)?;
                let other = self.collect_iter(args[0])?;
                let mine = self.collect_iter(recv)?;
                let r = match id {
                    B::SetIsSubset => {
                        let o = self.alloc(ObjKind::Set(crate::runtime::dict::Dict::new()))?;
                        for v in other {
                            self.set_add(o, v)?;
                        }
                        let mut all = true;
                        for v in mine {
                            if !self.contains(o, v)? {
                                all = false;
                                break;
                            }
                        }
                        all
                    }
                    B::SetIsSuperset => {
                        let mut all = true;
                        for v in other {
                            if !self.contains(recv, v)? {
                                all = false;
                                break;
                            }
                        }
                        all
                    }
                    _ => {
                        let mut none = true;
                        for v in other {
                            if self.contains(recv, v)? {
                                none = false;
                                break;
                            }
                        }
                        none
                    }
                };
                Ok(self.bool_value(r))
            }
        }
    }

    /// `float.fromhex(string)`.
    fn float_fromhex(&mut self, args: &[Value]) -> PyResult<Value> {
        self.check_static_arity(Builtin::FloatFromHex, "float", args)?;
        let s = self.expect_str(args[0], "fromhex() argument")?;
        match super::float_hex::float_fromhex(&s) {
            Ok(f) => self.float_value(f),
            Err((true, msg)) => Err(self.err(Exc::OverflowError, msg)),
            Err((false, msg)) => Err(self.value_error(msg)),
        }
    }

    /// `dict.fromkeys(iterable, value=None)`.
    fn dict_fromkeys(&mut self, args: &[Value]) -> PyResult<Value> {
        self.check_static_arity(Builtin::DictFromKeys, "dict", args)?;
        let value = args.get(1).copied().unwrap_or(self.none());
        let d = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
        for k in self.collect_iter(args[0])? {
            self.dict_set(d, k, value)?;
        }
        Ok(d)
    }

    /// `zip(*iterables, strict=False)`.
    fn builtin_zip(&mut self, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
        let mut strict = false;
        for (k, v) in kwargs {
            if &**k != "strict" {
                return Err(
                    self.type_error(format!("zip() got an unexpected keyword argument '{k}'"))
                );
            }
            strict = self.truthy(*v)?;
        }
        self.builtin_zip_lazy(args, strict)
    }

    /// A lazy `zip` over `args`.
    pub(super) fn builtin_zip_lazy(&mut self, args: &[Value], strict: bool) -> PyResult<Value> {
        let mut states = Vec::with_capacity(args.len());
        for a in args {
            states.push(self.iter_start(*a)?);
        }
        self.new_adapter(crate::builtins::lazy_iter::Adapter::Zip(states, strict))
    }

    /// The functions added for issue #17; `None` for other ids.
    pub(super) fn call_new_function(
        &mut self,
        id: Builtin,
        args: &[Value],
    ) -> Option<PyResult<Value>> {
        use Builtin as B;
        let r = match id {
            B::Format => self.builtin_format(args),
            B::Pow => self.builtin_pow(args),
            B::Hex | B::Oct | B::Bin => self.builtin_radix(id, args),
            B::Ascii => self.check_arity("ascii", args, 1, 1).and_then(|_| {
                let r = self.repr(args[0])?;
                self.str_value(&crate::builtins::format_spec::ascii_escape(&r))
            }),
            B::Vars => self.builtin_vars(args),
            B::Open => self.builtin_open(args),
            B::Input => self.builtin_input(args),
            B::Exit | B::Quit => self.check_arity(id.name(), args, 0, 1).and_then(|_| {
                let class = self.exc_class(Exc::SystemExit);
                Err(self.err_with(class, args.to_vec()))
            }),
            _ => return None,
        };
        Some(r)
    }

    fn builtin_format(&mut self, args: &[Value]) -> PyResult<Value> {
        self.check_arity("format", args, 1, 2)?;
        let spec = match args.get(1) {
            Some(s) => match self.obj(*s) {
                ObjKind::Str(s) => s.clone(),
                _ => {
                    let t = self.type_name(*s);
                    return Err(
                        self.type_error(format!("format() argument 2 must be str, not {t}"))
                    );
                }
            },
            None => crate::runtime::str_text::StrText::EMPTY,
        };
        let text = self.format_value(args[0], &spec)?;
        self.str_value(&text)
    }

    /// `pow(base, exp[, mod])`.
    fn builtin_pow(&mut self, args: &[Value]) -> PyResult<Value> {
        self.check_arity("pow", args, 2, 3)?;
        let modulus = args
            .get(2)
            .filter(|m| !matches!(self.obj(**m), ObjKind::None));
        let Some(&m) = modulus else {
            return self.binop(crate::syntax::ast::BinOp::Pow, args[0], args[1]);
        };
        if [args[0], args[1], m]
            .iter()
            .any(|v| matches!(self.obj(*v), ObjKind::Complex(..)))
        {
            return Err(self.value_error("complex modulo"));
        }
        let (Some(b), Some(e), Some(m)) = (
            self.strict_int(args[0]),
            self.strict_int(args[1]),
            self.strict_int(m),
        ) else {
            return Err(
                self.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        };
        if m == 0 {
            return Err(self.value_error("pow() 3rd argument cannot be 0"));
        }
        let mm = m.unsigned_abs() as u128;
        let mut base = (b as i128).rem_euclid(mm as i128) as u128;
        if e < 0 {
            // The modular inverse, by the extended Euclidean algorithm.
            let (mut r0, mut r1) = (mm as i128, base as i128);
            let (mut t0, mut t1) = (0i128, 1i128);
            while r1 != 0 {
                let q = r0 / r1;
                (r0, r1) = (r1, r0 - q * r1);
                (t0, t1) = (t1, t0 - q * t1);
            }
            if r0 != 1 {
                return Err(self.value_error("base is not invertible for the given modulus"));
            }
            base = t0.rem_euclid(mm as i128) as u128;
        }
        let mut exp = e.unsigned_abs();
        let mut acc: u128 = 1 % mm;
        while exp > 0 {
            if exp & 1 == 1 {
                acc = acc * base % mm;
            }
            base = base * base % mm;
            exp >>= 1;
        }
        let mut r = acc as i64;
        if m < 0 && r != 0 {
            r += m;
        }
        self.int_value(r)
    }

    /// The value of an `int` or `bool` (not a float).
    pub fn strict_int(&self, v: Value) -> Option<i64> {
        match self.as_num(v) {
            Some(crate::eval::ops::Num::Int(i)) => Some(i),
            _ => None,
        }
    }

    /// `hex(i)`, `oct(i)`, `bin(i)`.
    fn builtin_radix(&mut self, id: Builtin, args: &[Value]) -> PyResult<Value> {
        self.check_arity(id.name(), args, 1, 1)?;
        let mut v = args[0];
        if let Some(f) = self.special_method(v, "__index__") {
            v = self.call(f, vec![v], Vec::new())?;
        }
        let i = match (self.strict_int(v), self.obj(v)) {
            (Some(i), _) => num_bigint::BigInt::from(i),
            (None, ObjKind::BigInt(b)) => b.clone(),
            _ => {
                let t = self.type_name(args[0]);
                return Err(
                    self.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        };
        let sign = if i.sign() == num_bigint::Sign::Minus {
            "-"
        } else {
            ""
        };
        let m = i.magnitude();
        let text = match id {
            Builtin::Hex => format!("{sign}0x{m:x}"),
            Builtin::Oct => format!("{sign}0o{m:o}"),
            _ => format!("{sign}0b{m:b}"),
        };
        self.str_value(&text)
    }

    /// `vars()` (the globals, as `globals()`) or `vars(obj)`: a dict of its attributes.
    /// Whether instances of `class` have a `__dict__` and accept weak references (for which
    /// of those a subclass's namespace introduces).
    fn instances_have(&self, class: Value) -> (bool, bool) {
        use crate::runtime::types::TypeTag;
        if self.roots.side.exceptions.contains(&class)
            || self.class_tag(class) == TypeTag::BaseException
        {
            return (true, false);
        }
        if self.roots.side.types.contains(&class) {
            return (false, false);
        }
        let ObjKind::Class(c) = self.obj(class) else {
            return (false, false);
        };
        if c.attrs.get("__slots__").is_none() {
            return (true, true);
        }
        let bases: Vec<Value> = c
            .base
            .into_iter()
            .chain(c.extra_bases.iter().copied())
            .collect();
        bases.iter().fold((false, false), |(d, w), b| {
            let (bd, bw) = self.instances_have(*b);
            (d || bd, w || bw)
        })
    }

    /// `cls.__dict__` and `vars(cls)` of a Python class: a `mappingproxy` of its namespace, in
    /// CPython's order (`types._class_namespace`).
    pub fn class_namespace(&mut self, class: Value) -> PyResult<Value> {
        use crate::runtime::types::TypeTag;
        let ObjKind::Class(c) = self.obj(class) else {
            return Err(self.type_error("vars() argument must have __dict__ attribute"));
        };
        let pairs: Vec<(Name, Value)> = c
            .attrs
            .iter()
            .filter(|(n, _)| &***n != "__qualname__")
            .map(|(n, v)| (n.clone(), v))
            .collect();
        let own_slots = c.attrs.get("__slots__").map(|s| {
            let names: Vec<Value> = match self.obj(s) {
                ObjKind::Tuple(items) | ObjKind::List(items) => items.clone(),
                _ => vec![s],
            };
            names
                .iter()
                .any(|n| matches!(self.obj(*n), ObjKind::Str(t) if &**t == "__dict__"))
        });
        let bases: Vec<Value> = c
            .base
            .into_iter()
            .chain(c.extra_bases.iter().copied())
            .collect();
        let tag = c.builtin;
        let mut introduced = Vec::new();
        if own_slots != Some(false) {
            let (mut d, mut w) = (false, false);
            for b in &bases {
                let (bd, bw) = self.instances_have(*b);
                d |= bd;
                w |= bw;
            }
            if matches!(tag, TypeTag::Tuple | TypeTag::Int | TypeTag::Bytes) {
                w = true;
            }
            if !d {
                introduced.push(self.str_value("__dict__")?);
            }
            if !w {
                introduced.push(self.str_value("__weakref__")?);
            }
        }
        let d = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
        for (n, v) in pairs {
            let k = self.str_value(&n)?;
            self.dict_set(d, k, v)?;
        }
        let introduced = self.alloc(ObjKind::Tuple(introduced))?;
        let types = self.import_module("types")?;
        self.push_temp(types);
        let f = self.getattr(types, "_class_namespace")?;
        self.call(f, vec![class, d, introduced], Vec::new())
    }

    /// `vars(list)`, `int.__dict__`: a `mappingproxy` of the methods minipy implements for the
    /// builtin type `class` itself (not those it inherits), `__hash__` being `None` for the
    /// unhashable ones. An exception class other than `BaseException` has its `__init__` and
    /// `__new__`, as in CPython; an iterator type, none.
    pub fn builtin_type_namespace(&mut self, class: Value) -> PyResult<Value> {
        use crate::runtime::builtin_id::{own_methods, Builtin as B};
        use crate::runtime::types::TypeTag;
        let tag = self.class_tag(class);
        let methods = if self.roots.side.types.get(tag as usize) == Some(&class) {
            own_methods(tag)
        } else if tag == TypeTag::BaseException {
            vec![B::ExceptionInit, B::ObjectNew]
        } else {
            Vec::new()
        };
        let unhashable = matches!(
            tag,
            TypeTag::List | TypeTag::Dict | TypeTag::Set | TypeTag::ByteArray
        );
        let d = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
        self.push_temp(d);
        for id in methods {
            let k = self.str_value(id.name())?;
            self.push_temp(k);
            let v = if id == B::DHash && unhashable {
                self.none()
            } else {
                self.alloc(ObjKind::Builtin(id, None))?
            };
            self.dict_set(d, k, v)?;
        }
        let types = self.import_module("types")?;
        self.push_temp(types);
        let proxy = self.getattr(types, "MappingProxyType")?;
        self.call(proxy, vec![d], Vec::new())
    }

    fn builtin_vars(&mut self, args: &[Value]) -> PyResult<Value> {
        self.check_arity("vars", args, 0, 1)?;
        let Some(&obj) = args.first() else {
            return self.call_function_builtin(Builtin::Globals, &[]);
        };
        if self.is_class(obj) {
            if self.roots.side.types.contains(&obj) || self.roots.side.exceptions.contains(&obj) {
                return self.builtin_type_namespace(obj);
            }
            return self.class_namespace(obj);
        }
        let pairs: Vec<(Name, Value)> = match self.obj(obj) {
            ObjKind::Instance(i) if i.attrs.layout().has_dict => return self.instance_dict(obj),
            ObjKind::Class(c) => c.attrs.iter().map(|(n, v)| (n.clone(), v)).collect(),
            ObjKind::Module(_) => self
                .module_attrs(obj)
                .map(|a| a.iter().map(|(n, v)| (n.clone(), v)).collect())
                .unwrap_or_default(),
            _ => {
                return Err(self.type_error("vars() argument must have __dict__ attribute"));
            }
        };
        let d = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
        for (n, v) in pairs {
            let k = self.str_value(&n)?;
            self.dict_set(d, k, v)?;
        }
        Ok(d)
    }

    /// `input(prompt='')`: a line of stdin without its newline; `EOFError` at end of input.
    fn builtin_input(&mut self, args: &[Value]) -> PyResult<Value> {
        self.check_arity("input", args, 0, 1)?;
        if let Some(p) = args.first() {
            let prompt = self.str_of(*p)?;
            match self.replaced_stream("stdout") {
                Some(f) if !self.is_none(f) => self.write_to(f, &prompt)?,
                Some(_) => {}
                None => self.out.write_out(&prompt),
            }
        }
        self.out.flush();
        if let Some(stdin) = self.replaced_stream("stdin") {
            // A replaced `sys.stdin` (an `io.StringIO`...): its `readline()`.
            let readline = self.getattr(stdin, "readline")?;
            let line = self.call(readline, Vec::new(), Vec::new())?;
            let text = self.expect_str(line, "readline()")?.to_string();
            if text.is_empty() {
                return Err(self.err(Exc::EOFError, "EOF when reading a line"));
            }
            return self.str_value(text.strip_suffix('\n').unwrap_or(&text));
        }
        let mut line = String::new();
        match std::io::stdin().read_line(&mut line) {
            Ok(0) => Err(self.err(Exc::EOFError, "EOF when reading a line")),
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                    if line.ends_with('\r') {
                        line.pop();
                    }
                }
                self.str_value(&line)
            }
            Err(e) => Err(self.err(Exc::OSError, e.to_string())),
        }
    }
}

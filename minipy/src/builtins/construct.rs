//! Calling a builtin class: `int(x)`, `list(it)`, `dict(...)`, `range(...)`, `super()`,
//! `property(...)`, and the `weakref` classes.

use crate::runtime::dict::Dict;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::{FrameKind, Interp};
use crate::runtime::object::{ObjKind, Payload, Value};
use crate::runtime::types::TypeTag;
use crate::syntax::ast::Name;

impl Interp {
    /// `cls(*args, **kwargs)` for a builtin class `cls` of type `tag`.
    pub fn construct_builtin(
        &mut self,
        tag: TypeTag,
        class: Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let mut args = args;
        if let Some(first) = args.first().copied() {
            if let Some(inner) = self.base_value(first) {
                // `int(Money(5))`: the value, unless the class converts it itself.
                let own = match tag {
                    TypeTag::Int => Some("__int__"),
                    TypeTag::Float => Some("__float__"),
                    TypeTag::Complex => Some("__complex__"),
                    TypeTag::Bytes => Some("__bytes__"),
                    _ => None,
                };
                if own.is_some_and(|d| self.special_method(first, d).is_none()) {
                    args[0] = inner;
                }
            }
        }
        match tag {
            TypeTag::WeakRef
            | TypeTag::WeakMethod
            | TypeTag::KeyedRef
            | TypeTag::Finalize
            | TypeTag::WeakKeyDict
            | TypeTag::WeakValueDict
            | TypeTag::WeakSet => return self.construct_weak(tag, args, kwargs),
            TypeTag::Dict => {
                let d = self.alloc(ObjKind::Dict(Dict::new()))?;
                self.dict_update(d, &args, &kwargs)?;
                return Ok(d);
            }
            TypeTag::Bytes => return self.bytes_new(args, kwargs),
            TypeTag::Property => return self.property_new(args, kwargs),
            TypeTag::ByteArray => return self.bytearray_new(args, kwargs),
            TypeTag::Str if args.len() > 1 || !kwargs.is_empty() => {
                if args.is_empty() {
                    return Err(self.type_error("str() argument 'object' is required"));
                }
                return self.str_from_bytes(args, kwargs);
            }
            TypeTag::Int if !kwargs.is_empty() => {
                let mut args = args;
                for (k, v) in kwargs {
                    if &*k != "base" || args.len() != 1 {
                        return Err(self.type_error(format!(
                            "'{k}' is an invalid keyword argument for int()"
                        )));
                    }
                    args.push(v);
                }
                return self.int_from(&args);
            }
            _ => {}
        }
        if !kwargs.is_empty() {
            let name = self.class_name(class);
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        match tag {
            TypeTag::Object => {
                self.check_arity("object", &args, 0, 0)?;
                let inst = self.new_instance(class, Payload::None, false)?;
                self.alloc(ObjKind::Instance(inst))
            }
            TypeTag::Type if args.len() == 3 => self.new_class(&args),
            TypeTag::Type => {
                if args.len() != 1 {
                    return Err(self.type_error("type() takes 1 or 3 arguments"));
                }
                Ok(self.type_of(args[0]))
            }
            // These three only read their arguments, which are the caller's (rooted there): the
            // vector goes back to the pool, as `str`'s below.
            TypeTag::Bool => {
                self.check_arity("bool", &args, 0, 1)?;
                let b = match args.first() {
                    Some(v) => self.truthy(*v),
                    None => Ok(false),
                };
                self.recycle_args(args);
                Ok(self.bool_value(b?))
            }
            TypeTag::Int => {
                self.check_arity("int", &args, 0, 2)?;
                let made = self.int_from(&args);
                self.recycle_args(args);
                made
            }
            TypeTag::Float => {
                self.check_arity("float", &args, 0, 1)?;
                let made = self.float_from(args.first().copied());
                self.recycle_args(args);
                made
            }
            TypeTag::Complex => {
                self.check_arity("complex", &args, 0, 2)?;
                self.complex_from(&args)
            }
            TypeTag::Str => {
                self.check_arity("str", &args, 0, 1)?;
                let made = match args.first().copied() {
                    Some(v) => match self.obj(v) {
                        // An exact `str` is returned itself, as CPython's `str(s) is s`.
                        ObjKind::Str(_) => Ok(v),
                        ObjKind::Int(i) => {
                            let i = *i;
                            self.str_value(itoa::Buffer::new().format(i))
                        }
                        _ => {
                            let s = self.str_of(v)?;
                            self.str_value(&s)
                        }
                    },
                    None => self.str_value(""),
                };
                // Without this, `str(i)` in a loop costs a malloc and a free per call.
                self.recycle_args(args);
                made
            }
            TypeTag::List => {
                self.check_arity("list", &args, 0, 1)?;
                let items = match args.first() {
                    Some(v) => self.collect_iter(*v)?,
                    None => Vec::new(),
                };
                self.alloc(ObjKind::List(items))
            }
            TypeTag::Tuple => {
                self.check_arity("tuple", &args, 0, 1)?;
                let items = match args.first() {
                    Some(v) => self.collect_iter(*v)?,
                    None => Vec::new(),
                };
                self.alloc(ObjKind::Tuple(items))
            }
            TypeTag::Set | TypeTag::FrozenSet => {
                let name = if tag == TypeTag::Set {
                    "set"
                } else {
                    "frozenset"
                };
                self.check_arity(name, &args, 0, 1)?;
                if tag == TypeTag::FrozenSet {
                    if let Some(v) = args.first() {
                        if matches!(self.obj(*v), ObjKind::FrozenSet(_)) {
                            return Ok(*v);
                        }
                    }
                }
                let s = self.alloc(ObjKind::Set(Dict::new()))?;
                if let Some(v) = args.first() {
                    for item in self.collect_iter(*v)? {
                        self.set_add(s, item)?;
                    }
                }
                if tag == TypeTag::FrozenSet {
                    return self.freeze(s);
                }
                Ok(s)
            }
            TypeTag::Range => {
                self.check_arity("range", &args, 1, 3)?;
                let mut n = Vec::new();
                for a in &args {
                    n.push(self.expect_int(*a, "range() argument")?);
                }
                let (start, stop, step) = match n.as_slice() {
                    [stop] => (0, *stop, 1),
                    [start, stop] => (*start, *stop, 1),
                    [start, stop, step] => (*start, *stop, *step),
                    _ => unreachable!("arity checked"),
                };
                if step == 0 {
                    return Err(self.value_error("range() arg 3 must not be zero"));
                }
                self.alloc(ObjKind::Range(start, stop, step))
            }
            TypeTag::Slice => {
                self.check_arity("slice", &args, 1, 3)?;
                let mut n = Vec::new();
                for a in &args {
                    n.push(match self.obj(*a) {
                        ObjKind::None => None,
                        _ => Some(self.expect_int(*a, "minipy's slice() argument")?),
                    });
                }
                let bounds = match n.as_slice() {
                    [stop] => (None, *stop, None),
                    [start, stop] => (*start, *stop, None),
                    [start, stop, step] => (*start, *stop, *step),
                    _ => unreachable!("arity checked"),
                };
                self.alloc(ObjKind::Slice(bounds))
            }
            TypeTag::Super => self.make_super(&args),
            TypeTag::StaticMethod => {
                self.check_arity("staticmethod", &args, 1, 1)?;
                self.alloc(ObjKind::StaticMethod(args[0]))
            }
            TypeTag::ClassMethod => {
                self.check_arity("classmethod", &args, 1, 1)?;
                self.alloc(ObjKind::ClassMethod(args[0]))
            }
            TypeTag::Property => self.property_new(args, Vec::new()),
            _ => {
                let name = self.class_name(class);
                Err(self.type_error(format!("cannot create '{name}' instances")))
            }
        }
    }

    /// `property(fget=None, fset=None, fdel=None, doc=None)`: `doc` None takes `fget.__doc__`.
    fn property_new(&mut self, args: Vec<Value>, kwargs: Vec<(Name, Value)>) -> PyResult<Value> {
        const NAMES: [&str; 4] = ["fget", "fset", "fdel", "doc"];
        if args.len() > NAMES.len() {
            return Err(self.type_error(format!(
                "property() takes at most 4 arguments ({} given)",
                args.len()
            )));
        }
        let mut slots: [Option<Value>; 4] = [None; 4];
        for (i, v) in args.iter().enumerate() {
            slots[i] = Some(*v);
        }
        for (k, v) in kwargs {
            let Some(at) = NAMES.iter().position(|n| **n == *k) else {
                return Err(self.type_error(format!(
                    "'{k}' is an invalid keyword argument for property()"
                )));
            };
            if slots[at].is_some() {
                return Err(self.type_error(format!(
                    "argument for property() given by name ('{k}') and position ({})",
                    at + 1
                )));
            }
            slots[at] = Some(v);
        }
        let none = self.none();
        let [get, set, del, doc] = slots.map(|v| v.filter(|v| *v != none));
        let doc = match (doc, get) {
            (Some(d), _) => Some(d),
            (None, Some(g)) => self.getattr_opt(g, "__doc__")?.filter(|v| *v != none),
            (None, None) => None,
        };
        self.alloc(ObjKind::Property(get, set, del, doc))
    }

    /// `type(name, bases, namespace)`: a class made as a `class` statement would make it (with
    /// the bases' metaclass), in the module whose code is running (`collections.namedtuple`
    /// uses it).
    fn new_class(&mut self, args: &[Value]) -> PyResult<Value> {
        let parts = self.parts_from_dict(args)?;
        self.make_class(parts, Vec::new())
    }

    pub(super) fn int_from(&mut self, args: &[Value]) -> PyResult<Value> {
        let Some(v) = args.first().copied() else {
            return self.int_value(0);
        };
        if let Some(base) = args.get(1) {
            let base = self.expect_int(*base, "int() base")?;
            let ObjKind::Str(s) = self.obj(v) else {
                return Err(self.type_error("int() can't convert non-string with explicit base"));
            };
            let s = s.clone();
            if base != 0 && !(2..=36).contains(&base) {
                return Err(self.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            return self.int_from_str(&s, base as u32);
        }
        match self.obj(v) {
            ObjKind::Int(_) | ObjKind::BigInt(_) => Ok(v),
            ObjKind::Bool(b) => {
                let b = *b;
                self.int_value(b as i64)
            }
            ObjKind::Float(f) => {
                let f = *f;
                if f.is_nan() {
                    return Err(self.value_error("cannot convert float NaN to integer"));
                }
                self.int_from_float(f.trunc())
            }
            ObjKind::Str(s) => {
                let s = s.clone();
                self.int_from_str(&s, 10)
            }
            _ => {
                if let Some(f) = self.special_method(v, "__int__") {
                    return self.call(f, vec![v], Vec::new());
                }
                let t = self.type_name(v);
                Err(self.type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{t}'"
                )))
            }
        }
    }

    /// `int(text, base)`, as CPython's `PyLong_FromString`.
    fn int_from_str(&mut self, text: &str, base: u32) -> PyResult<Value> {
        let ascii = ascii_digits(text);
        let s = ascii.as_deref().unwrap_or(text);
        match parse_int(s, base) {
            Ok(i) => self.int_value(i),
            Err(true) => {
                let digits: String = s.trim().chars().filter(|c| *c != '_').collect();
                let (sign, rest) = match digits.strip_prefix('-') {
                    Some(r) => ("-", r),
                    None => ("", digits.strip_prefix('+').unwrap_or(&digits)),
                };
                let lower = rest.to_ascii_lowercase();
                let (base, rest) = match (base, lower.get(..2)) {
                    (0 | 16, Some("0x")) => (16, &rest[2..]),
                    (0 | 8, Some("0o")) => (8, &rest[2..]),
                    (0 | 2, Some("0b")) => (2, &rest[2..]),
                    (0, _) => (10, rest),
                    _ => (base, rest),
                };
                match self.big_from_digits(&format!("{sign}{rest}"), base) {
                    Some(r) => r,
                    None => Err(self.value_error(format!(
                        "invalid literal for int() with base {base}: {}",
                        crate::builtins::repr::quote_str(text)
                    ))),
                }
            }
            Err(false) => Err(self.value_error(format!(
                "invalid literal for int() with base {base}: {}",
                crate::builtins::repr::quote_str(text)
            ))),
        }
    }

    /// `complex()`, `complex(x)` (a number or a string such as `"1+2j"`) and `complex(re, im)`
    /// (either may itself be complex: the result is `re + im*1j`).
    fn complex_from(&mut self, args: &[Value]) -> PyResult<Value> {
        use crate::runtime::complex::{parse_complex, Complex};
        let Some(&first) = args.first() else {
            return self.complex_value(Complex::new(0.0, 0.0));
        };
        if let ObjKind::Str(s) = self.obj(first) {
            if args.len() > 1 {
                return Err(self.type_error("complex() can't take second arg if first is a string"));
            }
            let s = s.clone();
            return match parse_complex(&s) {
                Some(z) => self.complex_value(z),
                None => Err(self.value_error("complex() arg is a malformed string")),
            };
        }
        if args.len() == 1 && matches!(self.obj(first), ObjKind::Complex(..)) {
            return Ok(first);
        }
        let Some((a, first_complex)) = self.complex_operand(first)? else {
            let t = self.type_name(first);
            return Err(self.type_error(format!(
                "complex() first argument must be a string or a number, not '{t}'"
            )));
        };
        let (b, second_complex) = match args.get(1) {
            None => (Complex::new(0.0, 0.0), false),
            // CPython takes a complex or anything with `__float__` here, never `__complex__`.
            Some(&second) => match self.complex_operand(second)? {
                Some(b)
                    if !matches!(self.obj(second), ObjKind::Str(_))
                        && (self.special_method(second, "__float__").is_some()
                            || self.special_method(second, "__complex__").is_none()) =>
                {
                    b
                }
                _ => {
                    let t = self.type_name(second);
                    return Err(self.type_error(format!(
                        "complex() second argument must be a number, not '{t}'"
                    )));
                }
            },
        };
        // As CPython's `complex_new`: a part is combined only with a complex argument's other
        // part, so `complex(-2.0, -0.0)` keeps its negative zero.
        let re = if second_complex { a.re - b.im } else { a.re };
        let im = match (first_complex, args.len() > 1) {
            (true, true) => b.re + a.im,
            (true, false) => a.im,
            (false, _) => b.re,
        };
        self.complex_value(Complex::new(re, im))
    }

    /// A number for `complex()`: a builtin number, or what an instance's `__complex__` (else
    /// `__float__`) returns; and whether it counts as complex (a `complex`, or through
    /// `__complex__`) rather than real.
    fn complex_operand(
        &mut self,
        v: Value,
    ) -> PyResult<Option<(crate::runtime::complex::Complex, bool)>> {
        if let Some(z) = self.as_complex(v)? {
            return Ok(Some((z, matches!(self.obj(v), ObjKind::Complex(..)))));
        }
        for hook in ["__complex__", "__float__"] {
            if let Some(f) = self.special_method(v, hook) {
                let r = self.call(f, vec![v], Vec::new())?;
                let z = self.as_complex(r)?;
                return Ok(z.map(|z| (z, hook == "__complex__")));
            }
        }
        Ok(None)
    }

    /// `float(x)`.
    fn float_from(&mut self, v: Option<Value>) -> PyResult<Value> {
        let Some(v) = v else {
            return self.float_value(0.0);
        };
        let f = match self.obj(v) {
            ObjKind::Float(_) => return Ok(v),
            ObjKind::Int(i) => *i as f64,
            ObjKind::BigInt(_) => self.big_to_f64(v)?,
            ObjKind::Bool(b) => *b as i64 as f64,
            ObjKind::Str(s) => {
                let ascii = ascii_digits(s);
                let t = ascii.as_deref().unwrap_or(s).trim().to_ascii_lowercase();
                let parsed = match t.as_str() {
                    "inf" | "+inf" | "infinity" => Some(f64::INFINITY),
                    "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
                    "nan" | "+nan" | "-nan" => Some(f64::NAN),
                    _ => float_digits(&t).and_then(|d| d.parse::<f64>().ok()),
                };
                match parsed {
                    Some(f) => f,
                    None => {
                        let msg = format!(
                            "could not convert string to float: {}",
                            crate::builtins::repr::quote_str(s)
                        );
                        return Err(self.value_error(msg));
                    }
                }
            }
            _ => {
                // `__float__`, then `__index__`, as CPython's `PyNumber_Float`.
                if let Some(f) = self.special_method(v, "__float__") {
                    let r = self.call(f, vec![v], Vec::new())?;
                    if !matches!(self.obj(r), ObjKind::Float(_)) {
                        let t = self.type_name(v);
                        let rt = self.type_name(r);
                        return Err(self
                            .type_error(format!("{t}.__float__ returned non-float (type {rt})")));
                    }
                    return Ok(r);
                }
                if let Some(f) = self.special_method(v, "__index__") {
                    let r = self.call(f, vec![v], Vec::new())?;
                    return self.float_from(Some(r));
                }
                let t = self.type_name(v);
                return Err(self.type_error(format!(
                    "float() argument must be a string or a real number, not '{t}'"
                )));
            }
        };
        self.float_value(f)
    }

    /// `super()` (zero arguments: the running method's class and first argument) or
    /// `super(cls, obj)`.
    fn make_super(&mut self, args: &[Value]) -> PyResult<Value> {
        let (class, target) = match args {
            [class, target] => (*class, *target),
            [] => {
                let FrameKind::Function { func } = self.frame().kind else {
                    return Err(self.err(Exc::RuntimeError, "super(): no arguments"));
                };
                let ObjKind::Function(f) = self.obj(func) else {
                    return Err(self.err(Exc::RuntimeError, "super(): no arguments"));
                };
                let owner = f.owner;
                // The first argument is slot 0 (parameters come first), in its cell if captured.
                let target = if f.code.params().positional.is_empty() {
                    None
                } else {
                    self.local_value(f.code.layout(), 0)
                };
                match (owner, target) {
                    (Some(c), Some(t)) => (c, t),
                    (None, _) => {
                        return Err(self.err(Exc::RuntimeError, "super(): __class__ cell not found"))
                    }
                    (_, None) => return Err(self.err(Exc::RuntimeError, "super(): no arguments")),
                }
            }
            _ => return Err(self.type_error("super() takes 0 or 2 arguments in minipy")),
        };
        self.alloc(ObjKind::Super(class, target))
    }
}

/// The text of a float literal with its underscores (allowed only between digits) removed;
/// `None` if one is misplaced. Rust's parser takes "infinity" and "nan" forms Python's handles
/// before this.
fn float_digits(t: &str) -> Option<String> {
    if !t.contains('_') {
        return Some(t.to_string());
    }
    let b = t.as_bytes();
    for (i, c) in b.iter().enumerate() {
        if *c == b'_' {
            let before = i > 0 && b[i - 1].is_ascii_digit();
            let after = i + 1 < b.len() && b[i + 1].is_ascii_digit();
            if !(before && after) {
                return None;
            }
        }
    }
    Some(t.replace('_', ""))
}

/// The digit zero of each run of ten decimal digits (general category Nd) in Unicode 14.0, the
/// version of CPython 3.11's database; every such run holds the digits 0 to 9 in order.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of decimal digit `c` of any script (`'٣'`, `'３'`), as `unicodedata.decimal`.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = u32::from(c);
    let at = DECIMAL_ZEROS.partition_point(|z| *z <= c);
    let zero = *DECIMAL_ZEROS.get(at.checked_sub(1)?)?;
    (c - zero < 10).then_some(c - zero)
}

/// Text that `int()` and `float()` parse for `s` when it is not ASCII: decimal digits of any
/// script as ASCII digits and Unicode spaces as `' '`, as CPython converts it first; `None` for
/// ASCII text, which needs nothing.
pub fn ascii_digits(s: &str) -> Option<String> {
    if s.is_ascii() {
        return None;
    }
    Some(
        s.chars()
            .map(|c| match decimal_value(c) {
                Some(d) => char::from(b'0' + d as u8),
                None if c.is_whitespace() => ' ',
                None => c,
            })
            .collect(),
    )
}

/// Parses an int literal as `int(s, base)` does (`base` 0 or 2-36): surrounding whitespace, a
/// sign, a `0x`/`0o`/`0b` prefix (required to pick the base when `base` is 0), single underscores
/// between digits. `Err(true)` if it overflows 64 bits, `Err(false)` if it is not a literal.
pub fn parse_int(s: &str, base: u32) -> Result<i64, bool> {
    let t = s.trim();
    let (negative, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let prefixed = |p: &str| lower.starts_with(p);
    let (base, digits, had_prefix) = match base {
        0 if prefixed("0x") => (16, &t[2..], true),
        0 if prefixed("0o") => (8, &t[2..], true),
        0 if prefixed("0b") => (2, &t[2..], true),
        0 => {
            // A decimal literal may not have leading zeros unless it is all zeros.
            let d = t.trim_start_matches(['0', '_']);
            if t.starts_with('0') && !d.is_empty() {
                return Err(false);
            }
            (10, t, false)
        }
        16 if prefixed("0x") => (16, &t[2..], true),
        8 if prefixed("0o") => (8, &t[2..], true),
        2 if prefixed("0b") => (2, &t[2..], true),
        b => (b, t, false),
    };
    let digits = match digits.strip_prefix('_') {
        Some(rest) if had_prefix => rest,
        _ => digits,
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(false);
    }
    let mut value: i128 = 0;
    for c in digits.chars().filter(|c| *c != '_') {
        let d = c.to_digit(36).filter(|d| *d < base).ok_or(false)?;
        value = value * base as i128 + d as i128;
        if value > i64::MAX as i128 + 1 {
            return Err(true);
        }
    }
    let value = if negative { -value } else { value };
    i64::try_from(value).map_err(|_| true)
}

#[cfg(test)]
mod tests {
    use crate::{run_captured, Options};

    fn run(src: &str) -> String {
        run_captured(src, &Options::default()).1
    }

    #[test]
    fn builtin_types_convert_like_python() {
        let src = "print(int('12'), int(-3.7), int('ff', 16), float('2.5'), float(3), str(1.0), bool(0), list('ab'), tuple([1]), dict(a=1), set([1, 1]))\n";
        assert_eq!(
            run(src),
            "12 -3 255 2.5 3.0 1.0 False ['a', 'b'] (1,) {'a': 1} {1}\n"
        );
    }

    #[test]
    fn bad_conversions_raise_value_error() {
        let src = "for f in [lambda: int('x'), lambda: float('y')]:\n    try:\n        f()\n    except ValueError as e:\n        print(e)\n";
        assert_eq!(
            run(src),
            "invalid literal for int() with base 10: 'x'\ncould not convert string to float: 'y'\n"
        );
    }

    #[test]
    fn properties_with_setters_and_static_and_class_methods() {
        let src = "class T:\n    def __init__(self):\n        self._v = 1\n    @property\n    def v(self):\n        return self._v\n    @v.setter\n    def v(self, x):\n        self._v = x * 2\n    @staticmethod\n    def s():\n        return 's'\n    @classmethod\n    def c(cls):\n        return cls.__name__\nt = T()\nt.v = 5\nprint(t.v, T.s(), t.s(), T.c(), t.c())\n";
        assert_eq!(run(src), "10 s s T T\n");
    }

    #[test]
    fn range_validates_its_step() {
        let src = "try:\n    range(1, 2, 0)\nexcept ValueError as e:\n    print(e)\nprint(list(range(5, 0, -2)), len(range(0, 10, 3)), range(3)[-1])\n";
        assert_eq!(run(src), "range() arg 3 must not be zero\n[5, 3, 1] 4 2\n");
    }
}

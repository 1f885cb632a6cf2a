//! `repr()` and `str()` as CPython prints them: quoting of strings, float digits, container
//! reprs (with `[...]` for a container inside itself), and the `<... at 0x...>` forms of
//! functions, methods, classes, instances and weak references.

use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Payload, Value, ViewKind};
pub use crate::syntax::quote::quote_str;

/// Python's `repr` of a float: the shortest digits that round-trip, positional between 1e-4 and
/// 1e16, scientific outside.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.to_string();
    }
    // The shortest round-tripping digit count, then those digits correctly rounded: of two
    // shortest candidates equally near (1482017119277569.25), CPython prints the even one,
    // which Rust's shortest formatting does not always pick.
    let shortest = format!("{f:e}");
    let count = shortest
        .split_once('e')
        .map_or(1, |(m, _)| m.chars().filter(char::is_ascii_digit).count());
    let nearest = format!("{f:.*e}", count.saturating_sub(1));
    // Next to a power of two the gap below is half the gap above, so the nearest digits of that
    // count may read back as the float below (2**-44: 5.684341886080801e-14); then the shortest
    // candidate that reads back is the one (5.684341886080802e-14).
    let sci = if nearest.parse::<f64>() == Ok(f) {
        nearest
    } else {
        shortest
    };
    let (mantissa, exp) = sci.split_once('e').expect("{:e} always has an exponent");
    let exp: i32 = exp.parse().expect("{:e} exponent is an integer");
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sign = if negative { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let point = exp + 1;
        let body = if point <= 0 {
            format!("0.{}{digits}", "0".repeat((-point) as usize))
        } else if point as usize >= digits.len() {
            format!("{digits}{}.0", "0".repeat(point as usize - digits.len()))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        };
        format!("{sign}{body}")
    } else {
        let mant = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        format!(
            "{sign}{mant}e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        )
    }
}

/// C's `%.{precision}e`: a two-digit (at least) signed exponent.
pub fn format_exp(f: f64, precision: usize) -> String {
    let s = format!("{f:.precision$e}");
    match s.split_once('e') {
        Some((m, e)) => {
            let e: i32 = e.parse().unwrap_or(0);
            format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
        }
        None => s,
    }
}

impl Interp {
    /// `repr(v)`.
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        self.enter_for(" while getting the repr of an object")?;
        let r = self.repr_inner(v);
        self.leave();
        r
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: Value) -> PyResult<String> {
        if let ObjKind::Proxy(_) = self.obj(v) {
            let v = self.proxy_target(v)?;
            return self.str_of(v);
        }
        match self.obj(v) {
            ObjKind::Str(s) => Ok(s.to_string()),
            ObjKind::Class(_) => match self.special_method(v, "__str__") {
                Some(f) => {
                    let r = self.call(f, vec![v], Vec::new())?;
                    self.expect_string_result(r, "__str__")
                }
                None => self.repr(v),
            },
            ObjKind::Instance(_) => {
                if let Some(f) = self.special_method(v, "__str__") {
                    let r = self.call(f, vec![v], Vec::new())?;
                    return self.expect_string_result(r, "__str__");
                }
                if let Some(inner) = self.base_value(v) {
                    // `str.__str__` gives the text itself; the other immutable builtins have no
                    // `__str__` of their own, so `object.__str__` calls the (maybe user) repr.
                    if matches!(self.obj(inner), ObjKind::Str(_))
                        || self.special_method(v, "__repr__").is_none()
                    {
                        return self.str_of(inner);
                    }
                }
                if self.tag_of_value(v) == crate::runtime::types::TypeTag::BaseException
                    && self.special_method(v, "__repr__").is_none()
                {
                    return self.exception_str(v);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    fn expect_string_result(&mut self, r: Value, method: &str) -> PyResult<String> {
        match self.obj(r) {
            ObjKind::Str(s) => Ok(s.to_string()),
            _ => {
                let t = self.type_name(r);
                Err(self.type_error(format!("{method} returned non-string (type {t})")))
            }
        }
    }

    fn addr(&self, v: Value) -> String {
        format!("0x{:012x}", self.id_of(v))
    }

    fn repr_inner(&mut self, v: Value) -> PyResult<String> {
        let text = match self.obj(v) {
            ObjKind::None => "None".to_string(),
            ObjKind::NotImplemented => "NotImplemented".to_string(),
            ObjKind::Ellipsis => "Ellipsis".to_string(),
            ObjKind::Bytes(b) => crate::builtins::bytes::bytes_repr(b),
            ObjKind::ByteArray(b) => {
                format!("bytearray({})", crate::builtins::bytes::bytes_repr(b))
            }
            ObjKind::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            ObjKind::Int(i) => itoa::Buffer::new().format(*i).to_string(),
            ObjKind::BigInt(b) => b.to_string(),
            ObjKind::Float(f) => float_repr(*f),
            ObjKind::Complex(re, im) => crate::runtime::complex::complex_repr(
                crate::runtime::complex::Complex::new(*re, *im),
                float_repr,
            ),
            ObjKind::Str(s) => quote_str(s),
            ObjKind::List(items) => {
                let items = items.clone();
                return self.seq_repr(v, &items, "[", "]");
            }
            ObjKind::Tuple(items) => {
                let items = items.clone();
                if items.len() == 1 {
                    let inner = self.repr(items[0])?;
                    return Ok(format!("({inner},)"));
                }
                return self.seq_repr(v, &items, "(", ")");
            }
            ObjKind::Dict(_) => return self.dict_repr(v),
            ObjKind::Set(d) => {
                if d.is_empty() {
                    return Ok("set()".to_string());
                }
                let items = self.set_members(v);
                return self.seq_repr(v, &items, "{", "}");
            }
            ObjKind::FrozenSet(d) => {
                if d.is_empty() {
                    return Ok("frozenset()".to_string());
                }
                let items = self.set_members(v);
                return self.seq_repr(v, &items, "frozenset({", "})");
            }
            ObjKind::Range(start, stop, step) => {
                if *step == 1 {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            ObjKind::Slice((a, b, c)) => {
                let show = |x: &Option<i64>| x.map_or("None".to_string(), |i| i.to_string());
                format!("slice({}, {}, {})", show(a), show(b), show(c))
            }
            ObjKind::DictView(d, kind) => {
                let (d, kind) = (*d, *kind);
                let name = match kind {
                    ViewKind::Keys => "dict_keys",
                    ViewKind::Values => "dict_values",
                    ViewKind::Items => "dict_items",
                };
                let items = self.collect_iter(v)?;
                let inner = self.seq_repr(d, &items, "[", "]")?;
                return Ok(format!("{name}({inner})"));
            }
            ObjKind::Function(f) => format!("<function {} at {}>", f.qualname, self.addr(v)),
            ObjKind::Builtin(id, recv) if id.python_class().is_some() => {
                let (id, recv) = (*id, *recv);
                let q = crate::runtime::builtin_id::python_method_qualname(id).unwrap_or_default();
                match recv {
                    None => format!("<function {q} at {}>", self.addr(v)),
                    Some(recv) => format!("<bound method {q} of {}>", self.repr(recv)?),
                }
            }
            ObjKind::Builtin(id, None) => match self.unbound_owner(v) {
                Some(tag) if !matches!(id.name(), "__new__" | "maketrans") => {
                    let class = self.type_class(tag);
                    let owner = self.class_name(class);
                    let what = if crate::eval::attr::is_slot_wrapper(tag, id.name()) {
                        "slot wrapper"
                    } else {
                        "method"
                    };
                    format!("<{what} '{}' of '{owner}' objects>", id.name())
                }
                _ => format!("<built-in function {}>", id.name()),
            },
            ObjKind::Builtin(id, Some(recv)) => {
                let (id, recv) = (*id, *recv);
                let t = self.type_name(recv);
                format!(
                    "<built-in method {} of {t} object at {}>",
                    id.name(),
                    self.addr(recv)
                )
            }
            ObjKind::Method(f, recv) => {
                let (f, recv) = (*f, *recv);
                let name = match self.obj(f) {
                    ObjKind::Function(func) => func.qualname.to_string(),
                    _ => "?".to_string(),
                };
                let inner = self.repr(recv)?;
                format!("<bound method {name} of {inner}>")
            }
            ObjKind::Class(c)
                if c.metaclass.is_some() && self.special_method(v, "__repr__").is_some() =>
            {
                let f = self.special_method(v, "__repr__").expect("checked");
                let r = self.call(f, vec![v], Vec::new())?;
                return self.expect_string_result(r, "__repr__");
            }
            ObjKind::Class(c) => {
                if &*c.module == "builtins" {
                    format!("<class '{}'>", c.name)
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname)
                }
            }
            ObjKind::Instance(_) => {
                if let Some(f) = self.special_method(v, "__repr__") {
                    let r = self.call(f, vec![v], Vec::new())?;
                    return self.expect_string_result(r, "__repr__");
                }
                return self.builtin_repr(v);
            }
            ObjKind::Module(m) => format!("<module '{}' (built-in)>", m.name),
            ObjKind::Env(_) => "<namespace>".to_string(),
            ObjKind::Traceback { .. } => format!("<traceback object at {}>", self.addr(v)),
            ObjKind::Frame(f) => format!("<frame at {}, code {}>", self.addr(v), f.name),
            ObjKind::Cell(None) => format!("<cell at {}: empty>", self.addr(v)),
            ObjKind::Cell(Some(c)) => {
                let c = *c;
                let t = self.type_name(c);
                format!("<cell at {}: {t} object at {}>", self.addr(v), self.addr(c))
            }
            ObjKind::Iter(crate::runtime::iter_state::IterState::WeakGen(g)) => {
                format!("<generator object {} at {}>", g.qualname, self.addr(v))
            }
            ObjKind::Generator(g) => {
                format!("<generator object {} at {}>", g.qualname, self.addr(v))
            }
            ObjKind::Iter(_) => format!("<{} object at {}>", self.type_name(v), self.addr(v)),
            ObjKind::Super(c, _) => {
                let c = *c;
                format!("<super: <class '{}'>, <object>>", self.class_name(c))
            }
            ObjKind::StaticMethod(_) => format!("<staticmethod object at {}>", self.addr(v)),
            ObjKind::ClassMethod(_) => format!("<classmethod object at {}>", self.addr(v)),
            ObjKind::Property(..) => format!("<property object at {}>", self.addr(v)),
            ObjKind::WeakRef(w) => {
                let target = w.weak.target();
                return Ok(self.weak_repr("weakref", v, self.heap.upgrade_any(target)));
            }
            ObjKind::Proxy(p) => {
                let target = p.weak.target();
                let target = self.heap.upgrade_any(target).and_then(|t| self.as_value(t));
                // CPython formats a dead proxy's referent as None: `to 'NoneType' at 0x...`.
                let t = target.unwrap_or(self.none());
                format!(
                    "<weakproxy at {}; to '{}' at {}>",
                    self.addr(v),
                    self.type_name(t),
                    self.addr(t)
                )
            }
            ObjKind::Finalize(f) => {
                let alive = f.data().is_some();
                let target = self
                    .heap
                    .upgrade_any(f.target().weak())
                    .and_then(|t| self.as_value(t));
                match target {
                    Some(t) if alive => format!(
                        "<finalize object at {}; for '{}' at {}>",
                        self.addr(v),
                        self.type_name(t),
                        self.addr(t)
                    ),
                    _ => format!("<finalize object at {}; dead>", self.addr(v)),
                }
            }
            ObjKind::WeakKeyDict(_) => format!("<WeakKeyDictionary at {}>", self.addr(v)),
            ObjKind::WeakValueDict(_) => format!("<WeakValueDictionary at {}>", self.addr(v)),
            ObjKind::WeakSet(_) => self.weak_set_repr(v)?,
            ObjKind::File(_) => self.file_repr(v),
            ObjKind::Code(c) => {
                // A frame's code does not know its first line: its repr says so.
                let (name, line) = match (&c.function, &c.frame_name) {
                    (Some((code, _)), _) => (code.name(), code.line().to_string()),
                    (None, Some(name)) => (name.clone(), "?".to_string()),
                    (None, None) => (std::rc::Rc::from("<module>"), "1".to_string()),
                };
                format!(
                    "<code object {name} at {}, file \"{}\", line {line}>",
                    self.addr(v),
                    c.filename
                )
            }
        };
        Ok(text)
    }

    /// `<weakref at 0x..; to 'Person' at 0x..>`, or `<weakref at 0x..; dead>`. CPython 3.11 adds
    /// ` (name)` when the referent's *type* provides a `__name__` (looked up as a special method):
    /// functions, builtins and classes do, and instances whose class sets a string `__name__`;
    /// modules, bound methods and instance attributes do not.
    fn weak_repr(&mut self, kind: &str, v: Value, target: Option<weakgc::GcAny>) -> String {
        let Some(t) = target.and_then(|t| self.as_value(t)) else {
            return format!("<{kind} at {}; dead>", self.addr(v));
        };
        let name = match self.obj(t) {
            ObjKind::Function(f) => Some(f.name.to_string()),
            ObjKind::Class(c) => Some(c.name.to_string()),
            ObjKind::Builtin(id, _) => Some(id.name().to_string()),
            ObjKind::Instance(i) => {
                match self.class_lookup(i.class, "__name__").map(|n| self.obj(n)) {
                    Some(ObjKind::Str(s)) => Some(s.to_string()),
                    _ => None,
                }
            }
            _ => None,
        };
        let suffix = name.map(|n| format!(" ({n})")).unwrap_or_default();
        format!(
            "<{kind} at {}; to '{}' at {}{suffix}>",
            self.addr(v),
            self.type_name(t),
            self.addr(t)
        )
    }

    fn seq_repr(&mut self, v: Value, items: &[Value], open: &str, close: &str) -> PyResult<String> {
        if self.side.repr_active.contains(&v) {
            return Ok(format!("{open}...{close}"));
        }
        self.roots.temps.extend(items.iter().copied());
        self.side.repr_active.push(v);
        let mut parts = Vec::with_capacity(items.len());
        let mut result = Ok(());
        for item in items {
            match self.repr(*item) {
                Ok(s) => parts.push(s),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.side.repr_active.retain(|x| *x != v);
        result?;
        Ok(format!("{open}{}{close}", parts.join(", ")))
    }

    fn dict_repr(&mut self, v: Value) -> PyResult<String> {
        if self.side.repr_active.contains(&v) {
            return Ok("{...}".to_string());
        }
        let pairs: Vec<(Value, Value)> = self
            .dict_ref(v)
            .map(|d| d.iter().map(|e| (e.key, e.value)).collect())
            .unwrap_or_default();
        self.roots
            .temps
            .extend(pairs.iter().flat_map(|(k, v)| [*k, *v]));
        self.side.repr_active.push(v);
        let mut parts = Vec::with_capacity(pairs.len());
        let mut result = Ok(());
        for (k, val) in pairs {
            let kv = self
                .repr(k)
                .and_then(|k| Ok(format!("{k}: {}", self.repr(val)?)));
            match kv {
                Ok(s) => parts.push(s),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.side.repr_active.retain(|x| *x != v);
        result?;
        Ok(format!("{{{}}}", parts.join(", ")))
    }

    /// The repr `v`'s builtin type gives it, whatever `v`'s class overrides: its builtin value's
    /// (an `int` or `list` subclass), an exception's `Name(args)`, or `object`'s.
    pub(crate) fn builtin_repr(&mut self, v: Value) -> PyResult<String> {
        let payload = match self.obj(v) {
            ObjKind::Instance(inst) => inst.payload(),
            _ => return self.repr(v),
        };
        match payload {
            Payload::Value(inner) => {
                let inner = *inner;
                return self.repr(inner);
            }
            Payload::List(items) => {
                let items = items.clone();
                return self.seq_repr(v, &items, "[", "]");
            }
            Payload::Dict(_) => return self.dict_repr(v),
            Payload::None => {}
        }
        let class = self.type_of(v);
        if self.tag_of_value(v) == crate::runtime::types::TypeTag::BaseException {
            let name = self.class_name(class);
            let args = self.exception_args(v);
            let inner = if args.len() == 1 {
                self.repr(args[0])?
            } else {
                let t = self.alloc(ObjKind::Tuple(args))?;
                let r = self.repr(t)?;
                // The tuple's repr without its own parentheses (only those: an item may end in one).
                let r = r.strip_prefix('(').unwrap_or(&r);
                r.strip_suffix(')').unwrap_or(r).to_string()
            };
            return Ok(format!("{name}({inner})"));
        }
        Ok(self.object_repr(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_python() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(123456.789), "123456.789");
        assert_eq!(float_repr(-2.5), "-2.5");
        assert_eq!(float_repr(1e22), "1e+22");
        assert_eq!(float_repr(f64::INFINITY), "inf");
    }

    #[test]
    fn strings_quote_like_python() {
        assert_eq!(quote_str("abc"), "'abc'");
        assert_eq!(quote_str("it's"), "\"it's\"");
        assert_eq!(quote_str("a\nb\\"), "'a\\nb\\\\'");
        assert_eq!(quote_str("'\""), "'\\'\"'");
    }

    #[test]
    fn containers_and_objects_repr_like_cpython() {
        let src = "class P:\n    pass\nl = [1, 'a', None, (2,), {'k': [3]}]\nl.append(l)\nprint(l, repr('x'), set(), (), P, int)\ndef f():\n    pass\nprint(f, len, [].append, P().__init__)\n";
        let out = crate::run_captured(src, &crate::Options::default()).1;
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "[1, 'a', None, (2,), {'k': [3]}, [...]] 'x' set() () <class '__main__.P'> <class 'int'>");
        assert!(lines[1].starts_with("<function f at 0x"), "{}", lines[1]);
        assert!(lines[1]
            .contains("<built-in function len> <built-in method append of list object at 0x"));
        assert!(
            lines[1].contains("<bound method object.__init__")
                || lines[1].contains("<built-in method __init__ of P object"),
            "{}",
            lines[1]
        );
    }
}

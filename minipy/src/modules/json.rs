//! The Rust half of `json` (`modules/py/json.py`): `_json_scan`, a one-pass scanner from a JSON
//! text to Python values (linear in the text; errors as CPython's decoder words and places them),
//! and `_json_encode_str`, a string's JSON literal as CPython's encoder escapes it.

use crate::builtins::Builtin;
use crate::runtime::dict::Dict;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};

use super::stdlib::Kwargs;

/// A decoding error: CPython's message and the byte offset it names.
struct ScanError {
    msg: &'static str,
    at: usize,
}

/// What a scan step gives: a value, a decoding error, or a Python exception (out of memory,
/// recursion, a construct minipy cannot represent).
enum Fail {
    Json(ScanError),
    Py(crate::runtime::exceptions::PyErr),
    /// Valid JSON minipy cannot represent: the `NotImplementedError` message.
    Unsupported(&'static str),
}

impl From<crate::runtime::exceptions::PyErr> for Fail {
    fn from(e: crate::runtime::exceptions::PyErr) -> Self {
        Fail::Py(e)
    }
}

type Scan<T> = Result<T, Fail>;

fn jerr<T>(msg: &'static str, at: usize) -> Scan<T> {
    Err(Fail::Json(ScanError { msg, at }))
}

/// The encoder's settings, for [`Interp::json_fast`].
struct FastOpts {
    ascii: bool,
    allow_nan: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
}

impl FastOpts {
    /// What goes before an item at `level` (and before the closing bracket at `level`): a
    /// newline and the indent, when indenting.
    fn newline(&self, level: usize) -> String {
        match &self.indent {
            Some(ind) => format!("\n{}", ind.repeat(level)),
            None => String::new(),
        }
    }
}

struct Scanner<'a> {
    s: &'a str,
    b: &'a [u8],
    /// Objects become tuples of `(key, value)` pairs (for `object_pairs_hook`).
    pairs: bool,
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

impl Interp {
    /// Calls `_json_scan` or `_json_encode_str`.
    pub(super) fn json_call(
        &mut self,
        id: Builtin,
        args: &[Value],
        _kw: &mut Kwargs,
    ) -> PyResult<Value> {
        let name = id.name();
        match id {
            Builtin::JsonScan => {
                // _json_scan(text, pairs) -> (value, None) or (None, (msg, pos, lineno, colno))
                self.check_arity(name, args, 2, 2)?;
                let text = match self.obj(args[0]) {
                    ObjKind::Str(s) => s.clone(),
                    _ => {
                        let t = self.type_name(args[0]);
                        return Err(self.type_error(format!(
                            "the JSON object must be str, bytes or bytearray, not {t}"
                        )));
                    }
                };
                let pairs = self.truthy(args[1])?;
                let sc = Scanner {
                    s: &text,
                    b: text.as_bytes(),
                    pairs,
                };
                let start = skip_ws(sc.b, 0);
                let r = match self.json_value(&sc, start) {
                    Ok((v, end)) => {
                        let end = skip_ws(sc.b, end);
                        if end != sc.b.len() {
                            jerr("Extra data", end)
                        } else {
                            Ok(v)
                        }
                    }
                    Err(e) => Err(e),
                };
                match r {
                    Ok(v) => {
                        let none = self.none();
                        self.alloc(ObjKind::Tuple(vec![v, none]))
                    }
                    Err(Fail::Py(e)) => Err(e),
                    Err(Fail::Unsupported(msg)) => Err(self.err(Exc::NotImplementedError, msg)),
                    Err(Fail::Json(e)) => {
                        let prefix = &text[..e.at];
                        let pos = prefix.chars().count();
                        let lineno = prefix.matches('\n').count() + 1;
                        let colno = match prefix.rfind('\n') {
                            Some(nl) => prefix[nl + 1..].chars().count() + 1,
                            None => pos + 1,
                        };
                        let msg = self.str_value(e.msg)?;
                        let pos = self.int_value(pos as i64)?;
                        let lineno = self.int_value(lineno as i64)?;
                        let colno = self.int_value(colno as i64)?;
                        let info = self.alloc(ObjKind::Tuple(vec![msg, pos, lineno, colno]))?;
                        let none = self.none();
                        self.alloc(ObjKind::Tuple(vec![none, info]))
                    }
                }
            }
            Builtin::JsonEncodeFast => {
                // _json_encode_fast(obj, ensure_ascii, allow_nan, indent, item_sep, key_sep,
                //   sort_keys) -> str, or None when the object needs the Python encoder
                self.check_arity(name, args, 7, 7)?;
                let text = |this: &Interp, v: Value| match this.obj(v) {
                    ObjKind::Str(s) => Some(s.to_string()),
                    _ => None,
                };
                let opts = FastOpts {
                    ascii: self.truthy(args[1])?,
                    allow_nan: self.truthy(args[2])?,
                    indent: text(self, args[3]),
                    item_sep: text(self, args[4]).unwrap_or_default(),
                    key_sep: text(self, args[5]).unwrap_or_default(),
                    sort_keys: self.truthy(args[6])?,
                };
                let mut out = String::new();
                if self.json_fast(args[0], &opts, 0, &mut out) {
                    self.str_value(&out)
                } else {
                    Ok(self.none())
                }
            }
            _ => {
                // _json_encode_str(s, ensure_ascii)
                self.check_arity(name, args, 2, 2)?;
                let s = match self.obj(args[0]) {
                    ObjKind::Str(s) => s.clone(),
                    _ => return Err(self.type_error("_json_encode_str needs a str")),
                };
                let ascii = self.truthy(args[1])?;
                self.str_value(&encode_str(&s, ascii))
            }
        }
    }

    /// Encodes `v` into `out` as CPython's encoder would, for plain JSON data only (exact
    /// dicts with str keys, lists, tuples, str, int, float, bool, None); false when `v` holds
    /// anything else (the Python encoder then handles `default`, key conversion, subclasses and
    /// circular references), or nests deeper than 500.
    fn json_fast(&self, v: Value, o: &FastOpts, level: usize, out: &mut String) -> bool {
        if level > 500 {
            return false;
        }
        match self.obj(v) {
            ObjKind::None => out.push_str("null"),
            ObjKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            ObjKind::Int(i) => out.push_str(&i.to_string()),
            ObjKind::BigInt(b) => out.push_str(&b.to_string()),
            ObjKind::Float(f) => {
                if f.is_finite() {
                    out.push_str(&crate::builtins::repr::float_repr(*f));
                } else if !o.allow_nan {
                    return false;
                } else if f.is_nan() {
                    out.push_str("NaN");
                } else if *f > 0.0 {
                    out.push_str("Infinity");
                } else {
                    out.push_str("-Infinity");
                }
            }
            ObjKind::Str(s) => out.push_str(&encode_str(s, o.ascii)),
            ObjKind::List(items) | ObjKind::Tuple(items) => {
                if items.is_empty() {
                    out.push_str("[]");
                    return true;
                }
                out.push('[');
                let inner = o.newline(level + 1);
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&o.item_sep);
                    }
                    out.push_str(&inner);
                    if !self.json_fast(*item, o, level + 1, out) {
                        return false;
                    }
                }
                out.push_str(&o.newline(level));
                out.push(']');
            }
            ObjKind::Dict(d) => {
                if d.is_empty() {
                    out.push_str("{}");
                    return true;
                }
                let mut entries: Vec<(crate::runtime::str_text::StrText, Value)> =
                    Vec::with_capacity(d.len());
                for e in d.iter() {
                    match self.obj(e.key) {
                        ObjKind::Str(k) => entries.push((k.clone(), e.value)),
                        _ => return false,
                    }
                }
                if o.sort_keys {
                    entries.sort_by(|a, b| a.0.cmp(&b.0));
                }
                out.push('{');
                let inner = o.newline(level + 1);
                for (i, (k, item)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&o.item_sep);
                    }
                    out.push_str(&inner);
                    out.push_str(&encode_str(k, o.ascii));
                    out.push_str(&o.key_sep);
                    if !self.json_fast(*item, o, level + 1, out) {
                        return false;
                    }
                }
                out.push_str(&o.newline(level));
                out.push('}');
            }
            _ => return false,
        }
        true
    }

    fn json_value(&mut self, sc: &Scanner, i: usize) -> Scan<(Value, usize)> {
        let b = sc.b;
        let Some(&c) = b.get(i) else {
            return jerr("Expecting value", i);
        };
        let lit = |w: &str| sc.s[i..].starts_with(w);
        match c {
            b'"' => {
                let (s, end) = scan_string(sc, i + 1)?;
                Ok((self.str_value(&s)?, end))
            }
            b'{' => {
                self.enter()?;
                let r = self.json_object(sc, i + 1);
                self.leave();
                r
            }
            b'[' => {
                self.enter()?;
                let r = self.json_array(sc, i + 1);
                self.leave();
                r
            }
            b'n' if lit("null") => Ok((self.none(), i + 4)),
            b't' if lit("true") => Ok((self.bool_value(true), i + 4)),
            b'f' if lit("false") => Ok((self.bool_value(false), i + 5)),
            b'N' if lit("NaN") => Ok((self.float_value(f64::NAN)?, i + 3)),
            b'I' if lit("Infinity") => Ok((self.float_value(f64::INFINITY)?, i + 8)),
            b'-' if lit("-Infinity") => Ok((self.float_value(f64::NEG_INFINITY)?, i + 9)),
            b'-' | b'0'..=b'9' => self.json_number(sc, i),
            _ => jerr("Expecting value", i),
        }
    }

    fn json_number(&mut self, sc: &Scanner, start: usize) -> Scan<(Value, usize)> {
        let b = sc.b;
        let digits = |mut i: usize| {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            i
        };
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i = digits(i),
            _ => return jerr("Expecting value", start),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i = digits(i + 1);
            is_float = true;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if b.get(j).is_some_and(u8::is_ascii_digit) {
                i = digits(j);
                is_float = true;
            }
        }
        let text = &sc.s[start..i];
        let v = if is_float {
            let f: f64 = text.parse().unwrap_or(f64::NAN);
            self.float_value(f)?
        } else if let Ok(n) = text.parse::<i64>() {
            self.int_value(n)?
        } else {
            self.big_literal(text)?
        };
        Ok((v, i))
    }

    fn json_array(&mut self, sc: &Scanner, open: usize) -> Scan<(Value, usize)> {
        let b = sc.b;
        let mut items = Vec::new();
        let mut i = skip_ws(b, open);
        if b.get(i) == Some(&b']') {
            return Ok((self.alloc(ObjKind::List(items))?, i + 1));
        }
        loop {
            let (v, end) = self.json_value(sc, i)?;
            items.push(v);
            i = skip_ws(b, end);
            match b.get(i) {
                Some(b']') => return Ok((self.alloc(ObjKind::List(items))?, i + 1)),
                Some(b',') => i = skip_ws(b, i + 1),
                _ => return jerr("Expecting ',' delimiter", i),
            }
        }
    }

    fn json_object(&mut self, sc: &Scanner, open: usize) -> Scan<(Value, usize)> {
        let b = sc.b;
        let mut pairs: Vec<Value> = Vec::new();
        let dict = if sc.pairs {
            None
        } else {
            Some(self.alloc(ObjKind::Dict(Dict::new()))?)
        };
        let mut i = skip_ws(b, open);
        if b.get(i) == Some(&b'}') {
            i += 1;
        } else {
            loop {
                if b.get(i) != Some(&b'"') {
                    return jerr("Expecting property name enclosed in double quotes", i);
                }
                let (key, end) = scan_string(sc, i + 1)?;
                let key = self.str_value(&key)?;
                i = skip_ws(b, end);
                if b.get(i) != Some(&b':') {
                    return jerr("Expecting ':' delimiter", i);
                }
                i = skip_ws(b, i + 1);
                let (v, end) = self.json_value(sc, i)?;
                match dict {
                    Some(d) => self.dict_set(d, key, v)?,
                    None => pairs.push(self.alloc(ObjKind::Tuple(vec![key, v]))?),
                }
                i = skip_ws(b, end);
                match b.get(i) {
                    Some(b'}') => {
                        i += 1;
                        break;
                    }
                    Some(b',') => i = skip_ws(b, i + 1),
                    _ => return jerr("Expecting ',' delimiter", i),
                }
            }
        }
        let v = match dict {
            Some(d) => d,
            None => self.alloc(ObjKind::Tuple(pairs))?,
        };
        Ok((v, i))
    }
}

/// The string whose body starts at byte `i` (after the opening quote): its value and the offset
/// after the closing quote.
fn scan_string(sc: &Scanner, i: usize) -> Scan<(String, usize)> {
    let b = sc.b;
    let quote = i - 1;
    let mut out = String::new();
    let mut i = i;
    loop {
        // Copy the run of plain characters at once.
        let run = i;
        while i < b.len() && b[i] != b'"' && b[i] != b'\\' && b[i] >= 0x20 {
            i += 1;
        }
        out.push_str(&sc.s[run..i]);
        match b.get(i) {
            None => return jerr("Unterminated string starting at", quote),
            Some(b'"') => return Ok((out, i + 1)),
            Some(b'\\') => {
                let Some(&e) = b.get(i + 1) else {
                    return jerr("Unterminated string starting at", quote);
                };
                let ch = match e {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\x08',
                    b'f' => '\x0c',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    b'u' => {
                        let hi = hex4(b, i + 2).ok_or(Fail::Json(ScanError {
                            msg: "Invalid \\uXXXX escape",
                            at: i + 1,
                        }))?;
                        i += 6;
                        let mut cp = hi;
                        if (0xd800..0xdc00).contains(&hi)
                            && b.get(i) == Some(&b'\\')
                            && b.get(i + 1) == Some(&b'u')
                        {
                            let lo = hex4(b, i + 2).ok_or(Fail::Json(ScanError {
                                msg: "Invalid \\uXXXX escape",
                                at: i + 1,
                            }))?;
                            if (0xdc00..0xe000).contains(&lo) {
                                cp = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
                                i += 6;
                            }
                        }
                        match char::from_u32(cp) {
                            Some(c) => out.push(c),
                            None => return Err(Fail::Unsupported(
                                "json: lone surrogate escapes (\\ud800-\\udfff) are not supported",
                            )),
                        }
                        continue;
                    }
                    _ => return jerr("Invalid \\escape", i),
                };
                out.push(ch);
                i += 2;
            }
            Some(_) => {
                return jerr("Invalid control character at", i);
            }
        }
    }
}

fn hex4(b: &[u8], i: usize) -> Option<u32> {
    let h = b.get(i..i + 4)?;
    let mut v = 0;
    for &c in h {
        v = v * 16 + (c as char).to_digit(16)?;
    }
    Some(v)
}

/// `s`'s JSON literal, quoted, as CPython's `encode_basestring(_ascii)` writes it.
pub fn encode_str(s: &str, ascii: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ascii && (c as u32) > 0x7e) => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{u:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::encode_str;

    #[test]
    fn strings_escape_as_cpython_does() {
        assert_eq!(encode_str("a\"b\\\n\x01", true), "\"a\\\"b\\\\\\n\\u0001\"");
        assert_eq!(
            encode_str("é😀\x7f", true),
            "\"\\u00e9\\ud83d\\ude00\\u007f\""
        );
        assert_eq!(encode_str("é\x7f", false), "\"é\x7f\"");
    }
}

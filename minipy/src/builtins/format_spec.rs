//! CPython's format-spec mini-language (`format(v, spec)`, `str.format`, f-strings) and its
//! `%`-formatting, as Python/formatter_unicode.c and Objects/unicodeobject.c do them.
//!
//! The text-producing functions here are pure (`format_int`, `format_float`, `format_str`,
//! `percent_*`): they return `Err(message)` for a `ValueError`, and the [`Interp`] glue below
//! turns values into their inputs and messages into exceptions. The entry point for every caller
//! is [`Interp::format_value`].

use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};

/// Widths and precisions past this are refused (`MemoryError` in spirit, `ValueError` here): one
/// format spec must not allocate gigabytes.
const MAX_WIDTH: usize = 1 << 24;

/// A parsed spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alt: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
}

/// Parses `spec`; `default_align` is `>` for numbers and `<` for strings (it decides what the `0`
/// flag does, as in CPython 3.10+). `type_name` words the "Invalid format specifier" error.
pub fn parse_spec(spec: &str, default_align: char, type_name: &str) -> Result<FormatSpec, String> {
    let c: Vec<char> = spec.chars().collect();
    let mut s = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        z: false,
        alt: false,
        width: 0,
        grouping: None,
        precision: None,
        kind: None,
    };
    let mut i = 0;
    let mut fill_given = false;
    if c.len() >= 2 && "<>=^".contains(c[1]) {
        s.fill = c[0];
        s.align = Some(c[1]);
        fill_given = true;
        i = 2;
    } else if !c.is_empty() && "<>=^".contains(c[0]) {
        s.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && "+- ".contains(c[i]) {
        s.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        s.z = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if !fill_given && i < c.len() && c[i] == '0' {
        s.fill = '0';
        if s.align.is_none() && default_align == '>' {
            s.align = Some('=');
        }
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = c[start..i].iter().collect();
        s.width = w.parse().unwrap_or(usize::MAX);
    }
    if i < c.len() && (c[i] == ',' || c[i] == '_') {
        s.grouping = Some(c[i]);
        i += 1;
        if i < c.len() && (c[i] == ',' || c[i] == '_') {
            return Err("Cannot specify both ',' and '_'.".into());
        }
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let start = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err("Format specifier missing precision".into());
        }
        let p: String = c[start..i].iter().collect();
        s.precision = Some(p.parse().unwrap_or(usize::MAX));
    }
    if c.len() - i > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    if i < c.len() {
        s.kind = Some(c[i]);
    }
    if s.width > MAX_WIDTH || s.precision.unwrap_or(0) > MAX_WIDTH {
        return Err("Too many decimal digits in format string".into());
    }
    if let Some(g) = s.grouping {
        let kind = s
            .kind
            .unwrap_or(if default_align == '<' { 's' } else { 'd' });
        let ok = match kind {
            'd' | 'e' | 'f' | 'g' | 'E' | 'F' | 'G' | '%' => true,
            'b' | 'o' | 'x' | 'X' => g == '_',
            _ => false,
        };
        if !ok {
            return Err(format!("Cannot specify '{g}' with '{kind}'."));
        }
    }
    Ok(s)
}

/// Inserts `sep` every `every` digits from the right of `digits`, padding with zeros (and
/// separators) to at least `min_width` characters, as CPython's `_PyUnicode_InsertThousandsGrouping`.
fn group(digits: &str, sep: char, every: usize, min_width: usize) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width as isize;
    let every = every as isize;
    let mut groups: Vec<String> = Vec::new();
    loop {
        let l = every.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let end = remaining as usize;
        let start = (remaining - n_chars) as usize;
        let mut g: String = "0".repeat(n_zeros as usize);
        g.extend(&digits[start..end]);
        groups.push(g);
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&sep.to_string())
}

/// Lays out a number: `sign`, `prefix` (`0x`), the integer `digits` and the `rest` (fraction,
/// exponent, `%`), grouped and padded as `spec` says.
fn layout_number(spec: &FormatSpec, sign: &str, prefix: &str, digits: &str, rest: &str) -> String {
    let align = spec.align.unwrap_or('>');
    let zero_fill = spec.fill == '0' && align == '=';
    let min_width = if zero_fill {
        spec.width
            .saturating_sub(sign.chars().count() + prefix.len() + rest.chars().count())
    } else {
        0
    };
    let body = match spec.grouping {
        Some(g) => {
            let every = if matches!(spec.kind, Some('b' | 'o' | 'x' | 'X')) {
                4
            } else {
                3
            };
            group(digits, g, every, min_width)
        }
        None if zero_fill && digits.len() < min_width => {
            format!("{}{digits}", "0".repeat(min_width - digits.len()))
        }
        None => digits.to_string(),
    };
    let head = format!("{sign}{prefix}");
    let len = head.chars().count() + body.chars().count() + rest.chars().count();
    if len >= spec.width {
        return format!("{head}{body}{rest}");
    }
    let n = spec.width - len;
    let fill = |k: usize| spec.fill.to_string().repeat(k);
    match align {
        '<' => format!("{head}{body}{rest}{}", fill(n)),
        '^' => format!("{}{head}{body}{rest}{}", fill(n / 2), fill(n - n / 2)),
        '=' => format!("{head}{}{body}{rest}", fill(n)),
        _ => format!("{}{head}{body}{rest}", fill(n)),
    }
}

fn sign_text(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// `format(i, spec)` for an `int` whose magnitude's decimal digits are given by `magnitude` in
/// `radix` (so big ints can share this): `negative` says the sign.
pub fn format_int(i: i64, spec: &FormatSpec) -> Result<String, String> {
    let kind = spec.kind.unwrap_or('d');
    if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return format_float(i as f64, spec);
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if spec.z {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    let mag = i.unsigned_abs();
    let (digits, prefix) = match kind {
        'd' | 'n' => (mag.to_string(), ""),
        'b' => (format!("{mag:b}"), "0b"),
        'o' => (format!("{mag:o}"), "0o"),
        'x' => (format!("{mag:x}"), "0x"),
        'X' => (format!("{mag:X}"), "0X"),
        'c' => {
            if spec.sign.is_some() {
                return Err("Sign not allowed with integer format specifier 'c'".into());
            }
            if spec.alt {
                return Err(
                    "Alternate form (#) not allowed with integer format specifier 'c'".into(),
                );
            }
            let Some(ch) = u32::try_from(i).ok().and_then(char::from_u32) else {
                return Err("%c arg not in range(0x110000)".into());
            };
            let s = FormatSpec {
                kind: None,
                ..spec.clone()
            };
            return Ok(pad_text(&ch.to_string(), &s, '>'));
        }
        k => {
            return Err(format!(
                "Unknown format code '{k}' for object of type 'int'"
            ))
        }
    };
    let prefix = if spec.alt { prefix } else { "" };
    Ok(layout_number(
        spec,
        sign_text(i < 0, spec.sign),
        prefix,
        &digits,
        "",
    ))
}

/// C's `%.{p}e` body for a finite non-negative `f`: mantissa digits and a two-digit exponent.
fn exp_text(f: f64, p: usize, alt: bool, upper: bool) -> String {
    let s = format!("{f:.p$e}");
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let dot = if alt && !m.contains('.') { "." } else { "" };
    let e_char = if upper { 'E' } else { 'e' };
    format!(
        "{m}{dot}{e_char}{}{:02}",
        if e < 0 { '-' } else { '+' },
        e.abs()
    )
}

/// The decimal exponent of finite `f` once rounded to `p` significant digits.
fn exponent_after_rounding(f: f64, p: usize) -> i32 {
    if f == 0.0 {
        return 0;
    }
    let s = format!("{:.*e}", p.saturating_sub(1), f);
    s.split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0)
}

/// `%g` for finite non-negative `f`: `p` significant digits; trailing zeros dropped unless `alt`.
/// `add_dot_0` is the empty-type rule (a `.0` on integral fixed output).
fn general_text(f: f64, p: usize, alt: bool, upper: bool, add_dot_0: bool) -> String {
    let p = p.max(1);
    let exp = exponent_after_rounding(f, p);
    // With the `.0` rule CPython switches to exponents one digit earlier (`format(2.0, '.0')`
    // is `2e+00`): PyOS_double_to_string's `decpt > precision - 1`.
    let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
    let (mut text, sci) = if (-4..limit).contains(&exp) {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        (format!("{f:.decimals$}"), false)
    } else {
        (exp_text(f, p - 1, false, upper), true)
    };
    let (mant, tail) = match text.find(['e', 'E']) {
        Some(k) => (text[..k].to_string(), text[k..].to_string()),
        None => (text.clone(), String::new()),
    };
    let mut mant = mant;
    if alt {
        if !mant.contains('.') {
            mant.push('.');
        }
    } else if mant.contains('.') {
        mant = mant.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    if add_dot_0 && !sci && !mant.contains('.') {
        mant.push_str(".0");
    }
    text = format!("{mant}{tail}");
    text
}

/// `format(f, spec)` for a `float`.
pub fn format_float(f: f64, spec: &FormatSpec) -> Result<String, String> {
    let kind = spec.kind;
    if spec.alt && kind == Some('c') {
        return Err("Unknown format code 'c' for object of type 'float'".into());
    }
    let upper = matches!(kind, Some('E' | 'F' | 'G'));
    let negative = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let mut rest_suffix = "";
    let body = if !f.is_finite() {
        let t = if f.is_nan() { "nan" } else { "inf" };
        if kind == Some('%') {
            rest_suffix = "%";
        }
        if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        }
    } else {
        match kind {
            None => match spec.precision {
                None => crate::builtins::repr::float_repr(a),
                Some(p) => general_text(a, p, spec.alt, false, true),
            },
            Some('f' | 'F') => {
                let p = spec.precision.unwrap_or(6);
                let mut t = format!("{a:.p$}");
                if spec.alt && p == 0 {
                    t.push('.');
                }
                t
            }
            Some('%') => {
                let p = spec.precision.unwrap_or(6);
                let mut t = format!("{:.p$}", a * 100.0);
                if spec.alt && p == 0 {
                    t.push('.');
                }
                rest_suffix = "%";
                t
            }
            Some('e' | 'E') => exp_text(a, spec.precision.unwrap_or(6), spec.alt, upper),
            Some('g' | 'G' | 'n') => {
                general_text(a, spec.precision.unwrap_or(6), spec.alt, upper, false)
            }
            Some(k) => {
                return Err(format!(
                    "Unknown format code '{k}' for object of type 'float'"
                ))
            }
        }
    };
    let negative = negative
        && !(spec.z && body.chars().all(|c| !c.is_ascii_digit() || c == '0') && f.is_finite());
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = if f.is_finite() {
        (&body[..split], format!("{}{rest_suffix}", &body[split..]))
    } else {
        (&body[..], rest_suffix.to_string())
    };
    Ok(layout_number(
        spec,
        sign_text(negative, spec.sign),
        "",
        digits,
        &rest,
    ))
}

/// `format(z, spec)` for a `complex`, as CPython's `format_complex_internal`: with no type,
/// the parts as `repr` writes them (or `g` with a precision) inside parentheses unless the real
/// part is a positive zero, which is then left out; with `e`, `f`, `g` (or `n`), both parts in
/// that form, no parentheses. The imaginary part always carries its sign after a real part.
/// Fill, alignment and width apply to the whole; zero padding and `=` are refused.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, String> {
    if spec.fill == '0' && spec.align == Some('=') {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".into());
    }
    let (kind, repr_parts) = match spec.kind {
        None if spec.precision.is_none() => (None, true),
        None | Some('n') => (Some('g'), false),
        Some(k @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => (Some(k), false),
        Some(k) => {
            return Err(format!(
                "Unknown format code '{k}' for object of type 'complex'"
            ))
        }
    };
    let (skip_re, parens) = match spec.kind {
        None => {
            let skip = re == 0.0 && re.is_sign_positive();
            (skip, !skip)
        }
        _ => (false, false),
    };
    let part = |f: f64, sign: Option<char>| -> Result<String, String> {
        if repr_parts {
            let text = crate::builtins::repr::float_repr(f);
            let text = text.strip_suffix(".0").unwrap_or(&text).to_string();
            let text = text.trim_start_matches('-').to_string();
            let negative = f.is_sign_negative() && !f.is_nan();
            return Ok(format!("{}{text}", sign_text(negative, sign)));
        }
        let part_spec = FormatSpec {
            fill: ' ',
            align: None,
            sign,
            z: spec.z,
            alt: spec.alt,
            width: 0,
            grouping: spec.grouping,
            precision: spec.precision,
            kind,
        };
        format_float(f, &part_spec)
    };
    let mut text = String::new();
    if parens {
        text.push('(');
    }
    if skip_re {
        text.push_str(&part(im, spec.sign)?);
    } else {
        text.push_str(&part(re, spec.sign)?);
        text.push_str(&part(im, Some('+'))?);
    }
    text.push('j');
    if parens {
        text.push(')');
    }
    Ok(pad_text(&text, spec, '>'))
}

/// Pads `text` to the spec's width with its fill and alignment (`default` if none).
fn pad_text(text: &str, spec: &FormatSpec, default: char) -> String {
    let len = text.chars().count();
    if len >= spec.width {
        return text.to_string();
    }
    let n = spec.width - len;
    let fill = |k: usize| spec.fill.to_string().repeat(k);
    match spec.align.unwrap_or(default) {
        '>' | '=' => format!("{}{text}", fill(n)),
        '^' => format!("{}{text}{}", fill(n / 2), fill(n - n / 2)),
        _ => format!("{text}{}", fill(n)),
    }
}

/// `format(s, spec)` for a `str`.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    match spec.kind {
        None | Some('s') => {}
        Some(k) => {
            return Err(format!(
                "Unknown format code '{k}' for object of type 'str'"
            ))
        }
    }
    if spec.sign.is_some() {
        return Err("Sign not allowed in string format specifier".into());
    }
    if spec.z {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if spec.alt {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let text: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad_text(&text, spec, '<'))
}

/// One `%` conversion's flags, width and precision.
#[derive(Default)]
struct Conv {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

impl Conv {
    /// The equivalent format spec for a number conversion of type `kind`.
    fn spec(&self, kind: Option<char>) -> FormatSpec {
        FormatSpec {
            fill: if self.zero && !self.left { '0' } else { ' ' },
            align: Some(if self.left {
                '<'
            } else if self.zero {
                '='
            } else {
                '>'
            }),
            sign: if self.plus {
                Some('+')
            } else if self.space {
                Some(' ')
            } else {
                None
            },
            z: false,
            alt: self.alt,
            width: self.width,
            grouping: None,
            precision: self.precision,
            kind,
        }
    }
}

/// `%d`-style integer text: precision is a minimum digit count.
/// [`format_int`] for an int outside `i64`.
pub fn format_big(b: &num_bigint::BigInt, spec: &FormatSpec) -> Result<String, String> {
    use num_traits::{Signed, ToPrimitive};
    let kind = spec.kind.unwrap_or('d');
    let radix = match kind {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return match b.to_f64().filter(|f| f.is_finite()) {
                Some(f) => format_float(f, spec),
                None => Err("int too large to convert to float".into()),
            }
        }
        'c' => return Err("%c arg not in range(0x110000)".into()),
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    if radix == 10 && !matches!(kind, 'd' | 'n') {
        return format_int(0, spec);
    }
    if spec.precision.is_some() || spec.z {
        return format_int(0, spec);
    }
    let mut digits = b.magnitude().to_str_radix(radix);
    if kind == 'X' {
        digits = digits.to_uppercase();
    }
    let prefix = match kind {
        'b' => "0b",
        'o' => "0o",
        'x' => "0x",
        'X' => "0X",
        _ => "",
    };
    let prefix = if spec.alt { prefix } else { "" };
    Ok(layout_number(
        spec,
        sign_text(b.is_negative(), spec.sign),
        prefix,
        &digits,
        "",
    ))
}

fn percent_int(i: i64, kind: char, c: &Conv) -> String {
    let mag = i.unsigned_abs();
    let (mut digits, prefix) = match kind {
        'x' => (format!("{mag:x}"), "0x"),
        'X' => (format!("{mag:X}"), "0X"),
        'o' => (format!("{mag:o}"), "0o"),
        _ => (mag.to_string(), ""),
    };
    if let Some(p) = c.precision {
        if digits.len() < p {
            digits = format!("{}{digits}", "0".repeat(p - digits.len()));
        }
    }
    let spec = c.spec(None);
    let sign = sign_text(i < 0, spec.sign);
    layout_number(&spec, sign, if c.alt { prefix } else { "" }, &digits, "")
}

impl Interp {
    /// `format(v, spec)`: the one entry point for `format()`, `str.format` and f-strings. Ints,
    /// floats and strs (and their subclasses) format as CPython's `__format__`; an instance with
    /// `__format__` is asked; anything else accepts only an empty spec (giving `str(v)`).
    pub fn format_value(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if let ObjKind::Instance(_) = self.obj(v) {
            if let Some(m) = self.special_method(v, "__format__") {
                let s = self.str_value(spec)?;
                let r = self.call(m, vec![v, s], Vec::new())?;
                return match self.obj(r) {
                    ObjKind::Str(t) => Ok(t.to_string()),
                    _ => {
                        let t = self.type_name(r);
                        Err(self.type_error(format!("__format__ must return a str, not {t}")))
                    }
                };
            }
            if let Some(inner) = self.base_value(v) {
                // `int.__format__` and the like: `str(self)` for an empty spec, else the value's.
                if spec.is_empty() {
                    return self.str_of(v);
                }
                return self.format_value(inner, spec);
            }
        }
        if let ObjKind::BigInt(b) = self.obj(v) {
            let b = b.clone();
            let tname = self.type_name(v);
            return match parse_spec(spec, '>', &tname).and_then(|s| format_big(&b, &s)) {
                Ok(s) => Ok(s),
                Err(m) => Err(self.value_error(m)),
            };
        }
        if spec.is_empty() && !matches!(self.obj(v), ObjKind::Int(_) | ObjKind::Float(_)) {
            return self.str_of(v);
        }
        if let ObjKind::Complex(re, im) = self.obj(v) {
            let (re, im) = (*re, *im);
            return match parse_spec(spec, '>', "complex").and_then(|s| format_complex(re, im, &s)) {
                Ok(s) => Ok(s),
                Err(m) => Err(self.value_error(m)),
            };
        }
        let tname = self.type_name(v);
        let result = match self.obj(v) {
            ObjKind::Int(i) => {
                let i = *i;
                parse_spec(spec, '>', &tname).and_then(|s| format_int(i, &s))
            }
            ObjKind::Bool(b) => {
                let i = *b as i64;
                parse_spec(spec, '>', &tname).and_then(|s| format_int(i, &s))
            }
            ObjKind::Float(f) => {
                let f = *f;
                parse_spec(spec, '>', &tname).and_then(|s| format_float(f, &s))
            }
            ObjKind::Str(s) => {
                let s = s.clone();
                parse_spec(spec, '<', &tname).and_then(|p| format_str(&s, &p))
            }
            _ => match self.as_num(v) {
                Some(crate::eval::ops::Num::Int(i)) => {
                    parse_spec(spec, '>', &tname).and_then(|s| format_int(i, &s))
                }
                Some(crate::eval::ops::Num::Float(f)) => {
                    parse_spec(spec, '>', &tname).and_then(|s| format_float(f, &s))
                }
                None => {
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {tname}.__format__"
                    )))
                }
            },
        };
        result.map_err(|m| self.value_error(m))
    }

    /// `fmt.format(*args, **kwargs)`, as CPython's `str.format`: `{}`, `{0}`, `{name}`,
    /// `{0.attr}`, `{0[key]}`, `!r`/`!s`/`!a`, and specs with nested `{}` fields.
    pub fn str_format(
        &mut self,
        fmt: &str,
        args: &[Value],
        kwargs: &[(crate::syntax::ast::Name, Value)],
    ) -> PyResult<String> {
        let mut auto: Option<usize> = None;
        self.format_recursive(fmt, args, kwargs, None, &mut auto, 2)
    }

    /// `fmt.format_map(mapping)`: each named field is `mapping[name]` (so a dict subclass's
    /// `__missing__` answers for a missing one), looked up as the field is reached.
    pub fn str_format_map(&mut self, fmt: &str, mapping: Value) -> PyResult<String> {
        let mut auto: Option<usize> = None;
        self.format_recursive(fmt, &[], &[], Some(mapping), &mut auto, 2)
    }

    fn format_recursive(
        &mut self,
        fmt: &str,
        args: &[Value],
        kwargs: &[(crate::syntax::ast::Name, Value)],
        mapping: Option<Value>,
        auto: &mut Option<usize>,
        depth: u32,
    ) -> PyResult<String> {
        if depth == 0 {
            return Err(self.value_error("Max string recursion exceeded"));
        }
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            i += 1;
            match c {
                '{' if chars.get(i) == Some(&'{') => {
                    i += 1;
                    out.push('{');
                }
                '}' if chars.get(i) == Some(&'}') => {
                    i += 1;
                    out.push('}');
                }
                '}' => return Err(self.value_error("Single '}' encountered in format string")),
                '{' => {
                    if i >= chars.len() {
                        return Err(self.value_error("Single '{' encountered in format string"));
                    }
                    let start = i;
                    let mut level = 1;
                    let mut in_key = false;
                    while i < chars.len() {
                        match chars[i] {
                            '[' if !in_key => in_key = true,
                            ']' if in_key => in_key = false,
                            '{' if !in_key => level += 1,
                            '}' if !in_key => {
                                level -= 1;
                                if level == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        i += 1;
                    }
                    if i >= chars.len() {
                        return Err(self.value_error("expected '}' before end of string"));
                    }
                    let field: String = chars[start..i].iter().collect();
                    i += 1;
                    let text = self.format_field(&field, args, kwargs, mapping, auto, depth)?;
                    out.push_str(&text);
                }
                _ => out.push(c),
            }
        }
        Ok(out)
    }

    /// One replacement field's text: `name[!conv][:spec]`.
    fn format_field(
        &mut self,
        field: &str,
        args: &[Value],
        kwargs: &[(crate::syntax::ast::Name, Value)],
        mapping: Option<Value>,
        auto: &mut Option<usize>,
        depth: u32,
    ) -> PyResult<String> {
        // The field name ends at the first '!' or ':' outside brackets.
        let chars: Vec<char> = field.chars().collect();
        let mut j = 0;
        let mut in_key = false;
        while j < chars.len() {
            match chars[j] {
                '[' => in_key = true,
                ']' => in_key = false,
                '!' | ':' if !in_key => break,
                _ => {}
            }
            j += 1;
        }
        let name: String = chars[..j].iter().collect();
        let mut conv = None;
        let mut spec = String::new();
        if j < chars.len() && chars[j] == '!' {
            if j + 1 >= chars.len() {
                return Err(
                    self.value_error("end of string while looking for conversion specifier")
                );
            }
            conv = Some(chars[j + 1]);
            j += 2;
            if j < chars.len() && chars[j] != ':' {
                return Err(self.value_error("expected ':' after conversion specifier"));
            }
        }
        if j < chars.len() && chars[j] == ':' {
            spec = chars[j + 1..].iter().collect();
        }
        // The first part of the name: an index, a keyword or nothing (automatic numbering).
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        if mapping.is_some() && (first.is_empty() || first.parse::<usize>().is_ok()) {
            return Err(self.value_error("Format string contains positional fields"));
        }
        let mut v = if first.is_empty() {
            // `auto` is the next automatic index, or `usize::MAX` once a field was numbered.
            let n = match *auto {
                Some(usize::MAX) => return Err(self.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                Some(n) => n,
                None => 0,
            };
            *auto = Some(n + 1);
            self.format_positional(args, n)?
        } else if let Ok(n) = first.parse::<usize>() {
            if matches!(auto, Some(k) if *k != usize::MAX) {
                return Err(self.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            *auto = Some(usize::MAX);
            self.format_positional(args, n)?
        } else {
            match kwargs.iter().find(|(k, _)| &**k == first) {
                Some((_, v)) => *v,
                None if mapping.is_some() => {
                    let k = self.str_value(first)?;
                    let v = self.getitem(mapping.unwrap_or(k), k)?;
                    self.push_temp(v);
                    v
                }
                None => {
                    let k = self.str_value(first)?;
                    return Err(self.key_error(k));
                }
            }
        };
        let mut rest: Vec<char> = name[first_end..].chars().collect();
        while !rest.is_empty() {
            if rest[0] == '.' {
                let end = rest[1..]
                    .iter()
                    .position(|c| *c == '.' || *c == '[')
                    .map_or(rest.len(), |p| p + 1);
                let attr: String = rest[1..end].iter().collect();
                if attr.is_empty() {
                    return Err(self.value_error("Empty attribute in format string"));
                }
                v = self.getattr(v, &attr)?;
                rest.drain(..end);
            } else if rest[0] == '[' {
                let Some(close) = rest.iter().position(|c| *c == ']') else {
                    return Err(self.value_error("Missing ']' in format string"));
                };
                let key: String = rest[1..close].iter().collect();
                if key.is_empty() {
                    return Err(self.value_error("Empty attribute in format string"));
                }
                let k = match key.parse::<i64>() {
                    Ok(n) if !key.starts_with(['-', '+']) => self.int_value(n)?,
                    _ => self.str_value(&key)?,
                };
                v = self.getitem(v, k)?;
                rest.drain(..=close);
            } else {
                return Err(
                    self.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
        let v = match conv {
            None => v,
            Some('r') => {
                let t = self.repr(v)?;
                self.str_value(&t)?
            }
            Some('s') => {
                let t = self.str_of(v)?;
                self.str_value(&t)?
            }
            Some('a') => {
                let t = ascii_escape(&self.repr(v)?);
                self.str_value(&t)?
            }
            Some(c) => {
                return Err(self.value_error(format!("Unknown conversion specifier {c}")));
            }
        };
        self.roots.temps.push(v);
        let spec = if spec.contains('{') {
            self.format_recursive(&spec, args, kwargs, mapping, auto, depth - 1)?
        } else {
            spec
        };
        self.format_value(v, &spec)
    }

    fn format_positional(&mut self, args: &[Value], n: usize) -> PyResult<Value> {
        match args.get(n) {
            Some(v) => Ok(*v),
            None => Err(self.err(
                Exc::IndexError,
                format!("Replacement index {n} out of range for positional args tuple"),
            )),
        }
    }

    /// `fmt % args`, as CPython's `PyUnicode_Format`.
    pub fn percent_format(&mut self, fmt: &str, args: Value) -> PyResult<String> {
        self.percent_format_as(fmt, args, false)
    }

    /// `fmt % args` for bytes (`b'%s' % (b'x',)`), as CPython's `_PyBytes_FormatEx`: the str
    /// formatting on the bytes read as Latin-1 text, with the bytes conversions (`%s` and `%b`
    /// take bytes-like objects, `%r` and `%a` give `ascii()`, `%c` takes a byte).
    pub fn bytes_percent_format(&mut self, fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
        let text: String = fmt.iter().map(|&b| char::from(b)).collect();
        let out = self.percent_format_as(&text, args, true)?;
        // Every conversion in bytes mode gives Latin-1 characters only.
        Ok(out.chars().map(|c| c as u32 as u8).collect())
    }

    /// `fmt % args`; `bytes` for the bytes conversions (see [`Interp::bytes_percent_format`]).
    fn percent_format_as(&mut self, fmt: &str, args: Value, bytes: bool) -> PyResult<String> {
        let base = self.base_value(args).map(|b| self.obj(b));
        let (values, mapping) = match self.obj(args) {
            ObjKind::Tuple(items) => (items.clone(), None),
            // A `tuple` subclass gives the arguments; a `str` or `bytes` one is one argument.
            _ if matches!(base, Some(ObjKind::Tuple(_))) => match base {
                Some(ObjKind::Tuple(items)) => (items.clone(), None),
                _ => unreachable!("matched"),
            },
            _ if base.is_some() => (vec![args], None),
            ObjKind::Str(_) => (vec![args], None),
            _ if self.special_method(args, "__getitem__").is_some()
                || matches!(self.obj(args), ObjKind::Dict(_) | ObjKind::List(_)) =>
            {
                (vec![args], Some(args))
            }
            _ => (vec![args], None),
        };
        let mut next = 0usize;
        let mut out = String::new();
        let chars: Vec<char> = fmt.chars().collect();
        let mut i = 0;
        let mut used_mapping = false;
        while i < chars.len() {
            let c = chars[i];
            i += 1;
            if c != '%' {
                out.push(c);
                continue;
            }
            let mut take = |this: &mut Interp| -> PyResult<Value> {
                match values.get(next) {
                    Some(v) => {
                        next += 1;
                        Ok(*v)
                    }
                    None => Err(this.type_error("not enough arguments for format string")),
                }
            };
            let mut arg: Option<Value> = None;
            if i < chars.len() && chars[i] == '(' {
                let Some(m) = mapping else {
                    return Err(self.type_error("format requires a mapping"));
                };
                let mut depth = 1;
                let start = i + 1;
                i += 1;
                while i < chars.len() && depth > 0 {
                    match chars[i] {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(self.value_error("incomplete format key"));
                }
                let key: String = chars[start..i - 1].iter().collect();
                let k = if bytes {
                    let key = key.chars().map(|c| c as u32 as u8).collect();
                    self.alloc(ObjKind::Bytes(key))?
                } else {
                    self.str_value(&key)?
                };
                arg = Some(self.getitem(m, k)?);
                used_mapping = true;
            }
            let mut conv = Conv::default();
            while i < chars.len() {
                match chars[i] {
                    '-' => conv.left = true,
                    '+' => conv.plus = true,
                    ' ' => conv.space = true,
                    '#' => conv.alt = true,
                    '0' => conv.zero = true,
                    _ => break,
                }
                i += 1;
            }
            if i < chars.len() && chars[i] == '*' {
                i += 1;
                let w = take(self)?;
                let Some(w) = self.as_int(w).filter(|_| {
                    self.as_num(w)
                        .is_some_and(|n| matches!(n, crate::eval::ops::Num::Int(_)))
                }) else {
                    return Err(self.type_error("* wants int"));
                };
                if w < 0 {
                    conv.left = true;
                }
                conv.width = w.unsigned_abs() as usize;
            } else {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                if i > start {
                    let w: String = chars[start..i].iter().collect();
                    conv.width = w.parse().unwrap_or(usize::MAX);
                }
            }
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                if i < chars.len() && chars[i] == '*' {
                    i += 1;
                    let p = take(self)?;
                    let Some(p) = self.as_int(p) else {
                        return Err(self.type_error("* wants int"));
                    };
                    conv.precision = Some(p.max(0) as usize);
                } else {
                    let start = i;
                    while i < chars.len() && chars[i].is_ascii_digit() {
                        i += 1;
                    }
                    let p: String = chars[start..i].iter().collect();
                    conv.precision =
                        Some(
                            p.parse()
                                .unwrap_or(if p.is_empty() { 0 } else { usize::MAX }),
                        );
                }
            }
            if conv.width > MAX_WIDTH || conv.precision.unwrap_or(0) > MAX_WIDTH {
                return Err(self.memory_error());
            }
            while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
                i += 1;
            }
            let Some(&kind) = chars.get(i) else {
                return Err(self.value_error("incomplete format"));
            };
            i += 1;
            if kind == '%' {
                out.push('%');
                continue;
            }
            let v = match arg {
                Some(v) => v,
                None => take(self)?,
            };
            let text = self.percent_one(kind, v, &conv, i - 1, bytes)?;
            out.push_str(&text);
        }
        if next < values.len() && mapping.is_none() && !used_mapping {
            let what = if bytes { "bytes" } else { "string" };
            return Err(self.type_error(format!(
                "not all arguments converted during {what} formatting"
            )));
        }
        Ok(out)
    }

    /// One `%` conversion of `v`; `at` is the index of the conversion character.
    fn percent_one(
        &mut self,
        kind: char,
        v: Value,
        conv: &Conv,
        at: usize,
        bytes: bool,
    ) -> PyResult<String> {
        use crate::eval::ops::Num;
        let text_spec = |c: &Conv| FormatSpec {
            align: Some(if c.left { '<' } else { '>' }),
            ..c.spec(None)
        };
        match kind {
            's' | 'b' | 'r' | 'a' if bytes => {
                let t: String = if matches!(kind, 's' | 'b') {
                    let data = self.percent_bytes_arg(v)?;
                    data.iter().map(|&b| char::from(b)).collect()
                } else {
                    ascii_escape(&self.repr(v)?)
                };
                let t: String = match conv.precision {
                    Some(p) => t.chars().take(p).collect(),
                    None => t,
                };
                let mut spec = text_spec(conv);
                spec.fill = ' ';
                Ok(pad_text(&t, &spec, '>'))
            }
            'c' if bytes => {
                let byte = match (self.obj(v), self.as_int(v)) {
                    (ObjKind::Bytes(b), _) if b.len() == 1 => b[0],
                    (ObjKind::ByteArray(b), _) if b.len() == 1 => b[0],
                    (ObjKind::Int(_) | ObjKind::BigInt(_) | ObjKind::Bool(_), n) => {
                        match n.and_then(|n| u8::try_from(n).ok()) {
                            Some(b) => b,
                            None => {
                                return Err(self.err(Exc::OverflowError, "%c arg not in range(256)"))
                            }
                        }
                    }
                    _ => {
                        return Err(self
                            .type_error("%c requires an integer in range(256) or a single byte"))
                    }
                };
                let mut spec = text_spec(conv);
                spec.fill = ' ';
                Ok(pad_text(&char::from(byte).to_string(), &spec, '>'))
            }
            's' | 'r' | 'a' => {
                let t = match kind {
                    's' => self.str_of(v)?,
                    'r' => self.repr(v)?,
                    _ => ascii_escape(&self.repr(v)?),
                };
                let t: String = match conv.precision {
                    Some(p) => t.chars().take(p).collect(),
                    None => t,
                };
                let mut spec = text_spec(conv);
                spec.fill = ' ';
                Ok(pad_text(&t, &spec, '>'))
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' if self.big_int(v).is_some() => {
                let b = self.to_big(v).unwrap_or_default();
                let spec = FormatSpec {
                    kind: Some(if matches!(kind, 'i' | 'u') { 'd' } else { kind }),
                    alt: conv.alt,
                    ..conv.spec(None)
                };
                let s = format_big(&b, &spec).unwrap_or_default();
                Ok(s)
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = match self.as_num(v) {
                    Some(Num::Int(n)) => n,
                    Some(Num::Float(f)) if matches!(kind, 'd' | 'i' | 'u') => {
                        if !f.is_finite() {
                            let m = if f.is_nan() {
                                (Exc::ValueError, "cannot convert float NaN to integer")
                            } else {
                                (
                                    Exc::OverflowError,
                                    "cannot convert float infinity to integer",
                                )
                            };
                            return Err(self.err(m.0, m.1));
                        }
                        if f.abs() >= 9.2e18 {
                            return Err(self.err(Exc::OverflowError, "int too large to convert"));
                        }
                        f.trunc() as i64
                    }
                    _ => {
                        let t = self.type_name(v);
                        let what = if matches!(kind, 'd' | 'i' | 'u') {
                            "a real number"
                        } else {
                            "an integer"
                        };
                        return Err(
                            self.type_error(format!("%{kind} format: {what} is required, not {t}"))
                        );
                    }
                };
                Ok(percent_int(n, kind, conv))
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match self.as_num(v) {
                    Some(Num::Int(n)) => n as f64,
                    Some(Num::Float(f)) => f,
                    None => match self.float_by_dunder(v)? {
                        Some(f) => f,
                        None => {
                            let t = self.type_name(v);
                            return Err(self.type_error(format!("must be real number, not {t}")));
                        }
                    },
                };
                let mut spec = conv.spec(Some(kind));
                spec.precision = Some(conv.precision.unwrap_or(6));
                format_float(f, &spec).map_err(|m| self.value_error(m))
            }
            'c' => {
                let ch = match self.obj(v) {
                    ObjKind::Str(s) if s.chars().count() == 1 => s.chars().next(),
                    ObjKind::Int(n) => match u32::try_from(*n).ok().and_then(char::from_u32) {
                        Some(c) => Some(c),
                        None => {
                            return Err(
                                self.err(Exc::OverflowError, "%c arg not in range(0x110000)")
                            )
                        }
                    },
                    _ => None,
                };
                let Some(ch) = ch else {
                    return Err(self.type_error("%c requires int or char"));
                };
                let mut spec = text_spec(conv);
                spec.fill = ' ';
                Ok(pad_text(&ch.to_string(), &spec, '>'))
            }
            other => Err(self.value_error(format!(
                "unsupported format character '{other}' ({:#x}) at index {at}",
                other as u32
            ))),
        }
    }
}

impl Interp {
    /// The data of the argument of a bytes `%s` or `%b`: a bytes-like object, or what its
    /// `__bytes__` returns.
    fn percent_bytes_arg(&mut self, v: Value) -> PyResult<Vec<u8>> {
        let v = self.unwrap_value(v);
        match self.obj(v) {
            ObjKind::Bytes(b) => return Ok(b.to_vec()),
            ObjKind::ByteArray(b) => return Ok(b.clone()),
            _ => {}
        }
        if let Some(f) = self.special_method(v, "__bytes__") {
            let r = self.call(f, vec![v], Vec::new())?;
            if let ObjKind::Bytes(b) = self.obj(self.unwrap_value(r)) {
                return Ok(b.to_vec());
            }
            let t = self.type_name(r);
            return Err(self.type_error(format!("__bytes__ returned non-bytes (type {t})")));
        }
        let t = self.type_name(v);
        Err(self.type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
        )))
    }
}

/// `ascii()`'s escaping of a repr: non-ASCII characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(spec: &str, v: f64) -> String {
        format_float(v, &parse_spec(spec, '>', "float").unwrap()).unwrap()
    }

    fn i(spec: &str, v: i64) -> String {
        format_int(v, &parse_spec(spec, '>', "int").unwrap()).unwrap()
    }

    #[test]
    fn grouping_pads_zeros_through_separators_like_cpython() {
        assert_eq!(i("010,", 1234), "00,001,234");
        assert_eq!(i("08,", 1234), "0,001,234");
        assert_eq!(i("07,", 1234), "001,234");
        assert_eq!(i("#_b", 1234), "0b100_1101_0010");
        assert_eq!(i("010_x", 1234), "0_0000_04d2");
        assert_eq!(i("#010x", 1234), "0x000004d2");
        assert_eq!(i(",", -1234567), "-1,234,567");
    }

    #[test]
    fn floats_follow_the_g_and_repr_rules() {
        assert_eq!(f(".3", 2.0), "2.0");
        assert_eq!(f(".3", 1234.0), "1.23e+03");
        assert_eq!(f("", 1e16), "1e+16");
        assert_eq!(f(".0", 123.456), "1e+02");
        assert_eq!(f("z.1f", -0.0), "0.0");
        assert_eq!(f(",g", 1234567.0), "1.23457e+06");
        assert_eq!(f("G", 12345.678), "12345.7");
        assert_eq!(f("010f", f64::INFINITY), "0000000inf");
        assert_eq!(f("+.2%", f64::NAN), "+nan%");
        assert_eq!(f("#g", 1.0), "1.00000");
        assert_eq!(f("#.0e", 5.0), "5.e+00");
        assert_eq!(f("012,.2f", 1234.5), "0,001,234.50");
    }

    #[test]
    fn spec_errors_are_cpythons() {
        assert_eq!(
            parse_spec(",_", '>', "int").unwrap_err(),
            "Cannot specify both ',' and '_'."
        );
        assert_eq!(
            parse_spec("abc", '>', "int").unwrap_err(),
            "Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(
            parse_spec(",x", '>', "int").unwrap_err(),
            "Cannot specify ',' with 'x'."
        );
    }
}

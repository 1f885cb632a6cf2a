//! Methods of `str`, `%`-formatting and `str.format`.

use crate::builtins::Builtin;
use crate::exceptions::PyResult;
use crate::interp::Interp;
use crate::object::{ObjKind, Value};

/// A parsed format spec: `[[fill]align][sign][0][width][.precision][type]`.
#[derive(Default)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    zero: bool,
    width: usize,
    precision: Option<usize>,
    kind: Option<char>,
}

/// Widths past this are refused (`MemoryError`): one format spec must not allocate gigabytes.
const MAX_WIDTH: usize = 1 << 24;

fn parse_spec(spec: &str) -> Option<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    if chars.len() >= 2 && "<>^=".contains(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && "<>^=".contains(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && "+- ".contains(chars[i]) {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    s.width = chars[start..i]
        .iter()
        .collect::<String>()
        .parse()
        .unwrap_or(0);
    if i < chars.len() && chars[i] == ',' {
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        s.precision = Some(chars[start..i].iter().collect::<String>().parse().ok()?);
    }
    if i < chars.len() {
        s.kind = Some(chars[i]);
        i += 1;
    }
    let sane = s.width <= MAX_WIDTH && s.precision.unwrap_or(0) <= MAX_WIDTH;
    (i == chars.len() && sane).then_some(s)
}

fn pad(text: String, spec: &Spec, numeric: bool) -> String {
    let len = text.chars().count();
    if len >= spec.width {
        return text;
    }
    let fill_n = spec.width - len;
    if spec.zero && spec.align.is_none() && numeric {
        let (sign, digits) = match text.strip_prefix('-') {
            Some(rest) => ("-", rest.to_string()),
            None => ("", text.clone()),
        };
        return format!("{sign}{}{digits}", "0".repeat(fill_n));
    }
    let fill = spec.fill.unwrap_or(' ');
    let align = spec.align.unwrap_or(if numeric { '>' } else { '<' });
    let f = |n: usize| fill.to_string().repeat(n);
    match align {
        '>' => format!("{}{text}", f(fill_n)),
        '^' => format!("{}{text}{}", f(fill_n / 2), f(fill_n - fill_n / 2)),
        _ => format!("{text}{}", f(fill_n)),
    }
}

impl Interp {
    /// Calls a method of `str` on `recv`.
    pub(super) fn str_method(
        &mut self,
        id: Builtin,
        recv: Value,
        args: &[Value],
    ) -> PyResult<Value> {
        use Builtin as B;
        let ObjKind::Str(s) = self.obj(recv) else {
            let t = self.type_name(recv);
            return Err(self.type_error(format!(
                "descriptor '{}' for 'str' objects doesn't apply to a '{t}' object",
                id.name()
            )));
        };
        let s = s.clone();
        let name = id.name();
        let strip_chars = |this: &mut Interp, args: &[Value]| -> PyResult<Option<Vec<char>>> {
            match args.first() {
                Some(v) if !matches!(this.obj(*v), ObjKind::None) => {
                    Ok(Some(this.expect_str(*v, "strip arg")?.chars().collect()))
                }
                _ => Ok(None),
            }
        };
        let text: String = match id {
            B::StrJoin => {
                self.check_arity(name, args, 1, 1)?;
                let mut parts = Vec::new();
                for (i, v) in self.collect_iter(args[0])?.into_iter().enumerate() {
                    match self.obj(v) {
                        ObjKind::Str(p) => parts.push(p.clone()),
                        _ => {
                            let t = self.type_name(v);
                            return Err(self.type_error(format!(
                                "sequence item {i}: expected str instance, {t} found"
                            )));
                        }
                    }
                }
                parts.iter().map(|p| &**p).collect::<Vec<&str>>().join(&s)
            }
            B::StrSplit | B::StrSplitLines => {
                let pieces: Vec<String> = if id == B::StrSplitLines {
                    s.lines().map(str::to_string).collect()
                } else {
                    self.check_arity(name, args, 0, 2)?;
                    match args
                        .first()
                        .filter(|v| !matches!(self.obj(**v), ObjKind::None))
                    {
                        Some(sep) => {
                            let sep = self.expect_str(*sep, "separator")?;
                            if sep.is_empty() {
                                return Err(self.value_error("empty separator"));
                            }
                            s.split(&*sep).map(str::to_string).collect()
                        }
                        None => s.split_whitespace().map(str::to_string).collect(),
                    }
                };
                let mut items = Vec::with_capacity(pieces.len());
                for p in pieces {
                    items.push(self.str_value(&p)?);
                }
                return self.alloc(ObjKind::List(items));
            }
            B::StrStrip | B::StrLStrip | B::StrRStrip => {
                self.check_arity(name, args, 0, 1)?;
                let chars = strip_chars(self, args)?;
                let pred = |c: char| match &chars {
                    Some(set) => set.contains(&c),
                    None => c.is_whitespace(),
                };
                match id {
                    B::StrStrip => s.trim_matches(pred).to_string(),
                    B::StrLStrip => s.trim_start_matches(pred).to_string(),
                    _ => s.trim_end_matches(pred).to_string(),
                }
            }
            B::StrUpper => s.to_uppercase(),
            B::StrLower => s.to_lowercase(),
            B::StrTitle => title_case(&s),
            B::StrCapitalize => {
                let mut c = s.chars();
                match c.next() {
                    Some(f) => f
                        .to_uppercase()
                        .chain(c.flat_map(char::to_lowercase))
                        .collect(),
                    None => String::new(),
                }
            }
            B::StrStartsWith | B::StrEndsWith => {
                self.check_arity(name, args, 1, 1)?;
                let options: Vec<std::rc::Rc<str>> = match self.obj(args[0]) {
                    ObjKind::Tuple(items) => {
                        let items = items.clone();
                        let mut out = Vec::new();
                        for v in items {
                            out.push(self.expect_str(v, "prefix")?);
                        }
                        out
                    }
                    _ => vec![self.expect_str(args[0], "prefix")?],
                };
                let r = options.iter().any(|p| {
                    if id == B::StrStartsWith {
                        s.starts_with(&**p)
                    } else {
                        s.ends_with(&**p)
                    }
                });
                return Ok(self.bool_value(r));
            }
            B::StrReplace => {
                self.check_arity(name, args, 2, 2)?;
                let old = self.expect_str(args[0], "old")?;
                let new = self.expect_str(args[1], "new")?;
                let n = s.matches(&*old).count().max(1);
                if n.saturating_mul(new.len()) > crate::eval::ops::MAX_SEQUENCE_LEN {
                    return Err(self.memory_error());
                }
                s.replace(&*old, &new)
            }
            B::StrFind | B::StrIndex | B::StrCount => {
                self.check_arity(name, args, 1, 1)?;
                let sub = self.expect_str(args[0], "substring")?;
                if id == B::StrCount {
                    let n = if sub.is_empty() {
                        s.chars().count() + 1
                    } else {
                        s.matches(&*sub).count()
                    };
                    return self.int_value(n as i64);
                }
                match s.find(&*sub) {
                    Some(byte) => return self.int_value(s[..byte].chars().count() as i64),
                    None if id == B::StrFind => return self.int_value(-1),
                    None => return Err(self.value_error("substring not found")),
                }
            }
            B::StrFormat => self.str_format(&s, args)?,
            B::StrIsDigit | B::StrIsAlpha | B::StrIsSpace => {
                let pred: fn(char) -> bool = match id {
                    B::StrIsDigit => |c| c.is_ascii_digit(),
                    B::StrIsAlpha => char::is_alphabetic,
                    _ => char::is_whitespace,
                };
                let r = !s.is_empty() && s.chars().all(pred);
                return Ok(self.bool_value(r));
            }
            B::StrLJust | B::StrRJust | B::StrCenter | B::StrZFill => {
                self.check_arity(name, args, 1, 2)?;
                let width = self.expect_int(args[0], "width")?.max(0) as usize;
                if width > crate::eval::ops::MAX_SEQUENCE_LEN {
                    return Err(self.memory_error());
                }
                let fill = match args.get(1) {
                    Some(f) => self
                        .expect_str(*f, "fill character")?
                        .chars()
                        .next()
                        .unwrap_or(' '),
                    None => ' ',
                };
                let spec = Spec {
                    fill: Some(fill),
                    align: Some(match id {
                        B::StrLJust => '<',
                        B::StrRJust => '>',
                        B::StrCenter => '^',
                        _ => '=',
                    }),
                    zero: id == B::StrZFill,
                    width,
                    ..Spec::default()
                };
                if id == B::StrZFill {
                    pad(
                        s.to_string(),
                        &Spec {
                            align: None,
                            ..spec
                        },
                        true,
                    )
                } else {
                    pad(s.to_string(), &spec, false)
                }
            }
            _ => unreachable!("str methods only"),
        };
        self.str_value(&text)
    }

    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt: &str, args: Value) -> PyResult<String> {
        let values = match self.obj(args) {
            ObjKind::Tuple(items) => items.clone(),
            _ => vec![args],
        };
        let mut next = values.into_iter();
        let mut out = String::new();
        let mut chars = fmt.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            let mut spec = String::new();
            while let Some(&d) = chars.peek() {
                if d.is_ascii_digit() || d == '.' || d == '-' || d == '+' || d == ' ' {
                    spec.push(d);
                    chars.next();
                } else {
                    break;
                }
            }
            let Some(kind) = chars.next() else {
                return Err(self.value_error("incomplete format"));
            };
            if kind == '%' {
                out.push('%');
                continue;
            }
            let Some(v) = next.next() else {
                return Err(self.type_error("not enough arguments for format string"));
            };
            let left = spec.starts_with('-');
            let spec_body = spec.trim_start_matches('-');
            let fspec = format!("{}{spec_body}{kind}", if left { "<" } else { ">" });
            let text = match kind {
                's' => self.str_of(v)?,
                'r' => self.repr(v)?,
                'd' | 'i' | 'f' | 'e' | 'g' | 'x' | 'o' => {
                    let k = if kind == 'i' { 'd' } else { kind };
                    let fspec = format!("{}{spec_body}{k}", if left { "<" } else { ">" });
                    out.push_str(&self.format_value(v, &fspec)?);
                    continue;
                }
                _ => return Err(self.value_error(format!("unsupported format character '{kind}'"))),
            };
            let Some(spec) = parse_spec(fspec.trim_end_matches(kind)) else {
                return Err(self.value_error("invalid width or precision in format"));
            };
            out.push_str(&pad(text, &spec, false));
        }
        if next.next().is_some() {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        Ok(out)
    }

    /// `fmt.format(*args)` with `{}`, `{0}` and format specs (`{:>5}`, `{:.2f}`).
    fn str_format(&mut self, fmt: &str, args: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        let mut auto = 0;
        let mut chars = fmt.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    out.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    out.push('}');
                }
                '{' => {
                    let mut field = String::new();
                    loop {
                        match chars.next() {
                            Some('}') => break,
                            Some(d) => field.push(d),
                            None => {
                                return Err(self.value_error("expected '}' before end of string"))
                            }
                        }
                    }
                    let (name, spec) = match field.split_once(':') {
                        Some((n, s)) => (n.to_string(), s.to_string()),
                        None => (field, String::new()),
                    };
                    let (name, conv) = match name.split_once('!') {
                        Some((n, c)) => (n.to_string(), Some(c.to_string())),
                        None => (name, None),
                    };
                    let index = if name.is_empty() {
                        auto += 1;
                        auto - 1
                    } else {
                        match name.parse::<usize>() {
                            Ok(i) => i,
                            Err(_) => {
                                return Err(self.err("KeyError", format!("'{name}'")));
                            }
                        }
                    };
                    let Some(v) = args.get(index).copied() else {
                        return Err(self.err(
                            "IndexError",
                            format!(
                                "Replacement index {index} out of range for positional args tuple"
                            ),
                        ));
                    };
                    let text = match conv.as_deref() {
                        Some("r") => {
                            let r = self.repr(v)?;
                            self.format_text(r, &spec)?
                        }
                        Some("s") => {
                            let r = self.str_of(v)?;
                            self.format_text(r, &spec)?
                        }
                        _ => self.format_value(v, &spec)?,
                    };
                    out.push_str(&text);
                }
                '}' => return Err(self.value_error("Single '}' encountered in format string")),
                _ => out.push(c),
            }
        }
        Ok(out)
    }

    fn format_text(&mut self, text: String, spec: &str) -> PyResult<String> {
        match parse_spec(spec) {
            Some(s) => Ok(pad(text, &s, false)),
            None => Err(self.value_error("Invalid format specifier")),
        }
    }

    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: Value, spec: &str) -> PyResult<String> {
        let Some(s) = parse_spec(spec) else {
            return Err(self.value_error("Invalid format specifier"));
        };
        let num = self.as_num(v);
        let text = match (s.kind, num) {
            (None | Some('s'), None) => self.str_of(v)?,
            (None, Some(_)) => {
                let mut t = self.str_of(v)?;
                if let (Some(p), Some(crate::eval::ops::Num::Float(f))) = (s.precision, num) {
                    t = format_g(f, p);
                }
                t
            }
            (Some('d'), Some(crate::eval::ops::Num::Int(i))) => i.to_string(),
            (Some('x'), Some(crate::eval::ops::Num::Int(i))) => format!("{i:x}"),
            (Some('o'), Some(crate::eval::ops::Num::Int(i))) => format!("{i:o}"),
            (Some('f' | 'F' | '%'), Some(n)) => {
                let f = match n {
                    crate::eval::ops::Num::Int(i) => i as f64,
                    crate::eval::ops::Num::Float(f) => f,
                };
                let p = s.precision.unwrap_or(6);
                if s.kind == Some('%') {
                    format!("{:.*}%", p, f * 100.0)
                } else {
                    format!("{f:.p$}")
                }
            }
            (Some('e'), Some(n)) => {
                let f = match n {
                    crate::eval::ops::Num::Int(i) => i as f64,
                    crate::eval::ops::Num::Float(f) => f,
                };
                crate::repr::format_exp(f, s.precision.unwrap_or(6))
            }
            (Some('g'), Some(n)) => {
                let f = match n {
                    crate::eval::ops::Num::Int(i) => i as f64,
                    crate::eval::ops::Num::Float(f) => f,
                };
                format_g(f, s.precision.unwrap_or(6))
            }
            (Some(k), _) => {
                let t = self.type_name(v);
                return Err(self.value_error(format!(
                    "Unknown format code '{k}' for object of type '{t}'"
                )));
            }
        };
        let text = match (s.sign, num) {
            (Some('+'), Some(_)) if !text.starts_with('-') => format!("+{text}"),
            (Some(' '), Some(_)) if !text.starts_with('-') => format!(" {text}"),
            _ => text,
        };
        Ok(pad(text, &s, num.is_some()))
    }
}

/// `%g`-style: `precision` significant digits, trailing zeros dropped.
fn format_g(f: f64, precision: usize) -> String {
    let p = precision.max(1);
    if f == 0.0 {
        return "0".to_string();
    }
    let exp = f.abs().log10().floor() as i32;
    if exp < -4 || exp >= p as i32 {
        let s = crate::repr::format_exp(f, p - 1);
        let (mant, e) = s.split_once('e').unwrap_or((&s, ""));
        let mant = if mant.contains('.') {
            mant.trim_end_matches('0').trim_end_matches('.')
        } else {
            mant
        };
        format!("{mant}e{e}")
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let s = format!("{f:.decimals$}");
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    }
}

fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_alpha = false;
    for c in s.chars() {
        if prev_alpha {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_alpha = c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::{run_captured, Options};

    fn run(src: &str) -> String {
        run_captured(src, &Options::default()).1
    }

    #[test]
    fn common_string_methods() {
        let src = "print('-'.join(['a', 'b']), 'a b  c'.split(), 'x,y'.split(','), '  p '.strip(), 'Ab'.upper(), 'Ab'.lower(), 'abc'.startswith('a'), 'abc'.replace('b', 'B'), 'abc'.find('c'))\n";
        assert_eq!(
            run(src),
            "a-b ['a', 'b', 'c'] ['x', 'y'] p AB ab True aBc 2\n"
        );
    }

    #[test]
    fn formatting_with_percent_and_format() {
        let src = "print('%s=%d' % ('x', 3), '%5.2f|' % 3.14159, '{} {:>4}|{:.1f}'.format('a', 'b', 2.25), '%-3s|' % 'a', '{0}{0}'.format(7))\n";
        assert_eq!(run(src), "x=3  3.14| a    b|2.2 a  | 77\n");
    }
}

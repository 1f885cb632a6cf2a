//! Methods of `str`, `%`-formatting and `str.format`.

use crate::builtins::Builtin;
use crate::runtime::case_tables::{CASEFOLD, TITLECASE};
use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};

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
                if !self.is_iterable(args[0]) {
                    return Err(self.type_error("can only join an iterable"));
                }
                let mut parts = Vec::new();
                for (i, v) in self.collect_iter(args[0])?.into_iter().enumerate() {
                    match self.obj(self.unwrap_value(v)) {
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
                // The first character in titlecase (3.8+), the rest in lowercase.
                let mut c = s.chars();
                let mut out = String::with_capacity(s.len());
                if let Some(f) = c.next() {
                    push_titlecase(&mut out, f);
                    let chars: Vec<char> = s.chars().collect();
                    for i in 1..chars.len() {
                        push_lowercase(&mut out, &chars, i);
                    }
                }
                out
            }
            B::StrStartsWith | B::StrEndsWith => {
                self.check_arity(name, args, 1, 3)?;
                // `start`/`end` narrow the text tested, as a slice would.
                let (lo, hi) = self.search_bounds(&s, &args[1..])?;
                if lo == usize::MAX {
                    return Ok(self.bool_value(false));
                }
                let s: std::rc::Rc<str> = std::rc::Rc::from(&s[lo..hi]);
                let options: Vec<crate::runtime::str_text::StrText> = match self.obj(args[0]) {
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
                self.check_arity(name, args, 2, 3)?;
                let old = self.expect_str(args[0], "old")?;
                let new = self.expect_str(args[1], "new")?;
                // A negative count (the default) replaces every occurrence.
                let count = match args.get(2) {
                    Some(c) => self.expect_int(*c, "count")?,
                    None => -1,
                };
                let n = s.matches(&*old).count().max(1);
                if n.saturating_mul(new.len()) > crate::eval::ops::MAX_SEQUENCE_LEN {
                    return Err(self.memory_error());
                }
                match usize::try_from(count) {
                    Ok(count) => s.replacen(&*old, &new, count),
                    Err(_) => s.replace(&*old, &new),
                }
            }
            B::StrFormat => self.str_format(&s, args, &[])?,
            B::StrLJust | B::StrRJust | B::StrCenter | B::StrZFill => {
                self.check_arity(name, args, 1, 2)?;
                let width = self.expect_int(args[0], "width")?.max(0) as usize;
                if width > crate::eval::ops::MAX_SEQUENCE_LEN {
                    return Err(self.memory_error());
                }
                let fill = match args.get(1) {
                    Some(f) if id != B::StrZFill => {
                        let f = self.expect_str(*f, "fill character")?;
                        let mut chars = f.chars();
                        match (chars.next(), chars.next()) {
                            (Some(c), None) => c,
                            _ => {
                                return Err(self.type_error(
                                    "The fill character must be exactly one character long",
                                ))
                            }
                        }
                    }
                    Some(_) => {
                        return Err(self
                            .type_error(format!("{name}() takes exactly one argument (2 given)")))
                    }
                    None => ' ',
                };
                justify(&s, id, width, fill)
            }
            _ => return self.str_method_more(id, &s, args),
        };
        self.str_value(&text)
    }
}

/// `ljust`, `rjust`, `center` (CPython's odd-width rule) and `zfill` (zeros after the sign).
fn justify(s: &str, id: Builtin, width: usize, fill: char) -> String {
    let len = s.chars().count();
    if len >= width {
        return s.to_string();
    }
    let marg = width - len;
    let f = |n: usize| fill.to_string().repeat(n);
    match id {
        Builtin::StrLJust => format!("{s}{}", f(marg)),
        Builtin::StrRJust => format!("{}{s}", f(marg)),
        Builtin::StrCenter => {
            let left = marg / 2 + (marg & width & 1);
            format!("{}{s}{}", f(left), f(marg - left))
        }
        _ => match s.chars().next() {
            Some(c @ ('+' | '-')) => format!("{c}{}{}", "0".repeat(marg), &s[1..]),
            _ => format!("{}{s}", "0".repeat(marg)),
        },
    }
}

fn title_case(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lowercase(&mut out, &chars, i);
        } else {
            push_titlecase(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `chars[i]` in lowercase, with Unicode's final-sigma rule as CPython applies it: a capital
/// sigma after a cased letter and not before one (case-ignorable characters skipped) is `ς`.
pub(crate) fn push_lowercase(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        out.extend(c.to_lowercase());
        return;
    }
    let before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c));
    let after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c));
    let is_final = before.is_some_and(|c| is_cased(*c)) && !after.is_some_and(|c| is_cased(*c));
    out.push(if is_final { '\u{3c2}' } else { '\u{3c3}' });
}

/// Characters the final-sigma rule looks through: apostrophes, periods and combining marks
/// (an approximation of Unicode's Case_Ignorable property).
fn is_case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '\u{b7}' | '\u{2019}' | '\u{ad}')
        || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Whether `c` has case (Unicode's Lu, Ll, Lt and the other cased letters), as `str.title`
/// tests the character before a letter.
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || lookup(TITLECASE, c).is_some()
}

/// `c`'s titlecase: its uppercase except for the digraphs and ligatures the table lists.
pub(crate) fn push_titlecase(out: &mut String, c: char) {
    match lookup(TITLECASE, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_uppercase()),
    }
}

/// `s.casefold()`: full case folding, which is lowercase except where the table says.
pub(crate) fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup(CASEFOLD, c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn lookup(table: &'static [(char, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&c, |(k, _)| *k)
        .ok()
        .map(|i| table[i].1)
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

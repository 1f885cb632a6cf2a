//! The rest of `str`'s methods, as CPython 3.11 has them: searching with `start`/`end`
//! (`find`, `rfind`, `index`, `rindex`, `count`), `split`/`rsplit` with `maxsplit`,
//! `splitlines(keepends)`, `partition`, the `is*` predicates, case changes, `expandtabs`,
//! `removeprefix`/`removesuffix`, `translate`/`maketrans`, `format_map`, and `encode` (in
//! `builtins::bytes`).

use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};

/// Python's line boundaries for `splitlines`.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// A cased character (upper, lower or title case), as Python's `isupper`/`istitle` count.
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// A titlecase letter such as `ǅ`: neither upper nor lower, and changed by both mappings.
fn is_titlecase(c: char) -> bool {
    !c.is_uppercase()
        && !c.is_lowercase()
        && c.to_uppercase().ne(std::iter::once(c))
        && c.to_lowercase().ne(std::iter::once(c))
}

/// `str.isdigit`/`isdecimal`, approximated: numeric characters other than fractions and
/// Roman numerals.
fn is_digit_char(c: char) -> bool {
    c.is_ascii_digit()
        || (!c.is_ascii()
            && c.is_numeric()
            && !('\u{bc}'..='\u{be}').contains(&c)
            && !('\u{2150}'..='\u{218b}').contains(&c))
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

fn is_title(s: &str) -> bool {
    let mut prev_cased = false;
    let mut any = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    any
}

fn expand_tabs(s: &str, tab: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

/// `s.split(sep, maxsplit)` / `rsplit` on whitespace runs when `sep` is `None`.
fn split(s: &str, sep: Option<&str>, maxsplit: i64, from_right: bool) -> Vec<String> {
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some(sep) if from_right => {
            let mut out: Vec<String> = s
                .rsplitn(max.saturating_add(1), sep)
                .map(String::from)
                .collect();
            out.reverse();
            out
        }
        Some(sep) => s
            .splitn(max.saturating_add(1), sep)
            .map(String::from)
            .collect(),
        None => {
            let chars: Vec<char> = s.chars().collect();
            let mut out = Vec::new();
            if from_right {
                let mut end = chars.len();
                loop {
                    while end > 0 && chars[end - 1].is_whitespace() {
                        end -= 1;
                    }
                    if end == 0 {
                        break;
                    }
                    if out.len() == max {
                        out.push(chars[..end].iter().collect());
                        break;
                    }
                    let mut start = end;
                    while start > 0 && !chars[start - 1].is_whitespace() {
                        start -= 1;
                    }
                    out.push(chars[start..end].iter().collect());
                    end = start;
                }
                out.reverse();
            } else {
                let mut start = 0;
                loop {
                    while start < chars.len() && chars[start].is_whitespace() {
                        start += 1;
                    }
                    if start == chars.len() {
                        break;
                    }
                    if out.len() == max {
                        out.push(chars[start..].iter().collect());
                        break;
                    }
                    let mut end = start;
                    while end < chars.len() && !chars[end].is_whitespace() {
                        end += 1;
                    }
                    out.push(chars[start..end].iter().collect());
                    start = end;
                }
            }
            out
        }
    }
}

impl Interp {
    /// The `start`/`end` arguments of a search, as byte offsets into `s` (slice semantics on
    /// characters, `None` meaning the ends).
    pub(super) fn search_bounds(&mut self, s: &str, args: &[Value]) -> PyResult<(usize, usize)> {
        let n = s.chars().count() as i64;
        let bound = |this: &mut Interp, v: Option<&Value>, default: i64| -> PyResult<i64> {
            match v {
                Some(v) if !matches!(this.obj(*v), ObjKind::None) => {
                    let i = this.expect_index(*v)?;
                    Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
                }
                _ => Ok(default),
            }
        };
        if let Some(v) = args.first() {
            // A start past the end finds nothing, not even the empty string.
            if self.strict_int(*v).is_some_and(|i| i > n) {
                return Ok((usize::MAX, 0));
            }
        }
        let lo = bound(self, args.first(), 0)?;
        let hi = bound(self, args.get(1), n)?;
        let byte = |k: i64| s.char_indices().nth(k as usize).map_or(s.len(), |(b, _)| b);
        if lo > hi {
            return Ok((usize::MAX, 0));
        }
        Ok((byte(lo), byte(hi)))
    }

    /// An int argument used as an index (`slice indices must be integers` otherwise).
    fn expect_index(&mut self, v: Value) -> PyResult<i64> {
        match self.strict_int(v) {
            Some(i) => Ok(i),
            None => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// Methods of `str` not in `str_methods`; `s` is the receiver's text.
    pub(super) fn str_method_more(
        &mut self,
        id: Builtin,
        s: &str,
        args: &[Value],
    ) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        match id {
            B::StrFind | B::StrRFind | B::StrIndex | B::StrRIndex | B::StrCount => {
                self.check_arity(name, args, 1, 3)?;
                let sub = self.expect_str(args[0], "substring")?;
                let (lo, hi) = self.search_bounds(s, &args[1..])?;
                if lo == usize::MAX || lo > hi {
                    return match id {
                        B::StrCount => self.int_value(0),
                        B::StrFind | B::StrRFind => self.int_value(-1),
                        _ => Err(self.value_error("substring not found")),
                    };
                }
                let hay = &s[lo..hi];
                if id == B::StrCount {
                    let n = if sub.is_empty() {
                        hay.chars().count() + 1
                    } else {
                        hay.matches(&*sub).count()
                    };
                    return self.int_value(n as i64);
                }
                let found = if matches!(id, B::StrFind | B::StrIndex) {
                    hay.find(&*sub)
                } else {
                    hay.rfind(&*sub)
                };
                match found {
                    Some(b) => {
                        let at = s[..lo + b].chars().count();
                        self.int_value(at as i64)
                    }
                    None if matches!(id, B::StrFind | B::StrRFind) => self.int_value(-1),
                    None => Err(self.value_error("substring not found")),
                }
            }
            B::StrSplit | B::StrRSplit => {
                self.check_arity(name, args, 0, 2)?;
                let sep = match args.first() {
                    Some(v) if !matches!(self.obj(*v), ObjKind::None) => {
                        let sep = self.expect_str(*v, "must be str or None, not")?;
                        if sep.is_empty() {
                            return Err(self.value_error("empty separator"));
                        }
                        Some(sep)
                    }
                    _ => None,
                };
                let max = match args.get(1) {
                    Some(v) => self.expect_int(*v, "maxsplit")?,
                    None => -1,
                };
                let pieces = split(s, sep.as_deref(), max, id == B::StrRSplit);
                self.str_list(pieces)
            }
            B::StrSplitLines => {
                self.check_arity(name, args, 0, 1)?;
                let keep = match args.first() {
                    Some(v) => self.truthy(*v)?,
                    None => false,
                };
                let mut pieces = Vec::new();
                let mut cur = String::new();
                let mut chars = s.chars().peekable();
                while let Some(c) = chars.next() {
                    if is_line_break(c) {
                        let mut end = c.to_string();
                        if c == '\r' && chars.peek() == Some(&'\n') {
                            chars.next();
                            end.push('\n');
                        }
                        if keep {
                            cur.push_str(&end);
                        }
                        pieces.push(std::mem::take(&mut cur));
                    } else {
                        cur.push(c);
                    }
                }
                if !cur.is_empty() {
                    pieces.push(cur);
                }
                self.str_list(pieces)
            }
            B::StrPartition | B::StrRPartition => {
                self.check_arity(name, args, 1, 1)?;
                let sep = self.expect_str(args[0], "separator")?;
                if sep.is_empty() {
                    return Err(self.value_error("empty separator"));
                }
                let found = if id == B::StrPartition {
                    s.find(&*sep)
                } else {
                    s.rfind(&*sep)
                };
                let parts = match found {
                    Some(b) => [&s[..b], &*sep, &s[b + sep.len()..]],
                    None if id == B::StrPartition => [s, "", ""],
                    None => ["", "", s],
                };
                let mut items = Vec::with_capacity(3);
                for p in parts {
                    items.push(self.str_value(p)?);
                }
                self.alloc(ObjKind::Tuple(items))
            }
            B::StrIsUpper
            | B::StrIsLower
            | B::StrIsAlnum
            | B::StrIsAlpha
            | B::StrIsDigit
            | B::StrIsDecimal
            | B::StrIsNumeric
            | B::StrIsSpace
            | B::StrIsIdentifier
            | B::StrIsTitle
            | B::StrIsAscii
            | B::StrIsPrintable => {
                self.check_arity(name, args, 0, 0)?;
                let nonempty = !s.is_empty();
                let r = match id {
                    B::StrIsUpper => s.chars().any(is_cased) && !s.chars().any(char::is_lowercase),
                    B::StrIsLower => s.chars().any(is_cased) && !s.chars().any(char::is_uppercase),
                    B::StrIsAlnum => nonempty && s.chars().all(char::is_alphanumeric),
                    B::StrIsAlpha => nonempty && s.chars().all(char::is_alphabetic),
                    B::StrIsDigit | B::StrIsDecimal => nonempty && s.chars().all(is_digit_char),
                    B::StrIsNumeric => nonempty && s.chars().all(char::is_numeric),
                    B::StrIsSpace => nonempty && s.chars().all(char::is_whitespace),
                    B::StrIsIdentifier => is_identifier(s),
                    B::StrIsTitle => is_title(s),
                    B::StrIsAscii => s.is_ascii(),
                    _ => s.chars().all(|c| {
                        !c.is_control() && (c == ' ' || !c.is_whitespace()) && c != '\u{ad}'
                    }),
                };
                Ok(self.bool_value(r))
            }
            B::StrSwapCase | B::StrCaseFold => {
                self.check_arity(name, args, 0, 0)?;
                let t: String = if id == B::StrCaseFold {
                    super::str_methods::casefold(s)
                } else {
                    let chars: Vec<char> = s.chars().collect();
                    let mut out = String::with_capacity(s.len());
                    for (i, &c) in chars.iter().enumerate() {
                        if c.is_uppercase() {
                            super::str_methods::push_lowercase(&mut out, &chars, i);
                        } else if c.is_lowercase() {
                            out.extend(c.to_uppercase());
                        } else {
                            out.push(c);
                        }
                    }
                    out
                };
                self.str_value(&t)
            }
            B::StrExpandTabs => {
                self.check_arity(name, args, 0, 1)?;
                let tab = match args.first() {
                    Some(v) => self.expect_int(*v, "tabsize")?,
                    None => 8,
                };
                if tab > 1 << 20 {
                    return Err(self.memory_error());
                }
                self.str_value(&expand_tabs(s, tab))
            }
            B::StrRemovePrefix | B::StrRemoveSuffix => {
                self.check_arity(name, args, 1, 1)?;
                let a = self.expect_str(args[0], &format!("{name}() argument"))?;
                let t = if id == B::StrRemovePrefix {
                    s.strip_prefix(&*a).unwrap_or(s)
                } else {
                    s.strip_suffix(&*a).unwrap_or(s)
                };
                self.str_value(t)
            }
            B::StrTranslate => {
                self.check_arity(name, args, 1, 1)?;
                let table = args[0];
                let mut out = String::with_capacity(s.len());
                for c in s.chars() {
                    let k = self.int_value(c as i64)?;
                    let mapped = match self.getitem(table, k) {
                        Ok(v) => v,
                        Err(e) if self.err_is(&e, Exc::LookupError) => {
                            out.push(c);
                            continue;
                        }
                        Err(e) => return Err(e),
                    };
                    match self.obj(mapped) {
                        ObjKind::None => {}
                        ObjKind::Str(t) => out.push_str(t),
                        ObjKind::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                            Some(ch) => out.push(ch),
                            None => {
                                return Err(self
                                    .value_error("character mapping must be in range(0x110000)"))
                            }
                        },
                        _ => {
                            return Err(self
                                .type_error("character mapping must return integer, None or str"))
                        }
                    }
                }
                self.str_value(&out)
            }
            B::StrEncode => self.str_encode(s, args),
            B::StrFormatMap => {
                self.check_arity(name, args, 1, 1)?;
                let t = self.str_format_map(s, args[0])?;
                self.str_value(&t)
            }
            _ => unreachable!("str methods only"),
        }
    }

    /// A list of new strs.
    fn str_list(&mut self, pieces: Vec<String>) -> PyResult<Value> {
        let mut items = Vec::with_capacity(pieces.len());
        for p in pieces {
            items.push(self.str_value(&p)?);
        }
        self.alloc(ObjKind::List(items))
    }

    /// `str.maketrans(x[, y[, z]])`: the translation dict `translate` takes.
    pub(super) fn str_maketrans(&mut self, args: &[Value]) -> PyResult<Value> {
        self.check_static_arity(Builtin::StrMakeTrans, "str", args)?;
        let d = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
        if args.len() == 1 {
            let pairs: Vec<(Value, Value)> = match self.obj(args[0]) {
                ObjKind::Dict(t) => t.iter().map(|e| (e.key, e.value)).collect(),
                _ => {
                    return Err(self.type_error(
                        "if you give only one argument to maketrans it must be a dict",
                    ))
                }
            };
            for (k, v) in pairs {
                let key = match self.obj(k) {
                    ObjKind::Int(_) => k,
                    ObjKind::Str(s) if s.chars().count() == 1 => {
                        let c = s.chars().next().unwrap_or('\0');
                        self.int_value(c as i64)?
                    }
                    _ => {
                        return Err(
                            self.value_error("string keys in translate table must be of length 1")
                        )
                    }
                };
                self.dict_set(d, key, v)?;
            }
            return Ok(d);
        }
        let x = self.expect_str(args[0], "maketrans() argument 1")?;
        let y = self.expect_str(args[1], "maketrans() argument 2")?;
        if x.chars().count() != y.chars().count() {
            return Err(
                self.value_error("the first two maketrans arguments must have equal length")
            );
        }
        for (a, b) in x.chars().zip(y.chars()) {
            let k = self.int_value(a as i64)?;
            let v = self.int_value(b as i64)?;
            self.dict_set(d, k, v)?;
        }
        if let Some(z) = args.get(2) {
            let z = self.expect_str(*z, "maketrans() argument 3")?;
            for c in z.chars() {
                let k = self.int_value(c as i64)?;
                let none = self.none();
                self.dict_set(d, k, none)?;
            }
        }
        Ok(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_from_either_end_with_maxsplit() {
        assert_eq!(split("a b  c", None, 1, true), ["a b", "c"]);
        assert_eq!(split("  a b c ", None, 1, false), ["a", "b c "]);
        assert_eq!(split("a,b,c", Some(","), 1, true), ["a,b", "c"]);
        assert_eq!(split("a,b,c", Some(","), -1, false), ["a", "b", "c"]);
    }

    #[test]
    fn predicates_and_tabs() {
        assert!(is_title("Ab Cd") && !is_title("AB"));
        assert!(is_identifier("a_1") && !is_identifier("1a"));
        assert_eq!(expand_tabs("a\tb", 4), "a   b");
    }
}

//! The Rust half of `re` (`modules/py/re.py`): Python's regular-expression syntax translated to
//! `fancy_regex`'s (which has backreferences and lookaround), the compiled expressions cached per
//! `(pattern, flags)`, and searches that report spans in characters, as Python counts them, with
//! the matched texts (slicing a large `str` by characters is not O(1) in minipy).
//!
//! Iteration (`findall`, `finditer`, `sub`, `split`) follows CPython 3.7+: after an empty match
//! the next match may not be empty at the same position (a non-empty one there is tried first,
//! with `find_not_empty`), and an empty match right after a non-empty one is allowed.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use fancy_regex::{Regex, RegexBuilder, RegexInput};

use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};

use super::stdlib::Kwargs;

/// Python's flag bits.
pub const IGNORECASE: i64 = 2;
pub const LOCALE: i64 = 4;
pub const MULTILINE: i64 = 8;
pub const DOTALL: i64 = 16;
pub const UNICODE: i64 = 32;
pub const VERBOSE: i64 = 64;
pub const ASCII: i64 = 256;

/// Why a pattern cannot be used: bad syntax (`re.error`) or a construct minipy lacks
/// (`NotImplementedError`).
#[derive(Debug, PartialEq)]
pub enum TranslateError {
    Syntax(String),
    Unsupported(String),
}

/// A pattern translated to `fancy_regex` syntax.
#[derive(Debug)]
pub struct Translated {
    /// The pattern, flags included as an inline prefix.
    pub regex: String,
    /// The flags, with those the pattern sets inline (`(?i)`) added.
    pub flags: i64,
    /// For each capture group (from 1), the group it is nested in (0: none).
    pub parents: Vec<usize>,
    /// For each capture group (from 1), its name.
    pub names: Vec<Option<String>>,
}

fn syntax<T>(msg: impl Into<String>) -> Result<T, TranslateError> {
    Err(TranslateError::Syntax(msg.into()))
}

/// Translates Python pattern `pat` with `flags`.
pub fn translate(pat: &str, mut flags: i64) -> Result<Translated, TranslateError> {
    let chars: Vec<char> = pat.chars().collect();
    // Global inline flags, which Python 3.11 takes only at the start.
    let mut i = 0;
    while chars.get(i) == Some(&'(') && chars.get(i + 1) == Some(&'?') {
        let mut j = i + 2;
        let mut f = 0;
        while let Some(&c) = chars.get(j) {
            let bit = match c {
                'i' => IGNORECASE,
                'm' => MULTILINE,
                's' => DOTALL,
                'x' => VERBOSE,
                'a' => ASCII,
                'u' => UNICODE,
                'L' => LOCALE,
                _ => break,
            };
            f |= bit;
            j += 1;
        }
        if j == i + 2 || chars.get(j) != Some(&')') {
            break;
        }
        flags |= f;
        i = j + 1;
    }
    if flags & LOCALE != 0 {
        return syntax("cannot use LOCALE flag with a str pattern");
    }
    if flags & ASCII != 0 && flags & UNICODE != 0 {
        return syntax("ASCII and UNICODE flags are incompatible");
    }
    let verbose = flags & VERBOSE != 0;
    let ascii = flags & ASCII != 0;
    let multiline = flags & MULTILINE != 0;
    let mut out = String::new();
    if flags & IGNORECASE != 0 {
        out.push_str("(?i)");
    }
    if flags & DOTALL != 0 {
        out.push_str("(?s)");
    }
    if multiline {
        out.push_str("(?m)");
    }
    let mut parents = Vec::new();
    let mut names = Vec::new();
    // Open parentheses: Some(group number) for capture groups.
    let mut open: Vec<Option<usize>> = Vec::new();
    let mut in_class = false;
    let mut class_start = 0usize;
    let n = chars.len();
    while i < n {
        let c = chars[i];
        if in_class {
            match c {
                ']' if i > class_start => {
                    in_class = false;
                    out.push(']');
                }
                '[' | '&' | '~' | ']' => {
                    out.push('\\');
                    out.push(c);
                }
                '-' if chars.get(i + 1) == Some(&'-') => {
                    out.push_str("\\-");
                }
                '\\' => {
                    i = escape(&chars, i, true, ascii, &mut out)?;
                    continue;
                }
                _ => out.push(c),
            }
            i += 1;
            continue;
        }
        match c {
            '\\' => {
                i = escape(&chars, i, false, ascii, &mut out)?;
                continue;
            }
            '[' => {
                in_class = true;
                out.push('[');
                i += 1;
                if chars.get(i) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                class_start = i;
                if chars.get(i) == Some(&']') {
                    out.push_str("\\]");
                    i += 1;
                }
                continue;
            }
            '(' => {
                if chars.get(i + 1) == Some(&'?') {
                    let rest: String = chars[i + 2..n.min(i + 5)].iter().collect();
                    if rest.starts_with("P<") {
                        let close = find(&chars, i + 4, '>').ok_or_else(|| {
                            TranslateError::Syntax("missing >, unterminated name".into())
                        })?;
                        let name: String = chars[i + 4..close].iter().collect();
                        if !is_identifier(&name) {
                            return syntax(format!("bad character in group name '{name}'"));
                        }
                        if names
                            .iter()
                            .any(|n: &Option<String>| n.as_deref() == Some(&name))
                        {
                            return syntax(format!("redefinition of group name '{name}'"));
                        }
                        names.push(Some(name.clone()));
                        parents.push(open.iter().rev().flatten().next().copied().unwrap_or(0));
                        open.push(Some(names.len()));
                        out.push_str(&format!("(?P<{name}>"));
                        i = close + 1;
                        continue;
                    }
                    if rest.starts_with("P=") {
                        let close = find(&chars, i + 4, ')').ok_or_else(|| {
                            TranslateError::Syntax("missing ), unterminated name".into())
                        })?;
                        let name: String = chars[i + 4..close].iter().collect();
                        if !names.iter().any(|n| n.as_deref() == Some(&name)) {
                            return syntax(format!("unknown group name '{name}'"));
                        }
                        out.push_str(&format!("\\k<{name}>"));
                        i = close + 1;
                        continue;
                    }
                    if rest.starts_with('#') {
                        let close = find(&chars, i + 2, ')').ok_or_else(|| {
                            TranslateError::Syntax("missing ), unterminated comment".into())
                        })?;
                        i = close + 1;
                        continue;
                    }
                    if rest.starts_with('(') {
                        return Err(TranslateError::Unsupported(
                            "re: conditional groups (?(id)yes|no) are not supported".into(),
                        ));
                    }
                    if rest.starts_with(':')
                        || rest.starts_with('=')
                        || rest.starts_with('!')
                        || rest.starts_with("<=")
                        || rest.starts_with("<!")
                        || rest.starts_with('>')
                    {
                        open.push(None);
                        out.push_str("(?");
                        i += 2;
                        continue;
                    }
                    // Scoped flags `(?i:...)`, `(?-i:...)`.
                    let mut j = i + 2;
                    while j < n && "imsx-au".contains(chars[j]) {
                        j += 1;
                    }
                    if j > i + 2 && chars.get(j) == Some(&':') {
                        let spec: String = chars[i + 2..j].iter().collect();
                        if spec.contains('x') || spec.contains('a') || spec.contains('u') {
                            return Err(TranslateError::Unsupported(format!(
                                "re: scoped flags (?{spec}:...) are not supported"
                            )));
                        }
                        open.push(None);
                        out.push_str(&format!("(?{spec}:"));
                        i = j + 1;
                        continue;
                    }
                    if j > i + 2 && chars.get(j) == Some(&')') {
                        return syntax(format!(
                            "global flags not at the start of the expression at position {i}"
                        ));
                    }
                    let what: String = chars[i + 1..n.min(i + 3)].iter().collect();
                    return syntax(format!("unknown extension {what} at position {}", i + 1));
                }
                names.push(None);
                parents.push(open.iter().rev().flatten().next().copied().unwrap_or(0));
                open.push(Some(names.len()));
                out.push('(');
            }
            ')' => {
                if open.pop().is_none() {
                    return syntax(format!("unbalanced parenthesis at position {i}"));
                }
                out.push(')');
            }
            '$' => {
                if multiline {
                    out.push('$');
                } else {
                    out.push_str("(?=\\n?\\z)");
                }
            }
            '{' => {
                // A quantifier `{n}`, `{n,}`, `{,m}`, `{n,m}`; otherwise a literal brace.
                let close = find(&chars, i + 1, '}');
                let body: Option<String> = close.map(|e| chars[i + 1..e].iter().collect());
                let valid = body.as_deref().is_some_and(|b| {
                    let (lo, hi) = b.split_once(',').unwrap_or((b, b));
                    !b.is_empty()
                        && lo.chars().all(|c| c.is_ascii_digit())
                        && hi.chars().all(|c| c.is_ascii_digit())
                        && (b.contains(',') || !lo.is_empty())
                });
                if valid {
                    let b = body.unwrap_or_default();
                    let (lo, hi) = b
                        .split_once(',')
                        .map_or((b.as_str(), None), |(l, h)| (l, Some(h)));
                    let lo = if lo.is_empty() { "0" } else { lo };
                    if let (Some(h), Ok(l)) = (hi, lo.parse::<u64>()) {
                        if h.parse::<u64>().is_ok_and(|h| h < l) {
                            return syntax(format!(
                                "min repeat greater than max repeat at position {}",
                                i + 1
                            ));
                        }
                    }
                    match hi {
                        Some(h) => out.push_str(&format!("{{{lo},{h}}}")),
                        None => out.push_str(&format!("{{{lo}}}")),
                    }
                    i = close.unwrap_or(i) + 1;
                    continue;
                }
                out.push_str("\\{");
            }
            '}' => out.push_str("\\}"),
            '#' if verbose => {
                while i < n && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            c if verbose && c.is_whitespace() => {}
            _ => out.push(c),
        }
        i += 1;
    }
    if in_class {
        return syntax(format!(
            "unterminated character set at position {class_start}"
        ));
    }
    if !open.is_empty() {
        return syntax("missing ), unterminated subpattern");
    }
    Ok(Translated {
        regex: out,
        flags,
        parents,
        names,
    })
}

fn find(chars: &[char], from: usize, c: char) -> Option<usize> {
    chars
        .get(from..)?
        .iter()
        .position(|&x| x == c)
        .map(|p| p + from)
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic())
        && cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// Translates the escape at `chars[i]` (a backslash); returns the index after it.
fn escape(
    chars: &[char],
    i: usize,
    in_class: bool,
    ascii: bool,
    out: &mut String,
) -> Result<usize, TranslateError> {
    let Some(&c) = chars.get(i + 1) else {
        return syntax(format!("bad escape (end of pattern) at position {i}"));
    };
    let hex = |len: usize| -> Result<u32, TranslateError> {
        let digits: String = chars
            .get(i + 2..i + 2 + len)
            .unwrap_or(&[])
            .iter()
            .collect();
        if digits.len() != len || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
            return syntax(format!("incomplete escape \\{c}{digits} at position {i}"));
        }
        Ok(u32::from_str_radix(&digits, 16).unwrap_or(0))
    };
    let push_cp = |cp: u32, out: &mut String| -> Result<(), TranslateError> {
        if char::from_u32(cp).is_none() {
            return Err(TranslateError::Unsupported(
                "re: surrogate code points are not supported".into(),
            ));
        }
        out.push_str(&format!("\\x{{{cp:x}}}"));
        Ok(())
    };
    match c {
        'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
            if ascii {
                let class = match c {
                    'd' => "[0-9]",
                    'D' => "[^0-9]",
                    'w' => "[a-zA-Z0-9_]",
                    'W' => "[^a-zA-Z0-9_]",
                    's' => "[ \\t\\n\\r\\x0c\\x0b]",
                    _ => "[^ \\t\\n\\r\\x0c\\x0b]",
                };
                out.push_str(if in_class {
                    &class[1..class.len() - 1]
                } else {
                    class
                });
                if in_class && c.is_ascii_uppercase() {
                    return Err(TranslateError::Unsupported(
                        "re: \\D, \\W, \\S inside a set with the ASCII flag are not supported"
                            .into(),
                    ));
                }
            } else {
                out.push('\\');
                out.push(c);
            }
            Ok(i + 2)
        }
        'A' | 'Z' | 'b' | 'B' if !in_class => {
            if ascii && (c == 'b' || c == 'B') {
                return Err(TranslateError::Unsupported(
                    "re: \\b and \\B with the ASCII flag are not supported".into(),
                ));
            }
            out.push_str(match c {
                'A' => "\\A",
                'Z' => "\\z",
                'b' => "\\b",
                _ => "\\B",
            });
            Ok(i + 2)
        }
        'b' => {
            out.push_str("\\x08");
            Ok(i + 2)
        }
        'n' | 't' | 'r' | 'f' | 'v' | 'a' => {
            out.push('\\');
            out.push(c);
            Ok(i + 2)
        }
        'x' => {
            push_cp(hex(2)?, out)?;
            Ok(i + 4)
        }
        'u' => {
            push_cp(hex(4)?, out)?;
            Ok(i + 6)
        }
        'U' => {
            push_cp(hex(8)?, out)?;
            Ok(i + 10)
        }
        '0' => {
            let mut j = i + 2;
            let mut v = 0;
            while j < i + 4 && chars.get(j).is_some_and(|d| ('0'..='7').contains(d)) {
                v = v * 8 + chars[j].to_digit(8).unwrap_or(0);
                j += 1;
            }
            push_cp(v, out)?;
            Ok(j)
        }
        '1'..='9' => {
            // Three octal digits are an octal escape; otherwise a group reference.
            let d: Vec<char> = chars
                .get(i + 1..(i + 4).min(chars.len()))
                .unwrap_or(&[])
                .to_vec();
            if d.len() == 3 && d.iter().all(|c| ('0'..='7').contains(c)) {
                let v = d.iter().fold(0, |v, c| v * 8 + c.to_digit(8).unwrap_or(0));
                if v > 0o377 {
                    return syntax(format!(
                        "octal escape value \\{} outside of range 0-0o377 at position {i}",
                        d.iter().collect::<String>()
                    ));
                }
                push_cp(v, out)?;
                return Ok(i + 4);
            }
            if in_class {
                return syntax(format!("bad escape \\{c} at position {i}"));
            }
            let mut j = i + 1;
            while j < i + 3 && chars.get(j).is_some_and(char::is_ascii_digit) {
                j += 1;
            }
            let num: String = chars[i + 1..j].iter().collect();
            out.push_str(&format!("(?:\\{num})"));
            Ok(j)
        }
        'N' => Err(TranslateError::Unsupported(
            "re: \\N{...} named characters are not supported".into(),
        )),
        c if c.is_ascii_alphanumeric() => syntax(format!("bad escape \\{c} at position {i}")),
        c => {
            if "\\.+*?()|[]{}^$#&-~".contains(c) {
                out.push('\\');
            }
            out.push(c);
            Ok(i + 2)
        }
    }
}

/// A compiled pattern: the search expression, and two made when first needed: the one that must
/// end at the end (`fullmatch`) and the one whose matches may not be empty.
struct Compiled {
    base: Regex,
    full: RefCell<Option<Rc<Regex>>>,
    nonempty: RefCell<Option<Option<Rc<Regex>>>>,
    regex: String,
    groups: usize,
    info: Translated,
}

thread_local! {
    static CACHE: RefCell<HashMap<(String, i64), Rc<Compiled>>> = RefCell::new(HashMap::new());
}

fn build(regex: &str, nonempty: bool) -> Result<Regex, String> {
    RegexBuilder::new(regex)
        .backtrack_limit(100_000_000)
        .find_not_empty(nonempty)
        .build()
        .map_err(|e| e.to_string())
}

fn compile(pat: &str, flags: i64) -> Result<Rc<Compiled>, TranslateError> {
    let key = (pat.to_string(), flags);
    if let Some(c) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(c);
    }
    let info = translate(pat, flags)?;
    let base = build(&info.regex, false).map_err(TranslateError::Syntax)?;
    let groups = info.names.len();
    let c = Rc::new(Compiled {
        base,
        full: RefCell::new(None),
        nonempty: RefCell::new(None),
        regex: info.regex.clone(),
        groups,
        info,
    });
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() > 512 {
            cache.clear();
        }
        cache.insert(key, c.clone());
    });
    Ok(c)
}

impl Compiled {
    fn full(&self) -> Result<Rc<Regex>, String> {
        if let Some(r) = &*self.full.borrow() {
            return Ok(r.clone());
        }
        let r = Rc::new(build(&format!("(?:{})\\z", self.regex), false)?);
        *self.full.borrow_mut() = Some(r.clone());
        Ok(r)
    }

    fn nonempty(&self) -> Option<Rc<Regex>> {
        if let Some(r) = &*self.nonempty.borrow() {
            return r.clone();
        }
        let r = build(&self.regex, true).ok().map(Rc::new);
        *self.nonempty.borrow_mut() = Some(r.clone());
        r
    }
}

/// Byte offsets and character indices of one text.
struct Offsets {
    /// Byte offset of each character, and the length at the end; empty for ASCII text.
    starts: Vec<usize>,
    len: usize,
}

impl Offsets {
    fn new(s: &str) -> Self {
        let starts = if s.is_ascii() {
            Vec::new()
        } else {
            s.char_indices().map(|(b, _)| b).chain([s.len()]).collect()
        };
        Offsets {
            starts,
            len: s.len(),
        }
    }

    fn chars(&self) -> usize {
        if self.starts.is_empty() {
            self.len
        } else {
            self.starts.len() - 1
        }
    }

    fn byte(&self, ch: usize) -> usize {
        if self.starts.is_empty() {
            ch.min(self.len)
        } else {
            self.starts[ch.min(self.starts.len() - 1)]
        }
    }

    fn char(&self, byte: usize) -> usize {
        if self.starts.is_empty() {
            byte
        } else {
            self.starts.partition_point(|&b| b < byte)
        }
    }

    fn next(&self, byte: usize) -> usize {
        self.byte(self.char(byte) + 1)
    }
}

/// One match: each group's byte span.
type Spans = Vec<Option<(usize, usize)>>;

fn run(
    re: &Regex,
    hay: &str,
    pos: usize,
    anchored: bool,
    groups: usize,
) -> Result<Option<Spans>, String> {
    let input = RegexInput::new(hay).from_pos(pos).anchored(anchored);
    match re.captures_input(input) {
        Ok(None) => Ok(None),
        Ok(Some(caps)) => Ok(Some(
            (0..=groups)
                .map(|g| caps.get(g).map(|m| (m.start(), m.end())))
                .collect(),
        )),
        Err(e) => Err(e.to_string()),
    }
}

impl Interp {
    /// Calls a helper of `re`.
    pub(super) fn re_call(
        &mut self,
        id: Builtin,
        args: &[Value],
        _kw: &mut Kwargs,
    ) -> PyResult<Value> {
        let name = id.name();
        match id {
            Builtin::ReCompile => {
                // _re_compile(pattern, flags, error) -> (groups, names, parents, flags)
                self.check_arity(name, args, 3, 3)?;
                let c = self.re_compiled(args[0], args[1], args[2])?;
                let groups = self.int_value(c.groups as i64)?;
                let mut names = Vec::new();
                for n in &c.info.names {
                    names.push(match n {
                        Some(n) => self.str_value(n)?,
                        None => self.none(),
                    });
                }
                let names = self.alloc(ObjKind::Tuple(names))?;
                let mut parents = Vec::new();
                for p in &c.info.parents {
                    parents.push(self.int_value(*p as i64)?);
                }
                let parents = self.alloc(ObjKind::Tuple(parents))?;
                let flags = self.int_value(c.info.flags)?;
                self.alloc(ObjKind::Tuple(vec![groups, names, parents, flags]))
            }
            Builtin::ReMatch => {
                // _re_match(pattern, flags, error, string, pos, endpos, mode) -> None or (spans, texts)
                self.check_arity(name, args, 7, 7)?;
                let c = self.re_compiled(args[0], args[1], args[2])?;
                let text = self.re_text(args[3])?;
                let off = Offsets::new(&text);
                let (pos, end) = self.re_bounds(&off, args[4], args[5])?;
                let mode = self.index_arg(args[6])?;
                let hay = &text[..end];
                let r = match mode {
                    0 => run(&c.base, hay, pos, false, c.groups),
                    1 => run(&c.base, hay, pos, true, c.groups),
                    _ => match c.full() {
                        Ok(full) => run(&full, hay, pos, true, c.groups),
                        Err(e) => Err(e),
                    },
                };
                match r {
                    Ok(Some(spans)) => self.re_match_value(&text, &off, &spans),
                    Ok(None) => Ok(self.none()),
                    Err(e) => Err(self.err(Exc::RuntimeError, format!("re: {e}"))),
                }
            }
            _ => {
                // _re_all(pattern, flags, error, string, pos, endpos, limit)
                //   -> ([(spans, texts, before)], tail)
                self.check_arity(name, args, 7, 7)?;
                let c = self.re_compiled(args[0], args[1], args[2])?;
                let text = self.re_text(args[3])?;
                let off = Offsets::new(&text);
                let (pos, end) = self.re_bounds(&off, args[4], args[5])?;
                let limit = self.index_arg(args[6])?;
                let hay = &text[..end];
                let mut found = Vec::new();
                let mut p = pos;
                let mut last = pos;
                let mut must_advance = false;
                while p <= end && (limit <= 0 || (found.len() as i64) < limit) {
                    let mut r = Ok(None);
                    if must_advance {
                        if let Some(ne) = c.nonempty() {
                            r = run(&ne, hay, p, true, c.groups);
                        }
                        if matches!(r, Ok(None)) {
                            if p >= end {
                                break;
                            }
                            p = off.next(p);
                            r = run(&c.base, hay, p, false, c.groups);
                        }
                    } else {
                        r = run(&c.base, hay, p, false, c.groups);
                    }
                    let spans = match r {
                        Ok(Some(s)) => s,
                        Ok(None) => break,
                        Err(e) => return Err(self.err(Exc::RuntimeError, format!("re: {e}"))),
                    };
                    let (s, e) = spans[0].unwrap_or((p, p));
                    let m = self.re_match_value(&text, &off, &spans)?;
                    let before = self.str_value(&text[last..s])?;
                    let (spans_v, texts_v) = match self.obj(m) {
                        ObjKind::Tuple(t) => (t[0], t[1]),
                        _ => unreachable!("re_match_value makes a pair"),
                    };
                    found.push(self.alloc(ObjKind::Tuple(vec![spans_v, texts_v, before]))?);
                    must_advance = e == s;
                    p = e;
                    last = e;
                }
                let found = self.alloc(ObjKind::List(found))?;
                let tail = self.str_value(&text[last..])?;
                self.alloc(ObjKind::Tuple(vec![found, tail]))
            }
        }
    }

    fn re_compiled(&mut self, pat: Value, flags: Value, error: Value) -> PyResult<Rc<Compiled>> {
        let pat = match self.obj(pat) {
            ObjKind::Str(s) => s.clone(),
            ObjKind::Bytes(_) => {
                return Err(self.err(
                    Exc::NotImplementedError,
                    "re: bytes patterns are not supported",
                ))
            }
            _ => {
                let t = self.type_name(pat);
                return Err(self.type_error(format!(
                    "first argument must be string or compiled pattern, not {t}"
                )));
            }
        };
        let flags = self.index_arg(flags)?;
        match compile(&pat, flags) {
            Ok(c) => Ok(c),
            Err(TranslateError::Unsupported(msg)) => Err(self.err(Exc::NotImplementedError, msg)),
            Err(TranslateError::Syntax(msg)) => {
                let msg = self.str_value(&msg)?;
                Err(self.err_with(error, vec![msg]))
            }
        }
    }

    fn re_text(&mut self, v: Value) -> PyResult<crate::runtime::str_text::StrText> {
        match self.obj(v) {
            ObjKind::Str(s) => Ok(s.clone()),
            _ => {
                let t = self.type_name(v);
                Err(self.type_error(format!("expected string or bytes-like object, got '{t}'")))
            }
        }
    }

    /// `pos` and `endpos` (characters, clamped as CPython does) as byte offsets.
    fn re_bounds(&mut self, off: &Offsets, pos: Value, endpos: Value) -> PyResult<(usize, usize)> {
        let n = off.chars() as i64;
        let pos = self.index_arg(pos)?.clamp(0, n);
        let end = if self.is_none(endpos) {
            n
        } else {
            self.index_arg(endpos)?.clamp(0, n)
        };
        let end = end.max(pos);
        Ok((off.byte(pos as usize), off.byte(end as usize)))
    }

    /// `(spans, texts)`: a flat tuple of character spans (-1 for a group that did not take part)
    /// and each group's text (`None` likewise).
    fn re_match_value(&mut self, text: &str, off: &Offsets, spans: &Spans) -> PyResult<Value> {
        let mut flat = Vec::with_capacity(spans.len() * 2);
        let mut texts = Vec::with_capacity(spans.len());
        for s in spans {
            match s {
                Some((a, b)) => {
                    flat.push(self.int_value(off.char(*a) as i64)?);
                    flat.push(self.int_value(off.char(*b) as i64)?);
                    texts.push(self.str_value(&text[*a..*b])?);
                }
                None => {
                    let m = self.int_value(-1)?;
                    flat.push(m);
                    flat.push(m);
                    texts.push(self.none());
                }
            }
        }
        let flat = self.alloc(ObjKind::Tuple(flat))?;
        let texts = self.alloc(ObjKind::Tuple(texts))?;
        self.alloc(ObjKind::Tuple(vec![flat, texts]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(p: &str, flags: i64) -> String {
        translate(p, flags).expect("translates").regex
    }

    #[test]
    fn python_only_syntax_is_translated() {
        assert_eq!(tr(r"a\Z", 0), r"a\z");
        assert_eq!(tr("a$", 0), r"a(?=\n?\z)");
        assert_eq!(tr("a$", MULTILINE), "(?m)a$");
        assert_eq!(tr(r"(?P<x>a)(?P=x)", 0), r"(?P<x>a)\k<x>");
        assert_eq!(tr("x{,3}y{2}z{a}", 0), r"x{0,3}y{2}z\{a\}");
        assert_eq!(tr("[[a&]", 0), r"[\[a\&]");
        assert_eq!(tr("[]a]", 0), r"[\]a]");
        assert_eq!(tr("a b # c\n d", VERBOSE), "abd");
        assert_eq!(tr("(?i)a", 0), "(?i)a");
        assert_eq!(tr(r"\d", ASCII), "[0-9]");
        assert_eq!(tr(r"\<\0", 0), r"<\x{0}");
    }

    #[test]
    fn groups_know_their_parents_and_names() {
        let t = translate("((a)(?P<n>b))(c)", 0).expect("translates");
        assert_eq!(t.parents, vec![0, 1, 1, 0]);
        assert_eq!(t.names[2].as_deref(), Some("n"));
    }

    #[test]
    fn errors_are_syntax_or_unsupported() {
        assert!(matches!(translate("(a", 0), Err(TranslateError::Syntax(_))));
        assert!(matches!(
            translate(r"\q", 0),
            Err(TranslateError::Syntax(_))
        ));
        assert!(matches!(
            translate("(?(1)a|b)", 0),
            Err(TranslateError::Unsupported(_))
        ));
    }
}

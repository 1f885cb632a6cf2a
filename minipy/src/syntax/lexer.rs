//! Tokenizer: source text to the token stream the parser reads, including the `Newline`, `Indent` and
//! `Dedent` tokens that carry Python's layout.
//!
//! Literals are not decoded here: a string token keeps its body as written and a number its text, and
//! the parser decodes them (as CPython's parser does), so a bad escape is reported at the literal.
//! Tokenizing never fails outright: it stops at the first error, ends the stream with [`Tok::Error`]
//! and returns the error beside the tokens, so the parser can report errors in source order.

use crate::syntax::parser::{ErrorKind, SyntaxError};
use std::rc::Rc;

/// Open brackets allowed at once; one more is "too many nested parentheses" (CPython's `MAXLEVEL`).
/// Together with the parser's depth limit this bounds recursion while parsing.
pub const MAX_BRACKET_DEPTH: usize = 200;

/// Indentation levels allowed at once, counting the unindented top level (CPython's `MAXINDENT`).
pub const MAX_INDENT_DEPTH: usize = 100;

/// A tab advances indentation to the next multiple of this; indentation must also agree when a tab
/// counts as one column, else it is a `TabError` (CPython's `tok->altcol` check).
const TAB_SIZE: u32 = 8;

/// Python's keywords; the parser matches `Tok::Keyword` against these same strings.
pub const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Operators and delimiters, longest first so the first one that matches is the longest match.
const OPERATORS: [&str; 47] = [
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==", "!=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "(", ")", "[", "]", "{", "}", ":", ",",
    ";", ".", "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">", "=", "@",
];

/// A token's kind and payload.
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    /// An identifier that is not a keyword.
    Name(Rc<str>),
    /// A keyword, one of [`KEYWORDS`].
    Keyword(&'static str),
    /// A number literal as written, e.g. `0x_ff` or `1.5e3`; already checked to be well formed.
    Number(Rc<str>),
    /// A string literal's body between the quotes, escapes not yet decoded.
    Str {
        /// The text between the quotes.
        body: Rc<str>,
        /// True for an `r` prefix: backslashes are kept as written.
        raw: bool,
        /// True for an `f` prefix: the parser splits the body into literal text and `{...}`
        /// fields. As in CPython 3.11 the body is delimited like any string, so a field cannot
        /// reuse the literal's own quote.
        fstring: bool,
    },
    /// A bytes literal's body (`b'...'`, `rb'...'`), escapes not yet decoded; ASCII only.
    Bytes {
        /// The text between the quotes.
        body: Rc<str>,
        /// True for an `r` prefix.
        raw: bool,
    },
    /// An operator or delimiter, one of the strings in the lexer's operator table (e.g. `"**="`).
    Op(&'static str),
    /// End of a logical line.
    Newline,
    /// The next line is indented more than the enclosing block.
    Indent,
    /// One block ends; one `Dedent` per closed level.
    Dedent,
    /// End of input; always preceded by the `Dedent`s closing every open block.
    EndMarker,
    /// Tokenizing stopped here; [`Lexed::error`] says why. Always the last token when present.
    Error,
}

/// A token and where it starts (1-based line and column, in characters).
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// What the token is.
    pub kind: Tok,
    /// Line of its first character.
    pub line: u32,
    /// Column of its first character.
    pub col: u32,
    /// Column just past its last character when it ends on its first line (else `col`): the
    /// end of a `SyntaxError`'s caret span.
    pub end_col: u32,
}

/// Why tokenizing stopped.
#[derive(Debug, Clone, PartialEq)]
pub struct LexError {
    /// The error to report.
    pub error: SyntaxError,
    /// True for errors CPython reports only once the parser reaches them (an unclosed bracket at end of
    /// input, an unknown ASCII character); the others also replace a generic "invalid syntax" the parser
    /// finds earlier, as CPython's re-tokenizing of the rest of the source does.
    pub deferred: bool,
}

/// The result of [`tokenize`].
#[derive(Debug, Clone, PartialEq)]
pub struct Lexed {
    /// The tokens; never empty, and the last is [`Tok::EndMarker`] or [`Tok::Error`].
    pub tokens: Vec<Token>,
    /// Set exactly when the last token is [`Tok::Error`].
    pub error: Option<LexError>,
}

/// Splits `source` into tokens. Blank and comment-only lines produce no tokens, and newlines inside
/// brackets or after a backslash continuation do not end the logical line.
///
/// # Examples
///
/// ```
/// use minipy::syntax::lexer::{tokenize, Tok};
/// let kinds: Vec<Tok> = tokenize("x = 1\n").tokens.into_iter().map(|t| t.kind).collect();
/// assert_eq!(kinds[1], Tok::Op("="));
/// assert_eq!(kinds[3], Tok::Newline);
/// ```
pub fn tokenize(source: &str) -> Lexed {
    let mut lexer = Lexer::new(source);
    let error = lexer.run().err();
    let mut tokens = lexer.tokens;
    match &error {
        Some(e) => tokens.push(Token {
            kind: Tok::Error,
            line: e.error.line,
            col: e.error.col,
            end_col: e.error.col,
        }),
        None if tokens.last().map(|t| &t.kind) != Some(&Tok::EndMarker) => tokens.push(Token {
            kind: Tok::EndMarker,
            line: lexer.line,
            col: lexer.col,
            end_col: lexer.col,
        }),
        None => {}
    }
    Lexed { tokens, error }
}

/// True for a character that may start an identifier.
fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

/// True for a character that may continue an identifier.
fn is_ident_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// True when `prefix` is a string prefix such as `r`, `b` or `Rb`; all letters are checked so `rr` is not.
fn is_string_prefix(prefix: &str) -> bool {
    let lower = prefix.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "r" | "u" | "b" | "f" | "rb" | "br" | "rf" | "fr"
    )
}

struct Lexer {
    /// The source without a leading byte-order mark, with `\r\n` and `\r` turned into `\n`.
    chars: Vec<char>,
    pos: usize,
    line: u32,
    col: u32,
    tokens: Vec<Token>,
    /// (column, column counting a tab as 1) of each open block; the top level `(0, 0)` is never popped.
    indents: Vec<(u32, u32)>,
    /// Each open bracket and where it is; at most `MAX_BRACKET_DEPTH` long.
    brackets: Vec<(char, u32, u32)>,
    /// True when the next character starts a new logical line, so its indentation counts.
    line_start: bool,
}

type LexResult<T> = Result<T, LexError>;

impl Lexer {
    fn new(source: &str) -> Self {
        let mut chars = Vec::with_capacity(source.len());
        let source = source.strip_prefix('\u{feff}').unwrap_or(source);
        let mut it = source.chars().peekable();
        while let Some(c) = it.next() {
            if c == '\r' {
                it.next_if_eq(&'\n');
                chars.push('\n');
            } else {
                chars.push(c);
            }
        }
        Lexer {
            chars,
            pos: 0,
            line: 1,
            col: 1,
            tokens: Vec::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            line_start: true,
        }
    }

    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos + ahead).copied()
    }

    fn advance(&mut self) {
        if let Some(&c) = self.chars.get(self.pos) {
            self.pos += 1;
            // Saturating: positions of sources beyond 4 GiB are wrong rather than a panic.
            if c == '\n' {
                self.line = self.line.saturating_add(1);
                self.col = 1;
            } else {
                self.col = self.col.saturating_add(1);
            }
        }
    }

    fn push(&mut self, kind: Tok, line: u32, col: u32) {
        let end_col = if self.line == line && self.col > col {
            self.col
        } else {
            col
        };
        self.tokens.push(Token {
            kind,
            line,
            col,
            end_col,
        });
    }

    fn error(&self, msg: impl Into<String>, line: u32, col: u32) -> LexError {
        LexError {
            error: SyntaxError::new(msg, line, col),
            deferred: false,
        }
    }

    fn run(&mut self) -> LexResult<()> {
        loop {
            if self.line_start && !self.indentation()? {
                break;
            }
            while matches!(self.peek(0), Some(' ' | '\t' | '\x0c')) {
                self.advance();
            }
            let Some(c) = self.peek(0) else { break };
            let (line, col) = (self.line, self.col);
            match c {
                '#' => self.skip_comment(),
                '\n' => {
                    self.advance();
                    if self.brackets.is_empty() {
                        self.push(Tok::Newline, line, col);
                        self.line_start = true;
                    }
                }
                '\\' => self.continuation()?,
                '"' | '\'' => self.string("", line, col)?,
                c if c.is_ascii_digit() => self.number()?,
                '.' if self.peek(1).is_some_and(|d| d.is_ascii_digit()) => self.number()?,
                c if is_ident_start(c) => self.name()?,
                _ => self.operator()?,
            }
        }
        self.finish()
    }

    /// At the start of a logical line: skips blank and comment-only lines, then emits the `Indent` or
    /// `Dedent`s for the first non-blank one. Returns false at end of input.
    fn indentation(&mut self) -> LexResult<bool> {
        loop {
            let (mut col, mut alt) = (0u32, 0u32);
            loop {
                match self.peek(0) {
                    Some(' ') => {
                        col = col.saturating_add(1);
                        alt = alt.saturating_add(1);
                    }
                    Some('\t') => {
                        col = (col / TAB_SIZE).saturating_add(1).saturating_mul(TAB_SIZE);
                        alt = alt.saturating_add(1);
                    }
                    Some('\x0c') => (col, alt) = (0, 0),
                    _ => break,
                }
                self.advance();
            }
            match self.peek(0) {
                None => return Ok(false),
                Some('#') => self.skip_comment(),
                Some('\n') => self.advance(),
                Some(_) => {
                    self.line_start = false;
                    self.indent_to(col, alt)?;
                    return Ok(true);
                }
            }
        }
    }

    fn indent_to(&mut self, col: u32, alt: u32) -> LexResult<()> {
        let (line, here) = (self.line, self.col);
        let tab_error = || LexError {
            error: SyntaxError::with_kind(
                ErrorKind::Tab,
                "inconsistent use of tabs and spaces in indentation",
                line,
                here,
            ),
            deferred: false,
        };
        let (top, alt_top) = self.indents.last().copied().unwrap_or((0, 0));
        if col > top {
            if alt <= alt_top {
                return Err(tab_error());
            }
            if self.indents.len() >= MAX_INDENT_DEPTH {
                return Err(LexError {
                    error: SyntaxError::indentation("too many levels of indentation", line, here),
                    deferred: false,
                });
            }
            self.indents.push((col, alt));
            self.push(Tok::Indent, line, here);
            return Ok(());
        }
        while self.indents.len() > 1 && self.indents.last().is_some_and(|&(top, _)| col < top) {
            self.indents.pop();
            self.push(Tok::Dedent, line, here);
        }
        let (top, alt_top) = self.indents.last().copied().unwrap_or((0, 0));
        if col != top {
            return Err(LexError {
                error: SyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    line,
                    here,
                ),
                deferred: false,
            });
        }
        if alt != alt_top {
            return Err(tab_error());
        }
        Ok(())
    }

    fn skip_comment(&mut self) {
        while self.peek(0).is_some_and(|c| c != '\n') {
            self.advance();
        }
    }

    /// A backslash must end its line, which then joins the next.
    fn continuation(&mut self) -> LexResult<()> {
        let (line, col) = (self.line, self.col);
        self.advance();
        match self.peek(0) {
            Some('\n') => {
                self.advance();
                if self.peek(0).is_none() {
                    return Err(self.error("unexpected EOF while parsing", self.line, self.col));
                }
                Ok(())
            }
            None => Err(self.error("unexpected EOF while parsing", line, col)),
            Some(_) => Err(self.error(
                "unexpected character after line continuation character",
                line,
                col + 1,
            )),
        }
    }

    fn name(&mut self) -> LexResult<()> {
        let (line, col) = (self.line, self.col);
        let start = self.pos;
        while self.peek(0).is_some_and(is_ident_continue) {
            self.advance();
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        if matches!(self.peek(0), Some('"' | '\'')) && is_string_prefix(&text) {
            return self.string(&text, line, col);
        }
        let kind = match KEYWORDS.iter().find(|k| **k == text) {
            Some(keyword) => Tok::Keyword(keyword),
            None => Tok::Name(crate::syntax::intern::intern(&text)),
        };
        self.push(kind, line, col);
        Ok(())
    }

    /// A string literal whose prefix (already consumed) is `prefix` and which starts at `line`, `col`.
    fn string(&mut self, prefix: &str, line: u32, col: u32) -> LexResult<()> {
        let lower = prefix.to_ascii_lowercase();
        let Some(quote) = self.peek(0) else {
            return Err(self.error("invalid syntax", line, col));
        };
        let triple = self.peek(1) == Some(quote) && self.peek(2) == Some(quote);
        let quote_len = if triple { 3 } else { 1 };
        for _ in 0..quote_len {
            self.advance();
        }
        let start = self.pos;
        loop {
            match self.peek(0) {
                None => {
                    // CPython counts the lines it read; a final newline does not start another.
                    let ends_in_newline = self.chars.last() == Some(&'\n');
                    let detected = self.line - u32::from(ends_in_newline && self.line > 1);
                    let what = if triple {
                        "triple-quoted string"
                    } else {
                        "string"
                    };
                    let msg = format!("unterminated {what} literal (detected at line {detected})");
                    return Err(self.error(msg, line, col));
                }
                Some('\n') if !triple => {
                    let msg = format!(
                        "unterminated string literal (detected at line {})",
                        self.line
                    );
                    return Err(self.error(msg, line, col));
                }
                // A backslash protects the next character from ending the literal, even in raw strings.
                Some('\\') => {
                    self.advance();
                    self.advance();
                }
                Some(c)
                    if c == quote
                        && (!triple
                            || (self.peek(1) == Some(quote) && self.peek(2) == Some(quote))) =>
                {
                    break
                }
                Some(_) => self.advance(),
            }
        }
        let body: String = self.chars[start..self.pos].iter().collect();
        for _ in 0..quote_len {
            self.advance();
        }
        let raw = lower.contains('r');
        if lower.contains('b') {
            if !body.is_ascii() {
                let msg = "bytes can only contain ASCII literal characters";
                return Err(self.error(msg, line, col));
            }
            self.push(
                Tok::Bytes {
                    body: body.into(),
                    raw,
                },
                line,
                col,
            );
            return Ok(());
        }
        let fstring = lower.contains('f');
        self.push(
            Tok::Str {
                body: body.into(),
                raw,
                fstring,
            },
            line,
            col,
        );
        Ok(())
    }

    /// Consumes digits of `radix` separated by single underscores; false if an underscore is not
    /// followed by a digit.
    fn digits(&mut self, radix: u32) -> bool {
        loop {
            while self.peek(0).is_some_and(|c| c.is_digit(radix)) {
                self.advance();
            }
            if self.peek(0) != Some('_') {
                return true;
            }
            self.advance();
            if !self.peek(0).is_some_and(|c| c.is_digit(radix)) {
                return false;
            }
        }
    }

    fn number(&mut self) -> LexResult<()> {
        let (line, col) = (self.line, self.col);
        let start = self.pos;
        let prefixed = match (self.peek(0), self.peek(1)) {
            (Some('0'), Some('x' | 'X')) => Some((16, "hexadecimal")),
            (Some('0'), Some('o' | 'O')) => Some((8, "octal")),
            (Some('0'), Some('b' | 'B')) => Some((2, "binary")),
            _ => None,
        };
        let kind = if let Some((radix, kind)) = prefixed {
            self.advance();
            self.advance();
            if self.peek(0) == Some('_') {
                self.advance();
            }
            let has_digit = self.peek(0).is_some_and(|c| c.is_digit(radix));
            if !has_digit || !self.digits(radix) {
                return Err(self.error(format!("invalid {kind} literal"), line, col));
            }
            kind
        } else {
            self.decimal_number(line, col)?
        };
        if self.peek(0).is_some_and(is_ident_continue) {
            return Err(self.error(format!("invalid {kind} literal"), line, col));
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        self.push(Tok::Number(text.into()), line, col);
        Ok(())
    }

    /// A decimal integer or a float; returns the literal's kind for error messages.
    fn decimal_number(&mut self, line: u32, col: u32) -> LexResult<&'static str> {
        let invalid = |lexer: &Self| lexer.error("invalid decimal literal", line, col);
        let start = self.pos;
        if !self.digits(10) {
            return Err(invalid(self));
        }
        let int_part: String = self.chars[start..self.pos].iter().collect();
        let mut is_float = false;
        if self.peek(0) == Some('.') {
            is_float = true;
            self.advance();
            if self.peek(0).is_some_and(|c| c.is_ascii_digit()) && !self.digits(10) {
                return Err(invalid(self));
            }
        }
        if matches!(self.peek(0), Some('e' | 'E')) {
            let sign = usize::from(matches!(self.peek(1), Some('+' | '-')));
            if !self.peek(1 + sign).is_some_and(|c| c.is_ascii_digit()) {
                return Err(invalid(self));
            }
            is_float = true;
            for _ in 0..=sign {
                self.advance();
            }
            if !self.digits(10) {
                return Err(invalid(self));
            }
        }
        if matches!(self.peek(0), Some('j' | 'J')) {
            self.advance();
            return Ok("imaginary");
        }
        let leading_zero =
            int_part.starts_with('0') && int_part.chars().any(|c| c != '0' && c != '_');
        if !is_float && leading_zero {
            return Err(self.error(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                line,
                col,
            ));
        }
        Ok("decimal")
    }

    fn operator(&mut self) -> LexResult<()> {
        let (line, col) = (self.line, self.col);
        let rest = &self.chars[self.pos..];
        let found = OPERATORS
            .iter()
            .find(|op| rest.len() >= op.len() && op.chars().zip(rest).all(|(a, b)| a == *b));
        let Some(&op) = found else {
            return Err(self.unknown_character(line, col));
        };
        for _ in 0..op.len() {
            self.advance();
        }
        match op {
            "(" | "[" | "{" => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    return Err(self.error("too many nested parentheses", line, col));
                }
                let open = op.chars().next().unwrap_or('(');
                self.brackets.push((open, line, col));
            }
            ")" | "]" | "}" => {
                let close = op.chars().next().unwrap_or(')');
                let Some((open, open_line, _)) = self.brackets.pop() else {
                    return Err(self.error(format!("unmatched '{close}'"), line, col));
                };
                let expected = match open {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if close != expected {
                    let on_line = if open_line == line {
                        String::new()
                    } else {
                        format!(" on line {open_line}")
                    };
                    let msg = format!(
                        "closing parenthesis '{close}' does not match opening parenthesis '{open}'{on_line}"
                    );
                    return Err(self.error(msg, line, col));
                }
            }
            _ => {}
        }
        self.push(Tok::Op(op), line, col);
        Ok(())
    }

    fn unknown_character(&self, line: u32, col: u32) -> LexError {
        let c = self.peek(0).unwrap_or('\0');
        if c == '\0' {
            return self.error("source code cannot contain null bytes", line, col);
        }
        if c.is_ascii() && !c.is_ascii_control() {
            // CPython's tokenizer passes these to the parser, which reports plain invalid syntax.
            return LexError {
                error: SyntaxError::new("invalid syntax", line, col),
                deferred: true,
            };
        }
        let code = u32::from(c);
        let msg = if c.is_control() || c.is_whitespace() {
            format!("invalid non-printable character U+{code:04X}")
        } else {
            format!("invalid character '{c}' (U+{code:04X})")
        };
        self.error(msg, line, col)
    }

    fn finish(&mut self) -> LexResult<()> {
        if let Some(&(open, line, col)) = self.brackets.last() {
            return Err(LexError {
                error: SyntaxError::new(format!("'{open}' was never closed"), line, col),
                deferred: true,
            });
        }
        let (line, col) = (self.line, self.col);
        if !self.line_start {
            self.push(Tok::Newline, line, col);
        }
        for _ in 1..self.indents.len() {
            self.push(Tok::Dedent, line, col);
        }
        self.indents.truncate(1);
        self.push(Tok::EndMarker, line, col);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str) -> Vec<Tok> {
        let lexed = tokenize(source);
        assert_eq!(lexed.error, None, "unexpected error for {source:?}");
        lexed.tokens.into_iter().map(|t| t.kind).collect()
    }

    fn error(source: &str) -> SyntaxError {
        tokenize(source)
            .error
            .expect("expected a tokenizer error")
            .error
    }

    fn name(s: &str) -> Tok {
        Tok::Name(s.into())
    }

    #[test]
    fn simple_line_ends_with_newline_and_end_marker() {
        use Tok::*;
        assert_eq!(
            kinds("x = 1"),
            vec![name("x"), Op("="), Number("1".into()), Newline, EndMarker]
        );
    }

    #[test]
    fn empty_and_comment_only_sources_have_only_end_marker() {
        assert_eq!(kinds(""), vec![Tok::EndMarker]);
        assert_eq!(
            kinds("# hi\n\n   # indented comment\n"),
            vec![Tok::EndMarker]
        );
    }

    #[test]
    fn indented_block_emits_indent_and_dedent() {
        use Tok::*;
        let toks = kinds("if x:\n    y\n\n  # odd comment\nz\n");
        assert_eq!(
            toks,
            vec![
                Keyword("if"),
                name("x"),
                Op(":"),
                Newline,
                Indent,
                name("y"),
                Newline,
                Dedent,
                name("z"),
                Newline,
                EndMarker
            ]
        );
    }

    #[test]
    fn open_blocks_are_closed_at_end_of_input() {
        let toks = kinds("if a:\n  if b:\n    c");
        let dedents = toks.iter().filter(|t| **t == Tok::Dedent).count();
        assert_eq!(dedents, 2);
        assert_eq!(toks.last(), Some(&Tok::EndMarker));
    }

    #[test]
    fn newlines_inside_brackets_and_after_backslash_do_not_end_the_line() {
        let toks = kinds("f(1,\n  2)\nx = 1 + \\\n    2\n");
        let newlines = toks.iter().filter(|t| **t == Tok::Newline).count();
        assert_eq!(newlines, 2);
        assert!(!toks.contains(&Tok::Indent));
    }

    #[test]
    fn unindent_to_unknown_level_is_indentation_error() {
        let err = error("if x:\n    a\n  b\n");
        assert_eq!(
            err.to_string(),
            "IndentationError: unindent does not match any outer indentation level"
        );
        assert_eq!(err.line, 3);
    }

    #[test]
    fn tabs_and_spaces_that_disagree_are_tab_error() {
        let err = error("if x:\n\tif y:\n        z\n");
        assert_eq!(err.kind, ErrorKind::Tab);
    }

    #[test]
    fn tab_indentation_alone_is_accepted() {
        assert!(kinds("if x:\n\ty\n\tz\n").contains(&Tok::Indent));
    }

    #[test]
    fn operators_take_the_longest_match() {
        use Tok::*;
        let toks = kinds("a **= b // c ... != d");
        assert_eq!(toks[1], Op("**="));
        assert_eq!(toks[3], Op("//"));
        assert_eq!(toks[5], Op("..."));
        assert_eq!(toks[6], Op("!="));
    }

    #[test]
    fn keywords_are_distinguished_from_names() {
        assert_eq!(
            kinds("not nothing")[..2],
            [Tok::Keyword("not"), name("nothing")]
        );
    }

    #[test]
    fn strings_keep_their_body_undecoded() {
        let toks = kinds(r#"'a\'b' r"\d" """x"y""" u'z'"#);
        let body = |i: usize| match &toks[i] {
            Tok::Str { body, raw, .. } => (body.to_string(), *raw),
            other => panic!("not a string: {other:?}"),
        };
        assert_eq!(body(0), (r"a\'b".to_string(), false));
        assert_eq!(body(1), (r"\d".to_string(), true));
        assert_eq!(body(2), ("x\"y".to_string(), false));
        assert_eq!(body(3), ("z".to_string(), false));
    }

    #[test]
    fn triple_quoted_string_spans_lines() {
        let lexed = tokenize("s = '''a\nb'''\nt = 1\n");
        assert_eq!(lexed.error, None);
        assert_eq!(lexed.tokens[3].kind, Tok::Newline);
        assert_eq!(lexed.tokens[4].line, 3);
    }

    #[test]
    fn unterminated_strings_report_detection_line() {
        let err = error("x = 1\ny = 'abc\n");
        assert_eq!(err.msg, "unterminated string literal (detected at line 2)");
        assert_eq!((err.line, err.col), (2, 5));
        let err = error("x = \"\"\"abc\n\ndef\n");
        assert_eq!(
            err.msg,
            "unterminated triple-quoted string literal (detected at line 3)"
        );
        assert_eq!((err.line, err.col), (1, 5));
    }

    #[test]
    fn numbers_in_all_bases_and_floats_are_single_tokens() {
        for text in [
            "0", "000", "1_000", "0x_fF", "0o17", "0b1_0", "1.5", "1.", ".5", "1e-3", "2E+8",
        ] {
            assert_eq!(kinds(text)[0], Tok::Number(text.into()), "{text}");
        }
    }

    #[test]
    fn malformed_numbers_are_errors() {
        assert_eq!(error("1abc").msg, "invalid decimal literal");
        assert_eq!(error("1__0").msg, "invalid decimal literal");
        assert_eq!(error("0x").msg, "invalid hexadecimal literal");
        assert_eq!(error("0b12").msg, "invalid binary literal");
        assert!(error("0123").msg.starts_with("leading zeros"));
        assert_eq!(error("1jx").msg, "invalid imaginary literal");
    }

    #[test]
    fn unclosed_bracket_is_reported_at_the_bracket() {
        let lexed = tokenize("x = (1,\n  [2\n");
        let err = lexed.error.expect("error");
        assert!(err.deferred);
        assert_eq!(err.error.msg, "'[' was never closed");
        assert_eq!((err.error.line, err.error.col), (2, 3));
        assert_eq!(lexed.tokens.last().map(|t| &t.kind), Some(&Tok::Error));
    }

    #[test]
    fn mismatched_and_unmatched_closers_are_errors() {
        assert_eq!(
            error("(]").msg,
            "closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(
            error("(\n]").msg,
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        assert_eq!(error("x)").msg, "unmatched ')'");
    }

    #[test]
    fn bracket_nesting_is_capped() {
        let err = error(&"(".repeat(100_000));
        assert_eq!(err.msg, "too many nested parentheses");
        assert_eq!(err.col, MAX_BRACKET_DEPTH as u32 + 1);
    }

    #[test]
    fn indentation_depth_is_capped() {
        let mut src = String::new();
        for depth in 0..150 {
            src.push_str(&" ".repeat(depth));
            src.push_str("if x:\n");
        }
        let err = error(&src);
        assert_eq!(
            err.to_string(),
            "IndentationError: too many levels of indentation"
        );
    }

    #[test]
    fn bad_characters_are_reported() {
        assert_eq!(error("a = €").msg, "invalid character '€' (U+20AC)");
        assert_eq!(
            error("a =\u{a0}1").msg,
            "invalid non-printable character U+00A0"
        );
        assert!(tokenize("a $ b").error.expect("error").deferred);
        assert_eq!(
            error("x = 1 \\ y").msg,
            "unexpected character after line continuation character"
        );
        assert_eq!(error("x = \\").msg, "unexpected EOF while parsing");
    }

    #[test]
    fn unsupported_literal_prefixes_are_rejected() {
        assert_eq!(
            error("b'\u{e9}'").msg,
            "bytes can only contain ASCII literal characters"
        );
        assert_eq!(
            kinds("rb'\\d'")[0],
            Tok::Bytes {
                body: "\\d".into(),
                raw: true
            }
        );
        assert_eq!(
            kinds("rf'{x}'")[0],
            Tok::Str {
                body: "{x}".into(),
                raw: true,
                fstring: true
            }
        );
    }

    #[test]
    fn byte_order_mark_is_skipped_and_null_bytes_rejected() {
        assert_eq!(kinds("\u{feff}x")[0], name("x"));
        assert_eq!(error("x = \0").msg, "source code cannot contain null bytes");
    }

    #[test]
    fn carriage_returns_count_as_newlines() {
        let lexed = tokenize("a\r\nb\rc\n");
        assert_eq!(
            lexed
                .tokens
                .iter()
                .filter(|t| t.kind == Tok::Newline)
                .count(),
            3
        );
        assert_eq!(lexed.tokens[4].line, 3);
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let lexed = tokenize("s = 'é' + x\n");
        let x = lexed
            .tokens
            .iter()
            .find(|t| t.kind == name("x"))
            .expect("x");
        assert_eq!(x.col, 11);
    }
}

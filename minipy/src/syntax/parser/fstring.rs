//! f-strings, split as CPython 3.11's `Parser/string_parser.c` splits them: the lexer delivers an
//! f-string as one string token (so a field cannot reuse the literal's quote), and here its body is
//! cut into literal text and `{expr!conv:spec}` fields. Each field's expression text is tokenized
//! and parsed on its own, wrapped in parentheses as CPython compiles it, so `{x, y}` is a tuple.
//!
//! Recursion stays bounded: a field's expression is parsed one level deeper against
//! [`MAX_EXPR_DEPTH`](super::MAX_EXPR_DEPTH), an f-string inside a field needs a quote its
//! enclosing literals do not use (four kinds exist), and format specs nest at most two deep
//! ("f-string: expressions nested too deeply").

use super::{literal, PResult, Parser, SyntaxError};
use crate::syntax::ast::{Expr, ExprKind};
use crate::syntax::lexer::{self, Tok};

/// Format specs may hold fields whose specs hold fields, but no deeper (CPython's `recurse_lvl`).
const MAX_SPEC_NESTING: u32 = 2;

/// The pieces of an f-string being built: finished parts plus literal text not yet pushed.
#[derive(Default)]
pub(super) struct Pieces {
    parts: Vec<Expr>,
    text: String,
    /// Where the pending literal text starts.
    text_at: (u32, u32),
}

impl Pieces {
    /// Appends literal text that starts at `at`.
    pub(super) fn push_text(&mut self, text: &str, at: (u32, u32)) {
        if self.text.is_empty() {
            self.text_at = at;
        }
        self.text.push_str(text);
    }

    fn flush(&mut self) {
        if !self.text.is_empty() {
            let text = std::mem::take(&mut self.text);
            let (line, col) = self.text_at;
            self.parts
                .push(Expr::new(ExprKind::Str(text.into()), line, col));
        }
    }

    fn push_field(&mut self, field: Expr) {
        self.flush();
        self.parts.push(field);
    }

    /// The finished expression: a plain string when there were no fields.
    pub(super) fn finish(mut self, line: u32, col: u32) -> Expr {
        if self.parts.is_empty() {
            return Expr::new(ExprKind::Str(self.text.into()), line, col);
        }
        self.flush();
        Expr::new(ExprKind::JoinedStr(self.parts), line, col)
    }
}

/// Where an f-string token's body sits, to place fields and errors.
#[derive(Clone, Copy)]
struct Origin {
    line: u32,
    col: u32,
    raw: bool,
}

impl Parser {
    /// Splits the body of an f-string token at `line`, `col` into `pieces`.
    pub(super) fn fstring_body(
        &mut self,
        body: &str,
        raw: bool,
        line: u32,
        col: u32,
        pieces: &mut Pieces,
    ) -> PResult<()> {
        let chars: Vec<char> = body.chars().collect();
        let origin = Origin { line, col, raw };
        let mut pos = 0;
        self.fstring_parts(&chars, &mut pos, origin, 0, pieces)?;
        Ok(())
    }

    /// Literal text and fields from `chars[*pos..]` into `pieces`. At `level` 0 this runs to the end
    /// of the body and `{{`/`}}` are escaped braces; inside a format spec (`level` > 0) it stops at
    /// the `}` that closes the field.
    fn fstring_parts(
        &mut self,
        chars: &[char],
        pos: &mut usize,
        origin: Origin,
        level: u32,
        pieces: &mut Pieces,
    ) -> PResult<()> {
        let fail = |msg: &str| SyntaxError::new(msg, origin.line, origin.col);
        loop {
            let start = *pos;
            let mut literal = String::new();
            while let Some(&c) = chars.get(*pos) {
                if c == '{' || c == '}' {
                    if level == 0 {
                        if chars.get(*pos + 1) == Some(&c) {
                            literal.push(c);
                            *pos += 2;
                            continue;
                        }
                        if c == '}' {
                            return Err(fail("f-string: single '}' is not allowed"));
                        }
                    }
                    break;
                }
                // A backslash escape may cover the next character (a quote, say), never a brace.
                if c == '\\' && !origin.raw {
                    // `\N{NAME}`: the braces are the escape's, not a field's.
                    if chars.get(*pos + 1) == Some(&'N') && chars.get(*pos + 2) == Some(&'{') {
                        if let Some(len) = chars[*pos + 3..].iter().position(|&c| c == '}') {
                            literal.extend(&chars[*pos..*pos + 4 + len]);
                            *pos += 4 + len;
                            continue;
                        }
                    }
                    if let Some(&next) = chars.get(*pos + 1) {
                        if next != '{' && next != '}' {
                            literal.push(c);
                            literal.push(next);
                            *pos += 2;
                            continue;
                        }
                    }
                }
                literal.push(c);
                *pos += 1;
            }
            if !literal.is_empty() {
                let decoded = literal::string(&literal, origin.raw)
                    .map_err(|msg| SyntaxError::new(msg, origin.line, origin.col))?;
                pieces.push_text(&decoded, self.field_position(chars, start, origin));
            }
            match chars.get(*pos) {
                Some('{') => {
                    *pos += 1;
                    let field = self.fstring_field(chars, pos, origin, level)?;
                    pieces.push_field(field);
                }
                // Only inside a spec: the field's closing brace, left for the field to consume.
                Some(_) => return Ok(()),
                None => return Ok(()),
            }
        }
    }

    /// One field, `chars[*pos]` being just after its `{`; leaves `*pos` after the closing `}`.
    fn fstring_field(
        &mut self,
        chars: &[char],
        pos: &mut usize,
        origin: Origin,
        level: u32,
    ) -> PResult<Expr> {
        let fail = |msg: String| SyntaxError::new(msg, origin.line, origin.col);
        if level >= MAX_SPEC_NESTING {
            return Err(fail("f-string: expressions nested too deeply".into()));
        }
        let expr_start = *pos;
        let mut brackets: Vec<char> = Vec::new();
        let mut quote: Option<(char, bool)> = None;
        // Find where the expression ends, as `fstring_find_expr` does.
        while let Some(&c) = chars.get(*pos) {
            if c == '\\' {
                return Err(fail(
                    "f-string expression part cannot include a backslash".into(),
                ));
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if chars.get(*pos + 1) == Some(&q) && chars.get(*pos + 2) == Some(&q) {
                        *pos += 2;
                        quote = None;
                    }
                }
                *pos += 1;
                continue;
            }
            match c {
                '\'' | '"' => {
                    let triple = chars.get(*pos + 1) == Some(&c) && chars.get(*pos + 2) == Some(&c);
                    if triple {
                        *pos += 2;
                    }
                    quote = Some((c, triple));
                }
                '[' | '(' | '{' => {
                    if brackets.len() >= lexer::MAX_BRACKET_DEPTH {
                        return Err(fail("f-string: too many nested parenthesis".into()));
                    }
                    brackets.push(c);
                }
                '#' => {
                    return Err(fail("f-string expression part cannot include '#'".into()));
                }
                ']' | ')' | '}' if !brackets.is_empty() => {
                    let open = brackets.pop().unwrap_or('(');
                    let expected = match open {
                        '[' => ']',
                        '(' => ')',
                        _ => '}',
                    };
                    if c != expected {
                        return Err(fail(format!(
                            "f-string: closing parenthesis '{c}' does not match opening parenthesis '{open}'"
                        )));
                    }
                }
                ']' | ')' => return Err(fail(format!("f-string: unmatched '{c}'"))),
                '!' | '=' | '<' | '>' if chars.get(*pos + 1) == Some(&'=') => *pos += 1,
                '<' | '>' => {}
                '!' | ':' | '}' | '=' if brackets.is_empty() => break,
                _ => {}
            }
            *pos += 1;
        }
        if quote.is_some() {
            return Err(fail("f-string: unterminated string".into()));
        }
        if let Some(open) = brackets.last() {
            return Err(fail(format!("f-string: unmatched '{open}'")));
        }
        let Some(&end) = chars.get(*pos) else {
            return Err(fail("f-string: expecting '}'".into()));
        };
        let text: String = chars[expr_start..*pos].iter().collect();
        if text.trim().is_empty() {
            return Err(fail(if end == '}' {
                "f-string: empty expression not allowed".into()
            } else {
                format!("f-string: expression required before '{end}'")
            }));
        }
        if text.trim_start().starts_with('*') && !text.trim_start().starts_with("**") {
            return Err(fail("f-string: cannot use starred expression here".into()));
        }
        let at = self.field_position(chars, expr_start, origin);
        let value = self.fstring_expression(&text, at)?;
        let mut debug_text = None;
        if end == '=' {
            *pos += 1;
            while chars.get(*pos).is_some_and(|c| c.is_ascii_whitespace()) {
                *pos += 1;
            }
            debug_text = Some(chars[expr_start..*pos].iter().collect::<String>());
        }
        let mut conversion = None;
        if chars.get(*pos) == Some(&'!') {
            *pos += 1;
            let Some(&c) = chars.get(*pos) else {
                return Err(fail("f-string: expecting '}'".into()));
            };
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(fail(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'".into(),
                ));
            }
            conversion = Some(c);
            *pos += 1;
        }
        let mut spec = None;
        if chars.get(*pos) == Some(&':') {
            *pos += 1;
            let mut spec_pieces = Pieces::default();
            self.fstring_parts(chars, pos, origin, level + 1, &mut spec_pieces)?;
            let (line, col) = self.field_position(chars, *pos, origin);
            let mut spec_expr = spec_pieces.finish(line, col);
            if let ExprKind::Str(s) = &spec_expr.kind {
                spec_expr.kind =
                    ExprKind::JoinedStr(vec![Expr::new(ExprKind::Str(s.clone()), line, col)]);
            }
            spec = Some(Box::new(spec_expr));
        }
        if chars.get(*pos) != Some(&'}') {
            return Err(fail("f-string: expecting '}'".into()));
        }
        *pos += 1;
        if debug_text.is_some() && conversion.is_none() && spec.is_none() {
            conversion = Some('r');
        }
        let field = Expr::new(
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                spec,
            },
            at.0,
            at.1,
        );
        Ok(match debug_text {
            // `{x=}` is the text `x=` followed by the field, as CPython compiles it.
            Some(text) => Expr::new(
                ExprKind::JoinedStr(vec![
                    Expr::new(ExprKind::Str(text.into()), at.0, at.1),
                    field,
                ]),
                at.0,
                at.1,
            ),
            None => field,
        })
    }

    /// The source position of `chars[index]` of a body (approximate in the column: the prefix
    /// and quote are taken to be one character each).
    fn field_position(&self, chars: &[char], index: usize, origin: Origin) -> (u32, u32) {
        let before = &chars[..index.min(chars.len())];
        let newlines = before.iter().filter(|&&c| c == '\n').count() as u32;
        let col = match before.iter().rposition(|&c| c == '\n') {
            Some(nl) => (index - nl) as u32,
            None => origin.col.saturating_add(2).saturating_add(index as u32),
        };
        (origin.line.saturating_add(newlines), col)
    }

    /// Parses a field's expression text, wrapped in parentheses, one nesting level deeper.
    fn fstring_expression(&mut self, text: &str, at: (u32, u32)) -> PResult<Expr> {
        let wrapped = format!("({text})");
        let mut lexed = lexer::tokenize(&wrapped);
        for token in &mut lexed.tokens {
            token.col = if token.line == 1 {
                at.1.saturating_add(token.col).saturating_sub(2)
            } else {
                token.col
            };
            token.line = at.0.saturating_add(token.line - 1);
        }
        if let Some(e) = &mut lexed.error {
            e.error.line = at.0.saturating_add(e.error.line.saturating_sub(1));
        }
        let mut sub = Parser::new(lexed);
        sub.scope = self.scope;
        sub.depth = self.depth;
        let prefixed = |mut e: SyntaxError| {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            e
        };
        sub.enter().map_err(prefixed)?;
        let expr = sub.atom().map_err(prefixed)?;
        if !matches!(sub.tok(), Tok::Newline | Tok::EndMarker) {
            return Err(prefixed(sub.invalid_syntax()));
        }
        Ok(expr)
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::parser::testing::{error, expr, show};

    #[test]
    fn fields_split_from_literal_text() {
        assert_eq!(show(&expr("f'a{x}b'\n")), r#"f("a", {x}, "b")"#);
        assert_eq!(show(&expr("f'{x!r:>{w}}'\n")), r#"f({x!r:f(">", {w})})"#);
        assert_eq!(show(&expr("'p' f'{{{x}}}' 'q'\n")), r#"f("p{", {x}, "}q")"#);
        assert_eq!(show(&expr("f'{x, y}'\n")), "f({tuple(x, y)})");
        assert_eq!(show(&expr("f'{x!=y}'\n")), "f({cmp(x != y)})");
        assert_eq!(show(&expr("f'{x:=5}'\n")), r#"f({x:f("=5")})"#);
    }

    #[test]
    fn debug_fields_keep_their_text_and_default_to_repr() {
        assert_eq!(show(&expr("f'{x = }'\n")), r#"f(f("x = ", {x!r}))"#);
        assert_eq!(show(&expr("f'{x=:>3}'\n")), r#"f(f("x=", {x:f(">3")}))"#);
        assert_eq!(show(&expr("f'{x=!s}'\n")), r#"f(f("x=", {x!s}))"#);
    }

    #[test]
    fn plain_f_strings_are_plain_strings() {
        assert_eq!(show(&expr("f'a{{b}}'\n")), r#""a{b}""#);
        assert_eq!(show(&expr("rf'\\n{x}'\n")), r#"f("\\n", {x})"#);
    }

    #[test]
    fn errors_match_cpython_3_11() {
        let cases = [
            ("f'{}'", "f-string: empty expression not allowed"),
            ("f'{ }'", "f-string: empty expression not allowed"),
            ("f'{x'", "f-string: expecting '}'"),
            ("f'}'", "f-string: single '}' is not allowed"),
            (
                "f'{x!}'",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            ),
            ("f'{x!r=}'", "f-string: expecting '}'"),
            ("f'{x:{y:{z}}}'", "f-string: expressions nested too deeply"),
            ("f'{a#}'", "f-string expression part cannot include '#'"),
            (
                "f'{\\n}'",
                "f-string expression part cannot include a backslash",
            ),
            ("f'{=}'", "f-string: expression required before '='"),
            ("f'{!r}'", "f-string: expression required before '!'"),
            ("f'{x)}'", "f-string: unmatched ')'"),
            (
                "f'{(x}'",
                "f-string: closing parenthesis '}' does not match opening parenthesis '('",
            ),
            (
                "f'{x y}'",
                "f-string: invalid syntax. Perhaps you forgot a comma?",
            ),
            ("f'{*x}'", "f-string: cannot use starred expression here"),
            (
                "f'{x}' = 1",
                "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?",
            ),
        ];
        for (source, msg) in cases {
            assert_eq!(error(&format!("{source}\n")).msg, msg, "{source}");
        }
    }

    #[test]
    fn deeply_nested_fields_are_bounded() {
        let source = format!("f'{{{}1{}}}'\n", "(".repeat(300), ")".repeat(300));
        assert!(error(&source).msg.starts_with("f-string: too many nested"));
        let source = format!("f'{{{}1{}}}'\n", "-(".repeat(150), ")".repeat(150));
        assert!(error(&source).msg.contains("nested too deeply"));
    }
}

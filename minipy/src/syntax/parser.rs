//! Parser: source text to an [`ast::Module`](crate::syntax::ast::Module), or the first [`SyntaxError`] in source order.
//!
//! Recursive descent over the lexer's tokens with one token of lookahead (two to spot `name=` in a
//! call). No input can overflow the stack: blocks nest at most
//! [`MAX_INDENT_DEPTH`](crate::syntax::lexer::MAX_INDENT_DEPTH) deep, and within an expression every construct
//! that recurses or deepens the tree counts against [`MAX_EXPR_DEPTH`] through `Parser::enter`.
//! Measured worst case (199 nested calls, the costliest level, inside 99 nested blocks): under
//! 2.5 MiB of stack unoptimized and under 1 MiB at `opt-level = 1`; `tests::with_small_stack` holds
//! the parser to that bound.
//!
//! Besides the grammar, the parser reports what CPython reports before running anything: `return`
//! outside a function, `break`/`continue` outside a loop, bad assignment targets, duplicate parameters.
//! Scoping errors (misplaced `global` and `nonlocal`) are the resolver's (`crate::syntax::resolve`), which
//! runs on the whole parsed module, so parse errors come first, as in CPython.

mod atom;
mod error;
mod expr;
mod fstring;
mod literal;
mod params;
mod pattern;
mod stmt;
mod target;
#[cfg(test)]
mod testing;
mod trailer;

pub use error::{ErrorKind, SyntaxError};

use crate::syntax::ast::Module;
use crate::syntax::lexer::{self, LexError, Lexed, Tok, Token};

/// Nesting allowed within one expression, counting brackets, prefix operators, `**` exponents, `else`
/// branches of conditional expressions, lambda bodies, and each link of a chain of binary operators or
/// of calls, attributes and subscripts. Deeper input is a `SyntaxError`, so parsing and walking an
/// expression recursively go at most a small multiple of this many levels deep (the uncounted nodes,
/// such as `and`/`or` and comparison chains, never stack without a counted one between them).
pub const MAX_EXPR_DEPTH: usize = 200;

/// Parses a whole source file.
///
/// # Errors
///
/// The first syntax error in source order, as CPython 3.11 would report it where the wording is
/// known; unsupported Python features are reported as syntax errors naming the feature.
///
/// # Examples
///
/// ```
/// use minipy::syntax::ast::StmtKind;
/// let module = minipy::syntax::parser::parse_module("import weakref\nr = weakref.ref(x)\n").unwrap();
/// assert_eq!(module.body.len(), 2);
/// assert!(matches!(module.body[1].kind, StmtKind::Assign { .. }));
/// assert_eq!(module.body[1].line, 2);
/// ```
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    Parser::new(lexer::tokenize(source)).module()
}

type PResult<T> = Result<T, SyntaxError>;

/// Where the statement being parsed sits; decides which statements are legal there.
#[derive(Debug, Clone, Copy, Default)]
struct Scope {
    /// Directly in a function body (not a class inside it): `return` is legal.
    function: bool,
    /// In a loop body, not crossing a `def` or `class`: `break` and `continue` are legal.
    in_loop: bool,
}

struct Parser {
    /// Never empty; the last token is `EndMarker` or `Error`, and `pos` never moves past it.
    tokens: Vec<Token>,
    pos: usize,
    lex_error: Option<LexError>,
    /// Current nesting counted against `MAX_EXPR_DEPTH`.
    depth: usize,
    scope: Scope,
    /// `(line, column)` just past the last token consumed, `(0, 0)` if that token spans lines.
    prev_end: (u32, u32),
}

impl Parser {
    fn new(lexed: Lexed) -> Self {
        let Lexed { mut tokens, error } = lexed;
        if tokens.is_empty() {
            tokens.push(Token {
                kind: Tok::EndMarker,
                line: 1,
                col: 1,
                end_col: 1,
            });
        }
        Parser {
            tokens,
            pos: 0,
            lex_error: error,
            depth: 0,
            scope: Scope::default(),
            prev_end: (0, 0),
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self.pos]
    }

    fn tok(&self) -> &Tok {
        &self.token().kind
    }

    /// The token `ahead` places after the current one (the last token if that is past the end).
    fn peek(&self, ahead: usize) -> &Tok {
        let index = (self.pos + ahead).min(self.tokens.len() - 1);
        &self.tokens[index].kind
    }

    fn here(&self) -> (u32, u32) {
        (self.token().line, self.token().col)
    }

    /// Consumes and returns the current token; at the last token, returns it without moving.
    fn bump(&mut self) -> Token {
        let token = self.token().clone();
        // A token that ends on a later line records `end_col == col`: its end is unknown.
        self.prev_end = if token.end_col > token.col {
            (token.line, token.end_col)
        } else {
            (0, 0)
        };
        if self.pos + 1 < self.tokens.len() {
            self.pos += 1;
        }
        token
    }

    /// `e` with `outer` running from `start` to the end of the last token consumed, and `span`
    /// too if `e` had none (a parenthesised expression keeps its own).
    fn spanned(
        &self,
        mut e: crate::syntax::ast::Expr,
        start: (u32, u32),
    ) -> crate::syntax::ast::Expr {
        let (end_line, end_col) = self.prev_end;
        if start.0 == 0 || end_line == 0 {
            return e;
        }
        e.outer = crate::syntax::ast::Span {
            line: start.0,
            col: start.1,
            end_line,
            end_col,
        };
        if !e.span.is_known() {
            e.span = e.outer;
        }
        e
    }

    fn at(&self, kind: &Tok) -> bool {
        self.tok() == kind
    }

    fn at_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    fn at_kw(&self, kw: &str) -> bool {
        matches!(self.tok(), Tok::Keyword(k) if *k == kw)
    }

    fn eat(&mut self, kind: &Tok) -> bool {
        let found = self.at(kind);
        if found {
            self.bump();
        }
        found
    }

    fn eat_op(&mut self, op: &str) -> bool {
        let found = self.at_op(op);
        if found {
            self.bump();
        }
        found
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        let found = self.at_kw(kw);
        if found {
            self.bump();
        }
        found
    }

    fn expect_op(&mut self, op: &str) -> PResult<()> {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(self.invalid_syntax())
        }
    }

    fn expect_kw(&mut self, kw: &str) -> PResult<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            Err(self.invalid_syntax())
        }
    }

    /// Consumes an identifier, returning it and where it is.
    fn name(&mut self) -> PResult<(crate::syntax::ast::Name, u32, u32)> {
        let Tok::Name(name) = self.tok() else {
            return Err(self.invalid_syntax());
        };
        let name = name.clone();
        let (line, col) = self.here();
        self.bump();
        Ok((name, line, col))
    }

    /// Counts one level of nesting; paired with `leave` (an error abandons the parse, so an early
    /// return without `leave` is harmless).
    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_EXPR_DEPTH {
            return Err(self.error_here(format!(
                "expression nested too deeply (more than {MAX_EXPR_DEPTH} levels)"
            )));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// A `SyntaxError` at `line`, `col`.
    fn error_at(&self, line: u32, col: u32, msg: impl Into<String>) -> SyntaxError {
        SyntaxError::new(msg, line, col)
    }

    /// An error at the current token; if tokenizing stopped there, the tokenizer's error instead.
    fn error_here_kind(&self, kind: ErrorKind, msg: impl Into<String>) -> SyntaxError {
        match (&self.lex_error, self.tok()) {
            (Some(lex), Tok::Error) => lex.error.clone(),
            _ => {
                let (line, col) = self.here();
                SyntaxError::with_kind(kind, msg, line, col)
            }
        }
    }

    fn error_here(&self, msg: impl Into<String>) -> SyntaxError {
        self.error_here_kind(ErrorKind::Syntax, msg)
    }

    /// The column just past the last token of the current line before `stop` (or the line's
    /// end), for a caret span that runs to there.
    fn end_of_line_before(&self, stop: &str) -> u32 {
        let line = self.token().line;
        let mut end = self.token().col;
        for t in &self.tokens[self.pos..] {
            if t.line != line || matches!(t.kind, Tok::Newline | Tok::EndMarker) {
                break;
            }
            if matches!(&t.kind, Tok::Op(o) if *o == stop) {
                break;
            }
            end = t.end_col;
        }
        end
    }

    /// The generic error at the current token. As in CPython, a tokenizer error later in the source
    /// (other than an unclosed bracket) is more useful and replaces it.
    fn invalid_syntax(&self) -> SyntaxError {
        match &self.lex_error {
            Some(lex) if !lex.deferred => lex.error.clone(),
            _ => self
                .error_here("invalid syntax")
                .spanning(self.token().end_col),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::{ExprKind, StmtKind};
    use std::path::{Path, PathBuf};

    fn error(source: &str) -> SyntaxError {
        parse_module(source).expect_err("expected a syntax error")
    }

    /// Every `.py` file under `dir`, which must exist.
    fn python_files(dir: &Path) -> Vec<PathBuf> {
        let entries = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("corpus directory {} is missing: {e}", dir.display()));
        let mut files = Vec::new();
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                files.extend(python_files(&path));
            } else if path.extension().is_some_and(|ext| ext == "py") {
                files.push(path);
            }
        }
        files
    }

    #[test]
    fn every_corpus_script_parses() {
        let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared");
        let mut parsed = 0;
        for dir in ["seed", "conformance/public", "conformance/beyond"] {
            let files = python_files(&shared.join(dir));
            assert!(!files.is_empty(), "no scripts in {dir}");
            for path in files {
                let source = std::fs::read_to_string(&path).expect("readable script");
                if let Err(e) = parse_module(&source) {
                    panic!("{}:{}:{}: {e}", path.display(), e.line, e.col);
                }
                parsed += 1;
            }
        }
        assert!(parsed >= 40, "only {parsed} scripts found");
    }

    /// Runs `f` on a thread with a 3 MiB stack. The parser's measured worst case is under 2.5 MiB
    /// unoptimized and under 1 MiB at `opt-level = 1` (see the module doc), so this fails if a change
    /// makes the worst case notably deeper.
    fn with_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
        std::thread::Builder::new()
            .stack_size(3 << 20)
            .spawn(f)
            .expect("spawn")
            .join()
            .expect("parser overflowed or panicked")
    }

    fn adversarial(source: String) -> SyntaxError {
        with_small_stack(move || parse_module(&source).expect_err("expected a nesting error"))
    }

    #[test]
    fn hundred_thousand_open_parens_is_too_many_nested_parentheses() {
        let err = adversarial("(".repeat(100_000));
        assert_eq!(err.to_string(), "SyntaxError: too many nested parentheses");
        let err = adversarial(format!(
            "x = {}1{}\n",
            "[".repeat(100_000),
            "]".repeat(100_000)
        ));
        assert_eq!(err.msg, "too many nested parentheses");
    }

    #[test]
    fn nesting_just_under_the_bracket_limit_parses() {
        let depth = lexer::MAX_BRACKET_DEPTH;
        let source = format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
        with_small_stack(move || parse_module(&source).map(|_| ())).expect("parses");
        let source = format!(
            "x = {}{}\n",
            "[f(".repeat(depth / 2),
            ")]".repeat(depth / 2)
        );
        with_small_stack(move || parse_module(&source).map(|_| ())).expect("parses");
    }

    #[test]
    fn long_runs_of_prefix_operators_are_rejected_not_overflowed() {
        for op in ["-", "+", "~", "not "] {
            let err = adversarial(format!("x = {}1\n", op.repeat(100_000)));
            assert!(
                err.msg.starts_with("expression nested too deeply"),
                "{op}: {err}"
            );
        }
    }

    #[test]
    fn long_chains_are_rejected_not_overflowed() {
        let chains = [
            format!("x = 1{}\n", " + 1".repeat(100_000)),
            format!("x = 2{}\n", " ** 2".repeat(100_000)),
            format!("x = a{}\n", ".b".repeat(100_000)),
            format!("x = f{}\n", "()".repeat(100_000)),
            format!("x = a{}\n", "[0]".repeat(100_000)),
            format!("x = {}0\n", "1 if c else ".repeat(100_000)),
            format!("x = {}0\n", "lambda: ".repeat(100_000)),
        ];
        for source in chains {
            let head: String = source.chars().take(12).collect();
            let err = adversarial(source);
            assert!(
                err.msg.starts_with("expression nested too deeply"),
                "{head}: {err}"
            );
        }
    }

    #[test]
    fn mixed_brackets_and_operators_stay_bounded() {
        let err = adversarial(format!("x = {}1\n", "-(".repeat(50_000)));
        assert!(
            err.msg.starts_with("expression nested too deeply") || err.msg.contains("parentheses")
        );
        let err = adversarial(format!("x = {}\n", "f(-".repeat(50_000)));
        assert!(
            err.msg.starts_with("expression nested too deeply") || err.msg.contains("parentheses")
        );
    }

    #[test]
    fn deeply_nested_blocks_are_an_indentation_error() {
        let mut source = String::new();
        for depth in 0..10_000 {
            source.push_str(&" ".repeat(depth));
            source.push_str("while x:\n");
        }
        let err = adversarial(source);
        assert_eq!(
            err.to_string(),
            "IndentationError: too many levels of indentation"
        );
    }

    #[test]
    fn nesting_just_under_the_block_limit_parses() {
        let mut source = String::new();
        for depth in 0..lexer::MAX_INDENT_DEPTH - 1 {
            source.push_str(&" ".repeat(depth));
            source.push_str("if x: y = -(-(-1))\n");
            source.push_str(&" ".repeat(depth));
            source.push_str("else:\n");
        }
        source.push_str(&" ".repeat(lexer::MAX_INDENT_DEPTH - 1));
        let calls = MAX_EXPR_DEPTH - 1;
        source.push_str(&format!(
            "x = {}1{}\n",
            "f(".repeat(calls),
            ")".repeat(calls)
        ));
        with_small_stack(move || parse_module(&source).map(|_| ())).expect("parses");
    }

    #[test]
    fn long_flat_inputs_parse_without_deep_trees() {
        let mut source = String::from("if x == 0:\n    pass\n");
        for i in 1..20_000 {
            source.push_str(&format!("elif x == {i}:\n    pass\n"));
        }
        source.push_str(&format!("y = [{}]\n", "1, ".repeat(50_000)));
        source.push_str(&format!("z = a{}\n", " < a".repeat(50_000)));
        source.push_str(&format!("w = a{}\n", " or a".repeat(50_000)));
        let (branches, items) = with_small_stack(move || {
            let module = parse_module(&source).expect("parses");
            let branches = match &module.body[0].kind {
                StmtKind::If { branches, .. } => branches.len(),
                _ => 0,
            };
            let items = match &module.body[1].kind {
                StmtKind::Assign { value, .. } => match &value.kind {
                    ExprKind::List(items) => items.len(),
                    _ => 0,
                },
                _ => 0,
            };
            (branches, items)
        });
        assert_eq!((branches, items), (20_000, 50_000));
    }

    #[test]
    fn tokenizer_error_replaces_earlier_generic_invalid_syntax() {
        let err = error("x = = 1\ny = 'open\n");
        assert_eq!(err.msg, "unterminated string literal (detected at line 2)");
        assert_eq!(err.line, 2);
    }

    #[test]
    fn specific_parser_error_wins_over_later_tokenizer_error() {
        let err = error("if x\n    pass\ny = 'open\n");
        assert_eq!(err.msg, "expected ':'");
    }

    #[test]
    fn unclosed_bracket_reported_only_when_reached() {
        let err = error("x = (1,\n    2\n");
        assert_eq!(err.msg, "'(' was never closed");
        assert_eq!((err.line, err.col), (1, 5));
        let err = error("x = = 1\ny = (\n");
        assert_eq!(err.msg, "invalid syntax");
        assert_eq!((err.line, err.col), (1, 5));
    }

    #[test]
    fn empty_and_comment_only_sources_parse_to_empty_modules() {
        assert_eq!(parse_module("").map(|m| m.body.len()), Ok(0));
        assert_eq!(parse_module("# nothing\n\n").map(|m| m.body.len()), Ok(0));
    }

    #[test]
    fn random_token_soup_never_panics() {
        const PIECES: [&str; 40] = [
            "x", "1", "'s'", "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "=", "+", "-", "*",
            "**", "not", "in", "is", "if", "else", "for", "lambda", "def", "class", "f(", "\n",
            "\n    ", "\n  ", "\t", "return", "while", "try", "except", "@", "'''", "\\\n", "#",
        ];
        // A fixed linear congruential generator: reproducible without a dependency.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 33) as usize
        };
        for _ in 0..3_000 {
            let len = next() % 30;
            let source: String = (0..len)
                .map(|_| PIECES[next() % PIECES.len()])
                .collect::<Vec<_>>()
                .join(" ");
            let _ = parse_module(&source);
        }
    }

    #[test]
    fn no_input_panics_on_truncation() {
        let source = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../shared/conformance/public/wkd_methods.py"),
        )
        .expect("corpus script");
        let chars: Vec<char> = source.chars().collect();
        for end in 0..chars.len() {
            let prefix: String = chars[..end].iter().collect();
            let _ = parse_module(&prefix);
            let with_junk = format!("{prefix})\"(:\t@");
            let _ = parse_module(&with_junk);
        }
    }
}

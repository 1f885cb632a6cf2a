//! Atoms: names, literals, constants, and the bracketed displays `(...)`, `[...]`, `{...}` with their
//! comprehensions.

use std::rc::Rc;

use super::expr::LOOSEST;
use super::fstring::Pieces;
use super::target::{self, TargetUse};
use super::{literal, PResult, Parser, SyntaxError};
use crate::syntax::ast::{Comprehension, Expr, ExprKind};
use crate::syntax::lexer::Tok;

impl Parser {
    /// An atom; a bracketed display counts one level against the depth limit.
    pub(super) fn atom(&mut self) -> PResult<Expr> {
        let start = self.here();
        let expr = self.unspanned_atom()?;
        Ok(self.spanned(expr, start))
    }

    fn unspanned_atom(&mut self) -> PResult<Expr> {
        let display: fn(&mut Self) -> PResult<Expr> = match self.tok() {
            Tok::Op("(") => Self::parenthesized,
            Tok::Op("[") => Self::list_display,
            Tok::Op("{") => Self::brace_display,
            Tok::Str { .. } | Tok::Bytes { .. } => return self.strings(),
            _ => return self.simple_atom(),
        };
        self.enter()?;
        let expr = display(self)?;
        self.leave();
        Ok(expr)
    }

    /// A name, number, constant or `...`.
    #[inline(never)]
    fn simple_atom(&mut self) -> PResult<Expr> {
        let (line, col) = self.here();
        let kind = match self.tok() {
            Tok::Name(name) => ExprKind::Name(name.clone(), Default::default()),
            Tok::Number(text) => {
                literal::number(text).map_err(|msg| self.error_at(line, col, msg))?
            }
            Tok::Keyword("True") => ExprKind::Bool(true),
            Tok::Keyword("False") => ExprKind::Bool(false),
            Tok::Keyword("None") => ExprKind::None,
            Tok::Op("...") => ExprKind::Ellipsis,
            Tok::Keyword("await") => {
                return Err(self.error_here("'await' is not supported"));
            }
            _ => return Err(self.invalid_syntax()),
        };
        self.bump();
        Ok(Expr::new(kind, line, col))
    }

    /// Adjacent string literals, joined; any f-string among them makes the whole a
    /// [`ExprKind::JoinedStr`].
    fn strings(&mut self) -> PResult<Expr> {
        let (line, col) = self.here();
        if self.mixes_bytes() {
            return self.bytes_literals(line, col);
        }
        let mut pieces = Pieces::default();
        while let Tok::Str { body, raw, fstring } = self.tok() {
            let (body, raw, fstring) = (body.clone(), *raw, *fstring);
            let at = self.here();
            if fstring {
                self.fstring_body(&body, raw, at.0, at.1, &mut pieces)?;
            } else {
                let decoded = literal::string(&body, raw).map_err(|msg| self.error_here(msg))?;
                pieces.push_text(&decoded, at);
            }
            self.bump();
        }
        Ok(pieces.finish(line, col))
    }

    /// Whether the run of adjacent literals starting here has a bytes literal in it.
    fn mixes_bytes(&self) -> bool {
        let mut ahead = 0;
        loop {
            match self.peek(ahead) {
                Tok::Bytes { .. } => return true,
                Tok::Str { .. } => ahead += 1,
                _ => return false,
            }
        }
    }

    /// Adjacent bytes literals, joined; a str literal among them is CPython's `SyntaxError`,
    /// reported (as CPython's caret shows it) just after the run of literals.
    fn bytes_literals(&mut self, line: u32, col: u32) -> PResult<Expr> {
        let mut out = Vec::new();
        let mut error = None;
        let mut mixed = false;
        loop {
            match self.tok() {
                Tok::Bytes { body, raw } => match literal::bytes(body, *raw) {
                    Ok(decoded) => out.extend_from_slice(&decoded),
                    Err(msg) => {
                        error.get_or_insert(msg);
                    }
                },
                Tok::Str { .. } => mixed = true,
                _ => break,
            }
            self.bump();
        }
        if mixed {
            return Err(self.error_here("cannot mix bytes and nonbytes literals"));
        }
        if let Some(msg) = error {
            return Err(self.error_here(msg));
        }
        Ok(Expr::new(ExprKind::Bytes(out.into()), line, col))
    }

    /// `()`, `(x)`, `(x,)`, `(x, y)` or `(x for ...)`.
    fn parenthesized(&mut self) -> PResult<Expr> {
        let open = self.bump();
        if self.eat_op(")") {
            return Ok(Expr::new(ExprKind::Tuple(Vec::new()), open.line, open.col));
        }
        if self.at_kw("yield") {
            let e = self.yield_expr()?;
            self.expect_op(")")?;
            return Ok(e);
        }
        let first = self.star_or_named()?;
        self.no_starred_comprehension(&first)?;
        if self.at_kw("for") {
            let generators = self.comprehension()?;
            self.expect_op(")")?;
            let kind = ExprKind::GeneratorExp {
                elt: Rc::new(first),
                generators: Rc::new(generators),
                layout: Default::default(),
            };
            return Ok(Expr::new(kind, open.line, open.col));
        }
        if self.at_op(")") {
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.error_at(
                    first.line,
                    first.col,
                    "cannot use starred expression here",
                ));
            }
            self.bump();
            return Ok(first);
        }
        let mut items = vec![first];
        self.rest_of_sequence(&mut items, ")")?;
        Ok(Expr::new(ExprKind::Tuple(items), open.line, open.col))
    }

    /// `[...]`: a list or a list comprehension.
    fn list_display(&mut self) -> PResult<Expr> {
        let open = self.bump();
        if self.eat_op("]") {
            return Ok(Expr::new(ExprKind::List(Vec::new()), open.line, open.col));
        }
        let first = self.star_or_named()?;
        self.no_starred_comprehension(&first)?;
        if self.at_kw("for") {
            let generators = self.comprehension()?;
            self.expect_op("]")?;
            let kind = ExprKind::ListComp {
                elt: Box::new(first),
                generators,
                layout: Default::default(),
            };
            return Ok(Expr::new(kind, open.line, open.col));
        }
        let mut items = vec![first];
        self.rest_of_sequence(&mut items, "]")?;
        Ok(Expr::new(ExprKind::List(items), open.line, open.col))
    }

    /// `{...}`: a dict, set, or dict or set comprehension.
    fn brace_display(&mut self) -> PResult<Expr> {
        let open = self.bump();
        if self.eat_op("}") {
            return Ok(Expr::new(ExprKind::Dict(Vec::new()), open.line, open.col));
        }
        if self.eat_op("**") {
            let value = self.binary(LOOSEST)?;
            if self.at_kw("for") {
                let msg = "dict unpacking cannot be used in dict comprehension";
                return Err(self.error_at(open.line, open.col + 1, msg));
            }
            let kind = ExprKind::Dict(self.rest_of_dict(None, value)?);
            return Ok(Expr::new(kind, open.line, open.col));
        }
        let first = self.star_or_named()?;
        self.no_starred_comprehension(&first)?;
        let kind = if let ExprKind::Starred(_) = first.kind {
            let mut items = vec![first];
            self.rest_of_sequence(&mut items, "}")?;
            ExprKind::Set(items)
        } else if self.eat_op(":") {
            let value = self.expression()?;
            if self.at_kw("for") {
                let generators = self.comprehension()?;
                self.expect_op("}")?;
                ExprKind::DictComp {
                    key: Box::new(first),
                    value: Box::new(value),
                    generators,
                    layout: Default::default(),
                }
            } else {
                ExprKind::Dict(self.rest_of_dict(Some(first), value)?)
            }
        } else if self.at_kw("for") {
            let generators = self.comprehension()?;
            self.expect_op("}")?;
            ExprKind::SetComp {
                elt: Box::new(first),
                generators,
                layout: Default::default(),
            }
        } else {
            let mut items = vec![first];
            self.rest_of_sequence(&mut items, "}")?;
            ExprKind::Set(items)
        };
        Ok(Expr::new(kind, open.line, open.col))
    }

    /// A starred element followed by `for`: CPython's error.
    fn no_starred_comprehension(&self, first: &Expr) -> PResult<()> {
        if matches!(first.kind, ExprKind::Starred(_)) && self.at_kw("for") {
            let msg = "iterable unpacking cannot be used in comprehension";
            return Err(self.error_at(first.line, first.col, msg));
        }
        Ok(())
    }

    /// The entries after a dict display's first (`key: value`, or `**value` when `key` is
    /// `None`), through the closing `}`.
    fn rest_of_dict(
        &mut self,
        key: Option<Expr>,
        value: Expr,
    ) -> PResult<Vec<(Option<Expr>, Expr)>> {
        let mut last = (value.line, value.col);
        let mut pairs = vec![(key, value)];
        loop {
            if self.eat_op("}") {
                return Ok(pairs);
            }
            if !self.eat_op(",") {
                return Err(self.missing_comma(last));
            }
            if self.eat_op("}") {
                return Ok(pairs);
            }
            if self.eat_op("**") {
                let value = self.binary(LOOSEST)?;
                last = (value.line, value.col);
                pairs.push((None, value));
                continue;
            }
            let key = self.expression()?;
            if !self.eat_op(":") {
                return Err(self.error_here("':' expected after dictionary key"));
            }
            let value = self.expression()?;
            last = (value.line, value.col);
            pairs.push((Some(key), value));
        }
    }

    /// The elements after the first (already in `items`) of a bracketed, comma-separated sequence,
    /// through `closer`; a trailing comma is allowed.
    fn rest_of_sequence(&mut self, items: &mut Vec<Expr>, closer: &str) -> PResult<()> {
        loop {
            if self.eat_op(closer) {
                return Ok(());
            }
            if !self.eat_op(",") {
                let last = items.last().map_or(self.here(), |e| (e.line, e.col));
                return Err(self.missing_comma(last));
            }
            if self.eat_op(closer) {
                return Ok(());
            }
            items.push(self.star_or_named()?);
        }
    }

    /// The error for an element (starting at `element`) inside brackets that is followed by neither a
    /// comma nor the closing bracket: CPython's comma hint when another expression follows.
    pub(super) fn missing_comma(&self, element: (u32, u32)) -> SyntaxError {
        let next_is_operand = matches!(
            self.tok(),
            Tok::Name(_)
                | Tok::Number(_)
                | Tok::Str { .. }
                | Tok::Bytes { .. }
                | Tok::Keyword("True" | "False" | "None")
                | Tok::Op("(" | "[" | "{")
        );
        if next_is_operand {
            let msg = "invalid syntax. Perhaps you forgot a comma?";
            let err = self.error_at(element.0, element.1, msg);
            // CPython marks both expressions; the next one's first token stands for it.
            return match self.token().line == element.0 {
                true => err.spanning(self.token().end_col),
                false => err,
            };
        }
        self.invalid_syntax()
    }

    /// The `for target in iter [if cond]...` clauses after a comprehension's element; at least one.
    pub(super) fn comprehension(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.eat_kw("for") {
            let target = self.target_list()?;
            target::check(&target, TargetUse::For)?;
            self.expect_kw("in")?;
            let iter = self.or_test()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.or_test()?);
            }
            generators.push(Comprehension { target, iter, ifs });
        }
        Ok(generators)
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::parser::testing::{error, shows};

    #[test]
    fn literals_decode_values() {
        assert_eq!(shows("'a' \"b\" '''c'''"), "\"abc\"");
        assert_eq!(
            shows("[1, 2.5, None, True, ...]"),
            "[1, 2.5, None, true, ...]"
        );
        assert_eq!(shows("99999999999999999999"), "big99999999999999999999");
        assert_eq!(shows("'\\x41\\n'"), "\"A\\n\"");
        assert_eq!(
            shows("b'a\\x00' rb'\\n' B\"'\""),
            "bytes[97, 0, 92, 110, 39]"
        );
    }

    #[test]
    fn bytes_and_str_literals_do_not_mix() {
        let e = error("x = 'a' b'b'\n");
        assert_eq!(e.msg, "cannot mix bytes and nonbytes literals");
        assert_eq!((e.line, e.col), (1, 13));
        assert_eq!(
            error("x = b'\\x4'\n").msg,
            "(value error) invalid \\x escape at position 0"
        );
    }

    #[test]
    fn tuples_lists_dicts_and_sets() {
        assert_eq!(shows("()"), "tuple()");
        assert_eq!(shows("(1,)"), "tuple(1)");
        assert_eq!(shows("(1)"), "1");
        assert_eq!(shows("1, 2,"), "tuple(1, 2)");
        assert_eq!(shows("[1, [2], ]"), "[1, [2]]");
        assert_eq!(shows("{}"), "{}");
        assert_eq!(shows("{'a': 1, 2: [3],}"), "{\"a\": 1, 2: [3]}");
        assert_eq!(shows("{1, 2}"), "set(1, 2)");
        assert_eq!(
            error("d = {1: 2, 3}\n").msg,
            "':' expected after dictionary key"
        );
    }

    #[test]
    fn missing_comma_inside_brackets_gets_a_hint() {
        let err = error("print(1 2)\n");
        assert_eq!(err.msg, "invalid syntax. Perhaps you forgot a comma?");
        assert_eq!((err.line, err.col), (1, 7));
        assert_eq!(
            error("x = [a b]\n").msg,
            "invalid syntax. Perhaps you forgot a comma?"
        );
        assert_eq!(
            error("x = (a b)\n").msg,
            "invalid syntax. Perhaps you forgot a comma?"
        );
        assert_eq!(error("x = 1 2\n").msg, "invalid syntax");
    }

    #[test]
    fn comprehensions_with_several_clauses() {
        assert_eq!(
            shows("[x * y for x in xs if x for y in ys if y if z]"),
            "comp((x * y) for x in xs if x for y in ys if y if z)"
        );
        assert_eq!(
            shows("[k for k, v in d.items()]"),
            "comp(k for tuple(k, v) in d.items())"
        );
        assert_eq!(shows("{k: v for k in d}"), "dictcomp(k: v, 1 clauses)");
        assert_eq!(shows("{k for k in d}"), "comp(k for k in d)");
        assert_eq!(shows("sum(x for x in xs)"), "sum(comp(x for x in xs))");
        assert_eq!(shows("(x for x in xs)"), "comp(x for x in xs)");
        assert_eq!(
            shows("[a if a else b for a in c]"),
            "comp((a if a else b) for a in c)"
        );
    }
}

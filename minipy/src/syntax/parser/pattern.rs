//! The `match` statement (PEP 634) and its patterns. `match` and `case` are soft keywords: a line
//! starting with `match` is a match statement only if it parses as one (a subject, `:` and an
//! indented block of `case` clauses); otherwise it is parsed again as ordinary statements, so a
//! variable named `match` keeps working. The checks CPython's compiler makes (unreachable cases,
//! names bound twice, alternatives binding different names) run here with its messages.

use std::rc::Rc;

use super::error::ErrorKind;
use super::{PResult, Parser, SyntaxError};
use crate::syntax::ast::{
    BinOp, Expr, ExprKind, MatchCase, Name, NameLoc, Pattern, PatternKind, Stmt, StmtKind, UnaryOp,
};
use crate::syntax::lexer::Tok;

/// A name a pattern binds, and where.
type Binding = (Name, u32, u32);

impl Parser {
    /// At a `match` token starting a statement: the match statement, or `None` with nothing
    /// consumed when the line is not one. `Err` only for a line that can only be a match
    /// statement (its header parsed and a `:` follows).
    pub(super) fn match_statement(&mut self) -> PResult<Option<Stmt>> {
        let (pos, depth) = (self.pos, self.depth);
        let start = self.bump();
        let subject = match self.match_subject() {
            Ok(s) if self.at_op(":") => s,
            _ => {
                self.pos = pos;
                self.depth = depth;
                return Ok(None);
            }
        };
        self.bump();
        if !self.eat(&Tok::Newline) {
            return Err(self.invalid_syntax());
        }
        if !self.eat(&Tok::Indent) {
            let msg = format!(
                "expected an indented block after 'match' statement on line {}",
                start.line
            );
            return Err(self.error_here_kind(ErrorKind::Indentation, msg));
        }
        let mut cases = Vec::new();
        while !self.eat(&Tok::Dedent) {
            if !matches!(self.tok(), Tok::Name(n) if &**n == "case") {
                return Err(self.invalid_syntax());
            }
            cases.push(self.case_clause()?);
        }
        // A case that always matches hides the ones after it.
        for case in &cases[..cases.len() - 1] {
            if case.guard.is_none() {
                if let Some(err) = irrefutable(&case.pattern) {
                    return Err(err);
                }
            }
        }
        let kind = StmtKind::Match { subject, cases };
        Ok(Some(Stmt::new(kind, start.line, start.col)))
    }

    /// Whether the line at a `match` token would be a match statement but for its missing `:`
    /// (`match x` then a newline), for CPython's "expected ':'" when the line is nothing else.
    pub(super) fn match_missing_colon(&mut self) -> Option<SyntaxError> {
        let (pos, depth) = (self.pos, self.depth);
        self.bump();
        let found = self.match_subject().is_ok() && self.at(&Tok::Newline);
        let err = found.then(|| self.error_here("expected ':'"));
        self.pos = pos;
        self.depth = depth;
        err
    }

    /// `subject_expr`: a named expression, or a tuple of starred/named expressions.
    fn match_subject(&mut self) -> PResult<Expr> {
        if !(self.at_expression_start() || self.at_op("*")) {
            return Err(self.invalid_syntax());
        }
        self.comma_list(Self::star_or_named)
    }

    /// `case patterns [if guard]: block`.
    fn case_clause(&mut self) -> PResult<MatchCase> {
        let keyword = self.bump();
        let pattern = self.patterns()?;
        check_bindings(&pattern)?;
        let guard = if self.eat_kw("if") {
            Some(self.named_expression()?)
        } else {
            None
        };
        let body = self.block("'case' statement", keyword.line)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    /// `patterns`: an open sequence `p, q, ...` or one pattern.
    fn patterns(&mut self) -> PResult<Pattern> {
        let (line, col) = self.here();
        let first = self.maybe_star_pattern()?;
        if !self.at_op(",") {
            if matches!(first.kind, PatternKind::Star(_)) {
                return Err(self.invalid_syntax());
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op(":") || self.at_kw("if") {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        sequence(items, line, col)
    }

    /// `*name`, `*_`, or a pattern.
    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        let (line, col) = self.here();
        if !self.eat_op("*") {
            return self.pattern();
        }
        let (name, nline, ncol) = self.name()?;
        let target = (&*name != "_").then(|| store(name, nline, ncol));
        Ok(Pattern {
            kind: PatternKind::Star(target),
            line,
            col,
        })
    }

    /// `or_pattern ['as' name]`.
    fn pattern(&mut self) -> PResult<Pattern> {
        let (line, col) = self.here();
        let first = self.closed_pattern()?;
        let mut alternatives = vec![first];
        while self.eat_op("|") {
            alternatives.push(self.closed_pattern()?);
        }
        let inner = if alternatives.len() == 1 {
            alternatives.pop().expect("one alternative")
        } else {
            Pattern {
                kind: PatternKind::Or(alternatives),
                line,
                col,
            }
        };
        if !self.eat_kw("as") {
            return Ok(inner);
        }
        let (name, nline, ncol) = self.name()?;
        if &*name == "_" {
            return Err(self.error_at(nline, ncol, "cannot use '_' as a target"));
        }
        if self.at_op(".") || self.at_op("(") || self.at_op("[") {
            return Err(self.invalid_syntax());
        }
        Ok(Pattern {
            kind: PatternKind::As(Box::new(inner), store(name, nline, ncol)),
            line,
            col,
        })
    }

    /// A pattern that needs no `|` or `as` around it.
    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let (line, col) = self.here();
        let kind = match self.tok() {
            Tok::Number(_) => PatternKind::Value(self.signed_number()?),
            Tok::Op("-") if matches!(self.peek(1), Tok::Number(_)) => {
                PatternKind::Value(self.signed_number()?)
            }
            Tok::Op("-") => {
                self.bump();
                return Err(self.invalid_syntax());
            }
            Tok::Str { .. } => PatternKind::Value(self.string_literal()?),
            Tok::Keyword("None" | "True" | "False") => PatternKind::Singleton(self.atom()?),
            Tok::Name(_) => return self.name_pattern(),
            Tok::Op("(") => return self.bracketed(Self::group_or_tuple),
            Tok::Op("[") => return self.bracketed(Self::list_pattern),
            Tok::Op("{") => return self.bracketed(Self::mapping_pattern),
            _ => return Err(self.invalid_syntax()),
        };
        Ok(Pattern { kind, line, col })
    }

    /// A bracketed pattern, counted against the nesting limit.
    fn bracketed(&mut self, parse: fn(&mut Self) -> PResult<Pattern>) -> PResult<Pattern> {
        self.enter()?;
        let p = parse(self)?;
        self.leave();
        Ok(p)
    }

    /// A number, optionally negated, or a complex literal (`1 + 2j`, `-1 - 2j`).
    fn signed_number(&mut self) -> PResult<Expr> {
        let (line, col) = self.here();
        let negative = self.eat_op("-");
        let number = self.atom()?;
        let value = if negative {
            let operand = Box::new(number);
            Expr::new(
                ExprKind::UnaryOp {
                    op: UnaryOp::Neg,
                    operand,
                },
                line,
                col,
            )
        } else {
            number
        };
        if self.at_op("+") || self.at_op("-") {
            // A complex literal: a real number, then `+` or `-` an imaginary one.
            let op = if self.eat_op("+") {
                BinOp::Add
            } else {
                self.bump();
                BinOp::Sub
            };
            if matches!(value.kind, ExprKind::Imag(_))
                || matches!(&value.kind, ExprKind::UnaryOp { operand, .. } if matches!(operand.kind, ExprKind::Imag(_)))
            {
                return Err(self.error_at(line, col, "real number required in complex literal"));
            }
            let (iline, icol) = self.here();
            let imag = self.atom()?;
            if !matches!(imag.kind, ExprKind::Imag(_)) {
                return Err(self.error_at(
                    iline,
                    icol,
                    "imaginary number required in complex literal",
                ));
            }
            let (left, right) = (Box::new(value), Box::new(imag));
            return Ok(Expr::new(ExprKind::BinOp { left, op, right }, line, col));
        }
        Ok(value)
    }

    /// A string literal (adjacent ones joined); f-strings are not patterns.
    fn string_literal(&mut self) -> PResult<Expr> {
        let (line, col) = self.here();
        let mut ahead = 0;
        while let Tok::Str { fstring, .. } = self.peek(ahead) {
            if *fstring {
                let msg = "patterns may only match literals and attribute lookups";
                return Err(self.error_at(line, col, msg));
            }
            ahead += 1;
        }
        self.atom()
    }

    /// A capture `x`, the wildcard `_`, a value `a.b.c`, or a class pattern `a.B(...)`.
    fn name_pattern(&mut self) -> PResult<Pattern> {
        let (name, line, col) = self.name()?;
        let mut expr = Expr::new(ExprKind::Name(name.clone(), NameLoc::default()), line, col);
        let mut dotted = false;
        while self.eat_op(".") {
            let (attr, _, _) = self.name()?;
            let value = Box::new(expr);
            expr = Expr::new(ExprKind::Attribute { value, attr }, line, col);
            dotted = true;
        }
        let kind = if self.at_op("(") {
            self.enter()?;
            let p = self.class_pattern(expr)?;
            self.leave();
            return Ok(p);
        } else if dotted {
            PatternKind::Value(expr)
        } else if &*name == "_" {
            PatternKind::Wildcard
        } else {
            PatternKind::Capture(store(name, line, col))
        };
        Ok(Pattern { kind, line, col })
    }

    /// `(p)`, `()`, `(p,)` or `(p, q, ...)`.
    fn group_or_tuple(&mut self) -> PResult<Pattern> {
        let open = self.bump();
        if self.eat_op(")") {
            return sequence(Vec::new(), open.line, open.col);
        }
        let first = self.maybe_star_pattern()?;
        if !matches!(first.kind, PatternKind::Star(_)) && self.eat_op(")") {
            return Ok(first);
        }
        if !self.at_op(",") {
            return Err(self.invalid_syntax());
        }
        let mut items = vec![first];
        while self.eat_op(",") && !self.at_op(")") {
            items.push(self.maybe_star_pattern()?);
        }
        self.expect_op(")")?;
        sequence(items, open.line, open.col)
    }

    /// `[p, q, ...]`.
    fn list_pattern(&mut self) -> PResult<Pattern> {
        let open = self.bump();
        let mut items = Vec::new();
        while !self.eat_op("]") {
            items.push(self.maybe_star_pattern()?);
            if !self.eat_op(",") {
                self.expect_op("]")?;
                break;
            }
        }
        sequence(items, open.line, open.col)
    }

    /// `{key: p, ..., **rest}`.
    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let open = self.bump();
        let (mut keys, mut values, mut rest) = (Vec::new(), Vec::new(), None);
        while !self.eat_op("}") {
            if rest.is_some() {
                return Err(self.invalid_syntax());
            }
            if self.eat_op("**") {
                let (name, line, col) = self.name()?;
                if &*name == "_" {
                    return Err(self.error_at(line, col, "invalid syntax"));
                }
                rest = Some(store(name, line, col));
            } else {
                keys.push(self.mapping_key()?);
                self.expect_op(":")?;
                values.push(self.pattern()?);
            }
            if !self.eat_op(",") {
                self.expect_op("}")?;
                break;
            }
        }
        for (i, k) in keys.iter().enumerate() {
            if let Some(shown) = literal_repr(k) {
                if keys[..i]
                    .iter()
                    .any(|earlier| literal_repr(earlier) == Some(shown.clone()))
                {
                    let msg = format!("mapping pattern checks duplicate key ({shown})");
                    return Err(self.error_at(open.line, open.col, msg));
                }
            }
        }
        let kind = PatternKind::Mapping { keys, values, rest };
        Ok(Pattern {
            kind,
            line: open.line,
            col: open.col,
        })
    }

    /// A mapping pattern's key: a literal or a dotted name.
    fn mapping_key(&mut self) -> PResult<Expr> {
        match self.tok() {
            Tok::Number(_) | Tok::Op("-") => self.signed_number(),
            Tok::Str { .. } => self.string_literal(),
            Tok::Keyword("None" | "True" | "False") => self.atom(),
            Tok::Name(_) => {
                let p = self.name_pattern()?;
                match p.kind {
                    PatternKind::Value(e) => Ok(e),
                    _ => Err(self.error_at(p.line, p.col, "invalid syntax")),
                }
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    /// `Cls(p, ..., name=p, ...)` after the class expression.
    fn class_pattern(&mut self, cls: Expr) -> PResult<Pattern> {
        let (line, col) = (cls.line, cls.col);
        self.bump();
        let (mut args, mut kwargs): (Vec<Pattern>, Vec<(Name, Pattern)>) = (Vec::new(), Vec::new());
        while !self.eat_op(")") {
            if matches!(self.tok(), Tok::Name(_)) && matches!(self.peek(1), Tok::Op("=")) {
                let (name, nline, ncol) = self.name()?;
                self.bump();
                if kwargs.iter().any(|(n, _)| *n == name) {
                    let msg = format!("attribute name repeated in class pattern: {name}");
                    return Err(self.error_at(nline, ncol, msg));
                }
                kwargs.push((name, self.pattern()?));
            } else {
                let p = self.pattern()?;
                if !kwargs.is_empty() {
                    let msg = "positional patterns follow keyword patterns";
                    return Err(self.error_at(p.line, p.col, msg));
                }
                args.push(p);
            }
            if !self.eat_op(",") {
                self.expect_op(")")?;
                break;
            }
        }
        let kind = PatternKind::Class { cls, args, kwargs };
        Ok(Pattern { kind, line, col })
    }
}

/// A name expression in store context.
fn store(name: Name, line: u32, col: u32) -> Expr {
    Expr::new(ExprKind::Name(name, NameLoc::default()), line, col)
}

/// A sequence pattern of `items`; at most one may be starred.
fn sequence(items: Vec<Pattern>, line: u32, col: u32) -> PResult<Pattern> {
    let stars = items
        .iter()
        .filter(|p| matches!(p.kind, PatternKind::Star(_)))
        .count();
    if stars > 1 {
        let msg = "multiple starred names in sequence pattern";
        return Err(SyntaxError::new(msg, line, col));
    }
    Ok(Pattern {
        kind: PatternKind::Sequence(items),
        line,
        col,
    })
}

/// How CPython shows a literal mapping key in its duplicate-key error, for the literals whose
/// duplicates minipy detects (strings and ints).
fn literal_repr(key: &Expr) -> Option<String> {
    match &key.kind {
        ExprKind::Str(s) => Some(crate::syntax::quote::quote_str(s)),
        ExprKind::Int(i) => Some(i.to_string()),
        ExprKind::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => match operand.kind {
            ExprKind::Int(i) => Some(format!("-{i}")),
            _ => None,
        },
        _ => None,
    }
}

/// The error CPython gives for a pattern that always matches where later patterns follow, or
/// `None` if `p` can fail.
fn irrefutable(p: &Pattern) -> Option<SyntaxError> {
    match &p.kind {
        PatternKind::Wildcard => Some(SyntaxError::new(
            "wildcard makes remaining patterns unreachable",
            p.line,
            p.col,
        )),
        PatternKind::Capture(e) => {
            let ExprKind::Name(name, _) = &e.kind else {
                return None;
            };
            Some(SyntaxError::new(
                format!("name capture '{name}' makes remaining patterns unreachable"),
                p.line,
                p.col,
            ))
        }
        PatternKind::As(inner, _) => irrefutable(inner),
        PatternKind::Or(alts) => alts.iter().find_map(irrefutable),
        _ => None,
    }
}

/// Checks the names `p` binds: none twice, every alternative of an or-pattern the same, no
/// alternative but the last always matching.
fn check_bindings(p: &Pattern) -> PResult<()> {
    let mut names = Vec::new();
    bindings(p, &mut names)
}

fn bind(names: &mut Vec<Binding>, target: &Expr) -> PResult<()> {
    let ExprKind::Name(name, _) = &target.kind else {
        return Ok(());
    };
    if names.iter().any(|(n, _, _)| n == name) {
        let msg = format!("multiple assignments to name '{name}' in pattern");
        return Err(SyntaxError::new(msg, target.line, target.col));
    }
    names.push((Rc::clone(name), target.line, target.col));
    Ok(())
}

fn bindings(p: &Pattern, names: &mut Vec<Binding>) -> PResult<()> {
    match &p.kind {
        PatternKind::Value(_) | PatternKind::Singleton(_) | PatternKind::Wildcard => Ok(()),
        PatternKind::Capture(e) => bind(names, e),
        PatternKind::Star(e) => e.as_ref().map_or(Ok(()), |e| bind(names, e)),
        PatternKind::Sequence(items) => items.iter().try_for_each(|i| bindings(i, names)),
        PatternKind::Mapping { values, rest, .. } => {
            values.iter().try_for_each(|v| bindings(v, names))?;
            rest.as_ref().map_or(Ok(()), |r| bind(names, r))
        }
        PatternKind::Class { args, kwargs, .. } => {
            args.iter().try_for_each(|a| bindings(a, names))?;
            kwargs.iter().try_for_each(|(_, k)| bindings(k, names))
        }
        PatternKind::As(inner, target) => {
            bindings(inner, names)?;
            bind(names, target)
        }
        PatternKind::Or(alts) => {
            let mut first: Option<Vec<Name>> = None;
            for (i, alt) in alts.iter().enumerate() {
                if i + 1 < alts.len() {
                    if let Some(err) = irrefutable(alt) {
                        return Err(err);
                    }
                }
                let mut own = Vec::new();
                bindings(alt, &mut own)?;
                let mut set: Vec<Name> = own.iter().map(|(n, _, _)| n.clone()).collect();
                set.sort();
                match &first {
                    None => {
                        for (n, line, col) in own {
                            let e = store(n, line, col);
                            bind(names, &e)?;
                        }
                        first = Some(set);
                    }
                    Some(f) if *f != set => {
                        let msg = "alternative patterns bind different names";
                        return Err(SyntaxError::new(msg, alt.line, alt.col));
                    }
                    Some(_) => {}
                }
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::parser::parse_module;

    /// The error for `source`: message, line and column, as CPython 3.11 reports them (each
    /// expectation below was read off `python3`).
    fn error(source: &str) -> (String, u32, u32) {
        let e = parse_module(source).unwrap_err();
        (e.to_string(), e.line, e.col)
    }

    fn case(pattern: &str) -> String {
        format!("match x:\n    case {pattern}:\n        pass\n")
    }

    #[test]
    fn match_and_case_stay_usable_as_names() {
        let ok = "match = 1\ncase = 2\nmatch(x)\nmatch[0] = 3\nmatch.a = 4\nprint(match, case)\n";
        assert!(parse_module(ok).is_ok());
        assert!(parse_module("match x, *y:\n    case [a, *b] if a: pass\n").is_ok());
    }

    #[test]
    fn unreachable_cases_are_syntax_errors() {
        let two = |first: &str| {
            format!("match x:\n    case {first}:\n        pass\n    case 1:\n        pass\n")
        };
        let capture = (
            "SyntaxError: name capture 'y' makes remaining patterns unreachable".to_string(),
            2,
            10,
        );
        assert_eq!(error(&two("y")), capture);
        assert_eq!(error(&case("y | 1")), capture);
        let wildcard = (
            "SyntaxError: wildcard makes remaining patterns unreachable".to_string(),
            2,
            10,
        );
        assert_eq!(error(&two("_")), wildcard);
        assert_eq!(error(&two("_ as z")), wildcard);
        assert_eq!(error(&two("(y as z)")).2, 11);
        assert!(parse_module(&format!("{}    case 2:\n        pass\n", case("y if y"))).is_ok());
    }

    #[test]
    fn name_errors_match_cpython() {
        let msg = |s: &str| error(&case(s));
        assert_eq!(
            msg("[a, a]"),
            (
                "SyntaxError: multiple assignments to name 'a' in pattern".into(),
                2,
                14
            )
        );
        assert_eq!(
            msg("[*a, *b]"),
            (
                "SyntaxError: multiple starred names in sequence pattern".into(),
                2,
                10
            )
        );
        assert_eq!(
            msg("1 | y"),
            (
                "SyntaxError: alternative patterns bind different names".into(),
                2,
                14
            )
        );
        assert_eq!(
            msg("[a] | [b]"),
            (
                "SyntaxError: alternative patterns bind different names".into(),
                2,
                16
            )
        );
        assert_eq!(
            msg("C(x=1, 2)"),
            (
                "SyntaxError: positional patterns follow keyword patterns".into(),
                2,
                17
            )
        );
        assert_eq!(
            msg("C(x=1, x=2)"),
            (
                "SyntaxError: attribute name repeated in class pattern: x".into(),
                2,
                17
            )
        );
        assert_eq!(
            msg("{'a': 1, 'a': 2}"),
            (
                "SyntaxError: mapping pattern checks duplicate key ('a')".into(),
                2,
                10
            )
        );
        assert_eq!(
            msg("1 as _"),
            ("SyntaxError: cannot use '_' as a target".into(), 2, 15)
        );
        assert_eq!(
            msg("f\"x\""),
            (
                "SyntaxError: patterns may only match literals and attribute lookups".into(),
                2,
                10
            )
        );
        assert_eq!(
            msg("1+2"),
            (
                "SyntaxError: imaginary number required in complex literal".into(),
                2,
                12
            )
        );
    }

    #[test]
    fn malformed_headers_match_cpython() {
        assert_eq!(
            error("match x\n    case 1: pass\n"),
            ("SyntaxError: expected ':'".into(), 1, 8)
        );
        assert_eq!(
            error("match x:\npass\n"),
            (
                "IndentationError: expected an indented block after 'match' statement on line 1"
                    .into(),
                2,
                1
            )
        );
        assert_eq!(
            error("match x:\n    case 1:\n    pass\n"),
            (
                "IndentationError: expected an indented block after 'case' statement on line 2"
                    .into(),
                3,
                5
            )
        );
        assert_eq!(
            error("match x:\n    pass\n"),
            ("SyntaxError: invalid syntax".into(), 2, 5)
        );
        assert_eq!(
            error(&case("*a")),
            ("SyntaxError: invalid syntax".into(), 2, 12)
        );
        assert_eq!(
            error(&case("(*a)")),
            ("SyntaxError: invalid syntax".into(), 2, 13)
        );
        assert_eq!(
            error(&case("{y: 1}")),
            ("SyntaxError: invalid syntax".into(), 2, 11)
        );
        assert_eq!(
            error(&case("{**_}")),
            ("SyntaxError: invalid syntax".into(), 2, 13)
        );
        assert_eq!(
            error(&case("-x")),
            ("SyntaxError: invalid syntax".into(), 2, 11)
        );
    }
}

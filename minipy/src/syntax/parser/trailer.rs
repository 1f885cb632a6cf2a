//! The insides of trailers: a call's argument list and a subscript's index or slices.

use super::{PResult, Parser};
use crate::syntax::ast::{Expr, ExprKind, Keyword};
use crate::syntax::lexer::Tok;

impl Parser {
    /// A call's arguments after `(`, through `)`.
    pub(super) fn call_args(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args = Vec::new();
        let mut keywords = Vec::new();
        loop {
            if self.eat_op(")") {
                return Ok((args, keywords));
            }
            let start = self.here();
            match self.tok() {
                Tok::Op("*") => self.starred_argument(&mut args, &keywords)?,
                Tok::Op("**") => {
                    self.bump();
                    let value = self.expression()?;
                    keywords.push(Keyword { name: None, value });
                }
                Tok::Name(_) if self.peek(1) == &Tok::Op("=") => {
                    self.keyword_argument(&mut keywords)?;
                }
                _ => self.positional_argument(&mut args, &keywords)?,
            }
            if !self.at_op(")") && !self.eat_op(",") {
                return Err(self.missing_comma(start));
            }
        }
    }

    fn starred_argument(&mut self, args: &mut Vec<Expr>, keywords: &[Keyword]) -> PResult<()> {
        let star = self.bump();
        if keywords.iter().any(|k| k.name.is_none()) {
            let msg = "iterable argument unpacking follows keyword argument unpacking";
            return Err(self.error_at(star.line, star.col, msg));
        }
        let value = Box::new(self.expression()?);
        args.push(Expr::new(ExprKind::Starred(value), star.line, star.col));
        Ok(())
    }

    fn keyword_argument(&mut self, keywords: &mut Vec<Keyword>) -> PResult<()> {
        let (name, line, col) = self.name()?;
        self.bump();
        if keywords.iter().any(|k| k.name.as_deref() == Some(&*name)) {
            let msg = format!("keyword argument repeated: {name}");
            return Err(self.error_at(line, col, msg));
        }
        let value = self.expression()?;
        keywords.push(Keyword {
            name: Some(name),
            value,
        });
        Ok(())
    }

    /// A positional argument, or a generator expression that must be the only argument.
    fn positional_argument(&mut self, args: &mut Vec<Expr>, keywords: &[Keyword]) -> PResult<()> {
        let value = self.named_expression()?;
        let (line, col) = (value.line, value.col);
        if self.at_kw("for") {
            let generators = self.comprehension()?;
            if !(args.is_empty() && keywords.is_empty() && self.at_op(")")) {
                let msg = "Generator expression must be parenthesized";
                return Err(self.error_at(line, col, msg));
            }
            let elt = std::rc::Rc::new(value);
            args.push(Expr::new(
                ExprKind::GeneratorExp {
                    elt,
                    generators: std::rc::Rc::new(generators),
                    layout: Default::default(),
                },
                line,
                col,
            ));
            return Ok(());
        }
        if self.at_op("=") {
            let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
            return Err(self.error_at(line, col, msg));
        }
        if !keywords.is_empty() {
            let msg = if keywords.iter().any(|k| k.name.is_none()) {
                "positional argument follows keyword argument unpacking"
            } else {
                "positional argument follows keyword argument"
            };
            return Err(self.error_at(line, col, msg));
        }
        args.push(value);
        Ok(())
    }

    /// A subscript's index after `[`, through `]`: an expression, a slice, or a tuple of them.
    pub(super) fn subscript(&mut self) -> PResult<Expr> {
        let first = self.slice_item()?;
        if self.eat_op("]") {
            return Ok(first);
        }
        let (line, col) = (first.line, first.col);
        let mut items = vec![first];
        loop {
            if !self.eat_op(",") {
                let last = items.last().map_or(self.here(), |e| (e.line, e.col));
                return Err(self.missing_comma(last));
            }
            if self.eat_op("]") {
                break;
            }
            items.push(self.slice_item()?);
            if self.eat_op("]") {
                break;
            }
        }
        Ok(Expr::new(ExprKind::Tuple(items), line, col))
    }

    /// `expr`, or a slice `[lower]:[upper][:[step]]`.
    fn slice_item(&mut self) -> PResult<Expr> {
        let (line, col) = self.here();
        let lower = if self.at_op(":") {
            None
        } else {
            let expr = self.expression()?;
            if !self.at_op(":") {
                return Ok(expr);
            }
            Some(Box::new(expr))
        };
        self.bump();
        let upper = self.slice_bound()?;
        let step = if self.eat_op(":") {
            self.slice_bound()?
        } else {
            None
        };
        Ok(Expr::new(ExprKind::Slice { lower, upper, step }, line, col))
    }

    fn slice_bound(&mut self) -> PResult<Option<Box<Expr>>> {
        if matches!(self.tok(), Tok::Op(":" | "," | "]")) {
            return Ok(None);
        }
        Ok(Some(Box::new(self.expression()?)))
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::parser::testing::{error, shows};

    #[test]
    fn call_arguments_positional_keyword_and_unpacked() {
        assert_eq!(
            shows("print(a, b, sep=', ', end='')"),
            "print(a, b, sep=\", \", end=\"\")"
        );
        assert_eq!(shows("f(*args, **kw)"), "f(*args, **=kw)");
        assert_eq!(shows("f(a=1, *b)"), "f(*b, a=1)");
        assert_eq!(shows("f(x,)"), "f(x)");
    }

    #[test]
    fn bad_call_arguments_get_cpython_messages() {
        assert_eq!(
            error("f(a=1, b)\n").msg,
            "positional argument follows keyword argument"
        );
        assert_eq!(
            error("f(**k, b)\n").msg,
            "positional argument follows keyword argument unpacking"
        );
        assert_eq!(error("f(a=1, a=2)\n").msg, "keyword argument repeated: a");
        assert_eq!(
            error("f(x for x in y, 1)\n").msg,
            "Generator expression must be parenthesized"
        );
        assert_eq!(
            error("f(a.b=1)\n").msg,
            "expression cannot contain assignment, perhaps you meant \"==\"?"
        );
    }

    #[test]
    fn subscripts_and_slices() {
        assert_eq!(shows("a[1]"), "a[1]");
        assert_eq!(shows("a[1:2]"), "a[1:2:]");
        assert_eq!(shows("a[:]"), "a[::]");
        assert_eq!(shows("a[::-1]"), "a[::(- 1)]");
        assert_eq!(shows("a[1, 2:]"), "a[tuple(1, 2::)]");
    }
}

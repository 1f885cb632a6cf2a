//! Expression grammar by precedence, loosest binding first: `lambda` and `x if c else y`, `or`, `and`,
//! `not`, comparison chains, binary operators, prefix `-` `+` `~`, `**`, then calls, attributes and
//! subscripts applied to atoms (see `atom.rs`; argument lists and slices are in `trailer.rs`).

use super::{PResult, Parser};
use crate::syntax::ast::{BinOp, BoolOp, CmpOp, Expr, ExprKind, Lambda, UnaryOp};
use crate::syntax::lexer::Tok;
use std::rc::Rc;

/// The binary operator `tok` spells, with its binding power (higher binds tighter). All are
/// left-associative; `**` is handled apart because it is right-associative and binds tighter than
/// prefix operators on its left.
fn binary_op(tok: &Tok) -> Option<(BinOp, u8)> {
    let Tok::Op(op) = tok else { return None };
    let entry = match *op {
        "|" => (BinOp::BitOr, 1),
        "^" => (BinOp::BitXor, 2),
        "&" => (BinOp::BitAnd, 3),
        "<<" => (BinOp::LShift, 4),
        ">>" => (BinOp::RShift, 4),
        "+" => (BinOp::Add, 5),
        "-" => (BinOp::Sub, 5),
        "*" => (BinOp::Mul, 6),
        "/" => (BinOp::Div, 6),
        "//" => (BinOp::FloorDiv, 6),
        "%" => (BinOp::Mod, 6),
        "@" => (BinOp::MatMul, 6),
        _ => return None,
    };
    Some(entry)
}

/// The loosest binding power in `binary_op`: parses a whole `bitwise_or` expression.
pub(super) const LOOSEST: u8 = 1;

impl Parser {
    /// True when the current token can begin an expression.
    pub(super) fn at_expression_start(&self) -> bool {
        match self.tok() {
            Tok::Name(_) | Tok::Number(_) | Tok::Str { .. } | Tok::Bytes { .. } => true,
            Tok::Keyword(kw) => matches!(*kw, "True" | "False" | "None" | "not" | "lambda"),
            Tok::Op(op) => matches!(*op, "(" | "[" | "{" | "-" | "+" | "~" | "..."),
            _ => false,
        }
    }

    /// `expression`: a lambda, or an or-test optionally followed by `if test else expression`.
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        if self.at_kw("lambda") {
            return self.lambda();
        }
        let body = self.or_test()?;
        if self.at_kw("if") {
            self.conditional(body)
        } else {
            Ok(body)
        }
    }

    /// `body if test else orelse`, from the `if`.
    #[inline(never)]
    fn conditional(&mut self, body: Expr) -> PResult<Expr> {
        self.bump();
        let (line, col) = (body.line, body.col);
        let test = self.or_test()?;
        if !self.eat_kw("else") {
            return Err(self.error_at(line, col, "expected 'else' after 'if' expression"));
        }
        self.enter()?;
        let orelse = self.expression()?;
        self.leave();
        let kind = ExprKind::IfExp {
            test: Box::new(test),
            body: Box::new(body),
            orelse: Box::new(orelse),
        };
        Ok(Expr::new(kind, line, col))
    }

    /// One expression, or several separated by commas as a tuple (`return a, b`; a trailing comma
    /// makes a one-element tuple).
    pub(super) fn testlist(&mut self) -> PResult<Expr> {
        self.comma_list(Self::expression)
    }

    /// Like `testlist`, but elements may be `*iterable` (`return *a, b`, `x = *a, *b`, the left of
    /// `a, *rest = ...`); a lone starred element is left for the caller to judge, since its error
    /// depends on whether it is a target.
    pub(super) fn star_testlist(&mut self) -> PResult<Expr> {
        self.comma_list(Self::star_or_expression)
    }

    /// A `yield` expression where the grammar allows one unparenthesized (a statement, the value
    /// of an assignment), else [`star_testlist`](Self::star_testlist).
    pub(super) fn star_testlist_or_yield(&mut self) -> PResult<Expr> {
        if self.at_kw("yield") {
            self.yield_expr()
        } else {
            self.star_testlist()
        }
    }

    /// `yield`, `yield value(s)` or `yield from expression`, at the `yield` keyword.
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let (line, col) = self.here();
        self.bump();
        let kind = if self.eat_kw("from") {
            ExprKind::YieldFrom(Box::new(self.expression()?))
        } else if self.at_expression_start() || self.at_op("*") {
            let value = self.star_testlist()?;
            ExprKind::Yield(Some(Box::new(value)))
        } else {
            ExprKind::Yield(None)
        };
        Ok(Expr::new(kind, line, col))
    }

    /// `name := expression` or an expression (CPython's `named_expression`): in conditions,
    /// displays, comprehension elements and call arguments.
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        if let (Tok::Name(_), Tok::Op(":=")) = (self.tok(), self.peek(1)) {
            let (name, line, col) = self.name()?;
            self.bump();
            self.enter()?;
            let value = self.expression()?;
            self.leave();
            let target = Expr::new(ExprKind::Name(name, Default::default()), line, col);
            let kind = ExprKind::NamedExpr {
                target: Box::new(target),
                value: Box::new(value),
            };
            return Ok(Expr::new(kind, line, col));
        }
        let e = self.expression()?;
        if self.at_op(":=") {
            let msg = format!(
                "cannot use assignment expressions with {}",
                super::target::describe(&e)
            );
            return Err(self.error_at(e.line, e.col, msg));
        }
        Ok(e)
    }

    /// `*bitwise_or` or a named expression: an element of a display.
    pub(super) fn star_or_named(&mut self) -> PResult<Expr> {
        self.star_or(Self::named_expression)
    }

    /// `*bitwise_or` (a starred element) or an expression.
    pub(super) fn star_or_expression(&mut self) -> PResult<Expr> {
        self.star_or(Self::expression)
    }

    /// `*bitwise_or`, or `element`.
    fn star_or(&mut self, element: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        if !self.at_op("*") {
            return element(self);
        }
        let star = self.bump();
        self.enter()?;
        let value = self.binary(LOOSEST)?;
        self.leave();
        Ok(Expr::new(
            ExprKind::Starred(Box::new(value)),
            star.line,
            star.col,
        ))
    }

    /// The target of a `for` (statement or comprehension): like `testlist`, but elements bind tighter
    /// than comparisons so the `in` that follows is not taken as an operator.
    pub(super) fn target_list(&mut self) -> PResult<Expr> {
        self.comma_list(|p| p.star_or(|p| p.binary(LOOSEST)))
    }

    pub(super) fn comma_list(&mut self, element: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        let first = element(self)?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let (line, col) = (first.line, first.col);
        let mut items = vec![first];
        while self.eat_op(",") && (self.at_expression_start() || self.at_op("*")) {
            items.push(element(self)?);
        }
        Ok(Expr::new(ExprKind::Tuple(items), line, col))
    }

    // Each grammar level below is a small function that returns its operand when no operator of its
    // level follows, and hands over to an out-of-line function otherwise: every bracket nests one
    // call per level, so small frames on that path keep the worst case (MAX_BRACKET_DEPTH brackets)
    // within a few MiB of stack even in unoptimized builds.

    /// `a or b or ...`, flattened into one `BoolOp`.
    pub(super) fn or_test(&mut self) -> PResult<Expr> {
        let first = self.and_test()?;
        if self.at_kw("or") {
            self.bool_chain(first, BoolOp::Or)
        } else {
            Ok(first)
        }
    }

    fn and_test(&mut self) -> PResult<Expr> {
        let first = self.not_test()?;
        if self.at_kw("and") {
            self.bool_chain(first, BoolOp::And)
        } else {
            Ok(first)
        }
    }

    /// The rest of `first and ...` or `first or ...`.
    #[inline(never)]
    fn bool_chain(&mut self, first: Expr, op: BoolOp) -> PResult<Expr> {
        let (keyword, operand): (&str, fn(&mut Self) -> PResult<Expr>) = match op {
            BoolOp::Or => ("or", Self::and_test),
            BoolOp::And => ("and", Self::not_test),
        };
        let (line, col) = (first.line, first.col);
        let mut values = vec![first];
        while self.eat_kw(keyword) {
            values.push(operand(self)?);
        }
        Ok(Expr::new(ExprKind::BoolOp { op, values }, line, col))
    }

    fn not_test(&mut self) -> PResult<Expr> {
        if self.at_kw("not") {
            self.prefixed(UnaryOp::Not)
        } else {
            self.comparison()
        }
    }

    /// `op operand` from the operator: `not` takes a `not_test`, the others a `unary`.
    #[inline(never)]
    fn prefixed(&mut self, op: UnaryOp) -> PResult<Expr> {
        let start = self.bump();
        self.enter()?;
        let operand = if op == UnaryOp::Not {
            self.not_test()?
        } else {
            self.unary()?
        };
        self.leave();
        let kind = ExprKind::UnaryOp {
            op,
            operand: Box::new(operand),
        };
        let e = Expr::new(kind, start.line, start.col);
        Ok(self.spanned(e, (start.line, start.col)))
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let left = self.binary(LOOSEST)?;
        match self.comparison_op() {
            Some(op) => self.comparison_chain(left, op),
            None => Ok(left),
        }
    }

    /// `left op1 b op2 c ...` after `op1` (consumed), flattened into one `Compare`.
    #[inline(never)]
    fn comparison_chain(&mut self, left: Expr, first_op: CmpOp) -> PResult<Expr> {
        let mut ops = vec![first_op];
        let mut comparators = vec![self.binary(LOOSEST)?];
        while let Some(op) = self.comparison_op() {
            ops.push(op);
            comparators.push(self.binary(LOOSEST)?);
        }
        let (line, col) = (left.line, left.col);
        let start = (left.outer.line, left.outer.col);
        let kind = ExprKind::Compare {
            left: Box::new(left),
            ops,
            comparators,
        };
        Ok(self.spanned(Expr::new(kind, line, col), start))
    }

    /// Consumes a comparison operator (one or two tokens) if one is next.
    fn comparison_op(&mut self) -> Option<CmpOp> {
        let op = match self.tok() {
            Tok::Op("==") => CmpOp::Eq,
            Tok::Op("!=") => CmpOp::NotEq,
            Tok::Op("<") => CmpOp::Lt,
            Tok::Op("<=") => CmpOp::LtE,
            Tok::Op(">") => CmpOp::Gt,
            Tok::Op(">=") => CmpOp::GtE,
            Tok::Keyword("in") => CmpOp::In,
            Tok::Keyword("is") if self.peek(1) == &Tok::Keyword("not") => {
                self.bump();
                CmpOp::IsNot
            }
            Tok::Keyword("is") => CmpOp::Is,
            Tok::Keyword("not") if self.peek(1) == &Tok::Keyword("in") => {
                self.bump();
                CmpOp::NotIn
            }
            _ => return None,
        };
        self.bump();
        Some(op)
    }

    /// Binary operators binding at least as tightly as `min_power`, by precedence climbing.
    pub(super) fn binary(&mut self, min_power: u8) -> PResult<Expr> {
        let left = self.unary()?;
        match binary_op(self.tok()) {
            Some((_, power)) if power >= min_power => self.binary_chain(left, min_power),
            _ => Ok(left),
        }
    }

    /// The operators after `left` binding at least as tightly as `min_power`.
    #[inline(never)]
    fn binary_chain(&mut self, mut left: Expr, min_power: u8) -> PResult<Expr> {
        let outer = self.depth;
        while let Some((op, power)) = binary_op(self.tok()) {
            if power < min_power {
                break;
            }
            self.bump();
            // Each link deepens the tree by one though not the recursion; counting it keeps the
            // tree as shallow as the limit promises.
            self.enter()?;
            let right = self.binary(power + 1)?;
            let (line, col) = (left.line, left.col);
            let start = (left.outer.line, left.outer.col);
            let kind = ExprKind::BinOp {
                left: Box::new(left),
                op,
                right: Box::new(right),
            };
            left = self.spanned(Expr::new(kind, line, col), start);
        }
        self.depth = outer;
        Ok(left)
    }

    fn unary(&mut self) -> PResult<Expr> {
        match self.tok() {
            Tok::Op("-") => self.prefixed(UnaryOp::Neg),
            Tok::Op("+") => self.prefixed(UnaryOp::Pos),
            Tok::Op("~") => self.prefixed(UnaryOp::Invert),
            _ => self.power(),
        }
    }

    /// `primary ['**' unary]`: right-associative, and `-2 ** 2` is `-(2 ** 2)` while `2 ** -1` works.
    fn power(&mut self) -> PResult<Expr> {
        let base = self.primary()?;
        if self.at_op("**") {
            self.exponent(base)
        } else {
            Ok(base)
        }
    }

    #[inline(never)]
    fn exponent(&mut self, base: Expr) -> PResult<Expr> {
        self.bump();
        self.enter()?;
        let exponent = self.unary()?;
        self.leave();
        let (line, col) = (base.line, base.col);
        let start = (base.outer.line, base.outer.col);
        let kind = ExprKind::BinOp {
            left: Box::new(base),
            op: BinOp::Pow,
            right: Box::new(exponent),
        };
        Ok(self.spanned(Expr::new(kind, line, col), start))
    }

    /// An atom followed by any number of `.name`, `(args)` and `[index]` trailers.
    fn primary(&mut self) -> PResult<Expr> {
        let atom = self.atom()?;
        if matches!(self.tok(), Tok::Op("." | "(" | "[")) {
            self.trailers(atom)
        } else {
            Ok(atom)
        }
    }

    #[inline(never)]
    fn trailers(&mut self, mut expr: Expr) -> PResult<Expr> {
        let outer = self.depth;
        loop {
            expr = match self.tok() {
                Tok::Op(".") => self.attribute(expr)?,
                Tok::Op("(") => self.call(expr)?,
                Tok::Op("[") => self.subscription(expr)?,
                _ => break,
            };
        }
        self.depth = outer;
        Ok(expr)
    }

    // The trailers below each add a level to the tree, so each counts against the depth limit.

    fn attribute(&mut self, value: Expr) -> PResult<Expr> {
        self.bump();
        self.enter()?;
        let attr = self.name()?.0;
        let (line, col) = (value.line, value.col);
        let start = (value.outer.line, value.outer.col);
        let value = Box::new(value);
        let e = Expr::new(ExprKind::Attribute { value, attr }, line, col);
        Ok(self.spanned(e, start))
    }

    fn call(&mut self, func: Expr) -> PResult<Expr> {
        self.bump();
        self.enter()?;
        let (args, keywords) = self.call_args()?;
        let (line, col) = (func.line, func.col);
        let start = (func.outer.line, func.outer.col);
        let func = Box::new(func);
        let e = Expr::new(
            ExprKind::Call {
                func,
                args,
                keywords,
            },
            line,
            col,
        );
        Ok(self.spanned(e, start))
    }

    fn subscription(&mut self, value: Expr) -> PResult<Expr> {
        self.bump();
        self.enter()?;
        let index = Box::new(self.subscript()?);
        let (line, col) = (value.line, value.col);
        let start = (value.outer.line, value.outer.col);
        let value = Box::new(value);
        let e = Expr::new(ExprKind::Subscript { value, index }, line, col);
        Ok(self.spanned(e, start))
    }

    /// `lambda params: body`.
    fn lambda(&mut self) -> PResult<Expr> {
        let start = self.bump();
        let params = self.params(":")?;
        self.expect_op(":")?;
        self.enter()?;
        let body = self.expression()?;
        self.leave();
        let kind = ExprKind::Lambda(Rc::new(Lambda {
            params,
            body,
            layout: Default::default(),
        }));
        Ok(Expr::new(kind, start.line, start.col))
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::ast::{BinOp, CmpOp, ExprKind, UnaryOp};
    use crate::syntax::parser::testing::{error, expr, shows};

    #[test]
    fn arithmetic_follows_python_precedence() {
        assert_eq!(shows("1 + 2 * 3 - 4"), "((1 + (2 * 3)) - 4)");
        assert_eq!(shows("a // b % c / d"), "(((a // b) % c) / d)");
        assert_eq!(
            shows("a | b ^ c & d << 1 + 2"),
            "(a | (b ^ (c & (d << (1 + 2)))))"
        );
    }

    #[test]
    fn power_is_right_associative_and_binds_tighter_than_prefix_minus() {
        assert_eq!(shows("2 ** 3 ** 2"), "(2 ** (3 ** 2))");
        assert_eq!(shows("-2 ** 2"), "(- (2 ** 2))");
        assert_eq!(shows("2 ** -1"), "(2 ** (- 1))");
        assert_eq!(shows("- - +x"), "(- (- (+ x)))");
    }

    #[test]
    fn comparisons_chain_into_one_node() {
        assert_eq!(shows("a < b <= c"), "cmp(a < b <= c)");
        assert_eq!(shows("a is not b"), "cmp(a is not b)");
        assert_eq!(shows("a not in b == c"), "cmp(a not in b == c)");
        let e = expr("x in y");
        assert!(matches!(e.kind, ExprKind::Compare { ref ops, .. } if ops == &[CmpOp::In]));
    }

    #[test]
    fn boolean_operators_nest_by_precedence() {
        assert_eq!(shows("a or b and not c or d"), "Or(a, And(b, (not c)), d)");
        assert_eq!(shows("not a == b"), "(not cmp(a == b))");
    }

    #[test]
    fn conditional_expression_is_right_nested() {
        assert_eq!(
            shows("a if b else c if d else e"),
            "(a if b else (c if d else e))"
        );
        assert_eq!(
            error("x = a if b\n").msg,
            "expected 'else' after 'if' expression"
        );
    }

    #[test]
    fn trailers_chain_left_to_right() {
        assert_eq!(shows("a.b(c)[d].e"), "a.b(c)[d].e");
        assert_eq!(shows("f()()"), "f()()");
        assert_eq!(shows("weakref.ref(obj, cb)()"), "weakref.ref(obj, cb)()");
    }

    #[test]
    fn lambdas_take_defaults_and_nest() {
        assert_eq!(shows("lambda: 0"), "lambda : 0");
        assert_eq!(shows("lambda a, b=1: a + b"), "lambda a, b: (a + b)");
        assert_eq!(
            shows("lambda r: print('x', r)"),
            "lambda r: print(\"x\", r)"
        );
        assert_eq!(shows("f(lambda w: None)"), "f(lambda w: None)");
        assert_eq!(shows("lambda: lambda: 1"), "lambda : lambda : 1");
    }

    #[test]
    fn positions_point_at_the_start_of_each_node() {
        let e = expr("\n  # c\nfoo.bar(1 +\n   2)\n");
        assert_eq!((e.line, e.col), (3, 1));
        let ExprKind::Call { func, args, .. } = &e.kind else {
            panic!("not a call")
        };
        assert_eq!((func.line, func.col), (3, 1));
        assert_eq!((args[0].line, args[0].col), (3, 9));
        let ExprKind::BinOp {
            right,
            op: BinOp::Add,
            ..
        } = &args[0].kind
        else {
            panic!("not +")
        };
        assert_eq!((right.line, right.col), (4, 4));
        let e = expr("(-x)");
        assert!(matches!(
            e.kind,
            ExprKind::UnaryOp {
                op: UnaryOp::Neg,
                ..
            }
        ));
        assert_eq!(e.col, 2);
    }

    #[test]
    fn unsupported_expressions_are_named() {
        assert_eq!(error("x = await 1\n").msg, "'await' is not supported");
    }
}

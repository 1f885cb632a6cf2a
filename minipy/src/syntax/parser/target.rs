//! Which expressions may be assigned to or deleted, and CPython's messages for those that may not.

use super::{PResult, SyntaxError};
use crate::syntax::ast::{Expr, ExprKind, UnaryOp};

/// What a target is for; decides the wording of the error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TargetUse {
    /// The left of `=`.
    Assign,
    /// The target of a `for` statement or comprehension clause.
    For,
    /// An operand of `del`.
    Delete,
}

/// Checks that `target` can be bound (or deleted): a name, attribute, subscript, or a tuple or list
/// of targets. Recursion follows tuple nesting, which needs brackets, so it is bounded by the lexer.
pub(super) fn check(target: &Expr, usage: TargetUse) -> PResult<()> {
    check_nested(target, usage, true)
}

fn check_nested(target: &Expr, usage: TargetUse, top_level: bool) -> PResult<()> {
    match &target.kind {
        ExprKind::Name(..) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let mut stars = items
                .iter()
                .filter(|i| matches!(i.kind, ExprKind::Starred(_)));
            if usage != TargetUse::Delete {
                if let (Some(_), Some(second)) = (stars.next(), stars.next()) {
                    let msg = "multiple starred expressions in assignment";
                    return Err(SyntaxError::new(msg, second.line, second.col));
                }
            }
            items
                .iter()
                .try_for_each(|item| check_nested(item, usage, false))
        }
        ExprKind::Starred(inner) if usage != TargetUse::Delete => {
            if top_level {
                let msg = "starred assignment target must be in a list or tuple";
                return Err(SyntaxError::new(msg, target.line, target.col));
            }
            check_nested(inner, usage, false)
        }
        _ => {
            let what = describe(target);
            let msg = match usage {
                TargetUse::Delete => format!("cannot delete {what}"),
                // CPython suggests `==` when a lone operand-like expression precedes `=`.
                TargetUse::Assign if top_level && looks_like_operand(target) => {
                    format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
                }
                TargetUse::Assign | TargetUse::For => format!("cannot assign to {what}"),
            };
            Err(SyntaxError::new(msg, target.line, target.col))
        }
    }
}

/// Checks the target of an augmented assignment: a name, attribute or subscript only.
pub(super) fn check_augmented(target: &Expr) -> PResult<()> {
    match target.kind {
        ExprKind::Name(..) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        _ => {
            let msg = format!(
                "'{}' is an illegal expression for augmented assignment",
                describe(target)
            );
            Err(SyntaxError::new(msg, target.line, target.col))
        }
    }
}

/// True for what CPython's grammar calls a `bitwise_or` other than a display or constant name: the
/// expressions for which `x = 1` was more likely meant as `x == 1`.
fn looks_like_operand(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
    )
}

/// How CPython names an expression in error messages (`_PyPegen_get_expr_name`).
pub(super) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_) => "literal",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Bool(true) => "True",
        ExprKind::Bool(false) => "False",
        ExprKind::None => "None",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Name(..) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Call { .. } => "function call",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Starred(_) => "starred",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::parser::parse_module;

    fn message(source: &str) -> String {
        parse_module(source)
            .expect_err("expected a syntax error")
            .msg
    }

    #[test]
    fn valid_targets_parse() {
        let source = "a = b.c = d[0] = e, (f, [g]) = [h, i] = 1\nfor k, (v, w) in x: pass\ndel a, b.c, d[0], (e, f)\n";
        parse_module(source).expect("valid targets");
    }

    #[test]
    fn lone_operand_targets_suggest_equality() {
        assert_eq!(
            message("f() = 1\n"),
            "cannot assign to function call here. Maybe you meant '==' instead of '='?"
        );
        assert_eq!(
            message("1 = x\n"),
            "cannot assign to literal here. Maybe you meant '==' instead of '='?"
        );
        assert_eq!(
            message("a + 1 = 2\n"),
            "cannot assign to expression here. Maybe you meant '==' instead of '='?"
        );
    }

    #[test]
    fn other_bad_targets_name_the_culprit() {
        assert_eq!(message("None = 1\n"), "cannot assign to None");
        assert_eq!(message("a, f() = 1, 2\n"), "cannot assign to function call");
        assert_eq!(message("a < b = 1\n"), "cannot assign to comparison");
        assert_eq!(
            message("(a, True, c) = (1, 2, 3)\n"),
            "cannot assign to True"
        );
        assert_eq!(
            message("[a, b, c + 1] = [1, 2, 3]\n"),
            "cannot assign to expression"
        );
        assert_eq!(message("x = y = True = z = 3\n"), "cannot assign to True");
        assert_eq!(
            message("... = 1\n"),
            "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?"
        );
        assert_eq!(
            message("for f() in x: pass\n"),
            "cannot assign to function call"
        );
        assert_eq!(message("[x for 1 in y]\n"), "cannot assign to literal");
        assert_eq!(message("del f()\n"), "cannot delete function call");
        assert_eq!(message("del a, 1\n"), "cannot delete literal");
    }

    #[test]
    fn augmented_assignment_needs_a_single_target() {
        assert_eq!(
            message("a, b += 1\n"),
            "'tuple' is an illegal expression for augmented assignment"
        );
        assert_eq!(
            message("f() += 1\n"),
            "'function call' is an illegal expression for augmented assignment"
        );
    }

    #[test]
    fn bad_target_error_points_at_the_target() {
        let err = parse_module("x = 1\na, f(y) = 1, 2\n").expect_err("error");
        assert_eq!((err.line, err.col), (2, 4));
    }

    #[test]
    fn starred_targets_and_their_errors() {
        parse_module("a, *b = c\n[*a, b] = c\nfor a, *b in c: pass\nx = [y for *y, z in w]\n")
            .expect("starred targets");
        let cases = [
            ("x = *a\n", "can't use starred expression here"),
            ("*a\n", "can't use starred expression here"),
            (
                "*a = 1\n",
                "starred assignment target must be in a list or tuple",
            ),
            (
                "for *a in b: pass\n",
                "starred assignment target must be in a list or tuple",
            ),
            (
                "a, *b, *c = 1\n",
                "multiple starred expressions in assignment",
            ),
            ("(*a)\n", "cannot use starred expression here"),
            ("del a, *b\n", "cannot delete starred"),
            (
                "[*a for a in b]\n",
                "iterable unpacking cannot be used in comprehension",
            ),
            (
                "{**a for a in b}\n",
                "dict unpacking cannot be used in dict comprehension",
            ),
        ];
        for (source, msg) in cases {
            assert_eq!(message(source), msg, "{source}");
        }
    }

    #[test]
    fn starred_display_elements_and_dict_unpacking_parse() {
        use crate::syntax::parser::testing::{expr, show};
        assert_eq!(show(&expr("[*a, b, *c]\n")), "[*a, b, *c]");
        assert_eq!(show(&expr("{*a, 1}\n")), "set(*a, 1)");
        assert_eq!(show(&expr("{**a, 'k': 1, **b}\n")), r#"{**a, "k": 1, **b}"#);
        assert_eq!(show(&expr("*a, b\n")), "tuple(*a, b)");
    }
}

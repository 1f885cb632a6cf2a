//! Helpers for the parser's unit tests: parse a snippet and render expression trees compactly.

use crate::syntax::ast::{Expr, ExprKind, StmtKind};
use crate::syntax::parser::{parse_module, SyntaxError};

/// The expression of a one-line expression statement.
pub(super) fn expr(source: &str) -> Expr {
    let module = parse_module(source).unwrap_or_else(|e| panic!("{source:?}: {e}"));
    match module.body.into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Expr(e)) => e,
        other => panic!("not an expression statement: {other:?}"),
    }
}

pub(super) fn error(source: &str) -> SyntaxError {
    parse_module(source).expect_err("expected a syntax error")
}

/// A compact rendering of an expression tree, for asserting structure.
pub(super) fn show(e: &Expr) -> String {
    let list = |items: &[Expr]| items.iter().map(show).collect::<Vec<_>>().join(", ");
    match &e.kind {
        ExprKind::Int(v) => v.to_string(),
        ExprKind::BigInt(v) => format!("big{v}"),
        ExprKind::Float(v) => format!("{v:?}"),
        ExprKind::Imag(v) => format!("{v:?}j"),
        ExprKind::Str(s) => format!("{s:?}"),
        ExprKind::Bytes(b) => format!("bytes{:?}", &b[..]),
        ExprKind::JoinedStr(parts) => format!("f({})", list(parts)),
        ExprKind::FormattedValue {
            value,
            conversion,
            spec,
        } => {
            let conv = conversion.map(|c| format!("!{c}")).unwrap_or_default();
            let spec = spec
                .as_deref()
                .map(|s| format!(":{}", show(s)))
                .unwrap_or_default();
            format!("{{{}{conv}{spec}}}", show(value))
        }
        ExprKind::Bool(b) => b.to_string(),
        ExprKind::None => "None".into(),
        ExprKind::Ellipsis => "...".into(),
        ExprKind::Name(n, _) => n.to_string(),
        ExprKind::List(items) => format!("[{}]", list(items)),
        ExprKind::Tuple(items) => format!("tuple({})", list(items)),
        ExprKind::Set(items) => format!("set({})", list(items)),
        ExprKind::Dict(pairs) => {
            let pairs: Vec<String> = pairs
                .iter()
                .map(|(k, v)| match k {
                    Some(k) => format!("{}: {}", show(k), show(v)),
                    None => format!("**{}", show(v)),
                })
                .collect();
            format!("{{{}}}", pairs.join(", "))
        }
        ExprKind::BinOp { left, op, right } => {
            format!("({} {} {})", show(left), op.symbol(), show(right))
        }
        ExprKind::UnaryOp { op, operand } => format!("({} {})", op.symbol(), show(operand)),
        ExprKind::BoolOp { op, values } => format!("{op:?}({})", list(values)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("cmp({}", show(left));
            for (op, c) in ops.iter().zip(comparators) {
                s.push_str(&format!(" {} {}", op.symbol(), show(c)));
            }
            s + ")"
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!("({} if {} else {})", show(body), show(test), show(orelse))
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut parts: Vec<String> = args.iter().map(show).collect();
            for k in keywords {
                let name = k.name.as_deref().unwrap_or("**");
                parts.push(format!("{name}={}", show(&k.value)));
            }
            format!("{}({})", show(func), parts.join(", "))
        }
        ExprKind::Attribute { value, attr } => format!("{}.{attr}", show(value)),
        ExprKind::Subscript { value, index } => format!("{}[{}]", show(value), show(index)),
        ExprKind::Slice { lower, upper, step } => {
            let part = |b: &Option<Box<Expr>>| b.as_deref().map(show).unwrap_or_default();
            format!("{}:{}:{}", part(lower), part(upper), part(step))
        }
        ExprKind::Starred(v) => format!("*{}", show(v)),
        ExprKind::NamedExpr { target, value } => format!("({} := {})", show(target), show(value)),
        ExprKind::Lambda(l) => {
            let names: Vec<String> = l
                .params
                .positional
                .iter()
                .map(|p| p.name.to_string())
                .collect();
            format!("lambda {}: {}", names.join(", "), show(&l.body))
        }
        ExprKind::ListComp {
            elt, generators, ..
        }
        | ExprKind::SetComp {
            elt, generators, ..
        } => show_comp(elt, generators),
        ExprKind::GeneratorExp {
            elt, generators, ..
        } => show_comp(elt, generators),
        ExprKind::Yield(None) => "yield".to_string(),
        ExprKind::Yield(Some(v)) => format!("yield {}", show(v)),
        ExprKind::YieldFrom(v) => format!("yield from {}", show(v)),
        ExprKind::DictComp {
            key,
            value,
            generators,
            ..
        } => {
            format!(
                "dictcomp({}: {}, {} clauses)",
                show(key),
                show(value),
                generators.len()
            )
        }
    }
}

fn show_comp(elt: &Expr, generators: &[crate::syntax::ast::Comprehension]) -> String {
    let mut s = format!("comp({}", show(elt));
    for g in generators {
        s.push_str(&format!(" for {} in {}", show(&g.target), show(&g.iter)));
        for cond in &g.ifs {
            s.push_str(&format!(" if {}", show(cond)));
        }
    }
    s + ")"
}

pub(super) fn shows(source: &str) -> String {
    show(&expr(source))
}

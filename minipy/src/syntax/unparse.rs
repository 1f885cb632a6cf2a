//! An expression as source text, as CPython's `ast.unparse` writes it: what annotations become
//! under `from __future__ import annotations`. Only the forms annotations use; `None` for others.

use crate::syntax::ast::{BinOp, Expr, ExprKind};
use crate::syntax::quote::quote_str;

/// `e` as CPython would stringify it, or `None` if minipy does not know how.
pub fn unparse(e: &Expr) -> Option<String> {
    let mut out = String::new();
    write(e, &mut out, false)?;
    Some(out)
}

fn write_all(items: &[Expr], out: &mut String) -> Option<()> {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(item, out, false)?;
    }
    Some(())
}

fn write(e: &Expr, out: &mut String, in_subscript: bool) -> Option<()> {
    match &e.kind {
        ExprKind::Int(i) => out.push_str(&i.to_string()),
        ExprKind::BigInt(s) => out.push_str(s),
        ExprKind::Str(s) => out.push_str(&quote_str(s)),
        ExprKind::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        ExprKind::None => out.push_str("None"),
        ExprKind::Ellipsis => out.push_str("..."),
        ExprKind::Name(n, _) => out.push_str(n),
        ExprKind::Attribute { value, attr } => {
            write(value, out, false)?;
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, index } => {
            write(value, out, false)?;
            out.push('[');
            write(index, out, true)?;
            out.push(']');
        }
        ExprKind::Tuple(items) => {
            if in_subscript && !items.is_empty() {
                write_all(items, out)?;
            } else {
                out.push('(');
                write_all(items, out)?;
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
        }
        ExprKind::List(items) => {
            out.push('[');
            write_all(items, out)?;
            out.push(']');
        }
        ExprKind::BinOp {
            left,
            op: BinOp::BitOr,
            right,
        } => {
            write(left, out, false)?;
            out.push_str(" | ");
            if matches!(right.kind, ExprKind::BinOp { .. }) {
                return None;
            }
            write(right, out, false)?;
        }
        _ => return None,
    }
    Some(())
}

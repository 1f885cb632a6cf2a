//! Which generator functions can run without a coroutine (`eval/gen_flat.rs`): those whose
//! every `yield` is a statement of its own (`yield v`) inside nothing but `if`, `while` and `for`
//! blocks. Decided once per function by the resolver (`Layout::flat`), not at each call.

use crate::syntax::ast::{Expr, ExprKind, Stmt, StmtKind};

/// Whether generator function body `body` can run without a coroutine: every `yield` in it is
/// a statement of its own inside nothing but `if`, `while` and `for` blocks.
pub fn runs_flat(body: &[Stmt]) -> bool {
    body.iter().all(|s| match &s.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Yield(v),
            ..
        }) => v.as_deref().is_none_or(no_yield),
        StmtKind::If { branches, orelse } => {
            branches
                .iter()
                .all(|b| no_yield(&b.test) && runs_flat(&b.body))
                && runs_flat(orelse)
        }
        StmtKind::While { test, body, orelse } => {
            no_yield(test) && runs_flat(body) && orelse.iter().all(stmt_no_yield)
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            no_yield(target)
                && no_yield(iter)
                && runs_flat(body)
                && orelse.iter().all(stmt_no_yield)
        }
        _ => stmt_no_yield(s),
    })
}

/// Whether `s` surely has no `yield` of its scope (false when unsure).
fn stmt_no_yield(s: &Stmt) -> bool {
    let block = |b: &[Stmt]| b.iter().all(stmt_no_yield);
    match &s.kind {
        StmtKind::Expr(e) => no_yield(e),
        StmtKind::Assign { targets, value } => targets.iter().all(no_yield) && no_yield(value),
        StmtKind::AugAssign { target, value, .. } => no_yield(target) && no_yield(value),
        StmtKind::Del(targets) => targets.iter().all(no_yield),
        StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => true,
        StmtKind::Return(v) => v.as_ref().is_none_or(no_yield),
        StmtKind::Raise { exc, cause } => {
            exc.as_ref().is_none_or(no_yield) && cause.as_ref().is_none_or(no_yield)
        }
        StmtKind::Assert { test, msg } => no_yield(test) && msg.as_ref().is_none_or(no_yield),
        StmtKind::If { branches, orelse } => {
            branches.iter().all(|b| no_yield(&b.test) && block(&b.body)) && block(orelse)
        }
        StmtKind::While { test, body, orelse } => no_yield(test) && block(body) && block(orelse),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => no_yield(target) && no_yield(iter) && block(body) && block(orelse),
        _ => false,
    }
}

/// Whether `e` surely has no `yield` of its scope (false when unsure).
fn no_yield(e: &Expr) -> bool {
    let all = |es: &[Expr]| es.iter().all(no_yield);
    let opt = |e: &Option<Box<Expr>>| e.as_deref().is_none_or(no_yield);
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Ellipsis
        | ExprKind::Name(..) => true,
        ExprKind::JoinedStr(es) | ExprKind::List(es) | ExprKind::Tuple(es) | ExprKind::Set(es) => {
            all(es)
        }
        ExprKind::FormattedValue { value, spec, .. } => no_yield(value) && opt(spec),
        ExprKind::Dict(pairs) => pairs
            .iter()
            .all(|(k, v)| k.as_ref().is_none_or(no_yield) && no_yield(v)),
        ExprKind::BinOp { left, right, .. } => no_yield(left) && no_yield(right),
        ExprKind::UnaryOp { operand, .. } => no_yield(operand),
        ExprKind::BoolOp { values, .. } => all(values),
        ExprKind::Compare {
            left, comparators, ..
        } => no_yield(left) && all(comparators),
        ExprKind::IfExp { test, body, orelse } => {
            no_yield(test) && no_yield(body) && no_yield(orelse)
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => no_yield(func) && all(args) && keywords.iter().all(|k| no_yield(&k.value)),
        ExprKind::Attribute { value, .. } => no_yield(value),
        ExprKind::Subscript { value, index } => no_yield(value) && no_yield(index),
        ExprKind::Slice { lower, upper, step } => opt(lower) && opt(upper) && opt(step),
        ExprKind::Starred(e) => no_yield(e),
        ExprKind::NamedExpr { target, value } => no_yield(target) && no_yield(value),
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::Lambda(_) => false,
        // Only the first iterable is evaluated in this scope (a `yield` elsewhere in a
        // comprehension is a syntax error).
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::DictComp { generators, .. } => {
            generators.first().is_none_or(|g| no_yield(&g.iter))
        }
        ExprKind::GeneratorExp { generators, .. } => {
            generators.first().is_none_or(|g| no_yield(&g.iter))
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::ast::StmtKind;
    use crate::syntax::parser::parse_module;
    use crate::syntax::resolve::resolve;

    /// `Layout::flat` of the function `source` defines first, as the resolver sets it.
    fn flat(source: &str) -> bool {
        let mut module = parse_module(source).unwrap();
        resolve(&mut module).unwrap();
        let StmtKind::FunctionDef(def) = &module.body[0].kind else {
            panic!("not a def: {source}");
        };
        def.layout.flat
    }

    #[test]
    fn only_statement_yields_in_if_while_for_blocks_run_flat() {
        assert!(flat("def g():\n    yield 1\n"));
        assert!(flat(
            "def g(n):\n    while n:\n        if n % 2:\n            yield n\n        n -= 1\n    for k in range(2):\n        yield k\n"
        ));
        // Not a generator, a yield inside an expression, a try or with, yield from.
        assert!(!flat("def f():\n    return 1\n"));
        assert!(!flat("def g():\n    x = yield 1\n"));
        assert!(!flat("def g():\n    print((yield))\n"));
        assert!(!flat(
            "def g():\n    try:\n        yield 1\n    finally:\n        pass\n"
        ));
        assert!(!flat("def g(m):\n    with m:\n        yield 1\n"));
        assert!(!flat("def g():\n    yield from range(3)\n"));
        assert!(!flat("def g():\n    for x in (yield):\n        pass\n"));
    }
}

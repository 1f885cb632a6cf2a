//! Which names a function body binds: Python decides at definition time that a name assigned
//! anywhere in a function is local to it (unless declared `global` or `nonlocal`).

use std::collections::HashSet;

use crate::ast::{Expr, ExprKind, Name, Params, Stmt, StmtKind};

/// The names of one function's scope.
#[derive(Debug, Default)]
pub struct ScopeInfo {
    /// Parameters and names the body binds (minus `global`/`nonlocal` ones).
    pub locals: HashSet<Name>,
    /// Names declared `global`.
    pub globals: HashSet<Name>,
    /// Names declared `nonlocal`.
    pub nonlocals: HashSet<Name>,
}

impl ScopeInfo {
    /// The scope of a function with `params` and `body`.
    pub fn of_function(params: &Params, body: &[Stmt]) -> ScopeInfo {
        let mut info = ScopeInfo::default();
        for p in &params.positional {
            info.locals.insert(p.name.clone());
        }
        info.locals.extend(params.vararg.iter().cloned());
        info.locals.extend(params.kwarg.iter().cloned());
        info.block(body);
        for n in info.globals.iter().chain(info.nonlocals.iter()) {
            info.locals.remove(n);
        }
        info
    }

    /// The scope of a lambda: its parameters only.
    pub fn of_lambda(params: &Params) -> ScopeInfo {
        ScopeInfo::of_function(params, &[])
    }

    fn block(&mut self, body: &[Stmt]) {
        for stmt in body {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::Assign { targets, .. } => targets.iter().for_each(|t| self.target(t)),
            StmtKind::AugAssign { target, .. } => self.target(target),
            StmtKind::Del(targets) => targets.iter().for_each(|t| self.target(t)),
            StmtKind::Global(names) => self.globals.extend(names.iter().cloned()),
            StmtKind::Nonlocal(names) => self.nonlocals.extend(names.iter().cloned()),
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = match &a.asname {
                        Some(n) => n.clone(),
                        None => Name::from(a.name.split('.').next().unwrap_or(&a.name)),
                    };
                    self.locals.insert(bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.locals
                        .insert(a.asname.clone().unwrap_or_else(|| a.name.clone()));
                }
            }
            StmtKind::If { branches, orelse } => {
                for b in branches {
                    self.block(&b.body);
                }
                self.block(orelse);
            }
            StmtKind::While { body, orelse, .. } => {
                self.block(body);
                self.block(orelse);
            }
            StmtKind::For {
                target,
                body,
                orelse,
                ..
            } => {
                self.target(target);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.block(body);
                for h in handlers {
                    if let Some(n) = &h.name {
                        self.locals.insert(n.clone());
                    }
                    self.block(&h.body);
                }
                self.block(orelse);
                self.block(finalbody);
            }
            StmtKind::FunctionDef(def) => {
                self.locals.insert(def.name.clone());
            }
            StmtKind::ClassDef(def) => {
                self.locals.insert(def.name.clone());
            }
            StmtKind::Expr(_)
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Return(_)
            | StmtKind::Raise { .. }
            | StmtKind::Assert { .. } => {}
        }
    }

    fn target(&mut self, target: &Expr) {
        match &target.kind {
            ExprKind::Name(n) => {
                self.locals.insert(n.clone());
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().for_each(|t| self.target(t))
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::parse_module;

    fn scope_of(src: &str) -> ScopeInfo {
        let module = parse_module(src).unwrap();
        let StmtKind::FunctionDef(def) = &module.body[0].kind else {
            panic!("not a def")
        };
        ScopeInfo::of_function(&def.params, &def.body)
    }

    #[test]
    fn assigned_names_are_local_unless_declared_global() {
        let s = scope_of(
            "def f(a, b=1):\n    global g\n    g = 1\n    x = 2\n    for i, j in []:\n        pass\n    print(y)\n",
        );
        for n in ["a", "b", "x", "i", "j"] {
            assert!(s.locals.contains(n), "{n}");
        }
        assert!(!s.locals.contains("g") && s.globals.contains("g"));
        assert!(!s.locals.contains("y") && !s.locals.contains("print"));
    }

    #[test]
    fn nested_definitions_bind_only_their_names() {
        let s =
            scope_of("def f():\n    def g():\n        inner = 1\n    class C:\n        attr = 2\n");
        assert!(s.locals.contains("g") && s.locals.contains("C"));
        assert!(!s.locals.contains("inner") && !s.locals.contains("attr"));
    }
}

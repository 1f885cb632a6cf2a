//! Parameter lists of `def` and `lambda`.

use super::{PResult, Parser};
use crate::syntax::ast::{Expr, Name, Param, Params};
use crate::syntax::lexer::Tok;

impl Parser {
    /// A parameter list up to (not including) `closer`: `)` for `def`, `:` for `lambda`.
    /// Positional-only parameters end at `/`, keyword-only ones follow `*` or `*args`; annotations
    /// are rejected as unsupported.
    pub(super) fn params(&mut self, closer: &'static str) -> PResult<Params> {
        let mut params = Params::default();
        // Set by a bare `*` (or `*args`): later plain parameters are keyword-only.
        let mut star = false;
        let mut slash = false;
        while !self.at_op(closer) {
            let (line, col) = self.here();
            if self.eat_op("*") {
                if star {
                    return Err(self.error_at(line, col, "* argument may appear only once"));
                }
                star = true;
                if let Tok::Name(_) = self.tok() {
                    params.vararg = Some(self.param_name(&params)?);
                    params.vararg_annotation = self.annotation(closer)?;
                } else if self.at_op(closer)
                    || (self.at_op(",")
                        && matches!(self.peek(1), Tok::Op(o) if *o == closer || *o == "**"))
                {
                    return Err(self.error_at(line, col, "named arguments must follow bare *"));
                } else if !self.at_op(",") {
                    return Err(self.invalid_syntax());
                }
            } else if self.eat_op("**") {
                params.kwarg = Some(self.param_name(&params)?);
                params.kwarg_annotation = self.annotation(closer)?;
                self.eat_op(",");
                if !self.at_op(closer) {
                    return Err(self.error_here("arguments cannot follow var-keyword argument"));
                }
                break;
            } else if self.at_op("/") {
                if slash {
                    return Err(self.error_here("/ may appear only once"));
                }
                if star {
                    return Err(self.error_here("/ must be ahead of *"));
                }
                if params.positional.is_empty() {
                    return Err(self.invalid_syntax());
                }
                self.bump();
                slash = true;
                params.posonly = params.positional.len();
            } else {
                let name = self.param_name(&params)?;
                let annotation = self.annotation(closer)?;
                let default = if self.eat_op("=") {
                    Some(self.expression()?)
                } else {
                    None
                };
                if star {
                    params.kwonly.push(Param {
                        name,
                        default,
                        annotation,
                    });
                } else {
                    if default.is_none() && params.positional.iter().any(|p| p.default.is_some()) {
                        let msg = "non-default argument follows default argument";
                        return Err(self.error_at(line, col, msg));
                    }
                    params.positional.push(Param {
                        name,
                        default,
                        annotation,
                    });
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(params)
    }

    /// A parameter's `: annotation`, in a `def` (a lambda's `:` ends its parameters).
    fn annotation(&mut self, closer: &str) -> PResult<Option<Expr>> {
        if closer == ")" && self.eat_op(":") {
            Ok(Some(self.expression()?))
        } else {
            Ok(None)
        }
    }

    /// A parameter's name, which must differ from the names before it.
    fn param_name(&mut self, params: &Params) -> PResult<Name> {
        let (name, line, col) = self.name()?;
        let mut taken = params
            .positional
            .iter()
            .chain(&params.kwonly)
            .map(|p| &p.name);
        let taken = taken.any(|n| *n == name)
            || params.vararg.as_ref() == Some(&name)
            || params.kwarg.as_ref() == Some(&name);
        if taken {
            let msg = format!("duplicate argument '{name}' in function definition");
            return Err(self.error_at(line, col, msg));
        }
        Ok(name)
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::ast::{ExprKind, Params, StmtKind};
    use crate::syntax::parser::parse_module;

    fn def_params(source: &str) -> Params {
        let module = parse_module(source).unwrap_or_else(|e| panic!("{source:?}: {e}"));
        match &module.body[0].kind {
            StmtKind::FunctionDef(def) => def.params.clone(),
            other => panic!("not a def: {other:?}"),
        }
    }

    fn message(source: &str) -> String {
        parse_module(source)
            .expect_err("expected a syntax error")
            .msg
    }

    #[test]
    fn positional_defaults_varargs_and_kwargs() {
        let params = def_params("def f(a, b=1, *args, **kwargs,): pass\n");
        let names: Vec<&str> = params.positional.iter().map(|p| &*p.name).collect();
        assert_eq!(names, ["a", "b"]);
        assert!(params.positional[0].default.is_none());
        assert!(matches!(
            params.positional[1].default.as_ref().map(|d| &d.kind),
            Some(ExprKind::Int(1))
        ));
        assert_eq!(params.vararg.as_deref(), Some("args"));
        assert_eq!(params.kwarg.as_deref(), Some("kwargs"));
        assert_eq!(def_params("def f(): pass\n"), Params::default());
    }

    #[test]
    fn parameter_mistakes_get_cpython_messages() {
        assert_eq!(
            message("def f(a=1, b): pass\n"),
            "non-default argument follows default argument"
        );
        assert_eq!(
            message("def f(a, a): pass\n"),
            "duplicate argument 'a' in function definition"
        );
        assert_eq!(
            message("def f(a, *a): pass\n"),
            "duplicate argument 'a' in function definition"
        );
        assert_eq!(
            message("def f(**k, a): pass\n"),
            "arguments cannot follow var-keyword argument"
        );
        assert_eq!(
            message("lambda a, a: 0\n"),
            "duplicate argument 'a' in function definition"
        );
    }

    #[test]
    fn keyword_only_and_positional_only_parameters() {
        let params = def_params("def f(a, b=1, /, c=2, *, d, e=3, **k): pass\n");
        let names = |ps: &[crate::syntax::ast::Param]| {
            ps.iter().map(|p| p.name.to_string()).collect::<Vec<_>>()
        };
        assert_eq!(names(&params.positional), ["a", "b", "c"]);
        assert_eq!(params.posonly, 2);
        assert_eq!(names(&params.kwonly), ["d", "e"]);
        assert!(params.kwonly[0].default.is_none() && params.kwonly[1].default.is_some());
        assert_eq!(params.vararg, None);
        let params = def_params("def f(*args, b): pass\n");
        assert_eq!(params.vararg.as_deref(), Some("args"));
        assert_eq!(names(&params.kwonly), ["b"]);
    }

    #[test]
    fn star_and_slash_mistakes_get_cpython_messages() {
        let cases = [
            ("def f(*): pass\n", "named arguments must follow bare *"),
            (
                "def f(*, **k): pass\n",
                "named arguments must follow bare *",
            ),
            ("lambda *: 1\n", "named arguments must follow bare *"),
            ("def f(/): pass\n", "invalid syntax"),
            ("def f(a, /, b, /): pass\n", "/ may appear only once"),
            ("def f(*a, /): pass\n", "/ must be ahead of *"),
            ("def f(*a, *b): pass\n", "* argument may appear only once"),
            (
                "def f(a=1, /, b): pass\n",
                "non-default argument follows default argument",
            ),
            (
                "def f(*, a, a): pass\n",
                "duplicate argument 'a' in function definition",
            ),
        ];
        for (source, msg) in cases {
            assert_eq!(message(source), msg, "{source}");
        }
        def_params("def f(a, *, b=1, c): pass\n");
    }
}

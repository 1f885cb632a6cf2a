//! Parameter lists of `def` and `lambda`.

use super::{PResult, Parser};
use crate::ast::{Name, Param, Params};
use crate::lexer::Tok;

impl Parser {
    /// A parameter list up to (not including) `closer`: `)` for `def`, `:` for `lambda`.
    /// Keyword-only and positional-only parameters and annotations are rejected as unsupported.
    pub(super) fn params(&mut self, closer: &'static str) -> PResult<Params> {
        let mut params = Params::default();
        while !self.at_op(closer) {
            let (line, col) = self.here();
            if self.eat_op("*") {
                if params.vararg.is_some() || !matches!(self.tok(), Tok::Name(_)) {
                    return Err(self.error_here("keyword-only parameters are not supported"));
                }
                params.vararg = Some(self.param_name(&params)?);
            } else if self.eat_op("**") {
                params.kwarg = Some(self.param_name(&params)?);
                self.eat_op(",");
                if !self.at_op(closer) {
                    return Err(self.error_here("arguments cannot follow var-keyword argument"));
                }
                break;
            } else if self.at_op("/") {
                return Err(self.error_here("positional-only parameters are not supported"));
            } else {
                if params.vararg.is_some() {
                    return Err(self.error_here("keyword-only parameters are not supported"));
                }
                let name = self.param_name(&params)?;
                if closer == ")" && self.at_op(":") {
                    return Err(self.error_here("parameter annotations are not supported"));
                }
                let default = if self.eat_op("=") {
                    Some(self.expression()?)
                } else if params.positional.iter().any(|p| p.default.is_some()) {
                    let msg = "non-default argument follows default argument";
                    return Err(self.error_at(line, col, msg));
                } else {
                    None
                };
                params.positional.push(Param { name, default });
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(params)
    }

    /// A parameter's name, which must differ from the names before it.
    fn param_name(&mut self, params: &Params) -> PResult<Name> {
        let (name, line, col) = self.name()?;
        let mut taken = params.positional.iter().map(|p| &p.name);
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
    use crate::ast::{ExprKind, Params, StmtKind};
    use crate::parser::parse_module;

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
    fn unsupported_parameter_forms_are_named() {
        assert_eq!(
            message("def f(*, a): pass\n"),
            "keyword-only parameters are not supported"
        );
        assert_eq!(
            message("def f(*a, b): pass\n"),
            "keyword-only parameters are not supported"
        );
        assert_eq!(
            message("def f(a, /): pass\n"),
            "positional-only parameters are not supported"
        );
        assert_eq!(
            message("def f(a: int): pass\n"),
            "parameter annotations are not supported"
        );
    }
}

//! Statement grammar: simple statements (several to a line with `;`) and compound statements, whose
//! blocks are either indented or simple statements on the header's line.

use super::target::{self, TargetUse};
use super::{ErrorKind, PResult, Parser, Scope, SyntaxError};
use crate::syntax::ast::{
    Alias, BinOp, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, IfBranch, Module, Name,
    Stmt, StmtKind, WithItem,
};
use crate::syntax::lexer::Tok;
use std::rc::Rc;

/// The operator of an augmented assignment token such as `+=`.
fn augmented_op(tok: &Tok) -> Option<BinOp> {
    let Tok::Op(op) = tok else { return None };
    let op = match *op {
        "+=" => BinOp::Add,
        "-=" => BinOp::Sub,
        "*=" => BinOp::Mul,
        "/=" => BinOp::Div,
        "//=" => BinOp::FloorDiv,
        "%=" => BinOp::Mod,
        "@=" => BinOp::MatMul,
        "**=" => BinOp::Pow,
        "<<=" => BinOp::LShift,
        ">>=" => BinOp::RShift,
        "|=" => BinOp::BitOr,
        "^=" => BinOp::BitXor,
        "&=" => BinOp::BitAnd,
        _ => return None,
    };
    Some(op)
}

impl Parser {
    pub(super) fn module(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        while !self.at(&Tok::EndMarker) {
            self.statement(&mut body)?;
        }
        Ok(Module {
            body,
            resolved: false,
        })
    }

    /// One line's worth of statements (a compound statement, or simple ones separated by `;`),
    /// appended to `out`. Always consumes a token or fails, so callers' loops end.
    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        // One call site for all compound statements keeps this frame, which every nested block
        // repeats, small in unoptimized builds.
        let compound: fn(&mut Self) -> PResult<Stmt> = match self.tok() {
            Tok::Keyword("if") => Self::if_statement,
            Tok::Keyword("while") => Self::while_statement,
            Tok::Keyword("for") => Self::for_statement,
            Tok::Keyword("try") => Self::try_statement,
            Tok::Keyword("with") => Self::with_statement,
            Tok::Keyword("def" | "class") | Tok::Op("@") => Self::definition,
            Tok::Indent => {
                return Err(self.error_here_kind(ErrorKind::Indentation, "unexpected indent"));
            }
            Tok::Name(n) if &**n == "match" => return self.match_or_simple(out),
            _ => return self.simple_statements(out),
        };
        out.push(compound(self)?);
        Ok(())
    }

    /// A line starting with the soft keyword `match`: a match statement if it parses as one,
    /// else simple statements (`match = 1`, `match(x)`).
    #[inline(never)]
    fn match_or_simple(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        if let Some(stmt) = self.match_statement()? {
            out.push(stmt);
            return Ok(());
        }
        let missing_colon = self.match_missing_colon();
        self.simple_statements(out)
            .map_err(|e| missing_colon.unwrap_or(e))
    }

    /// The `:` and block of a compound statement described by `what` (e.g. "'if' statement") whose
    /// header is on `line`: an indented block, or simple statements on the same line. Never empty.
    pub(super) fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        if !self.eat_op(":") {
            return Err(if self.at(&Tok::Newline) {
                self.error_here("expected ':'")
            } else {
                self.invalid_syntax()
            });
        }
        let mut body = Vec::new();
        if !self.eat(&Tok::Newline) {
            self.simple_statements(&mut body)?;
            return Ok(body);
        }
        if !self.eat(&Tok::Indent) {
            let msg = format!("expected an indented block after {what} on line {line}");
            return Err(self.error_here_kind(ErrorKind::Indentation, msg));
        }
        while !self.eat(&Tok::Dedent) {
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    /// A block parsed in `scope`, restoring the enclosing scope afterwards.
    fn block_in(&mut self, scope: Scope, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        let outer = std::mem::replace(&mut self.scope, scope);
        let body = self.block(what, line);
        self.scope = outer;
        body
    }

    fn loop_body(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        let scope = Scope {
            in_loop: true,
            ..self.scope
        };
        self.block_in(scope, what, line)
    }

    /// An optional `else:` block.
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw("else") {
            return Ok(Vec::new());
        }
        let keyword = self.bump();
        self.block("'else' statement", keyword.line)
    }

    fn if_statement(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        let test = self.named_expression()?;
        if let Some(e) = self.assignment_in_condition(&test) {
            return Err(e);
        }
        let body = self.block("'if' statement", start.line)?;
        let mut branches = vec![IfBranch { test, body }];
        while self.at_kw("elif") {
            let keyword = self.bump();
            let test = self.named_expression()?;
            if let Some(e) = self.assignment_in_condition(&test) {
                return Err(e);
            }
            let body = self.block("'elif' statement", keyword.line)?;
            branches.push(IfBranch { test, body });
        }
        let orelse = self.else_block()?;
        let kind = StmtKind::If { branches, orelse };
        Ok(Stmt::new(kind, start.line, start.col))
    }

    fn while_statement(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        let test = self.named_expression()?;
        if let Some(e) = self.assignment_in_condition(&test) {
            return Err(e);
        }
        let body = self.loop_body("'while' statement", start.line)?;
        let orelse = self.else_block()?;
        let kind = StmtKind::While { test, body, orelse };
        Ok(Stmt::new(kind, start.line, start.col))
    }

    fn for_statement(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        let target = self.target_list()?;
        target::check(&target, TargetUse::For)?;
        self.expect_kw("in")?;
        let iter = self.star_testlist()?;
        no_lone_star(&iter)?;
        let body = self.loop_body("'for' statement", start.line)?;
        let orelse = self.else_block()?;
        let kind = StmtKind::For {
            target,
            iter,
            body,
            orelse,
        };
        Ok(Stmt::new(kind, start.line, start.col))
    }

    /// `with item, ...:` or the parenthesized `with (item, ...,):`; CPython tries the
    /// parenthesized form first, so `with (a, b):` is two items, and so do we, by backtracking.
    fn with_statement(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        let items = match self.parenthesized_with_items() {
            Some(items) => items,
            None => {
                let mut items = vec![self.with_item()?];
                while self.eat_op(",") {
                    items.push(self.with_item()?);
                }
                items
            }
        };
        // Each item nests the rest in the evaluator, so the count bounds its recursion.
        if items.len() > super::MAX_EXPR_DEPTH {
            return Err(self.error_at(
                start.line,
                start.col,
                format!(
                    "too many context managers in one 'with' statement (more than {})",
                    super::MAX_EXPR_DEPTH
                ),
            ));
        }
        let body = self.block("'with' statement", start.line)?;
        Ok(Stmt::new(
            StmtKind::With { items, body },
            start.line,
            start.col,
        ))
    }

    /// The items of `with (a as b, c):` when the statement has that form (the `)` is followed by
    /// `:`); otherwise `None`, with the position restored.
    fn parenthesized_with_items(&mut self) -> Option<Vec<WithItem>> {
        if !self.at_op("(") {
            return None;
        }
        let (pos, depth) = (self.pos, self.depth);
        let mut attempt = || -> PResult<Vec<WithItem>> {
            self.bump();
            let mut items = vec![self.with_item()?];
            while self.eat_op(",") {
                if self.at_op(")") {
                    break;
                }
                items.push(self.with_item()?);
            }
            self.expect_op(")")?;
            if !self.at_op(":") {
                return Err(self.invalid_syntax());
            }
            Ok(items)
        };
        match attempt() {
            Ok(items) => Some(items),
            Err(_) => {
                (self.pos, self.depth) = (pos, depth);
                None
            }
        }
    }

    /// `expression [as target]`.
    fn with_item(&mut self) -> PResult<WithItem> {
        let context = self.expression()?;
        let target = if self.eat_kw("as") {
            let t = self.binary(1)?;
            target::check(&t, TargetUse::For)?;
            Some(t)
        } else {
            None
        };
        Ok(WithItem { context, target })
    }

    fn try_statement(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        let body = self.block("'try' statement", start.line)?;
        let mut handlers: Vec<ExceptHandler> = Vec::new();
        while self.at_kw("except") {
            if let Some(bare) = handlers.last().filter(|h| h.typ.is_none()) {
                return Err(self.error_at(bare.line, bare.col, "default 'except:' must be last"));
            }
            let keyword = self.bump();
            let star = self.eat_op("*");
            if star && self.at_op(":") {
                return Err(self.error_here("expected one or more exception types"));
            }
            if handlers.first().is_some_and(|h| h.star != star) {
                let msg = "cannot have both 'except' and 'except*' on the same 'try'";
                return Err(self.error_at(keyword.line, keyword.col, msg));
            }
            let typ = if self.at_op(":") {
                None
            } else {
                Some(self.expression()?)
            };
            if let Some(typ) = typ.as_ref().filter(|_| self.at_op(",")) {
                let msg = "multiple exception types must be parenthesized";
                return Err(self.error_at(typ.line, typ.col, msg));
            }
            let name = if typ.is_some() && self.eat_kw("as") {
                Some(self.name()?.0)
            } else {
                None
            };
            let body = self.block("'except' statement", keyword.line)?;
            handlers.push(ExceptHandler {
                typ,
                name,
                loc: Default::default(),
                body,
                star,
                line: keyword.line,
                col: keyword.col,
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if self.at_kw("finally") {
            let keyword = self.bump();
            self.block("'finally' statement", keyword.line)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.error_here("expected 'except' or 'finally' block"));
        }
        let kind = StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        };
        Ok(Stmt::new(kind, start.line, start.col))
    }

    /// `def` or `class`, with any decorators before it.
    fn definition(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            decorators.push(self.expression()?);
            if !self.eat(&Tok::Newline) {
                return Err(self.invalid_syntax());
            }
        }
        match self.tok() {
            Tok::Keyword("def") => self.function_def(decorators),
            Tok::Keyword("class") => self.class_def(decorators),
            _ => Err(self.invalid_syntax()),
        }
    }

    fn function_def(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let start = self.bump();
        let (name, ..) = self.name()?;
        self.expect_op("(")?;
        let params = self.params(")")?;
        self.expect_op(")")?;
        let returns = if self.eat_op("->") {
            Some(self.expression()?)
        } else {
            None
        };
        let scope = Scope {
            function: true,
            in_loop: false,
        };
        let body = self.block_in(scope, "function definition", start.line)?;
        let def = FunctionDef {
            name,
            params,
            returns,
            body,
            decorators,
            line: start.line,
            loc: Default::default(),
            layout: Default::default(),
        };
        Ok(Stmt::new(
            StmtKind::FunctionDef(Rc::new(def)),
            start.line,
            start.col,
        ))
    }

    fn class_def(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let start = self.bump();
        let (name, ..) = self.name()?;
        let mut class_keywords = Vec::new();
        let bases = if self.eat_op("(") {
            let (bases, keywords) = self.call_args()?;
            if let Some(keyword) = keywords.iter().find(|k| k.name.is_none()) {
                let (line, col) = (keyword.value.line, keyword.value.col);
                return Err(self.error_at(line, col, "'**' in a class statement is not supported"));
            }
            class_keywords = keywords;
            if let Some(starred) = bases
                .iter()
                .find(|b| matches!(b.kind, ExprKind::Starred(_)))
            {
                let msg = "starred base classes are not supported";
                return Err(self.error_at(starred.line, starred.col, msg));
            }
            bases
        } else {
            Vec::new()
        };
        let body = self.block_in(Scope::default(), "class definition", start.line)?;
        let class = ClassDef {
            name,
            bases,
            keywords: class_keywords,
            body,
            decorators,
            line: start.line,
            loc: Default::default(),
            layout: Default::default(),
        };
        Ok(Stmt::new(
            StmtKind::ClassDef(Box::new(class)),
            start.line,
            start.col,
        ))
    }

    /// Simple statements separated by `;` through the end of the line.
    fn simple_statements(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.simple_statement()?);
            if !self.eat_op(";") || self.at(&Tok::Newline) {
                break;
            }
        }
        if !self.eat(&Tok::Newline) {
            if let Some(e) = self.legacy_print(out.last()) {
                return Err(e);
            }
            return Err(self.invalid_syntax());
        }
        Ok(())
    }

    /// Python 2's `print x` / `exec code`: CPython's hint, marking the whole statement.
    fn legacy_print(&self, stmt: Option<&Stmt>) -> Option<SyntaxError> {
        let StmtKind::Expr(e) = &stmt?.kind else {
            return None;
        };
        let ExprKind::Name(name, _) = &e.kind else {
            return None;
        };
        let operand_follows = matches!(
            self.tok(),
            Tok::Name(_) | Tok::Number(_) | Tok::Str { .. } | Tok::Bytes { .. } | Tok::Keyword(_)
        );
        if !matches!(&**name, "print" | "exec") || !operand_follows || e.line != self.token().line {
            return None;
        }
        let msg = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
        Some(SyntaxError::new(msg, e.line, e.col).spanning(self.end_of_line_before(";")))
    }

    /// `if x = 1:`: CPython's hint, marking from the name to the end of the value.
    fn assignment_in_condition(&self, test: &Expr) -> Option<SyntaxError> {
        if !self.at_op("=") || !matches!(test.kind, ExprKind::Name(..)) {
            return None;
        }
        let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
        Some(SyntaxError::new(msg, test.line, test.col).spanning(self.end_of_line_before(":")))
    }

    fn simple_statement(&mut self) -> PResult<Stmt> {
        let (line, col) = self.here();
        let kind = match self.tok() {
            Tok::Keyword("pass") => {
                self.bump();
                StmtKind::Pass
            }
            Tok::Keyword("break") => {
                if !self.scope.in_loop {
                    return Err(self.error_here("'break' outside loop"));
                }
                self.bump();
                StmtKind::Break
            }
            Tok::Keyword("continue") => {
                if !self.scope.in_loop {
                    return Err(self.error_here("'continue' not properly in loop"));
                }
                self.bump();
                StmtKind::Continue
            }
            Tok::Keyword("return") => {
                if !self.scope.function {
                    return Err(self.error_here("'return' outside function"));
                }
                self.bump();
                StmtKind::Return(self.optional_testlist()?)
            }
            Tok::Keyword("raise") => {
                self.bump();
                let exc = self.optional_expression()?;
                let cause = match exc {
                    Some(_) if self.eat_kw("from") => Some(self.expression()?),
                    _ => None,
                };
                StmtKind::Raise { exc, cause }
            }
            Tok::Keyword("global") => {
                self.bump();
                StmtKind::Global(self.names()?)
            }
            Tok::Keyword("nonlocal") => {
                self.bump();
                StmtKind::Nonlocal(self.names()?)
            }
            Tok::Keyword("del") => {
                self.bump();
                StmtKind::Del(self.del_targets()?)
            }
            Tok::Keyword("assert") => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat_op(",") {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            Tok::Keyword("import") => self.import()?,
            Tok::Keyword("from") => self.import_from()?,
            Tok::Keyword(kw @ ("async" | "await")) => {
                return Err(self.error_here(format!("'{kw}' is not supported")));
            }
            _ => self.expression_statement()?,
        };
        Ok(Stmt::new(kind, line, col))
    }

    fn optional_testlist(&mut self) -> PResult<Option<Expr>> {
        if self.at_expression_start() || self.at_op("*") {
            let value = self.star_testlist()?;
            no_lone_star(&value)?;
            Ok(Some(value))
        } else {
            Ok(None)
        }
    }

    fn optional_expression(&mut self) -> PResult<Option<Expr>> {
        if self.at_expression_start() {
            self.expression().map(Some)
        } else {
            Ok(None)
        }
    }

    /// `name, name, ...` after `global` or `nonlocal`.
    fn names(&mut self) -> PResult<Vec<Name>> {
        let mut names = vec![self.name()?.0];
        while self.eat_op(",") {
            names.push(self.name()?.0);
        }
        Ok(names)
    }

    /// `target, target, ...` after `del`; a trailing comma is allowed.
    fn del_targets(&mut self) -> PResult<Vec<Expr>> {
        let mut targets = Vec::new();
        loop {
            let target = self.star_or_expression()?;
            target::check(&target, TargetUse::Delete)?;
            targets.push(target);
            if !self.eat_op(",") || !(self.at_expression_start() || self.at_op("*")) {
                return Ok(targets);
            }
        }
    }

    /// A possibly dotted module name such as `os.path`.
    fn dotted_name(&mut self) -> PResult<Name> {
        let mut name = self.name()?.0.to_string();
        while self.eat_op(".") {
            name.push('.');
            name.push_str(&self.name()?.0);
        }
        Ok(name.into())
    }

    fn alias(&mut self, name: Name) -> PResult<Alias> {
        let asname = if self.eat_kw("as") {
            Some(self.name()?.0)
        } else {
            None
        };
        Ok(Alias {
            name,
            asname,
            loc: Default::default(),
        })
    }

    /// `import a.b [as c], ...`.
    fn import(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut aliases = Vec::new();
        loop {
            let name = self.dotted_name()?;
            aliases.push(self.alias(name)?);
            if !self.eat_op(",") {
                return Ok(StmtKind::Import(aliases));
            }
        }
    }

    /// `from module import a [as b], ...`, optionally parenthesized.
    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0;
        loop {
            if self.eat_op(".") {
                level += 1;
            } else if self.eat_op("...") {
                level += 3;
            } else {
                break;
            }
        }
        let module = if level > 0 && self.at_kw("import") {
            Name::from("")
        } else {
            self.dotted_name()?
        };
        self.expect_kw("import")?;
        if self.eat_op("*") {
            // `from module import *`: no names (the resolver allows it at module level only).
            return Ok(StmtKind::ImportFrom {
                module,
                level,
                names: Vec::new(),
            });
        }
        let parenthesized = self.eat_op("(");
        let mut names = Vec::new();
        loop {
            let name = self.name()?.0;
            names.push(self.alias(name)?);
            if !self.eat_op(",") {
                break;
            }
            if parenthesized && self.at_op(")") {
                break;
            }
            if !parenthesized && self.at(&Tok::Newline) {
                let msg = "trailing comma not allowed without surrounding parentheses";
                return Err(self.error_here(msg));
            }
        }
        if parenthesized {
            self.expect_op(")")?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            level,
            names,
        })
    }

    /// An expression statement, assignment (possibly chained) or augmented assignment.
    fn expression_statement(&mut self) -> PResult<StmtKind> {
        let first = self.star_testlist_or_yield()?;
        if let Some(op) = augmented_op(self.tok()) {
            target::check_augmented(&first)?;
            self.bump();
            let value = if self.at_kw("yield") {
                self.yield_expr()?
            } else {
                self.testlist()?
            };
            return Ok(StmtKind::AugAssign {
                target: first,
                op,
                value,
            });
        }
        if self.eat_op(":") {
            return self.annotated_assignment(first);
        }
        if !self.at_op("=") {
            no_lone_star(&first)?;
            return Ok(StmtKind::Expr(first));
        }
        let mut targets = Vec::new();
        let mut value = first;
        while self.eat_op("=") {
            target::check(&value, TargetUse::Assign)?;
            targets.push(value);
            value = self.star_testlist_or_yield()?;
        }
        no_lone_star(&value)?;
        Ok(StmtKind::Assign { targets, value })
    }
}

impl Parser {
    /// `target: annotation [= value]`, after the `:`; only a single name, attribute or
    /// subscript may be annotated.
    fn annotated_assignment(&mut self, target: Expr) -> PResult<StmtKind> {
        let what = match &target.kind {
            ExprKind::Name(..) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
            ExprKind::Tuple(_) => Some("only single target (not tuple) can be annotated"),
            ExprKind::List(_) => Some("only single target (not list) can be annotated"),
            _ => Some("illegal target for annotation"),
        };
        if let Some(msg) = what {
            return Err(SyntaxError::new(msg, target.line, target.col));
        }
        let annotation = self.expression()?;
        let value = if self.eat_op("=") {
            let value = self.star_testlist()?;
            no_lone_star(&value)?;
            Some(value)
        } else {
            None
        };
        let simple = matches!(target.kind, ExprKind::Name(..));
        Ok(StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        })
    }
}

/// A starred expression outside a tuple, list or set display, where it is not a target.
fn no_lone_star(e: &Expr) -> PResult<()> {
    match e.kind {
        ExprKind::Starred(_) => Err(SyntaxError::new(
            "can't use starred expression here",
            e.line,
            e.col,
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::ast::{BinOp, ExprKind, Stmt, StmtKind};
    use crate::syntax::parser::testing::show;
    use crate::syntax::parser::{parse_module, ErrorKind, SyntaxError};

    fn parse(source: &str) -> Vec<Stmt> {
        parse_module(source)
            .unwrap_or_else(|e| panic!("{source:?}: {e} at {}:{}", e.line, e.col))
            .body
    }

    fn error(source: &str) -> SyntaxError {
        parse_module(source).expect_err("expected a syntax error")
    }

    #[test]
    fn assignments_simple_chained_tuple_and_augmented() {
        let body = parse("a = b = 1\na, b = b, a\nx.y[0] += 2\n");
        let StmtKind::Assign { targets, value } = &body[0].kind else {
            panic!("not assign")
        };
        assert_eq!(targets.len(), 2);
        assert!(matches!(value.kind, ExprKind::Int(1)));
        let StmtKind::Assign { targets, value } = &body[1].kind else {
            panic!("not assign")
        };
        assert!(matches!(&targets[0].kind, ExprKind::Tuple(items) if items.len() == 2));
        assert!(matches!(&value.kind, ExprKind::Tuple(items) if items.len() == 2));
        assert!(matches!(
            body[2].kind,
            StmtKind::AugAssign { op: BinOp::Add, .. }
        ));
    }

    #[test]
    fn statement_positions_are_recorded() {
        let body = parse("x = 1\n\nif x:\n    y = 2\n    z = 3\n");
        assert_eq!((body[0].line, body[0].col), (1, 1));
        assert_eq!((body[1].line, body[1].col), (3, 1));
        let StmtKind::If { branches, .. } = &body[1].kind else {
            panic!("not if")
        };
        assert_eq!((branches[0].body[1].line, branches[0].body[1].col), (5, 5));
    }

    #[test]
    fn semicolons_and_same_line_blocks() {
        let body = parse("a = 1; b = 2;\nif a: pass; b = 3\nwhile 0: pass\n");
        assert_eq!(body.len(), 4);
        let StmtKind::If { branches, .. } = &body[2].kind else {
            panic!("not if")
        };
        assert_eq!(branches[0].body.len(), 2);
    }

    #[test]
    fn if_elif_else_is_one_flat_statement() {
        let body = parse("if a:\n  x\nelif b:\n  y\nelif c: z\nelse:\n  w\n");
        let StmtKind::If { branches, orelse } = &body[0].kind else {
            panic!("not if")
        };
        assert_eq!(branches.len(), 3);
        assert_eq!(orelse.len(), 1);
    }

    #[test]
    fn loops_with_else_and_tuple_targets() {
        let body = parse("for k, v in d.items():\n    break\nelse:\n    pass\nwhile i < 3:\n    i += 1\n    continue\n");
        let StmtKind::For { target, orelse, .. } = &body[0].kind else {
            panic!("not for")
        };
        assert!(matches!(&target.kind, ExprKind::Tuple(items) if items.len() == 2));
        assert_eq!(orelse.len(), 1);
        assert!(matches!(body[1].kind, StmtKind::While { .. }));
    }

    #[test]
    fn try_with_every_clause() {
        let source = "try:\n    f()\nexcept (KeyError, ValueError) as e:\n    pass\nexcept TypeError:\n    pass\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass\n";
        let body = parse(source);
        let StmtKind::Try {
            handlers,
            orelse,
            finalbody,
            ..
        } = &body[0].kind
        else {
            panic!("not try")
        };
        assert_eq!(handlers.len(), 3);
        assert_eq!(handlers[0].name.as_deref(), Some("e"));
        assert!(handlers[2].typ.is_none());
        assert_eq!((handlers[1].line, handlers[1].col), (5, 1));
        assert_eq!((orelse.len(), finalbody.len()), (1, 1));
        parse("try:\n    pass\nfinally:\n    pass\n");
    }

    #[test]
    fn try_mistakes_are_reported() {
        assert_eq!(
            error("try:\n    pass\nx = 1\n").msg,
            "expected 'except' or 'finally' block"
        );
        let err = error("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n");
        assert_eq!(
            (err.msg.as_str(), err.line),
            ("default 'except:' must be last", 3)
        );
        assert_eq!(
            error("try:\n    pass\nexcept A, B:\n    pass\n").msg,
            "multiple exception types must be parenthesized"
        );
    }

    #[test]
    fn definitions_keep_name_line_and_body() {
        let body = parse("\nclass A(B):\n    x = 1\n    def m(self, y=2):\n        return self, y\n@dec\ndef f(): pass\n");
        let StmtKind::ClassDef(class) = &body[0].kind else {
            panic!("not class")
        };
        assert_eq!((&*class.name, class.line, class.bases.len()), ("A", 2, 1));
        let StmtKind::FunctionDef(method) = &class.body[1].kind else {
            panic!("not def")
        };
        assert_eq!((&*method.name, method.line), ("m", 4));
        let StmtKind::FunctionDef(f) = &body[1].kind else {
            panic!("not def")
        };
        assert_eq!((f.line, f.decorators.len(), body[1].line), (7, 1, 7));
        parse("class A: pass\nclass B(): pass\nclass C(A, B): pass\n");
    }

    #[test]
    fn imports_plain_dotted_aliased_and_from() {
        let body = parse("import weakref\nimport weakref, gc\nimport os.path as p\nfrom weakref import ref, WeakKeyDictionary as W\nfrom a import (b,\n    c,)\n");
        let StmtKind::Import(aliases) = &body[1].kind else {
            panic!("not import")
        };
        assert_eq!(aliases.len(), 2);
        let StmtKind::Import(aliases) = &body[2].kind else {
            panic!("not import")
        };
        assert_eq!(
            (&*aliases[0].name, aliases[0].asname.as_deref()),
            ("os.path", Some("p"))
        );
        let StmtKind::ImportFrom { module, names, .. } = &body[3].kind else {
            panic!("not from")
        };
        assert_eq!(
            (&**module, names.len(), names[1].asname.as_deref()),
            ("weakref", 2, Some("W"))
        );
        assert_eq!(
            error("from a import b,\n").msg,
            "trailing comma not allowed without surrounding parentheses"
        );
        let body = parse("from .. import b\nfrom .m.n import c\n");
        let StmtKind::ImportFrom { module, level, .. } = &body[1].kind else {
            panic!("not from-import")
        };
        assert_eq!((&**module, *level), ("m.n", 1));
    }

    #[test]
    fn small_statements() {
        let body = parse(
            "del a, b[0], c.d\nglobal g, h\nassert x, 'msg'\nraise E('x') from None\nraise\npass\n",
        );
        assert!(matches!(&body[0].kind, StmtKind::Del(t) if t.len() == 3));
        assert!(matches!(&body[1].kind, StmtKind::Global(n) if n.len() == 2));
        assert!(matches!(
            &body[2].kind,
            StmtKind::Assert { msg: Some(_), .. }
        ));
        assert!(matches!(
            &body[3].kind,
            StmtKind::Raise {
                exc: Some(_),
                cause: Some(_)
            }
        ));
        assert!(matches!(
            &body[4].kind,
            StmtKind::Raise {
                exc: None,
                cause: None
            }
        ));
        parse(
            "def f():\n    x = 1\n    def g():\n        nonlocal x\n        return\n    return g\n",
        );
    }

    #[test]
    fn statements_out_of_place_are_rejected() {
        assert_eq!(error("return 1\n").msg, "'return' outside function");
        assert_eq!(
            error("def f():\n    class A:\n        return 1\n").msg,
            "'return' outside function"
        );
        assert_eq!(error("break\n").msg, "'break' outside loop");
        assert_eq!(
            error("while x:\n    def f():\n        break\n").msg,
            "'break' outside loop"
        );
        assert_eq!(
            error("for x in y:\n    pass\nelse:\n    continue\n").msg,
            "'continue' not properly in loop"
        );
        parse("while x:\n    if y:\n        break\n    try:\n        continue\n    finally:\n        pass\n");
    }

    #[test]
    fn missing_colon_and_block_errors_match_cpython() {
        let err = error("if x\n    pass\n");
        assert_eq!(
            (err.to_string().as_str(), err.line, err.col),
            ("SyntaxError: expected ':'", 1, 5)
        );
        let err = error("x = 1\nif x:\npass\n");
        assert_eq!(err.kind, ErrorKind::Indentation);
        assert_eq!(
            err.msg,
            "expected an indented block after 'if' statement on line 2"
        );
        assert_eq!(err.line, 3);
        assert_eq!(
            error("def f():\n").msg,
            "expected an indented block after function definition on line 1"
        );
        assert_eq!(
            error("class A:\n# c\n\n").msg,
            "expected an indented block after class definition on line 1"
        );
        assert_eq!(
            error("for x in y:\n  pass\nelse:\nz\n").msg,
            "expected an indented block after 'else' statement on line 3"
        );
    }

    #[test]
    fn unexpected_indent_is_an_indentation_error() {
        let err = error("x = 1\n    y = 2\n");
        assert_eq!(err.to_string(), "IndentationError: unexpected indent");
        assert_eq!(err.line, 2);
    }

    #[test]
    fn generic_errors_point_at_the_offending_token() {
        let err = error("x = = 1\n");
        assert_eq!(
            (err.to_string().as_str(), err.line, err.col),
            ("SyntaxError: invalid syntax", 1, 5)
        );
        assert_eq!(error("if x: for y in z: pass\n").msg, "invalid syntax");
        assert_eq!(
            error("try:\n    pass\nexcept*:\n    pass\n").msg,
            "expected one or more exception types"
        );
        assert_eq!(
            error("try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n").msg,
            "cannot have both 'except' and 'except*' on the same 'try'"
        );
        assert_eq!(error("else:\n    pass\n").msg, "invalid syntax");
        assert_eq!(error("a; ; b\n").col, 4);
    }

    #[test]
    fn with_items_targets_and_the_parenthesized_form() {
        let items = |source: &str| match &parse(source)[0].kind {
            StmtKind::With { items, .. } => items
                .iter()
                .map(|i| (show(&i.context), i.target.as_ref().map(show)))
                .collect::<Vec<_>>(),
            other => panic!("not a with: {other:?}"),
        };
        assert_eq!(items("with a: pass\n"), [("a".into(), None)]);
        assert_eq!(
            items("with a as x, b() as y.z: pass\n"),
            [
                ("a".into(), Some("x".into())),
                ("b()".into(), Some("y.z".into()))
            ]
        );
        assert_eq!(
            items("with (a as x, b,): pass\n"),
            [("a".into(), Some("x".into())), ("b".into(), None)]
        );
        assert_eq!(items("with (a, b): pass\n").len(), 2);
        assert_eq!(
            items("with (a) as (x, y): pass\n"),
            [("a".into(), Some("tuple(x, y)".into()))]
        );
        assert_eq!(error("with a as 1: pass\n").msg, "cannot assign to literal");
        assert_eq!(
            error("with a:\npass\n").msg,
            "expected an indented block after 'with' statement on line 1"
        );
        let many = format!("with {}a: pass\n", "a, ".repeat(300));
        assert!(error(&many).msg.starts_with("too many context managers"));
    }

    #[test]
    fn annotated_assignments_and_their_targets() {
        match &parse("x: int = 1, 2\n")[0].kind {
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                assert_eq!(show(target), "x");
                assert_eq!(show(annotation), "int");
                assert_eq!(value.as_ref().map(show).as_deref(), Some("tuple(1, 2)"));
                assert!(simple);
            }
            other => panic!("not annotated: {other:?}"),
        }
        assert!(matches!(
            &parse("a.b: list[int]\n")[0].kind,
            StmtKind::AnnAssign {
                simple: false,
                value: None,
                ..
            }
        ));
        let cases = [
            (
                "(a, b): int = 1\n",
                "only single target (not tuple) can be annotated",
            ),
            (
                "[a]: int\n",
                "only single target (not list) can be annotated",
            ),
            ("f(): int\n", "illegal target for annotation"),
        ];
        for (source, msg) in cases {
            assert_eq!(error(source).msg, msg, "{source}");
        }
        match &parse("def f(a: int, *r: str, k: float = 1, **kw: dict) -> bool: pass\n")[0].kind {
            StmtKind::FunctionDef(def) => {
                assert_eq!(def.returns.as_ref().map(show).as_deref(), Some("bool"));
                assert!(def.params.positional[0].annotation.is_some());
                assert!(def.params.vararg_annotation.is_some());
                assert!(def.params.kwonly[0].annotation.is_some());
                assert!(def.params.kwarg_annotation.is_some());
            }
            other => panic!("not a def: {other:?}"),
        }
    }

    #[test]
    fn a_star_import_has_no_names() {
        let module = parse_module("from a import *\n").unwrap();
        assert!(matches!(
            &module.body[0].kind,
            StmtKind::ImportFrom { names, .. } if names.is_empty()
        ));
    }
}

//! Executing statements: assignment, `del`, control flow, `try`, `raise`, `def`, `class`, `import`.
//!
//! Each statement is a safepoint at its start (a paced collection may run there) and, under
//! `--gc=eager`, is followed by a full collection; either way queued finalizers and callbacks run
//! at these boundaries. Each statement truncates the temporaries stack when it ends (see `interp`).

use std::rc::Rc;

use crate::eval::expr::marked;
use crate::runtime::exceptions::{Exc, PyErr, PyResult};
use crate::runtime::interp::{Frame, FrameKind, FrameNames, Interp};
use crate::runtime::marker::Marker;
use crate::runtime::object::{Attrs, Code, Env, ObjKind, Value};
use crate::runtime::types::TypeTag;
use crate::syntax::ast::{
    BinOp, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, NameLoc, Stmt, StmtKind, WithItem,
};

use super::Flow;

impl Interp {
    /// Runs statements in order until one breaks the flow.
    pub fn exec_block(&mut self, body: &[Stmt]) -> PyResult<Flow> {
        for stmt in body {
            match self.exec_stmt(stmt)? {
                Flow::Normal => {}
                flow => return Ok(flow),
            }
        }
        Ok(Flow::Normal)
    }

    /// The line the current frame is running (`None` outside any frame).
    fn frame_line(&self) -> Option<u32> {
        self.roots.frames.last().map(|f| f.line)
    }

    /// Back to a loop's own line before its test or next step runs, so an exception there is
    /// reported on the `for`/`while` line (as CPython), not on the body's last statement.
    fn set_frame_line(&mut self, line: Option<u32>) {
        if let (Some(frame), Some(line)) = (self.roots.frames.last_mut(), line) {
            frame.line = line;
        }
    }

    /// Runs one statement: safepoint, the statement, truncation of the temporaries, and under
    /// `--gc=eager` a full collection.
    pub fn exec_stmt(&mut self, stmt: &Stmt) -> PyResult<Flow> {
        self.tick()?;
        let height = self.temps_height();
        if let Some(frame) = self.roots.frames.last_mut() {
            frame.line = stmt.line;
        }
        self.stmt_start();
        let result = self.exec_kind(stmt);
        let carried = match &result {
            Ok(Flow::Return(v)) => Some(*v),
            _ => None,
        };
        self.finish_stmt(height, &result, carried);
        self.collect_after_stmt();
        result
    }

    /// What the REPL does with an expression statement's value: prints its `repr` unless it is
    /// `None`, and binds it to `_` (in the globals; CPython binds `builtins._`).
    #[cold]
    #[inline(never)]
    pub fn echo_value(&mut self, v: Value) -> PyResult<()> {
        if self.is_none(v) {
            return Ok(());
        }
        let text = self.repr(v)?;
        self.out.write_out(&text);
        self.out.write_out("\n");
        let globals = self.globals();
        self.env_set(globals, Rc::from("_"), v);
        Ok(())
    }

    fn exec_kind(&mut self, stmt: &Stmt) -> PyResult<Flow> {
        match &stmt.kind {
            StmtKind::Expr(e) => {
                // Interactive input echoes expression statements of the module's own code at any
                // depth of `for`/`if`/`with`/... (CPython's interactive compilation), never
                // those of functions or classes it calls or defines.
                if !matches!(e.kind, ExprKind::Ellipsis) || self.echo_depth != 0 {
                    let v = self.eval(e)?;
                    if self.echo_depth == self.roots.frames.len() {
                        self.echo_value(v)?;
                    }
                }
            }
            StmtKind::Assign { targets, value } => {
                let v = self.eval_hot(value)?;
                for t in targets {
                    // A failed store underlines its target (CPython's STORE_SUBSCR/STORE_ATTR).
                    self.assign(t, v).map_err(|e| marked(e, t))?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.exec_augassign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.exec_annassign(target, annotation, value.as_ref(), *simple)?,
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete(t).map_err(|e| marked(e, t))?;
                }
            }
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Return(value) => {
                let v = match value {
                    Some(e) => self.eval_hot(e)?,
                    None => self.none(),
                };
                return Ok(Flow::Return(v));
            }
            StmtKind::Raise { exc, cause } => {
                let mut err = self.exec_raise(exc.as_ref());
                if let (Some(_), Some(cause)) = (exc, cause) {
                    if let Some(e) = self.exec_cause(err.exc, cause) {
                        err = e;
                    }
                }
                if let Some(&handled) = self.roots.handling.last() {
                    self.set_context(err.exc, handled);
                }
                err.raised = true;
                if err.marker.is_none() {
                    err.marker = Some(Box::new(raise_marker(stmt, exc.as_ref(), cause.as_ref())));
                }
                self.traceback_here(err.exc, exc.is_some(), err.marker.as_deref());
                return Err(err);
            }
            StmtKind::Assert { test, msg } => {
                let t = self.eval(test)?;
                if !self.truthy(t)? {
                    let class = self.exc_class(Exc::AssertionError);
                    let args = match msg {
                        Some(m) => vec![self.eval(m)?],
                        None => Vec::new(),
                    };
                    let mut err = self.err_with(class, args);
                    // CPython underlines the assertion's test.
                    if test.span.is_known() {
                        err.marker = Some(Box::new(Marker::Plain(test.span)));
                    }
                    return Err(err);
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let mut module = self.import_module(&a.name)?;
                    // `import os.path` binds `os`.
                    if let Some((parent, child)) = a.name.rsplit_once('.') {
                        // The parent module gets the submodule as an attribute (`collections.abc`).
                        let sub = module;
                        let parent = self.import_module(parent)?;
                        if self.getattr_opt(parent, child)?.is_none() {
                            self.setattr(parent, &crate::syntax::ast::Name::from(child), sub)?;
                        }
                    }
                    if let (None, Some((top, _))) = (&a.asname, a.name.split_once('.')) {
                        module = self.import_module(top)?;
                    }
                    self.store_name(&a.bound_name(), a.loc, module)?;
                }
            }
            StmtKind::ImportFrom {
                module,
                level,
                names,
            } if names.is_empty() => {
                let module = self.resolve_import_name(module, *level)?;
                let m = self.import_module(&module)?;
                self.import_star(m)?;
            }
            StmtKind::ImportFrom {
                module,
                level,
                names,
            } => {
                let module = self.resolve_import_name(module, *level)?;
                let m = self.import_module(&module)?;
                for a in names {
                    let v = match self.getattr_opt(m, &a.name)? {
                        Some(v) => v,
                        None => self.import_from_missing(m, &module, &a.name)?,
                    };
                    self.push_temp(v);
                    self.store_name(&a.bound_name(), a.loc, v)?;
                }
            }
            StmtKind::If { branches, orelse } => {
                for b in branches {
                    let t = self.eval(&b.test)?;
                    if self.truthy(t)? {
                        return self.exec_block(&b.body);
                    }
                }
                return self.exec_block(orelse);
            }
            StmtKind::While { test, body, orelse } => return self.exec_while(test, body, orelse),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => return self.exec_for(target, iter, body, orelse),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => return self.exec_try(body, handlers, orelse, finalbody),
            StmtKind::With { items, body } => return self.exec_with(items, body),
            StmtKind::Match { subject, cases } => return self.exec_match(subject, cases),
            StmtKind::FunctionDef(def) => self.exec_def(def)?,
            StmtKind::ClassDef(def) => self.exec_class(def)?,
        }
        Ok(Flow::Normal)
    }

    /// `from m import *`: binds, in the running frame's namespace, each name listed in
    /// `m.__all__`, else each of the module's names not starting with `_`.
    fn import_star(&mut self, m: Value) -> PyResult<()> {
        let module_name = match self.obj(m) {
            ObjKind::Module(md) => md.name.clone(),
            _ => Rc::from("?"),
        };
        let names: Vec<Rc<str>> = match self.getattr_opt(m, "__all__")? {
            Some(all) => {
                self.push_temp(all);
                let items = self.collect_iter(all)?;
                let mut names = Vec::with_capacity(items.len());
                for item in items {
                    match self.obj(item) {
                        ObjKind::Str(s) => names.push(s.to_rc()),
                        _ => {
                            let t = self.type_name(item);
                            return Err(self.type_error(format!(
                                "Item in {module_name}.__all__ must be str, not {t}"
                            )));
                        }
                    }
                }
                names
            }
            None => match self.module_attrs(m) {
                Some(attrs) => attrs
                    .iter()
                    .map(|(n, _)| n.clone())
                    .filter(|n| !n.starts_with('_'))
                    .collect(),
                None => Vec::new(),
            },
        };
        let ns = self.frame().ns;
        for name in names {
            let Some(v) = self.getattr_opt(m, &name)? else {
                return Err(self.attribute_error(m, &name));
            };
            self.push_temp(v);
            self.env_set(ns, name, v);
        }
        Ok(())
    }

    fn exec_while(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> PyResult<Flow> {
        let height = self.temps_height();
        let line = self.frame_line();
        loop {
            self.set_frame_line(line);
            let t = self.eval(test)?;
            let go = self.truthy(t)?;
            self.truncate_temps(height);
            if !go {
                break;
            }
            match self.exec_block(body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Normal | Flow::Continue => {}
            }
        }
        self.exec_block(orelse)
    }

    fn exec_for(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> PyResult<Flow> {
        let iterable = self.eval(iter)?;
        let mut state = self.iter_start(iterable)?;
        let height = self.temps_height();
        let line = self.frame_line();
        loop {
            self.set_frame_line(line);
            let Some(item) = self.iter_next(&mut state)? else {
                break;
            };
            self.assign(target, item)?;
            self.truncate_temps(height);
            match self.exec_block(body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Normal | Flow::Continue => {}
            }
        }
        self.exec_block(orelse)
    }

    /// `with` as PEP 343 spells it out: `__enter__`, then the target and the rest (further items,
    /// then the body) guarded so that `__exit__` runs on every way out: with `(None, None, None)`
    /// after a normal end, `return`, `break` or `continue`; with the exception's type, value and
    /// traceback otherwise, while that exception counts as being handled, and a true result
    /// suppresses it.
    fn exec_with(&mut self, items: &[WithItem], body: &[Stmt]) -> PyResult<Flow> {
        let Some((item, rest)) = items.split_first() else {
            return self.exec_block(body);
        };
        let mgr = self.eval(&item.context)?;
        let mut enter = self.special_method(mgr, "__enter__");
        let mut exit = self.special_method(mgr, "__exit__");
        // A builtin manager (a file) has its methods bound to it already: `receiver` is what
        // the calls below pass first, nothing for those.
        let mut receiver = vec![mgr];
        if !matches!(self.obj(mgr), ObjKind::Instance(_)) {
            enter = self.getattr_opt(mgr, "__enter__")?;
            if let Some(e) = enter {
                self.push_temp(e);
            }
            exit = self.getattr_opt(mgr, "__exit__")?;
            receiver.clear();
        }
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let t = self.type_name(mgr);
            let missed = if enter.is_some() {
                " (missed __exit__ method)"
            } else {
                ""
            };
            return Err(self.type_error(format!(
                "'{t}' object does not support the context manager protocol{missed}"
            )));
        };
        self.push_temp(exit);
        let line = self.frame_line();
        let value = self.call(enter, receiver.clone(), Vec::new())?;
        self.push_temp(value);
        let result = match &item.target {
            Some(t) => self
                .assign(t, value)
                .and_then(|()| self.exec_with(rest, body)),
            None => self.exec_with(rest, body),
        };
        match result {
            Ok(flow) => {
                if let Flow::Return(v) = flow {
                    self.push_temp(v);
                }
                let none = self.none();
                let args = [receiver, vec![none, none, none]].concat();
                // `__exit__` runs on the `with` line, as CPython reports it.
                self.set_frame_line(line);
                self.call(exit, args, Vec::new())?;
                Ok(flow)
            }
            Err(err) => {
                self.traceback_here(err.exc, false, err.marker.as_deref());
                self.set_frame_line(line);
                self.push_temp(err.exc);
                let class = self.type_of(err.exc);
                let tb = match self.obj(err.exc) {
                    ObjKind::Instance(inst) => inst.traceback(),
                    _ => None,
                };
                let tb = tb.unwrap_or_else(|| self.none());
                self.roots.handling.push(err.exc);
                let args = [receiver, vec![class, err.exc, tb]].concat();
                let suppress = self
                    .call(exit, args, Vec::new())
                    .and_then(|r| self.truthy(r));
                self.roots.handling.pop();
                if let Err(e) = &suppress {
                    if !e.raised {
                        self.chain_context(e.exc, err.exc);
                    }
                }
                if suppress? {
                    Ok(Flow::Normal)
                } else {
                    Err(err)
                }
            }
        }
    }

    fn exec_try(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> PyResult<Flow> {
        let mut result = match self.exec_block(body) {
            Ok(Flow::Normal) => self.exec_block(orelse),
            Ok(flow) => Ok(flow),
            Err(e) if handlers.first().is_some_and(|h| h.star) => self.handle_star(e, handlers),
            Err(e) if !handlers.is_empty() => self.handle(e, handlers),
            Err(e) => Err(e),
        };
        if !finalbody.is_empty() {
            if let Ok(Flow::Return(v)) = &result {
                self.push_temp(*v);
            }
            let pending = result.as_ref().err().map(|e| e.exc);
            if let Some(exc) = pending {
                // The exception has reached this frame: its traceback says so before `finally`
                // runs, which may raise another that chains to it.
                let marker = result.as_ref().err().and_then(|e| e.marker.clone());
                self.traceback_here(exc, false, marker.as_deref());
                self.push_temp(exc);
                self.roots.handling.push(exc);
            }
            let finished = self.exec_block(finalbody);
            if let Some(exc) = pending {
                self.roots.handling.pop();
                if let Err(e) = &finished {
                    if !e.raised {
                        self.chain_context(e.exc, exc);
                    }
                }
            }
            match finished {
                Ok(Flow::Normal) => {}
                other => result = other,
            }
        }
        result
    }

    /// Runs the first handler matching `err`, or propagates it.
    fn handle(&mut self, err: PyErr, handlers: &[ExceptHandler]) -> PyResult<Flow> {
        self.traceback_here(err.exc, false, err.marker.as_deref());
        for h in handlers {
            let matches = match &h.typ {
                None => true,
                Some(t) => {
                    let class = self.eval(t)?;
                    self.exception_matches(err.exc, class)?
                }
            };
            if !matches {
                continue;
            }
            if let Some(name) = &h.name {
                self.store_name(name, h.loc, err.exc)?;
            }
            self.roots.handling.push(err.exc);
            let r = self.exec_block(&h.body);
            if let Some(exc) = self.roots.handling.pop() {
                self.note_drop(exc);
            }
            if let Err(e) = &r {
                if !e.raised {
                    self.chain_context(e.exc, err.exc);
                }
            }
            if let Some(name) = &h.name {
                // CPython ends a handler with `name = None; del name`: unbound even if the body
                // deleted it, and the exception (with its traceback) no longer held there.
                let none = self.none();
                self.store_name(name, h.loc, none)?;
                self.delete_name(name, h.loc)?;
            }
            return r;
        }
        Err(err)
    }

    /// Runs `except*` clauses (PEP 654) over `err`: each clause gets the part of the exception
    /// group (a naked exception is wrapped in one) its types match, split off by the helpers of
    /// `modules/py/_exceptiongroup.py`; what is re-raised or unmatched, with what the handlers
    /// raised, leaves the statement as CPython combines it.
    fn handle_star(&mut self, mut err: PyErr, handlers: &[ExceptHandler]) -> PyResult<Flow> {
        self.traceback_here(err.exc, false, err.marker.as_deref());
        let orig = err.exc;
        let helpers = self.import_module("_exceptiongroup")?;
        let prepare = self.getattr(helpers, "_star_prepare")?;
        let group = self.call(prepare, vec![orig], Vec::new())?;
        self.push_temp(group);
        let raised = self.alloc(ObjKind::List(Vec::new()))?;
        let reraised = self.alloc(ObjKind::List(Vec::new()))?;
        let split = self.getattr(helpers, "_star_split")?;
        let mut rest = Some(group);
        for h in handlers {
            let (Some(current), Some(typ)) = (rest, &h.typ) else {
                break;
            };
            let types = self.eval(typ)?;
            let pair = self.call(split, vec![current, types], Vec::new())?;
            let (matched, unmatched) = match self.obj(pair) {
                ObjKind::Tuple(items) if items.len() == 2 => (items[0], items[1]),
                _ => return Err(self.type_error("split() must return a pair")),
            };
            rest = (!self.is_none(unmatched)).then_some(unmatched);
            if self.is_none(matched) {
                continue;
            }
            if let Some(name) = &h.name {
                self.store_name(name, h.loc, matched)?;
            }
            self.roots.handling.push(matched);
            let r = self.exec_block(&h.body);
            if let Some(exc) = self.roots.handling.pop() {
                self.note_drop(exc);
            }
            if let Some(name) = &h.name {
                let none = self.none();
                self.store_name(name, h.loc, none)?;
                self.delete_name(name, h.loc)?;
            }
            match r {
                Ok(Flow::Normal) => {}
                Ok(_) => {
                    return Err(self.err(
                        Exc::SyntaxError,
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                    ))
                }
                Err(e) if e.exc == matched => {
                    if let ObjKind::List(items) = self.obj_mut(reraised) {
                        items.push(matched);
                    }
                }
                Err(e) => {
                    self.chain_context(e.exc, matched);
                    if let ObjKind::List(items) = self.obj_mut(raised) {
                        items.push(e.exc);
                    }
                }
            }
        }
        let finish = self.getattr(helpers, "_star_finish")?;
        let rest = rest.unwrap_or(self.none());
        let out = self.call(
            finish,
            vec![orig, group, raised, reraised, rest],
            Vec::new(),
        )?;
        if self.is_none(out) {
            Ok(Flow::Normal)
        } else if out == orig {
            Err(err)
        } else if matches!(self.obj(raised), ObjKind::List(items) if items.is_empty()) {
            // Part of the original group: it came through the frames the original did.
            Err(PyErr::with_traceback(
                out,
                std::mem::take(&mut err.traceback),
            ))
        } else {
            Err(PyErr::new(out))
        }
    }

    /// Whether the exception `exc` matches an `except` clause's class or tuple of classes.
    pub fn exception_matches(&mut self, exc: Value, class: Value) -> PyResult<bool> {
        match self.obj(class) {
            ObjKind::Tuple(items) => {
                let items = items.clone();
                for c in items {
                    if self.exception_matches(exc, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            ObjKind::Class(c) if c.builtin == TypeTag::BaseException => {
                Ok(self.is_instance(exc, class))
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    fn exec_raise(&mut self, exc: Option<&Expr>) -> PyErr {
        let Some(e) = exc else {
            return match self.roots.handling.last() {
                Some(v) => PyErr::new(*v),
                None => self.err(Exc::RuntimeError, "No active exception to reraise"),
            };
        };
        let v = match self.eval(e) {
            Ok(v) => v,
            Err(err) => return err,
        };
        self.make_raisable(v)
    }

    /// The `from` clause of `raise exc from cause`: sets `exc`'s cause, or returns the error that
    /// replaces the raise (evaluating `cause` failed, or it is not an exception or `None`).
    fn exec_cause(&mut self, exc: Value, cause: &Expr) -> Option<PyErr> {
        let v = match self.eval(cause) {
            Ok(v) => v,
            Err(e) => return Some(e),
        };
        let cause = if matches!(self.obj(v), ObjKind::None) {
            v
        } else {
            let is_exc_class =
                matches!(self.obj(v), ObjKind::Class(c) if c.builtin == TypeTag::BaseException);
            if is_exc_class {
                match self.call(v, Vec::new(), Vec::new()) {
                    Ok(inst) => inst,
                    Err(e) => return Some(e),
                }
            } else if self.tag_of_value(v) == TypeTag::BaseException {
                v
            } else {
                return Some(self.type_error("exception causes must derive from BaseException"));
            }
        };
        self.set_cause(exc, cause);
        None
    }

    /// What `raise v` raises: an exception instance as is, a class instantiated with no arguments.
    pub fn make_raisable(&mut self, v: Value) -> PyErr {
        let is_exc_class =
            matches!(self.obj(v), ObjKind::Class(c) if c.builtin == TypeTag::BaseException);
        if is_exc_class {
            return match self.call(v, Vec::new(), Vec::new()) {
                Ok(inst) => PyErr::new(inst),
                Err(e) => e,
            };
        }
        if self.tag_of_value(v) == TypeTag::BaseException {
            return PyErr::new(v);
        }
        self.type_error("exceptions must derive from BaseException")
    }

    fn exec_augassign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name(n, loc) => {
                let cur = match *loc {
                    NameLoc::Fast(i) => match self.frame().slots.get(i as usize) {
                        Some(&Some(v)) => v,
                        _ => self.load_name(n, *loc)?,
                    },
                    NameLoc::Global => self.load_global_hinted(n, &target.hint)?,
                    _ => self.load_name(n, *loc)?,
                };
                self.push_temp(cur);
                let rhs = self.eval_hot(value)?;
                let r = match self.arith_fast(op, cur, rhs) {
                    Some(r) => r?,
                    None => self.inplace(op, cur, rhs)?,
                };
                self.store_name_hinted(n, *loc, r, &target.hint)?;
            }
            ExprKind::Attribute { value: obj, attr } => {
                let o = self.eval(obj)?;
                let cur = match self.own_attr_at_hint(o, attr, &target.hint) {
                    Some(v) => v,
                    None => self.load_attr(o, attr, &target.hint)?,
                };
                self.push_temp(cur);
                let rhs = self.eval(value)?;
                let r = self.inplace(op, cur, rhs)?;
                self.store_attr(o, attr, r, &target.hint)?;
            }
            ExprKind::Subscript { value: obj, index } => {
                let o = self.eval(obj)?;
                if let ExprKind::Slice { lower, upper, step } = &index.kind {
                    let bounds = self.eval_slice(lower, upper, step)?;
                    let cur = self.get_slice(o, bounds)?;
                    let rhs = self.eval(value)?;
                    let r = self.inplace(op, cur, rhs)?;
                    return self.set_slice(o, bounds, r);
                }
                let k = self.eval(index)?;
                let cur = self.getitem(o, k)?;
                let rhs = self.eval(value)?;
                let r = self.inplace(op, cur, rhs)?;
                self.setitem(o, k, r)?;
            }
            _ => {
                return Err(self.err(
                    Exc::SyntaxError,
                    "illegal expression for augmented assignment",
                ))
            }
        }
        Ok(())
    }

    /// `cur op= rhs`: lists extend in place (so aliases see it), everything else rebinds.
    fn inplace(&mut self, op: BinOp, cur: Value, rhs: Value) -> PyResult<Value> {
        // Numbers have no in-place form: `x += 1` is `x + 1` (the common case, tried first).
        // Each operand is looked up once here, not again in `binop_spelled`.
        if let Some(r) = self.arith_fast(op, cur, rhs) {
            return r;
        }
        if let (Some(x), Some(y)) = (self.as_num(cur), self.as_num(rhs)) {
            if !crate::eval::ops::num_op_defined(op, x, y) {
                return Err(self.unsupported_operands(op.inplace_symbol(), cur, rhs));
            }
            return self.num_op(op, x, y);
        }
        if let Some(r) = self.weak_inplace(op, cur, rhs)? {
            return Ok(r);
        }
        if let Some(r) = self.builtin_inplace(op, cur, rhs)? {
            return Ok(r);
        }
        if op == BinOp::Add && matches!(self.obj(cur), ObjKind::ByteArray(_)) {
            // `ba += data` extends in place, as lists do.
            let data = self.bytes_like_items(rhs)?;
            if let ObjKind::ByteArray(b) = self.obj_mut(cur) {
                b.extend_from_slice(&data);
            }
            return Ok(cur);
        }
        if op == BinOp::Add && self.list_ref(cur).is_some() {
            let items = self.collect_iter(rhs)?;
            if let Some(list) = self.list_mut(cur) {
                list.extend(items);
            }
            return Ok(cur);
        }
        let iname = op.inplace_dunder();
        if let Some(f) = self.special_method(cur, iname) {
            let r = self.call(f, vec![cur, rhs], Vec::new())?;
            if r != self.not_implemented() {
                return Ok(r);
            }
        }
        self.binop_spelled(op, cur, rhs, op.inplace_symbol())
    }

    /// Binds `value` to an assignment target: a name, attribute, subscript, or tuple/list of them.
    #[inline]
    pub fn assign(&mut self, target: &Expr, value: Value) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name(n, loc) => self.store_name_hinted(n, *loc, value, &target.hint),
            ExprKind::Attribute { value: obj, attr } => {
                let o = self.eval_hot(obj)?;
                self.store_attr(o, attr, value, &target.hint)
            }
            _ => self.assign_general(target, value),
        }
    }

    /// [`assign`](Self::assign) to anything but a name.
    #[inline(never)]
    fn assign_general(&mut self, target: &Expr, value: Value) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name(n, loc) => self.store_name_hinted(n, *loc, value, &target.hint),
            ExprKind::Attribute { value: obj, attr } => {
                let o = self.eval_hot(obj)?;
                self.store_attr(o, attr, value, &target.hint)
            }
            ExprKind::Subscript { value: obj, index } => {
                let o = self.eval(obj)?;
                if let ExprKind::Slice { lower, upper, step } = &index.kind {
                    let bounds = self.eval_slice(lower, upper, step)?;
                    return self.set_slice(o, bounds, value);
                }
                let k = self.eval(index)?;
                self.setitem(o, k, value)
            }
            ExprKind::Tuple(targets) | ExprKind::List(targets) => {
                if !self.is_iterable(value) {
                    let t = self.type_name(value);
                    return Err(self.type_error(format!("cannot unpack non-iterable {t} object")));
                }
                let items = self.collect_iter(value)?;
                if let Some(star) = targets
                    .iter()
                    .position(|t| matches!(t.kind, ExprKind::Starred(_)))
                {
                    return self.assign_starred(targets, star, items);
                }
                if items.len() != targets.len() {
                    let msg = if items.len() > targets.len() {
                        format!("too many values to unpack (expected {})", targets.len())
                    } else {
                        format!(
                            "not enough values to unpack (expected {}, got {})",
                            targets.len(),
                            items.len()
                        )
                    };
                    return Err(self.value_error(msg));
                }
                for (t, v) in targets.iter().zip(items) {
                    self.assign(t, v)?;
                }
                Ok(())
            }
            _ => Err(self.err(Exc::SyntaxError, "cannot assign to expression")),
        }
    }

    /// `a, *rest, z = items`: the targets before and after the starred one (at `star`) take
    /// one item each, the starred one a list of what is left.
    fn assign_starred(&mut self, targets: &[Expr], star: usize, items: Vec<Value>) -> PyResult<()> {
        let after = targets.len() - star - 1;
        if items.len() < targets.len() - 1 {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                targets.len() - 1,
                items.len()
            )));
        }
        let rest_end = items.len() - after;
        for (t, v) in targets[..star].iter().zip(&items[..star]) {
            self.assign(t, *v)?;
        }
        let rest = self.alloc(ObjKind::List(items[star..rest_end].to_vec()))?;
        self.push_temp(rest);
        if let ExprKind::Starred(inner) = &targets[star].kind {
            self.assign(inner, rest)?;
        }
        for (t, v) in targets[star + 1..].iter().zip(&items[rest_end..]) {
            self.assign(t, *v)?;
        }
        Ok(())
    }

    fn delete(&mut self, target: &Expr) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name(n, loc) => self.delete_name(n, *loc),
            ExprKind::Attribute { value, attr } => {
                let o = self.eval(value)?;
                self.delattr(o, attr)
            }
            ExprKind::Subscript { value, index } => {
                let o = self.eval(value)?;
                if let ExprKind::Slice { lower, upper, step } = &index.kind {
                    let bounds = self.eval_slice(lower, upper, step)?;
                    return self.del_slice(o, bounds);
                }
                let k = self.eval(index)?;
                self.delitem(o, k)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for t in items {
                    self.delete(t)?;
                }
                Ok(())
            }
            _ => Err(self.err(Exc::SyntaxError, "cannot delete expression")),
        }
    }

    /// `target: annotation [= value]` as CPython 3.11's `compiler_annassign`: the value is
    /// assigned first; at module and class level the annotation is then evaluated and, for a
    /// simple name, stored in the namespace's `__annotations__` (made on first use); in a function
    /// it is not evaluated. Without a value, an attribute or subscript target's object (and
    /// index) are still evaluated.
    /// An annotation's value: evaluated, or under `from __future__ import annotations` (the
    /// module's globals bind `annotations` to the `__future__` feature) its source text.
    fn annotation_value(&mut self, annotation: &Expr) -> PyResult<Value> {
        let globals = self.frame().globals;
        let future = match self.env_get(globals, "annotations") {
            Some(v) => match self.obj(v) {
                ObjKind::Instance(i) => &**i.class_name() == "_Feature",
                _ => false,
            },
            None => false,
        };
        if !future {
            return self.eval(annotation);
        }
        match crate::syntax::unparse::unparse(annotation) {
            Some(text) => self.str_value(&text),
            None => Err(self.err(
                crate::runtime::exceptions::Exc::NotImplementedError,
                "minipy cannot write this annotation as a string (from __future__ import annotations)",
            )),
        }
    }

    fn exec_annassign(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
    ) -> PyResult<()> {
        if let Some(v) = value {
            let v = self.eval(v)?;
            self.assign(target, v)?;
        } else {
            match &target.kind {
                ExprKind::Attribute { value: obj, .. } => {
                    self.eval(obj)?;
                }
                ExprKind::Subscript { value: obj, index } => {
                    self.eval(obj)?;
                    if let ExprKind::Slice { lower, upper, step } = &index.kind {
                        self.eval_slice(lower, upper, step)?;
                    } else {
                        self.eval(index)?;
                    }
                }
                _ => {}
            }
        }
        if !matches!(self.frame().kind, FrameKind::Module | FrameKind::Class) {
            return Ok(());
        }
        let ann = self.annotation_value(annotation)?;
        if let (true, ExprKind::Name(name, _)) = (simple, &target.kind) {
            let ns = self.frame().ns;
            let dict = match self.env_get(ns, "__annotations__") {
                Some(d) => d,
                None => {
                    let d = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
                    self.env_set(ns, Rc::from("__annotations__"), d);
                    d
                }
            };
            self.push_temp(dict);
            let key = self.str_value(name)?;
            self.setitem(dict, key, ann)?;
        }
        Ok(())
    }

    /// A `def`'s annotations, evaluated in CPython 3.11's order (positional-or-keyword
    /// parameters, then positional-only ones, `*args`, keyword-only ones, `**kwargs`, `return`);
    /// `None` when there are none.
    fn eval_annotations(&mut self, def: &FunctionDef) -> PyResult<Option<Value>> {
        let params = &def.params;
        let (posonly, rest) = params.positional.split_at(params.posonly);
        fn named(p: &crate::syntax::ast::Param) -> Option<(crate::syntax::ast::Name, &Expr)> {
            p.annotation.as_ref().map(|a| (p.name.clone(), a))
        }
        let mut pairs: Vec<(crate::syntax::ast::Name, &Expr)> =
            rest.iter().filter_map(named).collect();
        pairs.extend(posonly.iter().filter_map(named));
        if let (Some(n), Some(a)) = (&params.vararg, &params.vararg_annotation) {
            pairs.push((n.clone(), a));
        }
        pairs.extend(params.kwonly.iter().filter_map(named));
        if let (Some(n), Some(a)) = (&params.kwarg, &params.kwarg_annotation) {
            pairs.push((n.clone(), a));
        }
        if let Some(r) = &def.returns {
            pairs.push((crate::syntax::ast::Name::from("return"), r));
        }
        if pairs.is_empty() {
            return Ok(None);
        }
        let dict = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
        self.push_temp(dict);
        for (name, expr) in pairs {
            let v = self.annotation_value(expr)?;
            let key = self.str_value(&name)?;
            self.setitem(dict, key, v)?;
        }
        Ok(Some(dict))
    }

    fn exec_def(&mut self, def: &Rc<FunctionDef>) -> PyResult<()> {
        let decorators = self.eval_all(&def.decorators)?;
        let defaults = self.eval_defaults(&def.params)?;
        let annotations = self.eval_annotations(def)?;
        let mut f = self.make_function(def.name.clone(), Code::Def(def.clone()), defaults)?;
        if let ObjKind::Function(func) = self.obj_mut(f) {
            func.annotations = annotations;
        }
        for d in decorators.into_iter().rev() {
            f = self.call(d, vec![f], Vec::new())?;
        }
        self.store_name(&def.name, def.loc, f)
    }

    fn exec_class(&mut self, def: &ClassDef) -> PyResult<()> {
        let decorators = self.eval_all(&def.decorators)?;
        let bases = self.eval_all(&def.bases)?;
        let (bases, orig_bases) = self.resolve_mro_entries(bases)?;
        let mut keywords = Vec::with_capacity(def.keywords.len());
        for k in &def.keywords {
            let v = self.eval(&k.value)?;
            self.push_temp(v);
            keywords.push((k.name.clone().expect("the parser rejects **"), v));
        }
        // Bases that cannot make a class fail before the body runs, as in CPython.
        self.class_bases(&bases)?;
        let cells = self.capture_cells(&def.layout)?;
        let qualname = self.qualified(&def.name);
        let globals = self.frame().globals;
        let env = self.alloc(ObjKind::Env(Env {
            vars: Attrs::default(),
        }))?;
        if let Some(orig) = orig_bases {
            self.env_set(env, Rc::from("__orig_bases__"), orig);
        }
        if let Some(doc) = crate::syntax::ast::body_docstring(&def.body) {
            self.push_temp(env);
            let doc = self.str_value(doc)?;
            self.env_set(env, Rc::from("__doc__"), doc);
        }
        self.enter()?;
        self.roots.frames.push(Frame {
            slots: cells.into_iter().map(Some).collect(),
            ns: env,
            globals,
            kind: FrameKind::Class,
            names: Some(FrameNames {
                name: def.name.clone(),
                qualname: qualname.clone(),
            }),
            line: def.line,
            record: None,
        });
        let r = self.exec_block(&def.body);
        if let Err(e) = &r {
            self.traceback_here(e.exc, false, e.marker.as_deref());
        }
        let frame = self.pop_frame().expect("pushed above");
        self.leave();
        if let Err(mut e) = r {
            let entry = self.tb_entry(&frame, &mut e);
            e.traceback.push(entry);
            return Err(e);
        }
        let attrs = match self.obj_mut(env) {
            ObjKind::Env(e) => std::mem::take(&mut e.vars),
            _ => Attrs::default(),
        };
        // The namespace left its (rooted) Env: root its values until the class holds them.
        self.roots.temps.extend(attrs.iter().map(|(_, v)| v));
        // The body may name the class's module (`__module__ = "json.decoder"`, as library code
        // does); the class keeps it as text, where reading `__module__` looks.
        let mut attrs = attrs;
        let module = match attrs.get("__module__").map(|v| self.obj(v)) {
            Some(ObjKind::Str(m)) => {
                let m = m.to_rc();
                attrs.remove("__module__");
                m
            }
            _ => self.module_name_of(globals),
        };
        let parts = crate::eval::class::ClassParts {
            name: def.name.clone(),
            qualname,
            module,
            bases,
            attrs,
        };
        let mut class = self.make_class(parts, keywords)?;
        for d in decorators.into_iter().rev() {
            class = self.call(d, vec![class], Vec::new())?;
        }
        self.store_name(&def.name, def.loc, class)
    }
}

/// What a `raise` statement's traceback entry underlines: the statement, from `raise` to the end
/// of its last expression (CPython leaves out a trailing comment).
fn raise_marker(stmt: &Stmt, exc: Option<&Expr>, cause: Option<&Expr>) -> Marker {
    let end = match cause.or(exc) {
        Some(last) if last.outer.is_known() => (last.outer.end_line, last.outer.end_col),
        Some(_) => return Marker::None,
        None => (stmt.line, stmt.col + 5),
    };
    Marker::Plain(crate::syntax::ast::Span {
        line: stmt.line,
        col: stmt.col,
        end_line: end.0,
        end_col: end.1,
    })
}

#[cfg(test)]
mod tests {
    use crate::{run_captured, Options};

    fn run(src: &str) -> String {
        run_captured(src, &Options::default()).1
    }

    #[test]
    fn loops_support_break_continue_and_else() {
        let src = "for i in range(5):\n    if i == 1:\n        continue\n    if i == 3:\n        break\n    print(i)\nelse:\n    print('no')\nn = 0\nwhile n < 2:\n    n += 1\nelse:\n    print('done', n)\n";
        assert_eq!(run(src), "0\n2\ndone 2\n");
    }

    #[test]
    fn try_finally_runs_on_every_way_out() {
        let src = "def f():\n    try:\n        return 1\n    finally:\n        print('finally')\nprint(f())\ntry:\n    try:\n        raise ValueError('x')\n    finally:\n        print('inner')\nexcept ValueError as e:\n    print('caught', e)\n";
        assert_eq!(run(src), "finally\n1\ninner\ncaught x\n");
    }

    #[test]
    fn user_exceptions_subclass_builtins_and_bare_raise_reraises() {
        let src = "class MyErr(KeyError):\n    pass\ntry:\n    try:\n        raise MyErr('k')\n    except LookupError:\n        raise\nexcept MyErr as e:\n    print(type(e).__name__, e.args)\n";
        assert_eq!(run(src), "MyErr ('k',)\n");
    }

    #[test]
    fn comprehension_variables_do_not_leak() {
        let src = "x = 'outer'\nys = [x * 2 for x in range(3) if x]\nprint(ys, x, {k: k + 1 for k in [1]}, sorted({v % 2 for v in range(4)}))\n";
        assert_eq!(run(src), "[2, 4] outer {1: 2} [0, 1]\n");
    }

    #[test]
    fn tuple_unpacking_in_assignment_and_for() {
        let src =
            "a, (b, c) = 1, [2, 3]\nfor k, v in {'x': 1}.items():\n    print(k, v, a, b, c)\n";
        assert_eq!(run(src), "x 1 1 2 3\n");
    }
}

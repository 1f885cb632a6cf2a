//! The resolve pass between parser and evaluator: decides once, for every name in a module, where it
//! lives at run time, and writes that into the tree: a [`NameLoc`] on every name and binding, a
//! [`Layout`] on every function, lambda, comprehension and class body.
//!
//! It is CPython 3.11's `Python/symtable.c` (which classifies names) plus the half of
//! `Python/compile.c` that picks `LOAD_FAST`, `LOAD_DEREF`, `LOAD_GLOBAL`, `LOAD_NAME` or
//! `LOAD_CLASSDEREF` for a name, in three steps:
//!
//! 1. **collect**: walk the tree making one scope per module, `def`, `lambda`, comprehension and
//!    class body (in pre-order), recording how each scope uses each name (bound, parameter, read,
//!    declared `global`/`nonlocal`); misplaced declarations are reported here, as symtable does.
//! 2. **analyze**: top-down with the names enclosing functions bind, bottom-up with the names inner
//!    scopes need (symtable's `analyze_block`), so each name becomes local, cell, free, global
//!    explicit or global implicit; then each scope's slots are numbered.
//! 3. **annotate**: walk the tree again with the same walker, which now writes locators and layouts.
//!
//! Rules this follows from CPython 3.11: a comprehension or generator expression is a function
//! scope whose first iterable is evaluated in the enclosing scope; a class body's names are not
//! visible in the functions and comprehensions inside it; a name free in a class body is looked up
//! in the class namespace first, then in the enclosing function's cell; a free variable of a method
//! that the class body also binds still comes from the enclosing function (the class passes the cell
//! through); `except ... as e` binds a local; `global` in a function hides enclosing bindings from
//! the scopes inside it. Not modelled: the implicit `__class__` cell (zero-argument `super()` uses
//! the function's owner class instead), so a method that names `__class__` sees a global.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use crate::syntax::ast::{
    Comprehension, Expr, ExprKind, Layout, Module, Name, NameLoc, Params, Pattern, PatternKind,
    Stmt, StmtKind,
};
use crate::syntax::constants::Constants;
use crate::syntax::parser::SyntaxError;

/// How a scope uses a name: a set of the flags below (symtable's `DEF_*` and `USE`).
type Flags = u8;
/// Assigned, deleted, a `for` or `except ... as` target, or a `def`/`class` name.
const DEF_LOCAL: Flags = 1;
/// A parameter.
const DEF_PARAM: Flags = 2;
/// Bound by `import`.
const DEF_IMPORT: Flags = 4;
/// Declared `global`.
const DEF_GLOBAL: Flags = 8;
/// Declared `nonlocal`.
const DEF_NONLOCAL: Flags = 16;
/// Read.
const USE: Flags = 32;
/// In a class body: bound there, and also free in a scope inside it, so the class passes the
/// enclosing cell through while its own code uses the class namespace.
const DEF_FREE_CLASS: Flags = 64;
/// A comprehension's iteration variable, which `:=` may not rebind (CPython's `DEF_COMP_ITER`).
const DEF_COMP_ITER: Flags = 128;
/// Any binding in the scope itself.
const DEF_BOUND: Flags = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// The kinds of scope; lambdas and comprehensions are function scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    Module,
    Function,
    Class,
}

/// What analysis decided a name is in one scope (symtable's scope constants).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Binding {
    /// Bound in this scope and used only here.
    Local,
    /// Bound in this function scope and captured by a scope inside it.
    Cell,
    /// Bound in an enclosing function scope.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound in this scope or any enclosing function: the module namespace, then builtins.
    GlobalImplicit,
}

/// One name in one scope.
#[derive(Debug)]
struct Symbol {
    flags: Flags,
    binding: Binding,
    /// The frame slot (a function's local, cell or free variable; a class body's free variable).
    slot: u32,
}

/// One scope's names, as collected and then analysed.
#[derive(Debug)]
struct ScopeData {
    kind: ScopeKind,
    /// The function or class name, `<lambda>`, `<listcomp>`, ...: for tests and messages.
    name: Name,
    /// Where the scope's definition starts.
    line: u32,
    col: u32,
    parent: Option<usize>,
    children: Vec<usize>,
    /// The names the scope uses, in first-use order (parameters first in a function).
    order: Vec<Name>,
    symbols: HashMap<Name, Symbol>,
    /// Where the first `global` or `nonlocal` statement naming each name is: analysis errors
    /// point there, as CPython's `error_at_directive` does.
    directives: HashMap<Name, (u32, u32)>,
    /// How many parameters a function scope has (they are `order`'s first names).
    params: u32,
    layout: Layout,
    /// The scope contains `yield` (a function) or is a generator expression.
    generator: bool,
    /// The scope has a `try` or `with` statement (code that a generator's `close()` could run).
    handlers: bool,
    /// The module scope of code `exec`/`eval` run with locals apart from the globals: its names
    /// live in the locals, as a class body's do.
    separate_locals: bool,
}

/// Which walk the shared walker is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pass {
    Collect,
    Annotate,
}

/// What a name expression does to its variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

type Resolved<T> = Result<T, SyntaxError>;

/// Resolves every name in `module` (see the module doc) and marks it resolved.
///
/// # Errors
/// The first scoping error CPython 3.11 reports at compile time: a `global` or `nonlocal`
/// declaration after the name's use or binding or of a parameter, `nonlocal` without an enclosing
/// binding or at module level, a name both `global` and `nonlocal`.
pub fn resolve(module: &mut Module) -> Resolved<()> {
    resolve_as(module, false)
}

/// Resolves code that `exec` or `eval` runs with a locals mapping apart from its globals: the
/// top-level names read the locals, then the globals, then builtins, and bind in the locals
/// (CPython's `LOAD_NAME`/`STORE_NAME`), as a class body's names do; names declared `global` and
/// the names of functions defined in it are as in a module.
///
/// # Errors
/// As [`resolve`].
pub fn resolve_with_locals(module: &mut Module) -> Resolved<()> {
    resolve_as(module, true)
}

fn resolve_as(module: &mut Module, separate_locals: bool) -> Resolved<()> {
    let mut r = Resolver {
        pass: Pass::Collect,
        scopes: Vec::new(),
        stack: Vec::new(),
        entered: 0,
        in_comp_target: false,
        constants: Constants::default(),
    };
    r.walk_module(module)?;
    r.analyze(0, None, &HashSet::new())?;
    r.link_free_variables()?;
    if let Some(top) = r.scopes.first_mut() {
        top.separate_locals = separate_locals;
    }
    r.pass = Pass::Annotate;
    r.entered = 0;
    r.walk_module(module)?;
    module.resolved = true;
    Ok(())
}

/// The walker, both passes: collecting records each name's use in the scope being walked;
/// annotating writes the analysed locator instead. One walker for both keeps their scope order
/// (pre-order, indices into `scopes`) the same by construction.
struct Resolver {
    pass: Pass,
    /// Every scope, in pre-order; index 0 is the module.
    scopes: Vec<ScopeData>,
    /// The scopes being walked, innermost last.
    stack: Vec<usize>,
    /// How many scopes this pass has entered: the next one's index.
    entered: usize,
    /// Walking a comprehension's `for` target: names bound are iteration variables.
    in_comp_target: bool,
    /// The unit's constants: the annotate walk gives each its shared slot.
    constants: Constants,
}

impl Resolver {
    fn walk_module(&mut self, module: &mut Module) -> Resolved<()> {
        self.enter(ScopeKind::Module, Name::from("<module>"), 1, 1);
        self.block(&mut module.body)?;
        self.leave();
        Ok(())
    }

    fn enter(&mut self, kind: ScopeKind, name: Name, line: u32, col: u32) {
        let index = self.entered;
        self.entered += 1;
        if self.pass == Pass::Collect {
            let parent = self.stack.last().copied();
            if let Some(p) = parent {
                self.scopes[p].children.push(index);
            }
            self.scopes.push(ScopeData {
                kind,
                name,
                line,
                col,
                parent,
                children: Vec::new(),
                order: Vec::new(),
                symbols: HashMap::new(),
                directives: HashMap::new(),
                params: 0,
                layout: Layout::default(),
                generator: false,
                handlers: false,
                separate_locals: false,
            });
        }
        self.stack.push(index);
    }

    /// Leaves the innermost scope, returning its layout (empty while collecting).
    fn leave(&mut self) -> Rc<Layout> {
        let index = self.stack.pop().unwrap_or(0);
        Rc::new(self.scopes[index].layout.clone())
    }

    fn current(&self) -> usize {
        self.stack.last().copied().unwrap_or(0)
    }

    /// A name used with `flags` in the current scope: recorded, or located.
    fn name(&mut self, name: &Name, flags: Flags, loc: &mut NameLoc) {
        let scope = self.current();
        let flags = if self.in_comp_target && flags == DEF_LOCAL {
            flags | DEF_COMP_ITER
        } else {
            flags
        };
        match self.pass {
            Pass::Collect => self.scopes[scope].add(name, flags),
            Pass::Annotate => *loc = self.scopes[scope].locate(name),
        }
    }

    fn params(&mut self, params: &Params) {
        if self.pass == Pass::Annotate {
            return;
        }
        let scope = self.current();
        // CPython's `co_varnames` order, which `bind_args` relies on.
        let names = params
            .positional
            .iter()
            .chain(&params.kwonly)
            .map(|p| &p.name);
        for name in names.chain(params.vararg.iter()).chain(params.kwarg.iter()) {
            self.scopes[scope].add(name, DEF_PARAM);
            self.scopes[scope].params += 1;
        }
    }

    fn defaults(&mut self, params: &mut Params) -> Resolved<()> {
        for p in params.positional.iter_mut().chain(&mut params.kwonly) {
            if let Some(d) = &mut p.default {
                self.expr(d, Ctx::Load)?;
            }
        }
        let annotations = params.positional.iter_mut().chain(&mut params.kwonly);
        let annotations = annotations.filter_map(|p| p.annotation.as_mut());
        for a in annotations
            .chain(params.vararg_annotation.as_mut())
            .chain(params.kwarg_annotation.as_mut())
        {
            self.expr(a, Ctx::Load)?;
        }
        Ok(())
    }

    /// `global` or `nonlocal` (`flag`) naming `names`, in a statement at `line`, `col`.
    fn declare(&mut self, names: &[Name], flag: Flags, line: u32, col: u32) -> Resolved<()> {
        if self.pass == Pass::Annotate {
            return Ok(());
        }
        let what = if flag == DEF_GLOBAL {
            "global"
        } else {
            "nonlocal"
        };
        let scope = &mut self.scopes[self.stack.last().copied().unwrap_or(0)];
        for name in names {
            let cur = scope.symbols.get(name).map_or(0, |s| s.flags);
            if cur & (DEF_PARAM | DEF_LOCAL | USE) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(SyntaxError::new(msg, line, col));
            }
            scope.add(name, flag);
            scope.directives.entry(name.clone()).or_insert((line, col));
        }
        Ok(())
    }

    /// A `case` pattern: its values and classes are loads, the names it captures stores.
    fn pattern(&mut self, p: &mut Pattern) -> Resolved<()> {
        match &mut p.kind {
            PatternKind::Value(e) | PatternKind::Singleton(e) => self.expr(e, Ctx::Load),
            PatternKind::Capture(e) | PatternKind::Star(Some(e)) => self.expr(e, Ctx::Store),
            PatternKind::Wildcard | PatternKind::Star(None) => Ok(()),
            PatternKind::Sequence(items) | PatternKind::Or(items) => {
                items.iter_mut().try_for_each(|i| self.pattern(i))
            }
            PatternKind::Mapping { keys, values, rest } => {
                for k in keys {
                    self.expr(k, Ctx::Load)?;
                }
                for v in values {
                    self.pattern(v)?;
                }
                match rest {
                    Some(r) => self.expr(r, Ctx::Store),
                    None => Ok(()),
                }
            }
            PatternKind::Class { cls, args, kwargs } => {
                self.expr(cls, Ctx::Load)?;
                for a in args {
                    self.pattern(a)?;
                }
                kwargs.iter_mut().try_for_each(|(_, k)| self.pattern(k))
            }
            PatternKind::As(inner, target) => {
                self.pattern(inner)?;
                self.expr(target, Ctx::Store)
            }
        }
    }

    fn block(&mut self, body: &mut [Stmt]) -> Resolved<()> {
        body.iter_mut().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, stmt: &mut Stmt) -> Resolved<()> {
        let (line, col) = (stmt.line, stmt.col);
        if matches!(stmt.kind, StmtKind::Try { .. } | StmtKind::With { .. }) {
            let current = self.current();
            self.scopes[current].handlers = true;
        }
        match &mut stmt.kind {
            StmtKind::Expr(e) => self.expr(e, Ctx::Load)?,
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.expr(t, Ctx::Store)?;
                }
                self.expr(value, Ctx::Load)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                if let Some(v) = value {
                    self.expr(v, Ctx::Load)?;
                }
                self.expr(target, Ctx::Store)?;
                self.expr(annotation, Ctx::Load)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target, Ctx::Store)?;
                self.expr(value, Ctx::Load)?;
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.expr(t, Ctx::Del)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Return(value) => {
                if let Some(v) = value {
                    self.expr(v, Ctx::Load)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                for e in [exc, cause].into_iter().flatten() {
                    self.expr(e, Ctx::Load)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test, Ctx::Load)?;
                if let Some(m) = msg {
                    self.expr(m, Ctx::Load)?;
                }
            }
            StmtKind::Global(names) => self.declare(names, DEF_GLOBAL, line, col)?,
            StmtKind::Nonlocal(names) => self.declare(names, DEF_NONLOCAL, line, col)?,
            StmtKind::ImportFrom { names, .. } if names.is_empty() => {
                // `from m import *` binds names known only at run time, so CPython allows it only
                // where names live in a namespace: at module level.
                let scope = *self.stack.last().expect("inside the module scope");
                if self.scopes[scope].kind != ScopeKind::Module {
                    return Err(SyntaxError::new(
                        "import * only allowed at module level",
                        line,
                        col,
                    ));
                }
            }
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for a in aliases {
                    let bound = a.bound_name();
                    self.name(&bound, DEF_IMPORT, &mut a.loc);
                }
            }
            StmtKind::If { branches, orelse } => {
                for b in branches {
                    self.expr(&mut b.test, Ctx::Load)?;
                    self.block(&mut b.body)?;
                }
                self.block(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test, Ctx::Load)?;
                self.block(body)?;
                self.block(orelse)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(target, Ctx::Store)?;
                self.expr(iter, Ctx::Load)?;
                self.block(body)?;
                self.block(orelse)?;
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&mut item.context, Ctx::Load)?;
                    if let Some(t) = &mut item.target {
                        self.expr(t, Ctx::Store)?;
                    }
                }
                self.block(body)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                // symtable's order: the body, `else`, the handlers, `finally`.
                self.block(body)?;
                self.block(orelse)?;
                for h in handlers {
                    if let Some(t) = &mut h.typ {
                        self.expr(t, Ctx::Load)?;
                    }
                    if let Some(n) = &h.name {
                        self.name(n, DEF_LOCAL, &mut h.loc);
                    }
                    self.block(&mut h.body)?;
                }
                self.block(finalbody)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject, Ctx::Load)?;
                for case in cases {
                    self.pattern(&mut case.pattern)?;
                    if let Some(g) = &mut case.guard {
                        self.expr(g, Ctx::Load)?;
                    }
                    self.block(&mut case.body)?;
                }
            }
            StmtKind::FunctionDef(def) => {
                let def = Rc::make_mut(def);
                self.name(&def.name, DEF_LOCAL, &mut def.loc);
                self.defaults(&mut def.params)?;
                if let Some(r) = &mut def.returns {
                    self.expr(r, Ctx::Load)?;
                }
                for d in &mut def.decorators {
                    self.expr(d, Ctx::Load)?;
                }
                self.enter(ScopeKind::Function, def.name.clone(), line, col);
                self.params(&def.params);
                self.block(&mut def.body)?;
                let mut layout = self.leave();
                if let Some(layout) = Rc::get_mut(&mut layout) {
                    layout.flat = layout.generator
                        && !layout.handlers
                        && crate::syntax::flat_yield::runs_flat(&def.body);
                }
                def.layout = layout;
            }
            StmtKind::ClassDef(def) => {
                self.name(&def.name, DEF_LOCAL, &mut def.loc);
                for b in &mut def.bases {
                    self.expr(b, Ctx::Load)?;
                }
                for k in &mut def.keywords {
                    self.expr(&mut k.value, Ctx::Load)?;
                }
                for d in &mut def.decorators {
                    self.expr(d, Ctx::Load)?;
                }
                self.enter(ScopeKind::Class, def.name.clone(), line, col);
                self.block(&mut def.body)?;
                def.layout = self.leave();
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &mut Expr, ctx: Ctx) -> Resolved<()> {
        if self.pass == Pass::Annotate && ctx == Ctx::Load {
            e.constant = self.constants.slot_for(e);
        }
        let (line, col) = (e.line, e.col);
        match &mut e.kind {
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Ellipsis => {}
            ExprKind::Name(name, loc) => {
                let flags = if ctx == Ctx::Load { USE } else { DEF_LOCAL };
                self.name(name, flags, loc);
            }
            ExprKind::List(items) | ExprKind::Tuple(items) => {
                for item in items {
                    self.expr(item, ctx)?;
                }
            }
            ExprKind::Starred(inner) => self.expr(inner, ctx)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value, Ctx::Load)?;
                if let ExprKind::Name(name, loc) = &mut target.kind {
                    self.named_target(name, loc, line, col)?;
                }
            }
            ExprKind::Set(items) | ExprKind::JoinedStr(items) => self.exprs(items)?,
            ExprKind::FormattedValue { value, spec, .. } => {
                self.expr(value, Ctx::Load)?;
                if let Some(spec) = spec {
                    self.expr(spec, Ctx::Load)?;
                }
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    if let Some(k) = k {
                        self.expr(k, Ctx::Load)?;
                    }
                    self.expr(v, Ctx::Load)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left, Ctx::Load)?;
                self.expr(right, Ctx::Load)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand, Ctx::Load)?,
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left, Ctx::Load)?;
                self.exprs(comparators)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test, Ctx::Load)?;
                self.expr(body, Ctx::Load)?;
                self.expr(orelse, Ctx::Load)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func, Ctx::Load)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&mut k.value, Ctx::Load)?;
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value, Ctx::Load)?,
            ExprKind::Subscript { value, index } => {
                self.expr(value, Ctx::Load)?;
                self.expr(index, Ctx::Load)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part, Ctx::Load)?;
                }
            }
            ExprKind::Lambda(lambda) => {
                let lambda = Rc::make_mut(lambda);
                self.defaults(&mut lambda.params)?;
                self.enter(ScopeKind::Function, Name::from("<lambda>"), line, col);
                self.params(&lambda.params);
                self.expr(&mut lambda.body, Ctx::Load)?;
                lambda.layout = self.leave();
            }
            ExprKind::ListComp {
                elt,
                generators,
                layout,
            } => self.comprehension("<listcomp>", generators, &mut [elt], layout, line, col)?,
            ExprKind::SetComp {
                elt,
                generators,
                layout,
            } => self.comprehension("<setcomp>", generators, &mut [elt], layout, line, col)?,
            ExprKind::GeneratorExp {
                elt,
                generators,
                layout,
            } => {
                let (generators, elt) = (Rc::make_mut(generators), Rc::make_mut(elt));
                self.comprehension("<genexpr>", generators, &mut [elt], layout, line, col)?
            }
            ExprKind::Yield(value) => {
                self.yield_here(line, col)?;
                if let Some(v) = value {
                    self.expr(v, Ctx::Load)?;
                }
            }
            ExprKind::YieldFrom(value) => {
                self.yield_here(line, col)?;
                self.expr(value, Ctx::Load)?;
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
                layout,
            } => {
                let parts: &mut [&mut Expr] = &mut [value, key];
                self.comprehension("<dictcomp>", generators, parts, layout, line, col)?
            }
        }
        Ok(())
    }

    /// The target of `:=`. Outside comprehensions an ordinary binding; inside one, it binds in
    /// the nearest enclosing function (free in the comprehension) or the module (global there),
    /// as CPython's `symtable_extend_namedexpr_scope` decides, with its errors for rebinding an
    /// iteration variable and for a comprehension directly in a class body.
    fn named_target(
        &mut self,
        name: &Name,
        loc: &mut NameLoc,
        line: u32,
        col: u32,
    ) -> Resolved<()> {
        let current = self.current();
        if self.pass == Pass::Annotate || !self.scopes[current].is_comprehension() {
            self.name(name, DEF_LOCAL, loc);
            return Ok(());
        }
        for &index in self.stack.iter().rev() {
            let scope = &self.scopes[index];
            let flags = scope.symbols.get(name).map_or(0, |s| s.flags);
            if scope.is_comprehension() {
                if flags & DEF_COMP_ITER != 0 {
                    let msg = format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    );
                    return Err(SyntaxError::new(msg, line, col));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let flag = if flags & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.scopes[current].add(name, flag);
                    self.scopes[current]
                        .directives
                        .entry(name.clone())
                        .or_insert((line, col));
                    self.scopes[index].add(name, DEF_LOCAL);
                }
                ScopeKind::Module => {
                    self.scopes[current].add(name, DEF_GLOBAL);
                    self.scopes[index].add(name, DEF_LOCAL);
                }
                ScopeKind::Class => {
                    let msg =
                        "assignment expression within a comprehension cannot be used in a class body";
                    return Err(SyntaxError::new(msg, line, col));
                }
            }
            return Ok(());
        }
        Ok(())
    }

    fn exprs(&mut self, items: &mut [Expr]) -> Resolved<()> {
        items.iter_mut().try_for_each(|e| self.expr(e, Ctx::Load))
    }

    /// A comprehension: its first iterable in the enclosing scope, everything else in its own
    /// function scope (symtable's `symtable_handle_comprehension`), `parts` (the element, or the
    /// value then the key) last.
    fn comprehension(
        &mut self,
        what: &str,
        generators: &mut [Comprehension],
        parts: &mut [&mut Expr],
        layout: &mut Rc<Layout>,
        line: u32,
        col: u32,
    ) -> Resolved<()> {
        let Some((first, rest)) = generators.split_first_mut() else {
            return Ok(());
        };
        self.expr(&mut first.iter, Ctx::Load)?;
        self.enter(ScopeKind::Function, Name::from(what), line, col);
        self.in_comp_target = true;
        let bound = self.expr(&mut first.target, Ctx::Store);
        self.in_comp_target = false;
        bound?;
        self.exprs(&mut first.ifs)?;
        for g in rest {
            self.in_comp_target = true;
            let bound = self.expr(&mut g.target, Ctx::Store);
            self.in_comp_target = false;
            bound?;
            self.expr(&mut g.iter, Ctx::Load)?;
            self.exprs(&mut g.ifs)?;
        }
        for part in parts {
            self.expr(part, Ctx::Load)?;
        }
        if what == "<genexpr>" {
            let current = self.current();
            self.scopes[current].generator = true;
        }
        *layout = self.leave();
        Ok(())
    }

    /// A `yield` or `yield from` at `line`/`col`: makes the current function a generator, or is
    /// the `SyntaxError` CPython gives outside a function or inside a comprehension.
    fn yield_here(&mut self, line: u32, col: u32) -> Resolved<()> {
        let current = self.current();
        let scope = &mut self.scopes[current];
        let msg = match (scope.kind, &*scope.name) {
            (ScopeKind::Module | ScopeKind::Class, _) => "'yield' outside function",
            (_, "<listcomp>") => "'yield' inside list comprehension",
            (_, "<setcomp>") => "'yield' inside set comprehension",
            (_, "<dictcomp>") => "'yield' inside dict comprehension",
            (_, "<genexpr>") => "'yield' inside generator expression",
            _ => {
                scope.generator = true;
                return Ok(());
            }
        };
        Err(SyntaxError::new(msg, line, col))
    }
}

impl ScopeData {
    /// Whether this is a comprehension's or generator expression's own scope.
    fn is_comprehension(&self) -> bool {
        self.kind == ScopeKind::Function
            && matches!(
                &*self.name,
                "<listcomp>" | "<setcomp>" | "<dictcomp>" | "<genexpr>"
            )
    }

    fn add(&mut self, name: &Name, flags: Flags) {
        match self.symbols.get_mut(name) {
            Some(s) => s.flags |= flags,
            None => {
                self.order.push(name.clone());
                self.symbols.insert(
                    name.clone(),
                    Symbol {
                        flags,
                        binding: Binding::GlobalImplicit,
                        slot: 0,
                    },
                );
            }
        }
    }

    /// Where `name` lives in this scope, once analysed (`compiler_nameop`'s choice).
    fn locate(&self, name: &str) -> NameLoc {
        let Some(sym) = self.symbols.get(name) else {
            return if self.separate_locals {
                NameLoc::Class
            } else {
                NameLoc::Global
            };
        };
        match (self.kind, sym.binding) {
            (ScopeKind::Module, Binding::GlobalExplicit) => NameLoc::Global,
            (ScopeKind::Module, _) if self.separate_locals => NameLoc::Class,
            (ScopeKind::Module, _) => NameLoc::Global,
            (_, Binding::GlobalExplicit) => NameLoc::Global,
            (ScopeKind::Function, Binding::Local) => NameLoc::Fast(sym.slot),
            (ScopeKind::Function, Binding::Cell) => NameLoc::Cell(sym.slot),
            (ScopeKind::Function, Binding::Free) => NameLoc::Free(sym.slot),
            (ScopeKind::Function, Binding::GlobalImplicit) => NameLoc::Global,
            (ScopeKind::Class, Binding::Free) => NameLoc::ClassFree(sym.slot),
            (ScopeKind::Class, _) => NameLoc::Class,
        }
    }

    /// The slot holding `name`'s cell, for a scope defined inside this one that captures it.
    fn cell_slot(&self, name: &str) -> Option<u32> {
        let sym = self.symbols.get(name)?;
        let captured = match self.kind {
            ScopeKind::Function => matches!(sym.binding, Binding::Cell | Binding::Free),
            ScopeKind::Class => sym.binding == Binding::Free || sym.flags & DEF_FREE_CLASS != 0,
            ScopeKind::Module => false,
        };
        captured.then_some(sym.slot)
    }

    fn directive_error(&self, name: &str, msg: String) -> SyntaxError {
        let (line, col) = self
            .directives
            .get(name)
            .copied()
            .unwrap_or((self.line, self.col));
        SyntaxError::new(msg, line, col)
    }

    /// Numbers the slots (see [`Layout`]): a function's parameters, its other locals and cells in
    /// first-use order, then free variables by name; a class body's free variables by name.
    fn number_slots(&mut self) {
        let mut layout = Layout::default();
        if self.kind == ScopeKind::Function {
            for (i, name) in self.order.iter().enumerate() {
                let Some(sym) = self.symbols.get_mut(name) else {
                    continue;
                };
                let is_param = (i as u32) < self.params;
                if is_param || matches!(sym.binding, Binding::Local | Binding::Cell) {
                    sym.slot = layout.names.len() as u32;
                    if sym.binding == Binding::Cell {
                        layout.cells.push(sym.slot);
                    }
                    layout.names.push(name.clone());
                }
            }
        }
        layout.locals = layout.names.len() as u32;
        let mut free: Vec<Name> = self
            .symbols
            .iter()
            .filter(|(_, s)| {
                s.binding == Binding::Free
                    || (self.kind == ScopeKind::Class && s.flags & DEF_FREE_CLASS != 0)
            })
            .map(|(n, _)| n.clone())
            .collect();
        free.sort();
        for name in free {
            if let Some(sym) = self.symbols.get_mut(&name) {
                sym.slot = layout.names.len() as u32;
            }
            layout.names.push(name);
        }
        layout.generator = self.generator;
        layout.handlers = self.handlers;
        self.layout = layout;
    }
}

impl Resolver {
    /// symtable's `analyze_block` for scope `index`: classifies its names given the names enclosing
    /// functions bind (`bound`; `None` for the module) and the names declared global around it,
    /// recurses into its children, turns locals they capture into cells, and numbers its slots.
    /// Returns the names free in it or its children that an enclosing scope must provide.
    fn analyze(
        &mut self,
        index: usize,
        bound: Option<&HashSet<Name>>,
        global: &HashSet<Name>,
    ) -> Resolved<HashSet<Name>> {
        let kind = self.scopes[index].kind;
        let mut bound = bound.cloned();
        let mut global = global.clone();
        let mut local = HashSet::new();
        let mut free = HashSet::new();
        let mut new_bound = HashSet::new();
        let mut new_global = HashSet::new();
        // A class namespace is invisible to the scopes inside it: they see what the class saw.
        if kind == ScopeKind::Class {
            new_global.extend(global.iter().cloned());
            new_bound.extend(bound.iter().flatten().cloned());
        }
        for name in self.scopes[index].order.clone() {
            let binding = self.analyze_name(
                index,
                &name,
                bound.as_mut(),
                &mut local,
                &mut free,
                &mut global,
            )?;
            if let Some(sym) = self.scopes[index].symbols.get_mut(&name) {
                sym.binding = binding;
            }
        }
        if kind != ScopeKind::Class {
            if kind == ScopeKind::Function {
                new_bound.extend(local.iter().cloned());
            }
            new_bound.extend(bound.iter().flatten().cloned());
            new_global.extend(global.iter().cloned());
        }
        let mut new_free = HashSet::new();
        for child in self.scopes[index].children.clone() {
            new_free.extend(self.analyze(child, Some(&new_bound), &new_global)?);
        }
        let scope = &mut self.scopes[index];
        if kind == ScopeKind::Function {
            for (name, sym) in scope.symbols.iter_mut() {
                if sym.binding == Binding::Local && new_free.remove(name) {
                    sym.binding = Binding::Cell;
                }
            }
        }
        // symtable's `update_symbols`: names inner scopes need from further out.
        let mut passed: Vec<&Name> = new_free.iter().collect();
        passed.sort();
        for name in passed {
            if let Some(sym) = scope.symbols.get_mut(name) {
                if kind == ScopeKind::Class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if !bound.as_ref().is_some_and(|b| b.contains(name)) {
                continue;
            }
            scope.order.push(name.clone());
            scope.symbols.insert(
                name.clone(),
                Symbol {
                    flags: 0,
                    binding: Binding::Free,
                    slot: 0,
                },
            );
        }
        free.extend(new_free);
        scope.number_slots();
        Ok(free)
    }

    /// symtable's `analyze_name`: what `name` is in scope `index`.
    fn analyze_name(
        &self,
        index: usize,
        name: &Name,
        bound: Option<&mut HashSet<Name>>,
        local: &mut HashSet<Name>,
        free: &mut HashSet<Name>,
        global: &mut HashSet<Name>,
    ) -> Resolved<Binding> {
        let scope = &self.scopes[index];
        let flags = scope.symbols.get(name).map_or(0, |s| s.flags);
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                let msg = format!("name '{name}' is nonlocal and global");
                return Err(scope.directive_error(name, msg));
            }
            global.insert(name.clone());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(Binding::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            let msg = match bound {
                None => "nonlocal declaration not allowed at module level".to_string(),
                Some(b) if !b.contains(name) => format!("no binding for nonlocal '{name}' found"),
                Some(_) => {
                    free.insert(name.clone());
                    return Ok(Binding::Free);
                }
            };
            return Err(scope.directive_error(name, msg));
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(name);
            return Ok(Binding::Local);
        }
        if bound.is_some_and(|b| b.contains(name)) {
            free.insert(name.clone());
            return Ok(Binding::Free);
        }
        Ok(Binding::GlobalImplicit)
    }

    /// Fills each scope's `free_from`: for each free variable, the slot of the enclosing scope that
    /// holds its cell. Needs every scope's slots numbered.
    fn link_free_variables(&mut self) -> Resolved<()> {
        for index in 0..self.scopes.len() {
            let scope = &self.scopes[index];
            let Some(parent) = scope.parent.map(|p| &self.scopes[p]) else {
                continue;
            };
            let free = &scope.layout.names[scope.layout.locals as usize..];
            let mut from = Vec::with_capacity(free.len());
            for name in free {
                match parent.cell_slot(name) {
                    Some(slot) => from.push(slot),
                    None => {
                        let msg = format!(
                            "minipy cannot resolve free variable '{name}' of {}",
                            scope.name
                        );
                        return Err(SyntaxError::new(msg, scope.line, scope.col));
                    }
                }
            }
            self.scopes[index].layout.free_from = from;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parser::parse_module;

    /// The analysed scopes of `source`.
    fn scopes(source: &str) -> Vec<ScopeData> {
        let mut module = parse_module(source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let mut r = Resolver {
            pass: Pass::Collect,
            scopes: Vec::new(),
            stack: Vec::new(),
            entered: 0,
            in_comp_target: false,
            constants: Constants::default(),
        };
        r.walk_module(&mut module).unwrap();
        r.analyze(0, None, &HashSet::new()).unwrap();
        r.link_free_variables().unwrap();
        r.scopes
    }

    /// What `name` is in the (first) scope called `scope`.
    fn binding(scopes: &[ScopeData], scope: &str, name: &str) -> Binding {
        let s = scopes
            .iter()
            .find(|s| &*s.name == scope)
            .unwrap_or_else(|| panic!("no scope {scope}"));
        s.symbols
            .get(name)
            .unwrap_or_else(|| panic!("no {name} in {scope}"))
            .binding
    }

    fn layout<'a>(scopes: &'a [ScopeData], scope: &str) -> &'a Layout {
        &scopes.iter().find(|s| &*s.name == scope).unwrap().layout
    }

    fn error(source: &str) -> (String, u32, u32) {
        let mut module = parse_module(source).unwrap();
        let e = resolve(&mut module).unwrap_err();
        (e.msg, e.line, e.col)
    }

    #[test]
    fn only_captured_locals_become_cells() {
        let s = scopes("def f(a, b):\n    t = 1\n    u = 2\n    return lambda: b + u\n");
        assert_eq!(binding(&s, "f", "a"), Binding::Local);
        assert_eq!(binding(&s, "f", "t"), Binding::Local);
        assert_eq!(binding(&s, "f", "b"), Binding::Cell);
        assert_eq!(binding(&s, "f", "u"), Binding::Cell);
        assert_eq!(binding(&s, "<lambda>", "b"), Binding::Free);
        let f = layout(&s, "f");
        assert_eq!(f.names, ["a", "b", "t", "u"].map(Name::from));
        assert_eq!(f.cells, [1, 3]);
        assert_eq!(layout(&s, "<lambda>").free_from, [1, 3]);
    }

    #[test]
    fn free_variables_pass_through_scopes_that_do_not_use_them() {
        let s = scopes("def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n    return g\n");
        assert_eq!(binding(&s, "f", "x"), Binding::Cell);
        assert_eq!(binding(&s, "g", "x"), Binding::Free);
        assert_eq!(binding(&s, "h", "x"), Binding::Free);
        assert_eq!(layout(&s, "g").free_from, [0]);
        assert_eq!(layout(&s, "g").names, ["h", "x"].map(Name::from));
        assert_eq!(layout(&s, "h").free_from, [1]);
    }

    #[test]
    fn global_declarations_hide_enclosing_bindings() {
        let s = scopes("def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            return x\n        return x\n");
        assert_eq!(binding(&s, "f", "x"), Binding::Local);
        assert_eq!(binding(&s, "g", "x"), Binding::GlobalExplicit);
        assert_eq!(binding(&s, "h", "x"), Binding::GlobalImplicit);
    }

    #[test]
    fn methods_skip_the_class_namespace_but_the_class_passes_cells_through() {
        let src = "def f():\n    x = 1\n    y = 2\n    class C:\n        x = 3\n        z = y\n        def m(self):\n            return x, z\n    return C\n";
        let s = scopes(src);
        assert_eq!(binding(&s, "f", "x"), Binding::Cell);
        assert_eq!(binding(&s, "C", "x"), Binding::Local);
        assert_eq!(binding(&s, "C", "y"), Binding::Free);
        assert_eq!(binding(&s, "m", "x"), Binding::Free);
        assert_eq!(binding(&s, "m", "z"), Binding::GlobalImplicit);
        let c = layout(&s, "C");
        assert_eq!(
            (c.locals, c.names.clone()),
            (0, ["x", "y"].map(Name::from).to_vec())
        );
        let mut module = parse_module(src).unwrap();
        resolve(&mut module).unwrap();
        let StmtKind::FunctionDef(f) = &module.body[0].kind else {
            panic!()
        };
        let StmtKind::ClassDef(c) = &f.body[2].kind else {
            panic!()
        };
        let StmtKind::Assign { targets, value } = &c.body[1].kind else {
            panic!()
        };
        assert!(matches!(targets[0].kind, ExprKind::Name(_, NameLoc::Class)));
        assert!(matches!(
            value.kind,
            ExprKind::Name(_, NameLoc::ClassFree(1))
        ));
    }

    #[test]
    fn walrus_in_a_comprehension_binds_in_the_enclosing_function_or_module() {
        let s = scopes("def f():\n    [t := x for x in range(3)]\n    return t\n");
        assert_eq!(binding(&s, "f", "t"), Binding::Cell);
        assert_eq!(binding(&s, "<listcomp>", "t"), Binding::Free);
        assert_eq!(binding(&s, "<listcomp>", "x"), Binding::Local);
        let s = scopes("[(t := a) for a in b]\n");
        assert_eq!(binding(&s, "<listcomp>", "t"), Binding::GlobalExplicit);
        let s = scopes("def f():\n    global t\n    [t := 1 for a in b]\n");
        assert_eq!(binding(&s, "<listcomp>", "t"), Binding::GlobalExplicit);
        let s = scopes("def f():\n    if (n := 1):\n        pass\n");
        assert_eq!(binding(&s, "f", "n"), Binding::Local);
        let rebind = error("[x := 1 for x in y]\n").0;
        assert_eq!(
            rebind,
            "assignment expression cannot rebind comprehension iteration variable 'x'"
        );
        let class = error("class C:\n    [z := 1 for a in b]\n").0;
        assert_eq!(
            class,
            "assignment expression within a comprehension cannot be used in a class body"
        );
    }

    #[test]
    fn comprehensions_are_function_scopes_whose_first_iterable_is_outside() {
        let src = "def f(xs):\n    return [lambda: x + y for x in xs for y in x]\n";
        let s = scopes(src);
        assert_eq!(binding(&s, "f", "xs"), Binding::Local);
        assert_eq!(binding(&s, "<listcomp>", "x"), Binding::Cell);
        assert_eq!(binding(&s, "<listcomp>", "y"), Binding::Cell);
        assert!(!s[2].symbols.contains_key("xs"));
        assert_eq!(binding(&s, "<lambda>", "x"), Binding::Free);
        let s = scopes("class C:\n    n = 2\n    ys = [n for _ in range(n)]\n");
        assert_eq!(binding(&s, "<listcomp>", "n"), Binding::GlobalImplicit);
        assert_eq!(binding(&s, "C", "n"), Binding::Local);
    }

    #[test]
    fn nonlocal_binds_the_enclosing_cell_and_handler_names_are_locals() {
        let s = scopes("def f():\n    n = 0\n    def g():\n        nonlocal n\n        n += 1\n        try:\n            pass\n        except E as e:\n            pass\n    return g\n");
        assert_eq!(binding(&s, "f", "n"), Binding::Cell);
        assert_eq!(binding(&s, "g", "n"), Binding::Free);
        assert_eq!(binding(&s, "g", "e"), Binding::Local);
        assert_eq!(binding(&s, "g", "E"), Binding::GlobalImplicit);
    }

    #[test]
    fn declaration_errors_match_cpython() {
        let cases = [
            (
                "def f():\n    x = 1\n    global x\n",
                "name 'x' is assigned to before global declaration",
                3,
                5,
            ),
            (
                "def f():\n    print(x)\n    global x\n",
                "name 'x' is used prior to global declaration",
                3,
                5,
            ),
            (
                "def f(x):\n    global x\n",
                "name 'x' is parameter and global",
                2,
                5,
            ),
            (
                "def f():\n    nonlocal x\n",
                "no binding for nonlocal 'x' found",
                2,
                5,
            ),
            (
                "class C:\n    nonlocal x\n",
                "no binding for nonlocal 'x' found",
                2,
                5,
            ),
            (
                "def f():\n    global x\n    nonlocal x\n",
                "name 'x' is nonlocal and global",
                2,
                5,
            ),
            (
                "nonlocal x\n",
                "nonlocal declaration not allowed at module level",
                1,
                1,
            ),
            (
                "def f():\n  y=1\n  def g():\n     pass ; nonlocal y, z\n",
                "no binding for nonlocal 'z' found",
                4,
                13,
            ),
            (
                "def f():\n    [x for x in range(3)]\n    def g():\n        nonlocal x\n",
                "no binding for nonlocal 'x' found",
                4,
                9,
            ),
            (
                "def f():\n    try: pass\n    except E as e: pass\n    global e\n",
                "name 'e' is assigned to before global declaration",
                4,
                5,
            ),
        ];
        for (src, msg, line, col) in cases {
            assert_eq!(error(src), (msg.to_string(), line, col), "{src}");
        }
        let mut ok = parse_module("def f():\n    import x\n    global x\n").unwrap();
        assert!(resolve(&mut ok).is_ok());
    }
}

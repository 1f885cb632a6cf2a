//! The syntax tree [`parse_module`](crate::syntax::parser::parse_module) builds: plain enums and structs that a
//! tree-walking evaluator matches on.
//!
//! Every statement and expression carries the 1-based line and column (in characters) of its first
//! character, so a runtime error can name the line it happened on. Function and lambda definitions sit
//! behind `Rc` so a function object can share its definition instead of copying the body.
//!
//! The parser leaves every [`NameLoc`] [`Unresolved`](NameLoc::Unresolved) and every [`Layout`]
//! empty; [`resolve`](crate::syntax::resolve::resolve) fills them in once, before the module runs, so the
//! evaluator never decides a name's scope at run time.
//!
//! The tree is shallow by construction: the parser rejects expressions nested more than
//! [`MAX_EXPR_DEPTH`](crate::syntax::parser::MAX_EXPR_DEPTH) levels and blocks nested more than
//! [`MAX_INDENT_DEPTH`](crate::syntax::lexer::MAX_INDENT_DEPTH), and `elif` chains are flat, so recursive walks
//! (including `Drop`) stay within a small stack.

use std::rc::Rc;

/// An identifier; `Rc` so the evaluator can clone names into scopes and objects cheaply.
pub type Name = Rc<str>;

/// A parsed source file.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    /// The top-level statements, in source order.
    pub body: Vec<Stmt>,
    /// Whether [`resolve`](crate::syntax::resolve::resolve) has written every locator and layout.
    pub resolved: bool,
}

/// Where a variable lives at run time, decided by the resolver from where the name is bound (as
/// CPython's `compiler_nameop` picks `LOAD_FAST`, `LOAD_DEREF`, `LOAD_GLOBAL`, `LOAD_NAME` or
/// `LOAD_CLASSDEREF`). Slot numbers index the running frame's slots, laid out by its [`Layout`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NameLoc {
    /// Parser output, not yet resolved; the evaluator refuses it (`SystemError`).
    #[default]
    Unresolved,
    /// A local of a function scope that no inner scope captures: the value is in the slot.
    Fast(u32),
    /// A local of a function scope captured by an inner scope: the slot holds its cell.
    Cell(u32),
    /// A variable of an enclosing function scope: the slot holds the cell from the closure.
    Free(u32),
    /// The module namespace, then builtins: names at module level, names declared `global`, and
    /// names a function uses without binding them anywhere around it.
    Global,
    /// A class body's own name: the class namespace, then the module namespace, then builtins.
    Class,
    /// A name a class body uses that an enclosing function binds: the class namespace first, then the
    /// cell in the slot (CPython's `LOAD_CLASSDEREF`); stores (after `nonlocal`) go to the cell.
    ClassFree(u32),
}

/// The frame layout of a function, lambda, comprehension or class body, written by the resolver.
///
/// A frame has `names.len()` slots: the scope's locals first (a function's parameters at the
/// front, in CPython's `co_varnames` order: positional, keyword-only, `*args`, `**kwargs`), then its free variables, sorted by name as
/// CPython orders `co_freevars` (so `__closure__` lists cells in CPython's order). A class body's
/// namespace is name-keyed, so its layout has free variables only.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    /// Every slot's variable name, for error messages and debugging.
    pub names: Vec<Name>,
    /// How many slots are locals; slot `locals + i` is free variable `i`.
    pub locals: u32,
    /// The local slots that hold cells (locals an inner scope captures), ascending. A frame makes
    /// these cells when it starts, moving a parameter's argument into its cell.
    pub cells: Vec<u32>,
    /// For free variable `i`, the slot of the *defining* frame that holds its cell: a function
    /// object copies those cells into its closure when it is made, a class body or comprehension
    /// when it starts.
    pub free_from: Vec<u32>,
    /// The scope contains `yield` or `yield from`: calling it makes a generator object.
    pub generator: bool,
    /// The scope has a `try` or `with` statement: closing it as a generator could run code.
    pub handlers: bool,
    /// A generator function with no `try` or `with` whose every `yield` is a statement of its
    /// own inside nothing but `if`, `while` and `for` blocks (`syntax::flat_yield`): it runs
    /// without a coroutine (`eval/gen_flat.rs`).
    pub flat: bool,
}

/// A statement and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    /// What the statement is.
    pub kind: StmtKind,
    /// Line of the statement's first token (for a decorated definition, the `def`/`class` line).
    pub line: u32,
    /// Column of the statement's first token.
    pub col: u32,
}

/// The kinds of statement.
#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// An expression evaluated for its effect, e.g. a call.
    Expr(Expr),
    /// `t1 = t2 = value`: `targets` are assigned left to right, each a valid target (a name, attribute,
    /// subscript, or tuple/list of targets).
    Assign {
        /// One or more targets; more than one for chained assignment.
        targets: Vec<Expr>,
        /// The right-hand side, evaluated once.
        value: Expr,
    },
    /// `target: annotation [= value]`. At module and class level the annotation is evaluated
    /// (after the value is assigned), and for a simple name stored in `__annotations__`; in a
    /// function it is not evaluated, as in CPython 3.11 without `from __future__ import annotations`.
    AnnAssign {
        /// A name, attribute or subscript.
        target: Expr,
        /// The annotation expression.
        annotation: Expr,
        /// The assigned value, if any.
        value: Option<Expr>,
        /// Whether `target` is a bare name (CPython's `simple`; minipy does not track
        /// parentheses, so `(x): int` counts as simple too).
        simple: bool,
    },
    /// `target op= value`; `target` is a name, attribute or subscript.
    AugAssign {
        /// The name, attribute or subscript updated in place.
        target: Expr,
        /// The operator (`+=` is [`BinOp::Add`]).
        op: BinOp,
        /// The right-hand side.
        value: Expr,
    },
    /// `del a, b.c, d[e]`: each target is a name, attribute, subscript, or tuple/list of targets.
    Del(Vec<Expr>),
    /// `pass`.
    Pass,
    /// `break`; only inside a loop body.
    Break,
    /// `continue`; only inside a loop body.
    Continue,
    /// `return [value]`; only inside a function body.
    Return(Option<Expr>),
    /// `raise [exc [from cause]]`.
    Raise {
        /// The exception or class to raise; `None` re-raises the one being handled.
        exc: Option<Expr>,
        /// The `from` clause.
        cause: Option<Expr>,
    },
    /// `assert test [, msg]`.
    Assert {
        /// The condition.
        test: Expr,
        /// The message passed to `AssertionError`.
        msg: Option<Expr>,
    },
    /// `global a, b`.
    Global(Vec<Name>),
    /// `nonlocal a, b`; only inside a function.
    Nonlocal(Vec<Name>),
    /// `import a, b.c as d`.
    Import(Vec<Alias>),
    /// `from module import a, b as c` or `from module import *`; `module` may be dotted, and
    /// relative (`from .mod import a`).
    ImportFrom {
        /// The module imported from (empty in `from . import a`).
        module: Name,
        /// The leading dots of a relative import (0 for an absolute one).
        level: u32,
        /// The names imported; none for `from module import *`.
        names: Vec<Alias>,
    },
    /// `if`/`elif`/`else`: the first branch whose test is true runs, else `orelse`.
    If {
        /// The `if` branch then each `elif` in order; never empty.
        branches: Vec<IfBranch>,
        /// The `else` block; empty when absent.
        orelse: Vec<Stmt>,
    },
    /// `while test: body else: orelse`; `orelse` runs when the loop ends without `break`.
    While {
        /// The loop condition.
        test: Expr,
        /// The loop body.
        body: Vec<Stmt>,
        /// The `else` block; empty when absent.
        orelse: Vec<Stmt>,
    },
    /// `for target in iter: body else: orelse`.
    For {
        /// A valid assignment target, e.g. a name or a tuple `k, v`.
        target: Expr,
        /// The iterable.
        iter: Expr,
        /// The loop body.
        body: Vec<Stmt>,
        /// The `else` block, run when the loop ends without `break`; empty when absent.
        orelse: Vec<Stmt>,
    },
    /// `try` with handlers, `else` and `finally`; at least one handler or a `finally` is present.
    Try {
        /// The guarded block.
        body: Vec<Stmt>,
        /// The `except` clauses in order; a bare `except:` can only be last.
        handlers: Vec<ExceptHandler>,
        /// Runs when `body` raised nothing; empty when absent (always empty without handlers).
        orelse: Vec<Stmt>,
        /// Runs on every way out; empty when absent.
        finalbody: Vec<Stmt>,
    },
    /// `with a as x, b: body`: each item's `__enter__` runs in order and its `__exit__` runs on
    /// every way out of the rest, as if the items were nested `with` statements.
    With {
        /// The context managers, outermost first; never empty.
        items: Vec<WithItem>,
        /// The guarded block.
        body: Vec<Stmt>,
    },
    /// `match subject:` with its `case` clauses (PEP 634), tried in order; the first whose
    /// pattern matches and whose guard is true runs.
    Match {
        /// The value matched, evaluated once.
        subject: Expr,
        /// The `case` clauses; never empty.
        cases: Vec<MatchCase>,
    },
    /// `def`.
    FunctionDef(Rc<FunctionDef>),
    /// `class`.
    ClassDef(Box<ClassDef>),
}

/// One `case pattern [if guard]: body` of a `match` statement.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchCase {
    /// The pattern.
    pub pattern: Pattern,
    /// The guard, evaluated after the pattern's names are bound.
    pub guard: Option<Expr>,
    /// The block run when the case matches.
    pub body: Vec<Stmt>,
}

/// A pattern of a `case` clause, with where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// What the pattern is.
    pub kind: PatternKind,
    /// Line of its first character.
    pub line: u32,
    /// Column of its first character.
    pub col: u32,
}

/// The kinds of pattern (PEP 634). Names a pattern binds are [`ExprKind::Name`] expressions in
/// store context, so the resolver and assignment treat them as any other target.
#[derive(Debug, Clone, PartialEq)]
pub enum PatternKind {
    /// A literal (number, string, negative number) or a dotted name: matches what compares `==`.
    Value(Expr),
    /// `None`, `True` or `False`: matches by identity.
    Singleton(Expr),
    /// A bare name: always matches and binds the subject.
    Capture(Expr),
    /// `_`: always matches, binds nothing.
    Wildcard,
    /// `[p, ...]` or `(p, ...)` or `p, ...`: a sequence (not str) of matching length; at most one
    /// element is a [`PatternKind::Star`].
    Sequence(Vec<Pattern>),
    /// `*name` (`None` for `*_`) inside a sequence pattern: takes the remaining items as a list.
    Star(Option<Expr>),
    /// `{key: p, ..., **rest}`: a mapping with every key, each value matching.
    Mapping {
        /// The keys: literals or dotted names.
        keys: Vec<Expr>,
        /// The pattern each key's value must match.
        values: Vec<Pattern>,
        /// `**rest`: binds a dict of the other items.
        rest: Option<Expr>,
    },
    /// `Cls(p, ..., attr=p, ...)`: an instance of `cls` whose `__match_args__` attributes and
    /// named attributes match.
    Class {
        /// The class: a name or dotted name.
        cls: Expr,
        /// Positional sub-patterns.
        args: Vec<Pattern>,
        /// Keyword sub-patterns, names unique.
        kwargs: Vec<(Name, Pattern)>,
    },
    /// `p | q | ...`: the first alternative that matches; all bind the same names.
    Or(Vec<Pattern>),
    /// `p as name`.
    As(Box<Pattern>, Expr),
}

/// One `context [as target]` of a `with` statement.
#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    /// The context manager expression.
    pub context: Expr,
    /// What `__enter__`'s result is assigned to: any single assignment target.
    pub target: Option<Expr>,
}

/// One `if` or `elif` test and the block it guards.
#[derive(Debug, Clone, PartialEq)]
pub struct IfBranch {
    /// The condition.
    pub test: Expr,
    /// The block run when `test` is true.
    pub body: Vec<Stmt>,
}

/// An `except` clause.
#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    /// The exception class (or tuple of classes) matched; `None` for a bare `except:`.
    pub typ: Option<Expr>,
    /// The `as` name bound to the exception (and unbound when the handler ends).
    pub name: Option<Name>,
    /// Where `name` lives.
    pub loc: NameLoc,
    /// The handler block.
    pub body: Vec<Stmt>,
    /// `except*` (PEP 654): the handler gets the matching part of an exception group.
    pub star: bool,
    /// Line of the `except` keyword.
    pub line: u32,
    /// Column of the `except` keyword.
    pub col: u32,
}

/// A name in an import statement: `name [as asname]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    /// The imported name; dotted (`a.b`) only in `import`.
    pub name: Name,
    /// The name bound instead, if any.
    pub asname: Option<Name>,
    /// Where the bound name lives.
    pub loc: NameLoc,
}

impl Alias {
    /// The variable the import binds: `asname`, else the first component of `name` (`import a.b`
    /// binds `a`).
    pub fn bound_name(&self) -> Name {
        match &self.asname {
            Some(n) => n.clone(),
            None => match self.name.split_once('.') {
                Some((first, _)) => Name::from(first),
                None => self.name.clone(),
            },
        }
    }
}

/// A `def` statement.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    /// The function's name.
    pub name: Name,
    /// The parameter list; defaults are evaluated when the `def` runs.
    pub params: Params,
    /// The `-> annotation`, evaluated when the `def` runs.
    pub returns: Option<Expr>,
    /// The function body; never empty.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first; applied bottom-up after the function is created.
    pub decorators: Vec<Expr>,
    /// Line of the `def` keyword.
    pub line: u32,
    /// Where the defining scope binds `name`.
    pub loc: NameLoc,
    /// The frame layout of a call.
    pub layout: Rc<Layout>,
}

/// A `class` statement.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    /// The class's name.
    pub name: Name,
    /// Base class expressions, in order (usually zero or one).
    pub bases: Vec<Expr>,
    /// Keyword arguments of the class statement (`metaclass=M`, and those `__init_subclass__`
    /// receives), in order; `**kw` is not supported (the parser rejects it).
    pub keywords: Vec<Keyword>,
    /// The class body, run once to fill the class namespace.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first.
    pub decorators: Vec<Expr>,
    /// Line of the `class` keyword.
    pub line: u32,
    /// Where the defining scope binds `name`.
    pub loc: NameLoc,
    /// The body's frame layout (free variables only: the namespace is name-keyed).
    pub layout: Rc<Layout>,
}

/// A parameter list of a `def` or `lambda`: positional parameters (the first `posonly` of them
/// before `/`), then `*args` or a bare `*`, then keyword-only parameters, then `**kwargs`.
///
/// Names are unique, and once one positional parameter has a default all later positional ones
/// do (keyword-only ones may have defaults in any order).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params {
    /// Positional parameters, in order, positional-only ones first.
    pub positional: Vec<Param>,
    /// How many of `positional` are positional-only (before `/`).
    pub posonly: usize,
    /// The `*args` name.
    pub vararg: Option<Name>,
    /// The `*args` annotation.
    pub vararg_annotation: Option<Expr>,
    /// Keyword-only parameters (after `*` or `*args`), in order.
    pub kwonly: Vec<Param>,
    /// The `**kwargs` name.
    pub kwarg: Option<Name>,
    /// The `**kwargs` annotation.
    pub kwarg_annotation: Option<Expr>,
}

impl Params {
    /// How many positional parameters have a default: the first entries of a function's
    /// `defaults`, which the keyword-only defaults follow.
    pub fn positional_defaults(&self) -> usize {
        self.positional
            .iter()
            .filter(|p| p.default.is_some())
            .count()
    }
}

/// One positional or keyword-only parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// The parameter's name.
    pub name: Name,
    /// The default value expression.
    pub default: Option<Expr>,
    /// The annotation (`def` only), evaluated when the `def` runs.
    pub annotation: Option<Expr>,
}

/// A `lambda` expression's definition.
#[derive(Debug, Clone, PartialEq)]
pub struct Lambda {
    /// The parameter list.
    pub params: Params,
    /// The returned expression.
    pub body: Expr,
    /// The frame layout of a call.
    pub layout: Rc<Layout>,
}

/// Where an expression's text lies, as CPython's `lineno`, `col_offset`, `end_lineno` and
/// `end_col_offset` (columns 1-based, in characters): the extent traceback markers underline.
/// `line == 0` when the parser recorded none (the markers are then left out).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    /// Line of the first character.
    pub line: u32,
    /// Column of the first character.
    pub col: u32,
    /// Line of the last character.
    pub end_line: u32,
    /// Column just past the last character.
    pub end_col: u32,
}

impl Span {
    /// Whether the parser recorded this span.
    pub fn is_known(&self) -> bool {
        self.line != 0
    }
}

/// An expression and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    /// What the expression is.
    pub kind: ExprKind,
    /// Line of the expression's first character (for a call, attribute or subscript: of the object
    /// expression it applies to; for a binary operation: of its left operand). Parentheses around an
    /// expression leave no node: `(a + b)` has the position of `a`.
    pub line: u32,
    /// Column of the expression's first character.
    pub col: u32,
    /// The expression's own text, as CPython's node positions: a call, attribute, subscript,
    /// binary operation or comparison starts where its first operand's `outer` does.
    pub span: Span,
    /// `span` with the parentheses written around the expression, if any.
    pub outer: Span,
    /// For a global name: where the evaluator last found it (see [`Hint`]).
    pub hint: Hint,
    /// For a constant (a number, string or bytes literal, or a tuple display of constants): the
    /// object it evaluates to, shared with every equal constant of its compilation unit (set by
    /// the resolver; see [`ConstSlot`]).
    pub constant: Option<Rc<ConstSlot>>,
}

/// The object a constant evaluates to, made at its first evaluation and shared by every equal
/// constant of the compilation unit the resolver saw (one module, one `exec` or `eval` string):
/// CPython keeps a code object's constants in `co_consts`, and its compiler merges equal ones
/// across the unit's code objects, so `"a b" is "a b"` holds, and a literal in a loop is the
/// same object at every iteration. The slot holds a heap handle with the number of the
/// interpreter that made it (another interpreter running the same tree makes its own); that
/// interpreter roots the object while the slot exists.
#[derive(Default)]
pub struct ConstSlot(std::cell::Cell<Option<(u32, weakgc::GcAny)>>);

impl ConstSlot {
    /// The object interpreter `owner` made for this constant, if it made one.
    #[inline(always)]
    pub fn get(&self, owner: u32) -> Option<weakgc::GcAny> {
        match self.0.get() {
            Some((o, v)) if o == owner => Some(v),
            _ => None,
        }
    }

    /// Records the object interpreter `owner` made for this constant.
    pub fn set(&self, owner: u32, value: weakgc::GcAny) {
        self.0.set(Some((owner, value)));
    }
}

impl PartialEq for ConstSlot {
    /// Trees compare by their text: what a constant evaluated to is not part of it.
    fn eq(&self, _: &ConstSlot) -> bool {
        true
    }
}

impl std::fmt::Debug for ConstSlot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ConstSlot")
    }
}

/// A position the evaluator found something at, remembered in the tree to look there first next
/// time: for a global name, its entry in the module namespace or in builtins; for an attribute,
/// its position in the instance's shape or the class's namespace; for a method call on a builtin
/// object, the method's place in its type's method table. Only ever a hint: whatever it points
/// at is used only after checking that it still binds that very name (`Attrs::get_at`), so it
/// needs no invalidation and holds no object. It takes no part in comparing or cloning trees.
#[derive(Default)]
pub struct Hint(std::cell::Cell<Remembered>);

/// What a [`Hint`] remembers.
#[derive(Clone, Copy, Default)]
enum Remembered {
    #[default]
    Nothing,
    /// A position in the table searched first (module namespace, shape, class namespace).
    At(u32),
    /// A position in builtins, found while the module namespace's set of names was the one
    /// numbered `keys` (`Attrs::keys_version`): valid while it still is (the global cannot have
    /// been bound since, and nothing else changed), and never for the number 0.
    Builtin { keys: u32, at: u32 },
    /// A method's index in the method table of the builtin type numbered `kind`.
    Method { kind: u8, index: u8 },
}

impl Hint {
    /// The remembered position, if any.
    #[inline]
    pub fn get(&self) -> Option<usize> {
        match self.0.get() {
            Remembered::At(i) => Some(i as usize),
            _ => None,
        }
    }

    /// Remembers `i`.
    #[inline]
    pub fn set(&self, i: usize) {
        if let Ok(i) = u32::try_from(i) {
            self.0.set(Remembered::At(i));
        }
    }

    /// The position in builtins remembered while the module namespace's names were numbered
    /// `keys` (see [`set_builtin`](Self::set_builtin)), if that is still their number.
    #[inline]
    pub fn builtin(&self, keys: u32) -> Option<usize> {
        match self.0.get() {
            Remembered::Builtin { keys: k, at } if k == keys && keys != 0 => Some(at as usize),
            _ => None,
        }
    }

    /// Remembers position `i` in builtins for a global the module namespace, whose names are
    /// numbered `keys`, did not have.
    #[inline]
    pub fn set_builtin(&self, i: usize, keys: u32) {
        if let (Ok(at), true) = (u32::try_from(i), keys != 0) {
            self.0.set(Remembered::Builtin { keys, at });
        }
    }

    /// The method-table index remembered for builtin type `kind`, if any.
    #[inline]
    pub fn method(&self, kind: u8) -> Option<usize> {
        match self.0.get() {
            Remembered::Method { kind: k, index } if k == kind => Some(index as usize),
            _ => None,
        }
    }

    /// Remembers index `i` of builtin type `kind`'s method table.
    #[inline]
    pub fn set_method(&self, kind: u8, i: usize) {
        if let Ok(index) = u8::try_from(i) {
            self.0.set(Remembered::Method { kind, index });
        }
    }
}

impl Clone for Hint {
    fn clone(&self) -> Self {
        Hint::default()
    }
}

impl PartialEq for Hint {
    fn eq(&self, _: &Hint) -> bool {
        true
    }
}

impl std::fmt::Debug for Hint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Hint")
    }
}

/// The kinds of expression.
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// An integer literal that fits in `i64` (literals are never negative: `-1` is `Neg` of `1`).
    Int(i64),
    /// An integer literal too big for `i64`, as canonical decimal digits (no sign, no leading zeros).
    BigInt(Rc<str>),
    /// A float literal such as `1.5`, `1e3` or `.5`.
    Float(f64),
    /// An imaginary literal such as `2j` or `1.5e3J`: the value of its imaginary part.
    Imag(f64),
    /// A string literal, escapes decoded; adjacent literals (`"a" "b"`) are already joined.
    Str(Rc<str>),
    /// A bytes literal, escapes decoded; adjacent literals (`b"a" b"b"`) are already joined.
    Bytes(Rc<[u8]>),
    /// An f-string (with any literals implicitly joined to it): the pieces are [`ExprKind::Str`]
    /// text and [`ExprKind::FormattedValue`] fields, concatenated in order.
    JoinedStr(Vec<Expr>),
    /// One `{value!conversion:spec}` field of an f-string.
    FormattedValue {
        /// The expression between the braces.
        value: Box<Expr>,
        /// `'s'`, `'r'` or `'a'` for `!s`, `!r`, `!a`: `str`, `repr` or `ascii` before formatting.
        /// A `{x=}` field without conversion or spec gets `'r'`, as CPython gives it.
        conversion: Option<char>,
        /// The format spec after `:`, itself a [`ExprKind::JoinedStr`] since it may hold fields.
        spec: Option<Box<Expr>>,
    },
    /// `True` or `False`.
    Bool(bool),
    /// `None`.
    None,
    /// `...`.
    Ellipsis,
    /// A variable reference (read, or bound as a target), and where it lives.
    Name(Name, NameLoc),
    /// `[a, b]`.
    List(Vec<Expr>),
    /// `(a, b)`, `(a,)`, `()`, or a bare `a, b`.
    Tuple(Vec<Expr>),
    /// `{k: v, **m, ...}`, entries in source order; a `None` key is a `**mapping` entry.
    Dict(Vec<(Option<Expr>, Expr)>),
    /// `{a, b}` (never empty: `{}` is a dict).
    Set(Vec<Expr>),
    /// `left op right`.
    BinOp {
        /// The left operand, evaluated first.
        left: Box<Expr>,
        /// The operator.
        op: BinOp,
        /// The right operand.
        right: Box<Expr>,
    },
    /// `op operand`.
    UnaryOp {
        /// The operator.
        op: UnaryOp,
        /// The operand.
        operand: Box<Expr>,
    },
    /// `a and b and c` or `a or b or c`: short-circuits, yields the last value evaluated.
    BoolOp {
        /// `and` or `or`.
        op: BoolOp,
        /// Two or more operands, in order.
        values: Vec<Expr>,
    },
    /// `left op1 c1 op2 c2 ...`: a chain, true when every adjacent pair compares true; each operand is
    /// evaluated at most once and evaluation stops at the first false pair.
    Compare {
        /// The first operand.
        left: Box<Expr>,
        /// The operators; as many as `comparators`.
        ops: Vec<CmpOp>,
        /// The operands after the first.
        comparators: Vec<Expr>,
    },
    /// `body if test else orelse`.
    IfExp {
        /// The condition, evaluated first.
        test: Box<Expr>,
        /// The value when `test` is true.
        body: Box<Expr>,
        /// The value when `test` is false.
        orelse: Box<Expr>,
    },
    /// `func(args, name=value)`.
    Call {
        /// The callee.
        func: Box<Expr>,
        /// Positional arguments; a [`ExprKind::Starred`] element is `*iterable`.
        args: Vec<Expr>,
        /// Keyword arguments (names unique); a `None` name is `**mapping`.
        keywords: Vec<Keyword>,
    },
    /// `value.attr`.
    Attribute {
        /// The object.
        value: Box<Expr>,
        /// The attribute name.
        attr: Name,
    },
    /// `value[index]`; `index` may be a [`ExprKind::Slice`] or a tuple containing slices.
    Subscript {
        /// The container.
        value: Box<Expr>,
        /// The key, index or slice.
        index: Box<Expr>,
    },
    /// `lower:upper:step`; appears only as (an element of) a subscript index.
    Slice {
        /// The start bound.
        lower: Option<Box<Expr>>,
        /// The stop bound.
        upper: Option<Box<Expr>>,
        /// The step.
        step: Option<Box<Expr>>,
    },
    /// `*value`: a positional call argument, an element of a tuple, list or set display, or
    /// (inside a tuple or list target) the target that takes the remaining items as a list.
    Starred(Box<Expr>),
    /// `yield` or `yield value`: suspends the generator, giving `value` (`None` without one); its
    /// value is what `send` passes back (`None` for `next`).
    Yield(Option<Box<Expr>>),
    /// `yield from iterable`: delegates to the iterable's iterator (passing `send`, `throw` and
    /// `close` on to a generator); its value is the delegate's `return` value.
    YieldFrom(Box<Expr>),
    /// `target := value`: binds and yields `value`. Inside a comprehension, `target` binds in the
    /// nearest enclosing function or module scope (the resolver decides, as CPython's symtable).
    NamedExpr {
        /// A name.
        target: Box<Expr>,
        /// The value bound and produced.
        value: Box<Expr>,
    },
    /// `lambda params: body`.
    Lambda(Rc<Lambda>),
    /// `[elt for ... in ... if ...]`.
    ListComp {
        /// The element produced per iteration.
        elt: Box<Expr>,
        /// The `for` clauses, outermost first; never empty.
        generators: Vec<Comprehension>,
        /// The comprehension's own function scope.
        layout: Rc<Layout>,
    },
    /// `{elt for ...}`.
    SetComp {
        /// The element produced per iteration.
        elt: Box<Expr>,
        /// The `for` clauses, outermost first; never empty.
        generators: Vec<Comprehension>,
        /// The comprehension's own function scope.
        layout: Rc<Layout>,
    },
    /// `{key: value for ...}`.
    DictComp {
        /// The key produced per iteration.
        key: Box<Expr>,
        /// The value produced per iteration.
        value: Box<Expr>,
        /// The `for` clauses, outermost first; never empty.
        generators: Vec<Comprehension>,
        /// The comprehension's own function scope.
        layout: Rc<Layout>,
    },
    /// `(elt for ...)`, also as the sole argument of a call: `sum(x for x in xs)`. Lazy: a
    /// generator object runs it, so its parts are shared with that object (`Rc`).
    GeneratorExp {
        /// The element produced per iteration.
        elt: Rc<Expr>,
        /// The `for` clauses, outermost first; never empty.
        generators: Rc<Vec<Comprehension>>,
        /// The comprehension's own function scope.
        layout: Rc<Layout>,
    },
}

/// A keyword argument `name=value`, or `**value` when `name` is `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    /// The parameter name.
    pub name: Option<Name>,
    /// The argument value.
    pub value: Expr,
}

/// One `for target in iter if cond ...` clause of a comprehension.
#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    /// A valid assignment target.
    pub target: Expr,
    /// The iterable.
    pub iter: Expr,
    /// Filters; an element is produced only when all are true.
    pub ifs: Vec<Expr>,
}

/// Binary arithmetic and bitwise operators (also the operator of an augmented assignment).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `@`
    MatMul,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
}

impl BinOp {
    /// The in-place method `x op= y` tries first (`__iadd__` for `+`).
    pub fn inplace_dunder(self) -> &'static str {
        match self {
            BinOp::Add => "__iadd__",
            BinOp::Sub => "__isub__",
            BinOp::Mul => "__imul__",
            BinOp::Div => "__itruediv__",
            BinOp::FloorDiv => "__ifloordiv__",
            BinOp::Mod => "__imod__",
            BinOp::MatMul => "__imatmul__",
            BinOp::Pow => "__ipow__",
            BinOp::LShift => "__ilshift__",
            BinOp::RShift => "__irshift__",
            BinOp::BitOr => "__ior__",
            BinOp::BitXor => "__ixor__",
            BinOp::BitAnd => "__iand__",
        }
    }

    /// The augmented assignment as written, as CPython's error messages quote it (e.g. in
    /// "unsupported operand type(s) for +=: 'int' and 'str'").
    pub fn inplace_symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+=",
            BinOp::Sub => "-=",
            BinOp::Mul => "*=",
            BinOp::Div => "/=",
            BinOp::FloorDiv => "//=",
            BinOp::Mod => "%=",
            BinOp::MatMul => "@=",
            BinOp::Pow => "**=",
            BinOp::LShift => "<<=",
            BinOp::RShift => ">>=",
            BinOp::BitOr => "|=",
            BinOp::BitXor => "^=",
            BinOp::BitAnd => "&=",
        }
    }

    /// The operator as written, as CPython's error messages quote it (e.g. in
    /// "unsupported operand type(s) for +: 'int' and 'str'").
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::MatMul => "@",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
        }
    }
}

/// Prefix operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `-`
    Neg,
    /// `+`
    Pos,
    /// `~`
    Invert,
    /// `not`
    Not,
}

impl UnaryOp {
    /// The operator as CPython's error messages quote it ("bad operand type for unary -: 'str'").
    pub fn symbol(self) -> &'static str {
        match self {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            UnaryOp::Invert => "~",
            UnaryOp::Not => "not",
        }
    }
}

/// Short-circuiting boolean operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoolOp {
    /// `and`
    And,
    /// `or`
    Or,
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

impl CmpOp {
    /// The operator as written ("'<' not supported between instances of 'int' and 'str'").
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

impl Expr {
    /// An expression of `kind` starting at `line`, `col`.
    pub fn new(kind: ExprKind, line: u32, col: u32) -> Self {
        Expr {
            kind,
            line,
            col,
            span: Span::default(),
            outer: Span::default(),
            hint: Hint::default(),
            constant: None,
        }
    }
}

impl Stmt {
    /// A statement of `kind` starting at `line`, `col`.
    pub fn new(kind: StmtKind, line: u32, col: u32) -> Self {
        Stmt { kind, line, col }
    }
}

/// The docstring of a module, class or function body: its first statement, if a string literal.
pub fn body_docstring(body: &[Stmt]) -> Option<&std::rc::Rc<str>> {
    match &body.first()?.kind {
        StmtKind::Expr(e) => match &e.kind {
            ExprKind::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hint_answers_only_the_question_it_remembers() {
        let h = Hint::default();
        assert_eq!((h.get(), h.builtin(1), h.method(3)), (None, None, None));
        h.set(7);
        assert_eq!((h.get(), h.builtin(1), h.method(3)), (Some(7), None, None));
        h.set_builtin(4, 9);
        assert_eq!((h.get(), h.builtin(9), h.builtin(8)), (None, Some(4), None));
        h.set_method(3, 2);
        assert_eq!(
            (h.get(), h.builtin(9), h.method(3), h.method(4)),
            (None, None, Some(2), None)
        );
        // Keys version 0 (a namespace never changed, or numbers run out) is never trusted.
        h.set_builtin(4, 0);
        assert_eq!(h.builtin(0), None);
        // Clones of a tree start with no hints.
        h.set(1);
        assert_eq!(h.clone().get(), None);
    }

    #[test]
    fn operator_symbols_match_python_spelling() {
        assert_eq!(BinOp::FloorDiv.symbol(), "//");
        assert_eq!(UnaryOp::Neg.symbol(), "-");
        assert_eq!(CmpOp::IsNot.symbol(), "is not");
        assert_eq!(CmpOp::NotIn.symbol(), "not in");
    }

    #[test]
    fn names_are_shared_not_copied() {
        let name: Name = Rc::from("x");
        let expr = Expr::new(ExprKind::Name(name.clone(), NameLoc::Unresolved), 1, 1);
        let ExprKind::Name(inner, _) = &expr.kind else {
            panic!("not a name")
        };
        assert!(Rc::ptr_eq(inner, &name));
    }
}

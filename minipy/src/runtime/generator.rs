//! The generator object and the mechanism under it: a stack per generator (a coroutine), lending
//! the interpreter across a switch, and rooting across a suspension. What `yield`, `send`,
//! `throw` and `close` mean in Python is `crate::eval::generator`.
//!
//! # Design: a stack per generator
//! The evaluator is a recursive tree-walker, so a `yield` can sit anywhere inside a half-evaluated
//! expression (`f(a(), (yield x))`), a `try`, a `with` or a loop. A generator function therefore
//! runs its body on a stack of its own (a `corosensei` coroutine) and a `yield` suspends that stack where
//! it is; resuming continues the same Rust frames. The alternative, turning the evaluator into a
//! state machine that can stop and re-enter every statement and expression, would duplicate most
//! of `eval/` for the resumable forms. `docs/semantics.md` (minipy, generators) says more. A
//! generator expression, which can only stop at its element, needs none of this (see `Level`).
//!
//! ## Lending the interpreter
//! The coroutine's closure must be `'static`, so it cannot borrow the caller's `&mut Interp`. A
//! resume *moves* the interpreter into a box (swapping a spare, empty [`Interp`] into the
//! caller's place) and passes the box to the coroutine; the coroutine hands it back the same way
//! when it suspends or ends. One swap per switch: the interpreter is kept small to move (its heap
//! is boxed), which took a generator-heavy loop from 2.69 s to 1.05 s (docs/benchmarks.md). The yield point finds
//! its coroutine's `Yielder` in a scoped thread-local, kept exact across stack switches by
//! re-setting it around every switch (see `switch_in` and [`Interp::gen_yield`]).
//!
//! ## Rooting across a suspension
//! The evaluator keeps every value it holds in a Rust local on the temporaries stack too
//! (`interp.rs`). A generator has temporaries of its own: while it runs they *are*
//! `roots.temps` (the caller's are parked in the generator object), and while it is suspended
//! they live in the generator object, with its frame (locals and cells) and the exceptions its
//! `except` blocks are handling. The generator object traces all of them, so whatever a
//! suspended generator holds lives exactly as long as the generator object does, and a
//! suspended generator that becomes garbage is collected with all it holds. Its first
//! temporary is the generator itself, so a running generator (and the caller's temporaries
//! parked in it) is always rooted.
//!
//! ## Lifetimes
//! An exhausted or closed generator drops its frame at once (its locals die, as CPython's
//! `gen_send_ex` clears the frame). A started, unfinished generator has a finalizer: when it
//! becomes garbage the collector queues it and `close()` runs in it (`GeneratorExit` at the
//! `yield`, so `finally` blocks run), as CPython's `_PyGen_Finalize`.
//!
//! ## Native stack
//! A coroutine stack is [`GEN_STACK_SIZE`] bytes. Python recursion inside a generator is bounded by
//! the recursion limit like any other, and [`stack_low`] turns a stack about to run out into
//! `RecursionError` first (checked wherever the interpreter counts a recursion level).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use weakgc::{Trace, Tracer};

use crate::runtime::exceptions::{PyErr, PyResult};
use crate::runtime::interp::{Frame, FrameKind, Interp};
use crate::runtime::iter_state::IterState;
use crate::runtime::object::{Code, Value};
use crate::syntax::ast::{Comprehension, Expr, Layout};

/// Bytes of stack each generator runs on (reserved address space; pages are committed as used).
pub const GEN_STACK_SIZE: usize = 16 << 20;

/// Bytes [`stack_low`] keeps free below the running code: room for the deepest native work one
/// recursion level does (a debug build's evaluator frames are large).
pub(crate) const STACK_MARGIN: usize = 1 << 20;

/// Spare coroutine stacks kept for reuse (making one is an `mmap`).
const STACK_POOL: usize = 64;

/// What a resume passes into the generator.
pub enum Resume {
    /// `next()` (`None`) or `send(value)`.
    Send(Value),
    /// `throw(exc)`, or `close()` (with `GeneratorExit`).
    Throw(PyErr),
}

/// How a resume came back.
pub enum Step {
    /// The generator yielded this value.
    Yielded(Value),
    /// The generator returned this value (`StopIteration.value`).
    Returned(Value),
}

pub(crate) type Input = (Box<Interp>, Resume);
pub(crate) type Output = (Box<Interp>, Value);
pub(crate) type Finish = (Box<Interp>, PyResult<Value>);
pub(crate) type Co = Coroutine<Input, Output, Finish, DefaultStack>;
pub(crate) type GenYielder = Yielder<Input, Output>;

scoped_tls::scoped_thread_local!(pub(crate) static YIELDER: GenYielder);

thread_local! {
    /// Generator bodies on the current resume chain: while it is 0 no code runs on a generator
    /// stack and [`YIELDER`] is not read.
    pub(crate) static RUNNING: Cell<usize> = const { Cell::new(0) };
    /// The lowest address the running code's stack may use before [`stack_low`] says so (0: the
    /// main stack, which the recursion limit alone guards).
    static STACK_LIMIT: Cell<usize> = const { Cell::new(0) };
    /// Empty interpreters, left in the caller's place while the real one is lent to a generator.
    /// Boxed on purpose: a box crosses a stack switch as a pointer, not as the interpreter.
    #[allow(clippy::vec_box)]
    static SPARE: RefCell<Vec<Box<Interp>>> = const { RefCell::new(Vec::new()) };
    /// Coroutine stacks of finished generators.
    static STACKS: RefCell<Vec<DefaultStack>> = const { RefCell::new(Vec::new()) };
}

/// Where a generator stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Made, not started.
    Created,
    /// Stopped at a `yield`.
    Suspended,
    /// Running (`gi_running`).
    Running,
    /// Exhausted, closed, or ended by an exception.
    Closed,
}

/// What a generator runs.
#[derive(Clone)]
pub enum Body {
    /// A generator function's body (`def` or `lambda`).
    Code(Code),
    /// A generator expression: the element, the `for` clauses and its scope's layout. The first
    /// iterable was evaluated when the expression was (it is the frame's first temporary after the
    /// generator). Run without a coroutine (see `Level`).
    Expr(Rc<Expr>, Rc<Vec<Comprehension>>, Rc<Layout>),
}

/// A coroutine, dropped with the current [`YIELDER`] restored afterwards: dropping a suspended
/// one unwinds its stack, whose frames reset the thread-local as they go.
pub(crate) struct GenCo(pub(crate) Option<Co>);

impl Drop for GenCo {
    fn drop(&mut self) {
        let Some(co) = self.0.take() else {
            return;
        };
        if co.started() && !co.done() && RUNNING.get() > 0 {
            YIELDER.with(|y| YIELDER.set(y, || drop(co)));
        } else {
            drop(co);
        }
    }
}

/// A generator object.
pub struct Generator {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// Where it stands.
    pub state: GenState,
    pub(crate) body: Body,
    pub(crate) co: GenCo,
    /// The lowest usable address of its coroutine stack plus [`STACK_MARGIN`].
    pub(crate) stack_limit: usize,
    /// Its frame, while not running (taken when it ends).
    pub(crate) frame: Option<Frame>,
    /// A generator expression's `for` clauses entered so far, while suspended (see [`Level`]).
    pub(crate) levels: Vec<Level>,
    /// A generator function run without a coroutine: where it stopped, while suspended
    /// (see [`Spot`]; `None` for the others).
    pub(crate) path: Option<Vec<Spot>>,
    /// Suspended: its own temporaries. Running: the caller's, parked.
    pub(crate) temps: Vec<Value>,
    /// Exceptions its `except` blocks are handling, while suspended.
    pub(crate) handling: Vec<Value>,
    /// Recursion levels it holds while suspended.
    pub(crate) depth: usize,
    /// The generator a `yield from` in it delegates to (`gi_yieldfrom`).
    pub yield_from: Option<Value>,
    /// Its parked temporaries' `Interp::promoted_temps` (its own while suspended, the caller's
    /// while it runs), and `Interp::collections` when they were parked: a collection since then
    /// may have promoted all of them.
    pub(crate) parked_promoted: usize,
    pub(crate) parked_at: u64,
}

impl Generator {
    /// How many of `parked` (the temporaries it holds for someone, parked at `parked_at`) a
    /// collection may have promoted by `collections`.
    pub(crate) fn promoted_of_parked(&self, collections: u64) -> usize {
        if self.parked_at == collections {
            self.parked_promoted.min(self.temps.len())
        } else {
            self.temps.len()
        }
    }
}

impl Generator {
    /// Whether closing it could run code (it started, did not finish, and has a `try` or
    /// `with`): the finalizer test.
    pub fn needs_close(&self) -> bool {
        self.state == GenState::Suspended && self.closes_visibly()
    }

    /// Whether its code has a `try` or `with`, which `close()` could run code in; without one,
    /// closing only drops the frame, which the collector does anyway.
    pub(crate) fn closes_visibly(&self) -> bool {
        match &self.body {
            Body::Code(code) => code.layout().handlers,
            Body::Expr(..) => false,
        }
    }
}

/// One `for` clause of a generator expression, entered: where its iteration stands, and the
/// temporaries height each of its items starts from. A generator expression has no coroutine: it
/// can only stop at its element (`yield` is a syntax error inside one), so the clauses it is in
/// are all a resume needs (`Interp::genexp_step`), and it runs on its caller's stack.
pub(crate) struct Level {
    pub(crate) state: IterState,
    pub(crate) height: usize,
}

/// One block a generator function run without a coroutine (`crate::eval` runs it) is inside
/// while suspended: the position of the statement it stopped in there, and what that statement
/// holds.
pub(crate) struct Spot {
    pub(crate) index: usize,
    pub(crate) open: Open,
}

/// A statement a generator stopped inside, with the temporaries height it started at.
pub(crate) enum Open {
    /// The `yield` statement itself.
    Yield { height: usize },
    /// A `while` loop's body.
    While { height: usize },
    /// An `if` statement's branch (`orelse` when `branch` is the number of branches).
    If { branch: usize, height: usize },
    /// A `for` loop's body: its iteration, and the height each item starts from.
    For {
        state: IterState,
        height: usize,
        items: usize,
    },
}

impl Trace for Spot {
    fn trace(&self, tracer: &mut Tracer) {
        if let Open::For { state, .. } = &self.open {
            state.trace(tracer);
        }
    }
}

impl Trace for Generator {
    fn trace(&self, tracer: &mut Tracer) {
        if let Some(f) = &self.frame {
            trace_frame(f, tracer);
        }
        for level in &self.levels {
            level.state.trace(tracer);
        }
        self.path.trace(tracer);
        self.temps.trace(tracer);
        self.handling.trace(tracer);
        self.yield_from.trace(tracer);
    }
}

/// What `Roots` traces of a running frame.
fn trace_frame(f: &Frame, tracer: &mut Tracer) {
    f.slots.trace(tracer);
    tracer.edge(f.ns);
    tracer.edge(f.globals);
    f.record.trace(tracer);
    if let FrameKind::Function { func } = &f.kind {
        tracer.edge(*func);
    }
}

/// Whether the running code is within `STACK_MARGIN` of the end of its generator stack.
#[inline]
pub fn stack_low() -> bool {
    let limit = STACK_LIMIT.get();
    if limit == 0 {
        return false;
    }
    let here = 0u8;
    let addr = std::ptr::addr_of!(here) as usize;
    addr < limit
}

/// Moves the interpreter out of `interp` into a box (from the spares), leaving a spare's
/// contents behind: the one copy of the interpreter a stack switch costs.
pub(crate) fn lend(interp: &mut Interp) -> Box<Interp> {
    let mut b = SPARE
        .with_borrow_mut(|s| s.pop())
        .unwrap_or_else(|| Box::new(Interp::placeholder()));
    std::mem::swap(interp, &mut *b);
    b
}

/// Moves the interpreter in `b` back into `interp`; the box keeps the spare for later.
pub(crate) fn take_back(interp: &mut Interp, mut b: Box<Interp>) {
    std::mem::swap(interp, &mut *b);
    SPARE.with_borrow_mut(|s| s.push(b));
}

/// Runs `co` from its suspension point (or start) with the interpreter lent to it, until it
/// yields or ends. [`YIELDER`] and [`STACK_LIMIT`] are the caller's again afterwards.
pub(crate) fn switch_in(
    interp: &mut Interp,
    co: &mut Co,
    input: Resume,
    stack_limit: usize,
) -> CoroutineResult<Value, PyResult<Value>> {
    let real = lend(interp);
    let prev_limit = STACK_LIMIT.replace(stack_limit);
    let outer = RUNNING.get();
    RUNNING.set(outer + 1);
    let r = if outer > 0 {
        YIELDER.with(|y| YIELDER.set(y, || co.resume((real, input))))
    } else {
        co.resume((real, input))
    };
    RUNNING.set(outer);
    STACK_LIMIT.set(prev_limit);
    let (back, out) = match r {
        CoroutineResult::Yield((i, v)) => (i, CoroutineResult::Yield(v)),
        CoroutineResult::Return((i, r)) => (i, CoroutineResult::Return(r)),
    };
    take_back(interp, back);
    out
}

pub(crate) fn new_stack() -> Option<DefaultStack> {
    if let Some(s) = STACKS.with_borrow_mut(|s| s.pop()) {
        return Some(s);
    }
    DefaultStack::new(GEN_STACK_SIZE).ok()
}

pub(crate) fn recycle_stack(co: Co) {
    if !co.done() && co.started() {
        drop(GenCo(Some(co)));
        return;
    }
    let stack = co.into_stack();
    STACKS.with_borrow_mut(|s| {
        if s.len() < STACK_POOL {
            s.push(stack);
        }
    });
}

/// The coroutine that runs generator function `code` (in the frame the resume pushed).
pub(crate) fn make_coroutine(stack: DefaultStack, code: Code) -> Co {
    Coroutine::with_stack(stack, move |y: &GenYielder, (mut interp, input): Input| {
        let r = YIELDER.set(y, || match input {
            Resume::Throw(e) => Err(e),
            Resume::Send(_) => interp.run_gen_body(&code),
        });
        (interp, r)
    })
}

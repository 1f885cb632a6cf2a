//! Generators in Python terms: `yield`, `yield from`, generator expressions, and the generator
//! object's `send`/`throw`/`close`, over the coroutine mechanism in `crate::runtime::generator`.

use crate::eval::gen_flat::Out;
use crate::eval::iter::IterState;
use crate::eval::Flow;
use std::rc::Rc;

use crate::runtime::exceptions::{Exc, PyErr, PyResult};
use crate::runtime::generator::*;
use crate::runtime::interp::{Frame, FrameKind, FrameNames, Interp};
use crate::runtime::object::{Code, ObjKind, Value};
use crate::syntax::ast::{Comprehension, Expr, Layout};
use corosensei::stack::Stack;
use corosensei::CoroutineResult;

/// How a generator runs: a generator expression in place (`genexp_step`), a generator function
/// in place (`flat_block`) when it can, else on its coroutine.
enum Run {
    Expr(Rc<Expr>, Rc<Vec<Comprehension>>),
    Flat(Rc<crate::syntax::ast::FunctionDef>),
    Co,
}

impl Run {
    /// How `gen` runs once started (a generator function not started yet says `Co`).
    fn of(gen: &Generator) -> Run {
        match &gen.body {
            Body::Expr(elt, gens, _) => Run::Expr(elt.clone(), gens.clone()),
            Body::Code(Code::Def(def)) if gen.path.is_some() => Run::Flat(def.clone()),
            Body::Code(_) => Run::Co,
        }
    }
}

impl Interp {
    /// A generator object for `body` in `frame` (arguments bound, cells not yet made), not started.
    pub fn new_generator(
        &mut self,
        body: Body,
        frame: Frame,
        first: Option<Value>,
    ) -> PyResult<Value> {
        let FrameNames { name, qualname } = self.frame_names(&frame);
        let gen = Generator {
            name,
            qualname,
            state: GenState::Created,
            body,
            co: GenCo(None),
            stack_limit: 0,
            frame: Some(frame),
            levels: Vec::new(),
            path: None,
            temps: Vec::new(),
            handling: Vec::new(),
            depth: 0,
            yield_from: None,
            parked_promoted: 0,
            parked_at: 0,
        };
        let g = self.alloc(ObjKind::Generator(Box::new(gen)))?;
        if let ObjKind::Generator(gen) = self.obj_mut(g) {
            gen.temps.reserve(8);
            gen.temps.push(g);
            gen.temps.extend(first);
        }
        Ok(g)
    }

    fn gen(&self, g: Value) -> &Generator {
        match self.obj(g) {
            ObjKind::Generator(gen) => gen,
            _ => unreachable!("checked to be a generator by the caller"),
        }
    }

    /// Generator `g`, to change (each call is a checked heap write with its barrier: a resume
    /// makes one to install the generator and one to park it again).
    fn gen_mut(&mut self, g: Value) -> &mut Generator {
        match self.obj_mut(g) {
            ObjKind::Generator(gen) => gen,
            _ => unreachable!("checked to be a generator by the caller"),
        }
    }

    /// The body of a generator function, on its own stack, in its frame.
    pub(crate) fn run_gen_body(&mut self, code: &Code) -> PyResult<Value> {
        self.make_cells(code.layout())?;
        match code {
            Code::Def(def) => match self.exec_block(&def.body)? {
                Flow::Return(v) => Ok(v),
                _ => Ok(self.none()),
            },
            Code::Lambda(l) => self.eval(&l.body),
        }
    }

    /// Runs a generator expression, in its frame, from where it stopped (`levels`, the `for`
    /// clauses it is in, innermost last; none or the first before its first step) to its next
    /// element, or
    /// `None` when it is exhausted. Each item starts from its level's temporaries height, as a
    /// `for` loop's do.
    fn genexp_step(
        &mut self,
        elt: &Expr,
        gens: &[Comprehension],
        levels: &mut Vec<Level>,
    ) -> PyResult<Option<Value>> {
        match levels.last() {
            Some(level) => self.truncate_temps(level.height),
            None => {
                // The first iterable's iterator is the frame's first temporary after the
                // generator itself (see `eval_genexp`).
                let first = match self.roots.temps.get(1).copied() {
                    Some(v) => v,
                    None => self.eval(&gens[0].iter)?,
                };
                let state = self.iter_start(first)?;
                let height = self.temps_height();
                levels.push(Level { state, height });
            }
        }
        loop {
            let depth = levels.len() - 1;
            let level = levels.last_mut().expect("a level until the end");
            let height = level.height;
            let Some(item) = self.iter_next(&mut level.state)? else {
                levels.pop();
                match levels.last() {
                    Some(outer) => {
                        self.truncate_temps(outer.height);
                        continue;
                    }
                    None => return Ok(None),
                }
            };
            let gen = &gens[depth];
            self.assign(&gen.target, item)?;
            let mut kept = true;
            for cond in &gen.ifs {
                let c = self.eval(cond)?;
                if !self.truthy(c)? {
                    kept = false;
                    break;
                }
            }
            if !kept {
                self.truncate_temps(height);
            } else if let Some(inner) = gens.get(depth + 1) {
                let iterable = self.eval(&inner.iter)?;
                let state = self.iter_start(iterable)?;
                let height = self.temps_height();
                levels.push(Level { state, height });
            } else {
                return self.eval(elt).map(Some);
            }
        }
    }

    /// `yield v` in the running generator: suspends its stack until the next resume, whose
    /// sent value it returns (or whose thrown exception it raises).
    pub fn gen_yield(&mut self, v: Value) -> PyResult<Value> {
        if RUNNING.get() == 0 || !YIELDER.is_set() {
            return Err(self.err(Exc::SystemError, "yield outside a running generator"));
        }
        let real = lend(self);
        let (back, input) = YIELDER.with(|y| YIELDER.set(y, || y.suspend((real, v))));
        take_back(self, back);
        match input {
            Resume::Send(v) => {
                self.push_temp(v);
                Ok(v)
            }
            Resume::Throw(e) => Err(e),
        }
    }

    /// Runs generator `g` until it yields or ends: the heart of `next`, `send`, `throw`, `close`
    /// and iteration. An exception it raises propagates (`StopIteration` raised inside it becomes
    /// `RuntimeError`, PEP 479).
    pub fn gen_resume(&mut self, g: Value, input: Resume) -> PyResult<Step> {
        let gen = self.gen(g);
        let (state, run) = (gen.state, Run::of(gen));
        self.gen_resume_as(g, input, state, run)
    }

    /// [`gen_resume`](Self::gen_resume) with `g`'s state and body read already.
    fn gen_resume_as(
        &mut self,
        g: Value,
        input: Resume,
        state: GenState,
        mut run: Run,
    ) -> PyResult<Step> {
        match state {
            GenState::Running => {
                return Err(self.value_error("generator already executing"));
            }
            GenState::Closed => {
                return match input {
                    Resume::Send(_) => Ok(Step::Returned(self.none())),
                    Resume::Throw(e) => Err(e),
                };
            }
            GenState::Created => match input {
                Resume::Throw(e) => {
                    self.gen_finish(g);
                    return Err(e);
                }
                Resume::Send(v) if v != self.none() => {
                    return Err(
                        self.type_error("can't send non-None value to a just-started generator")
                    );
                }
                Resume::Send(_) => {}
            },
            GenState::Suspended => {}
        }
        self.enter()?;
        let mut path = None;
        if state == GenState::Created {
            if let Body::Code(Code::Def(def)) = &self.gen(g).body {
                if def.layout.flat {
                    run = Run::Flat(def.clone());
                    path = Some(Vec::new());
                }
            }
        }
        if state == GenState::Created && matches!(run, Run::Co) {
            let Some(stack) = new_stack() else {
                self.leave();
                return Err(self.err(Exc::MemoryError, "cannot allocate a generator stack"));
            };
            let limit = stack.limit().get() + STACK_MARGIN;
            let Body::Code(code) = self.gen(g).body.clone() else {
                unreachable!("checked above")
            };
            let gen = self.gen_mut(g);
            gen.co = GenCo(Some(make_coroutine(stack, code)));
            gen.stack_limit = limit;
        }
        // Install the generator's frame, handled exceptions and temporaries, parking the
        // caller's temporaries in it. They are out of the roots only while `g` is borrowed,
        // which cannot collect.
        let collections = self.collections;
        let caller_promoted = self.promoted_temps;
        let caller = std::mem::take(&mut self.roots.temps);
        let gen = self.gen_mut(g);
        let frame = gen.frame.take().expect("a frame until it finishes");
        let handling = std::mem::take(&mut gen.handling);
        let own_promoted = gen.promoted_of_parked(collections);
        let own = std::mem::replace(&mut gen.temps, caller);
        gen.parked_promoted = caller_promoted;
        gen.parked_at = collections;
        let (depth, stack_limit) = (gen.depth, gen.stack_limit);
        let co = gen.co.0.take();
        // Out of the generator while it runs, as a `for` loop's iteration is: what they iterate
        // is rooted by its temporaries.
        let mut levels = std::mem::take(&mut gen.levels);
        if path.is_none() {
            path = gen.path.take();
        }
        gen.state = GenState::Running;
        self.roots.temps = own;
        self.promoted_temps = own_promoted;
        let frames_base = self.roots.frames.len();
        self.roots.frames.push(frame);
        let handling_base = self.roots.handling.len();
        if !handling.is_empty() {
            self.roots.handling.extend(handling);
        }
        let depth_base = self.depth;
        self.depth += depth;

        let (result, co) = match (run, co) {
            (Run::Flat(def), _) => {
                let steps = path.as_mut().expect("a flat generator's path");
                let r = match input {
                    _ if state == GenState::Created => self
                        .make_cells(&def.layout)
                        .and_then(|()| self.flat_block(&def.body, steps, 0, &mut None)),
                    input => self.flat_block(&def.body, steps, 0, &mut Some(input)),
                };
                let r = match r {
                    Ok(Out::Yield(v)) => CoroutineResult::Yield(v),
                    Ok(Out::Flow(Flow::Return(v))) => CoroutineResult::Return(Ok(v)),
                    Ok(Out::Flow(_)) => CoroutineResult::Return(Ok(self.none())),
                    Err(e) => CoroutineResult::Return(Err(e)),
                };
                (r, None)
            }
            (Run::Expr(elt, gens), _) => {
                let r = match input {
                    Resume::Throw(e) => Err(e),
                    Resume::Send(_) if state == GenState::Created => {
                        let Body::Expr(_, _, layout) = &self.gen(g).body else {
                            unreachable!("a generator expression")
                        };
                        let layout = layout.clone();
                        self.make_cells(&layout)
                            .and_then(|()| self.genexp_step(&elt, &gens, &mut levels))
                    }
                    Resume::Send(_) => self.genexp_step(&elt, &gens, &mut levels),
                };
                let r = match r {
                    Ok(Some(v)) => CoroutineResult::Yield(v),
                    Ok(None) => CoroutineResult::Return(Ok(self.none())),
                    Err(e) => CoroutineResult::Return(Err(e)),
                };
                (r, None)
            }
            (Run::Co, Some(mut co)) => {
                let r = switch_in(self, &mut co, input, stack_limit);
                (r, Some(co))
            }
            (Run::Co, None) => unreachable!("made above or at the first resume"),
        };

        let depth = self.depth - depth_base;
        self.depth = depth_base;
        debug_assert_eq!(self.roots.frames.len(), frames_base + 1);
        match result {
            CoroutineResult::Yield(v) => {
                let frame = self.roots.frames.pop().expect("the generator's frame");
                // `split_off` at 0 would reallocate the stack: nothing to move is the usual case.
                let handling = if self.roots.handling.len() > handling_base {
                    self.roots.handling.split_off(handling_base)
                } else {
                    Vec::new()
                };
                // Park its temporaries and take the caller's back (out of the roots only while
                // `g` is borrowed, as above).
                let own = std::mem::take(&mut self.roots.temps);
                let own_promoted = self.promoted_temps;
                let collections = self.collections;
                let gen = self.gen_mut(g);
                let caller_promoted = gen.promoted_of_parked(collections);
                let caller = std::mem::replace(&mut gen.temps, own);
                gen.parked_promoted = own_promoted;
                gen.parked_at = collections;
                gen.frame = Some(frame);
                gen.handling = handling;
                gen.depth = depth;
                // The field, not a new `GenCo`: the one replaced is empty.
                gen.co.0 = co;
                gen.levels = levels;
                gen.path = path;
                gen.state = GenState::Suspended;
                let arm = state == GenState::Created && gen.closes_visibly();
                self.roots.temps = caller;
                self.promoted_temps = caller_promoted;
                if arm {
                    // From now on closing it can run its `finally` blocks: when it becomes
                    // garbage the collector queues it (`Interp::gen_finalize`).
                    let _ = self.heap.set_finalizer(weakgc::GcAny::from(g), true);
                    self.note_watched_object(g);
                }
                self.leave();
                self.push_temp(v);
                Ok(Step::Yielded(v))
            }
            CoroutineResult::Return(r) => {
                if let Some(co) = co {
                    recycle_stack(co);
                }
                let r = match r {
                    Ok(v) => Ok(v),
                    Err(mut e) => {
                        self.traceback_here(e.exc, false, e.marker.as_deref());
                        if let Some(f) = self.roots.frames.last() {
                            let entry = self.tb_entry(f, &mut e);
                            e.traceback.push(entry);
                        }
                        Err(e)
                    }
                };
                self.roots.handling.truncate(handling_base);
                let (caller, caller_promoted) = self.take_parked_caller_temps(g);
                // Its own temporaries go: the promoted ones are drops.
                self.truncate_temps(0);
                let own = std::mem::replace(&mut self.roots.temps, caller);
                self.promoted_temps = caller_promoted;
                // Rooted until the frame is gone (its release may run code).
                match &r {
                    Ok(v) => self.push_temp(*v),
                    Err(e) => self.push_temp(e.exc),
                }
                let gen = self.gen_mut(g);
                gen.state = GenState::Closed;
                gen.yield_from = None;
                drop(own);
                let _ = self.heap.set_finalizer(weakgc::GcAny::from(g), false);
                self.pop_frame();
                self.leave();
                match r {
                    Ok(v) => Ok(Step::Returned(v)),
                    Err(mut e) if self.err_is(&e, Exc::StopIteration) => {
                        let mut err = self.err(Exc::RuntimeError, "generator raised StopIteration");
                        self.set_cause(err.exc, e.exc);
                        self.chain_context(err.exc, e.exc);
                        err.traceback = std::mem::take(&mut e.traceback);
                        Err(err)
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// The caller's temporaries a running generator parked, and how many of them a collection
    /// since may have promoted.
    fn take_parked_caller_temps(&mut self, g: Value) -> (Vec<Value>, usize) {
        let collections = self.collections;
        let gen = self.gen_mut(g);
        let promoted = gen.promoted_of_parked(collections);
        (std::mem::take(&mut gen.temps), promoted)
    }

    /// Ends a generator that never ran (or ran out): drops its frame and stack.
    fn gen_finish(&mut self, g: Value) {
        let collections = self.collections;
        let gen = self.gen_mut(g);
        gen.state = GenState::Closed;
        let frame = gen.frame.take();
        let promoted = gen.promoted_of_parked(collections);
        let temps = std::mem::take(&mut gen.temps);
        // Held across a collection: they may be old, so their going is a drop.
        for v in temps.into_iter().take(promoted) {
            self.note_drop(v);
        }
        let gen = self.gen_mut(g);
        gen.handling.clear();
        gen.levels.clear();
        gen.path = None;
        gen.yield_from = None;
        if let Some(co) = gen.co.0.take() {
            recycle_stack(co);
        }
        if let Some(frame) = frame {
            let locals: Vec<Value> = frame.slots.into_iter().flatten().collect();
            self.release_in_order(locals, true, false);
        }
    }

    /// `StopIteration(value)` with its `value` attribute, as a generator's return raises it.
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let class = self.exc_class(Exc::StopIteration);
        let args = if value == self.none() {
            Vec::new()
        } else {
            vec![value]
        };
        let err = self.err_with(class, args);
        if let ObjKind::Instance(inst) = self.obj_mut(err.exc) {
            inst.attrs.set(Rc::from("value"), value);
        }
        err
    }

    /// `next(g)` or `g.send(v)`: the yielded value, or `StopIteration(return value)`.
    pub fn gen_send(&mut self, g: Value, v: Value) -> PyResult<Value> {
        match self.gen_resume(g, Resume::Send(v))? {
            Step::Yielded(v) => Ok(v),
            Step::Returned(v) => Err(self.stop_iteration(v)),
        }
    }

    /// `g.throw(exc)`: raises `exc` at the `yield` where `g` stopped.
    pub fn gen_throw(&mut self, g: Value, exc: PyErr) -> PyResult<Value> {
        match self.gen_resume(g, Resume::Throw(exc))? {
            Step::Yielded(v) => Ok(v),
            Step::Returned(v) => Err(self.stop_iteration(v)),
        }
    }

    /// `g.close()`: `GeneratorExit` at the `yield`; `RuntimeError` if the generator yields again.
    pub fn gen_close(&mut self, g: Value) -> PyResult<()> {
        match self.gen_mut(g).state {
            GenState::Created | GenState::Closed => {
                self.gen_finish(g);
                return Ok(());
            }
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Suspended => {}
        }
        let exit = self.exc_class(Exc::GeneratorExit);
        let err = self.err_with(exit, Vec::new());
        match self.gen_resume(g, Resume::Throw(err)) {
            Ok(Step::Yielded(_)) => {
                Err(self.err(Exc::RuntimeError, "generator ignored GeneratorExit"))
            }
            Ok(Step::Returned(_)) => Ok(()),
            Err(e)
                if self.err_is(&e, Exc::GeneratorExit) || self.err_is(&e, Exc::StopIteration) =>
            {
                // Dropped here, with the frame its traceback holds.
                self.note_drop(e.exc);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// The finalizer of an unfinished generator that became garbage: `close()`, with an
    /// exception it raises printed as CPython prints it (`Exception ignored in: ...`).
    pub fn gen_finalize(&mut self, g: Value) {
        if !matches!(self.obj(g), ObjKind::Generator(_)) {
            return;
        }
        if let Err(e) = self.gen_close(g) {
            self.print_unraisable(g, &e);
        }
    }

    /// `yield from iterable`.
    pub fn yield_from(&mut self, iterable: Value) -> PyResult<Value> {
        if let ObjKind::Generator(_) = self.obj(iterable) {
            return self.yield_from_generator(iterable);
        }
        let mut it = self.iter_start(iterable)?;
        let height = self.temps_height();
        while let Some(v) = self.iter_next(&mut it)? {
            let sent = self.gen_yield(v)?;
            if sent != self.none() {
                let t = self.type_name(iterable);
                return Err(self.err(
                    Exc::AttributeError,
                    format!("'{t}_iterator' object has no attribute 'send'"),
                ));
            }
            self.truncate_temps(height);
        }
        Ok(self.none())
    }

    fn yield_from_generator(&mut self, sub: Value) -> PyResult<Value> {
        let me = self.roots.temps.first().copied();
        let mut input = Resume::Send(self.none());
        loop {
            if let Some(me) = me {
                if let ObjKind::Generator(g) = self.obj_mut(me) {
                    g.yield_from = Some(sub);
                }
            }
            let step = self.gen_resume(sub, input);
            if let Some(me) = me {
                if let ObjKind::Generator(g) = self.obj_mut(me) {
                    g.yield_from = None;
                }
            }
            match step? {
                Step::Returned(v) => return Ok(v),
                Step::Yielded(v) => match self.gen_yield(v) {
                    Ok(sent) => input = Resume::Send(sent),
                    Err(e) if self.err_is(&e, Exc::GeneratorExit) => {
                        self.gen_close(sub)?;
                        return Err(e);
                    }
                    Err(e) => input = Resume::Throw(e),
                },
            }
        }
    }

    /// Data attributes of a generator object (`gi_running`, `gi_frame`, `__name__`, ...).
    pub fn gen_attr(&mut self, g: Value, name: &str) -> PyResult<Option<Value>> {
        let ObjKind::Generator(gen) = self.obj(g) else {
            return Ok(None);
        };
        let (state, n, q, yf) = (
            gen.state,
            gen.name.clone(),
            gen.qualname.clone(),
            gen.yield_from,
        );
        let v = match name {
            "gi_running" => self.bool_value(state == GenState::Running),
            "gi_suspended" => self.bool_value(state == GenState::Suspended),
            "__name__" => self.str_value(&n)?,
            "__qualname__" => self.str_value(&q)?,
            "gi_yieldfrom" => yf.unwrap_or(self.none()),
            "gi_frame" => {
                if state == GenState::Closed {
                    self.none()
                } else {
                    self.gen_frame_object(g)?
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// A `frame` object for the generator's frame (made once, kept in the frame's record).
    fn gen_frame_object(&mut self, g: Value) -> PyResult<Value> {
        if self.gen_mut(g).state == GenState::Running {
            // Its frame is on the frame stack: the innermost one of its frames.
            if let Some(f) = self.roots.frames.last() {
                if let Some(r) = f.record {
                    return Ok(r);
                }
            }
        }
        let gen = self.gen_mut(g);
        if let Some(r) = gen.frame.as_ref().and_then(|f| f.record) {
            return Ok(r);
        }
        let name = gen.name.clone();
        let globals = gen.frame.as_ref().map(|f| f.globals);
        let file = globals
            .and_then(|g| self.frame_file(g))
            .map(|f| Rc::new(f.to_string()));
        let record = self.alloc(ObjKind::Frame(crate::runtime::object::FrameObj {
            name,
            file,
            slots: Box::new([]),
            back: None,
            line: 0,
        }))?;
        if let Some(f) = self.gen_mut(g).frame.as_mut() {
            f.record = Some(record);
        }
        Ok(record)
    }

    /// The builtin methods of generator objects: `send`, `throw`, `close`, `__next__`,
    /// `__iter__`.
    pub fn gen_method(&mut self, method: &str, g: Value, args: &[Value]) -> PyResult<Value> {
        if !matches!(self.obj(g), ObjKind::Generator(_)) {
            let t = self.type_name(g);
            return Err(self.type_error(format!(
                "descriptor '{method}' for 'generator' objects doesn't apply to a '{t}' object"
            )));
        }
        let arity = |lo: usize, hi: usize| args.len() >= lo && args.len() <= hi;
        match method {
            "send" if arity(1, 1) => self.gen_send(g, args[0]),
            "__next__" if arity(0, 0) => {
                let none = self.none();
                self.gen_send(g, none)
            }
            "__iter__" if arity(0, 0) => Ok(g),
            "close" if arity(0, 0) => {
                self.gen_close(g)?;
                Ok(self.none())
            }
            "throw" if arity(1, 3) => {
                let mut err = self.make_raisable(args[0]);
                if let (Some(&val), ObjKind::Class(_)) = (args.get(1), self.obj(args[0])) {
                    if self.tag_of_value(val) == crate::runtime::types::TypeTag::BaseException {
                        err = crate::runtime::exceptions::PyErr::new(val);
                    } else if val != self.none() {
                        let class = args[0];
                        let args = match self.obj(val) {
                            ObjKind::Tuple(items) => items.clone(),
                            _ => vec![val],
                        };
                        err = match self.call(class, args, Vec::new()) {
                            Ok(exc) => crate::runtime::exceptions::PyErr::new(exc),
                            Err(e) => e,
                        };
                    }
                }
                self.gen_throw(g, err)
            }
            _ => {
                let expected = match method {
                    "send" => "exactly one argument",
                    "throw" => "1 to 3 arguments",
                    _ => "no arguments",
                };
                Err(self.type_error(format!(
                    "{method}() takes {expected} ({} given)",
                    args.len()
                )))
            }
        }
    }

    /// A generator expression: its first iterable evaluated here, in the enclosing scope, and
    /// iterated (`iter()`) at once, as CPython does; the rest runs lazily in the generator.
    pub fn eval_genexp(
        &mut self,
        elt: &Rc<Expr>,
        gens: &Rc<Vec<Comprehension>>,
        layout: &Rc<Layout>,
    ) -> PyResult<Value> {
        let first = self.eval(&gens[0].iter)?;
        let state = self.iter_start(first)?;
        // The generator holds `it` as its first temporary after itself. A state that refers to
        // nothing but `first` is its first level (see `genexp_step`), with `first` held for it;
        // any other goes into an iterator object.
        let (it, level) = match state {
            IterState::Shared(v) => (v, None),
            IterState::Seq(v, _) | IterState::Str(v, _) | IterState::Dict(v, ..) if v == first => {
                (first, Some(state))
            }
            IterState::Range(..) => (first, Some(state)),
            state => (self.alloc(ObjKind::Iter(state))?, None),
        };
        let cells = self.capture_cells(layout)?;
        let slots = Interp::new_slots(layout, &cells);
        let (globals, line) = (self.frame().globals, self.frame().line);
        let qualname = self.qualified("<genexpr>");
        let frame = Frame {
            slots,
            ns: globals,
            globals,
            kind: FrameKind::Comprehension,
            names: Some(FrameNames {
                name: Rc::from("<genexpr>"),
                qualname,
            }),
            line,
            record: None,
        };
        let g = self.new_generator(
            Body::Expr(elt.clone(), gens.clone(), layout.clone()),
            frame,
            Some(it),
        )?;
        if let Some(state) = level {
            // Its temporaries when it starts: itself and `it`.
            let height = 2;
            self.gen_mut(g).levels.push(Level { state, height });
        }
        Ok(g)
    }
}

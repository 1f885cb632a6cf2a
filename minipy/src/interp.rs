//! [`Interp`]: the interpreter's state, its roots, allocation, and when collections happen and how
//! their queued finalizers and callbacks run.
//!
//! # Rooting
//! Every Python object lives in the heap, and a collection frees whatever the roots do not reach.
//! The roots are [`Roots`], passed to every collection as extra roots: globals, the running frames
//! (their slots, which hold function locals and cells, and class-body namespaces), builtins,
//! modules, the exceptions being handled, the `finalize` registry, and the **temporaries stack**.
//! A frame's slots are Rust data, not a heap object: when the frame is popped its locals stop
//! being roots, and only cells that closures hold outlive it. A tree-walking evaluator holds handles in Rust locals while it calls code
//! that may collect (a `__del__` can call `gc.collect()`), so:
//!
//! - every value the evaluator produces or fetches is pushed onto `temps` (allocation pushes the
//!   new object; `eval` pushes its result), and
//! - each statement truncates `temps` to its height at the start when it finishes, pushing back the
//!   value or exception it propagates (a `return` value, a raised exception).
//!
//! So a collection is safe at any point. The price: garbage made inside one statement lives until
//! that statement ends (only within one statement; loops truncate per iteration).
//!
//! # Collection points
//! - default: at statement starts and function calls, when the heap's [`Pacing`] says one is due;
//!   then the queue is drained.
//! - `--gc=eager`: a full collection after every statement (at any depth), then the queue is drained
//!   — skipped while no object could be seen dying (no `__del__`, no weak reference made yet).
//! - `gc.collect()`: a full collection, then the queue is drained before it returns.
//! - `gc.get_referrers`, `weakref.getweakrefcount`/`getweakrefs`: a collection first, so garbage
//!   that refcounting would already have freed is not reported; its queued work runs at the next
//!   statement.
//! - an allocation that fails against `--max-heap`: a full collection and one retry. Its queued work
//!   is *not* drained there (user code would run inside an allocation) but at the next statement;
//!   queued objects are roots until then.
//! - `--gc=stress` (for testing the rooting rules): a full collection before every allocation.
//!
//! While queued finalizers and callbacks run, safepoints and eager collections do nothing: only an
//! explicit `gc.collect()` collects (and drains, nested, as CPython runs them inside that call), so a
//! finalizer that makes finalizable garbage cannot keep one drain going forever, and jobs run in the
//! heap's order.

use std::rc::Rc;

use weakgc::{collect_if_due, collect_with, CycleReport, Heap, HeapError, Pacing, PendingKind};
use weakgc::{Trace, Tracer};

use crate::exceptions::PyResult;
use crate::object::{Attrs, Env, ObjKind, Object, Value};
use crate::output::Output;
use crate::Options;

/// Python frames allowed at once (CPython's default recursion limit); one more raises
/// `RecursionError`. Nested native work (repr, equality of nested containers) counts too.
pub const RECURSION_LIMIT: usize = 1000;

/// How many objects [`Interp::may_reach_watched`] walks before assuming a watched one is among
/// them (and a collection is due).
const DROP_WALK_LIMIT: usize = 64;

/// Small ints cached as shared objects, as CPython caches them.
const SMALL_INTS: std::ops::RangeInclusive<i64> = -5..=256;

/// What kind of code a frame runs.
pub enum FrameKind {
    /// The module body.
    Module,
    /// A function call.
    Function {
        /// The function object (for `super()`).
        func: Value,
    },
    /// A class body.
    Class,
    /// A comprehension (a function scope of its own).
    Comprehension,
}

/// One running piece of code. Where each of its names lives was decided by the resolver (see
/// `eval::names`).
pub struct Frame {
    /// The slots of a function or comprehension frame, laid out by its `ast::Layout`: locals
    /// (`None` while unbound), cells of captured locals, then the closure's cells. A class body has
    /// its free variables' cells only; the module frame none.
    pub slots: Vec<Option<Value>>,
    /// The name-keyed namespace (an `Env`): the globals for the module frame, the class namespace
    /// for a class body, the globals (unused) for functions.
    pub ns: Value,
    /// The module globals (an `Env` object).
    pub globals: Value,
    /// How names resolve.
    pub kind: FrameKind,
    /// The name tracebacks show: `<module>`, the function's name, the class name.
    pub name: Rc<str>,
    /// The running code's `__qualname__`, the prefix of the qualnames of code defined in it.
    pub qualname: Rc<str>,
    /// The `frame` object a traceback refers to, made when an exception first reaches this frame;
    /// the slots move into it when the frame ends (`Interp::pop_frame`).
    pub record: Option<Value>,
    /// The line of the statement running now.
    pub line: u32,
}

/// Everything the interpreter holds that must survive collections. Passed to every collection as
/// its extra roots (see the module doc).
#[derive(Default)]
pub struct Roots {
    /// The temporaries stack.
    pub temps: Vec<Value>,
    /// The running frames, outermost first.
    pub frames: Vec<Frame>,
    /// The module globals (an `Env`).
    pub globals: Option<Value>,
    /// The builtins namespace.
    pub builtins: Attrs,
    /// Imported modules.
    pub modules: Attrs,
    /// Exceptions being handled by `except` blocks, innermost last (for a bare `raise`).
    pub handling: Vec<Value>,
    /// Live `weakref.finalize` objects: CPython's registry keeps them alive until they are called or
    /// detached, so their callbacks run even if the script dropped them.
    pub finalizers: Vec<Value>,
    /// Builtin classes, in `TypeTag` order.
    pub types: Vec<Value>,
    /// Builtin exception classes, in `EXCEPTION_CLASSES` order.
    pub exceptions: Vec<Value>,
    /// Singletons and caches: None, True, False, NotImplemented, the small ints.
    pub consts: Vec<Value>,
    /// The preallocated `MemoryError` instance.
    pub memory_error: Option<Value>,
}

impl Trace for Roots {
    fn trace(&self, tracer: &mut Tracer) {
        self.temps.trace(tracer);
        for f in &self.frames {
            f.slots.trace(tracer);
            tracer.edge(f.ns);
            tracer.edge(f.globals);
            f.record.trace(tracer);
            if let FrameKind::Function { func } = &f.kind {
                tracer.edge(*func);
            }
        }
        self.globals.trace(tracer);
        self.builtins.trace(tracer);
        self.modules.trace(tracer);
        self.handling.trace(tracer);
        self.finalizers.trace(tracer);
        self.types.trace(tracer);
        self.exceptions.trace(tracer);
        self.consts.trace(tracer);
        self.memory_error.trace(tracer);
    }
}

/// The interpreter: the heap, the roots, and what runs the script.
pub struct Interp {
    /// The heap every Python object lives in. Boxed so that the interpreter is small to move:
    /// a generator's resume moves it onto the generator's stack and back (`eval::generator`).
    pub heap: Box<Heap>,
    /// Everything collections must keep (see the module doc).
    pub roots: Roots,
    /// Command-line options.
    pub opts: Options,
    /// When a collection is due at a safepoint.
    pacing: Pacing,
    /// Where `print` and tracebacks go.
    pub out: Output,
    /// The script's path, as tracebacks show it.
    pub path: Rc<str>,
    /// The script's text, for the source lines of tracebacks.
    pub source: Rc<str>,
    /// How many `drain_pending` calls are running (nested when a finalizer calls `gc.collect()`).
    draining: u32,
    /// Native recursion depth (Python calls plus nested repr/eq/hash), against [`RECURSION_LIMIT`].
    pub depth: usize,
    /// Objects whose repr is being computed (to print `[...]` for self-containing containers).
    pub repr_active: Vec<Value>,
    /// Serial number of the next `finalize` object.
    pub finalize_serial: u64,
    /// Whether a script could ever see an object die: set once an instance with `__del__` or any weak
    /// reference (ref, proxy, finalize, weak container entry) is made. Until then `--gc=eager` and
    /// interpreter exit skip their collections, which nothing could observe.
    pub deaths_observable: bool,
    /// The default mode's trigger: since the last collection after a statement, a watched object
    /// was made or a reference was dropped from which one may be reachable (see
    /// [`note_drop`](Self::note_drop)). The statement's end then collects.
    pub drop_suspect: bool,
    /// After exit's `atexit` pass, `finalize` objects no longer run (as CPython's `_shutdown`).
    pub shutting_down: bool,
    /// Objects allocated since the collection numbered `allocs_cycle` (for `gc.get_count()`).
    allocs: u64,
    allocs_cycle: u64,
    /// Statements and loop iterations run so far (for `--max-steps`).
    steps: u64,
    /// When `--timeout` runs out.
    deadline: Option<std::time::Instant>,
    /// A resource limit ran out: every later statement raises again, and exit runs no Python code.
    pub limit_hit: bool,
    /// Each object's plain reference and proxy without callback, for `weakref.ref(obj)` to reuse.
    pub(crate) basic_refs: crate::modules::weakref::BasicRefs,
}

impl Interp {
    /// An interpreter with builtins and modules ready and no script loaded.
    pub fn new(opts: Options, out: Output) -> Interp {
        let mut heap = Box::new(Heap::new());
        heap.set_limit(None);
        let mut interp = Interp {
            heap,
            roots: Roots::default(),
            opts,
            pacing: Pacing::default(),
            out,
            path: Rc::from("<string>"),
            source: Rc::from(""),
            depth: 0,
            draining: 0,
            repr_active: Vec::new(),
            finalize_serial: 0,
            deaths_observable: false,
            drop_suspect: false,
            shutting_down: false,
            allocs: 0,
            allocs_cycle: 0,
            steps: 0,
            deadline: None,
            limit_hit: false,
            basic_refs: Default::default(),
        };
        interp.deadline = interp.opts.timeout.map(|t| std::time::Instant::now() + t);
        interp.init_consts();
        interp.init_types();
        let memory_error = interp.exc_class("MemoryError");
        let exc = interp
            .new_exception(memory_error, Vec::new())
            .expect("no heap limit during startup");
        interp.roots.memory_error = Some(exc);
        interp.init_builtins();
        let globals = interp
            .alloc(ObjKind::Env(Env {
                vars: Attrs::default(),
            }))
            .expect("no heap limit during startup");
        interp.roots.globals = Some(globals);
        interp.roots.temps.clear();
        interp.heap.set_limit(interp.opts.max_heap);
        interp
    }

    fn init_consts(&mut self) {
        for kind in [
            ObjKind::None,
            ObjKind::Bool(true),
            ObjKind::Bool(false),
            ObjKind::NotImplemented,
        ] {
            let v = self.heap.alloc(Object::new(kind));
            self.roots.consts.push(v);
        }
        for i in SMALL_INTS {
            let v = self.heap.alloc(Object::new(ObjKind::Int(i)));
            self.roots.consts.push(v);
        }
    }

    /// `None`.
    pub fn none(&self) -> Value {
        self.roots.consts[0]
    }

    /// `True` or `False`.
    pub fn bool_value(&self, b: bool) -> Value {
        self.roots.consts[if b { 1 } else { 2 }]
    }

    /// `NotImplemented`.
    pub fn not_implemented(&self) -> Value {
        self.roots.consts[3]
    }

    /// The module globals.
    pub fn globals(&self) -> Value {
        self.roots.globals.expect("globals exist after startup")
    }

    /// An interpreter that holds nothing: what a generator's resume leaves in the caller's place
    /// while the real one is lent to the generator's stack (`eval::generator`).
    pub(crate) fn placeholder() -> Interp {
        Interp {
            heap: Box::new(Heap::new()),
            roots: Roots::default(),
            opts: Options::default(),
            pacing: Pacing::default(),
            out: Output::capture(),
            path: Rc::from(""),
            source: Rc::from(""),
            depth: 0,
            draining: 0,
            repr_active: Vec::new(),
            finalize_serial: 0,
            deaths_observable: false,
            drop_suspect: false,
            shutting_down: false,
            allocs: 0,
            allocs_cycle: 0,
            steps: 0,
            deadline: None,
            limit_hit: false,
            basic_refs: Default::default(),
        }
    }

    // ---- allocation and temporaries ----

    /// Allocates an object and pushes it onto the temporaries stack.
    ///
    /// # Errors
    /// `MemoryError` if the heap limit is reached even after a full collection.
    pub fn alloc(&mut self, kind: ObjKind) -> PyResult<Value> {
        // Item storage to charge once the cell exists: (bytes per item, items).
        let (per_item, items) = match &kind {
            ObjKind::List(items) => (crate::eval::ops::LIST_ITEM_BYTES, items.len()),
            ObjKind::Dict(d) | ObjKind::Set(d) => (crate::eval::ops::DICT_ENTRY_BYTES, d.len()),
            _ => (0, 0),
        };
        if self.opts.stress && self.draining == 0 {
            collect_with(&mut self.heap, &self.roots);
        }
        let v = match self.heap.try_alloc(Object::new(kind)) {
            Ok(v) => v,
            Err(e) => {
                if !matches!(e.error, HeapError::OutOfMemory { .. }) {
                    return Err(self.memory_error());
                }
                // Queued work from this collection runs at the next statement, not inside an
                // allocation; see the module doc.
                collect_with(&mut self.heap, &self.roots);
                match self.heap.try_alloc(e.value) {
                    Ok(v) => v,
                    Err(_) => return Err(self.memory_error()),
                }
            }
        };
        self.roots.temps.push(v);
        self.charge_items(v, per_item, 0, items)?;
        if self.heap.cycle_count() != self.allocs_cycle {
            self.allocs_cycle = self.heap.cycle_count();
            self.allocs = 0;
        }
        self.allocs += 1;
        Ok(v)
    }

    /// Objects allocated since the last collection.
    pub fn allocs_since_collect(&self) -> u64 {
        if self.heap.cycle_count() == self.allocs_cycle {
            self.allocs
        } else {
            0
        }
    }

    /// An `int` (small ones are shared).
    pub fn int_value(&mut self, i: i64) -> PyResult<Value> {
        if SMALL_INTS.contains(&i) {
            return Ok(self.roots.consts[(4 + i - SMALL_INTS.start()) as usize]);
        }
        self.alloc(ObjKind::Int(i))
    }

    /// A `str`.
    pub fn str_value(&mut self, s: &str) -> PyResult<Value> {
        self.alloc(ObjKind::Str(Rc::from(s)))
    }

    /// Roots `v` until the current statement ends.
    #[inline]
    pub fn push_temp(&mut self, v: Value) {
        self.roots.temps.push(v);
    }

    /// The temporaries stack's height, to truncate back to.
    #[inline]
    pub fn temps_height(&self) -> usize {
        self.roots.temps.len()
    }

    /// Drops the temporaries above `height`.
    #[inline]
    pub fn truncate_temps(&mut self, height: usize) {
        self.roots.temps.truncate(height);
    }

    /// The object `v` names.
    #[inline]
    pub fn obj(&self, v: Value) -> &ObjKind {
        &self.heap.get(v).kind
    }

    /// The object `v` names, mutably.
    #[inline]
    pub fn obj_mut(&mut self, v: Value) -> &mut ObjKind {
        &mut self.heap.get_mut(v).kind
    }

    /// Lets go of `items`, references just taken out of a container or a frame, so that they die
    /// in the order CPython's refcounting releases them: `first_to_last` as a frame clears its
    /// locals and `dict.clear()` its entries, otherwise last to first as `list.clear()` does. They
    /// go into one holder tuple: the collector releases what a dead object alone held in the
    /// reverse of its trace order, whereas loose garbage dies in cell order. With `until_stmt_end`
    /// the holder (or the items) stays on the temporaries stack until the statement ends, else it
    /// is garbage at once. Without an observer (no `__del__`, no weak reference yet) nothing could
    /// tell the order, so no holder is made; nor if it cannot be allocated (heap limit).
    pub fn release_in_order(
        &mut self,
        mut items: Vec<Value>,
        first_to_last: bool,
        until_stmt_end: bool,
    ) {
        for v in &items {
            self.note_drop(*v);
        }
        let height = self.temps_height();
        // Rooted while allocating: under `--gc=stress` the allocation collects first.
        self.roots.temps.extend(items.iter().copied());
        if items.len() < 2 || !self.deaths_observable {
            if !until_stmt_end {
                self.truncate_temps(height);
            }
            return;
        }
        if first_to_last {
            items.reverse();
        }
        if self.alloc(ObjKind::Tuple(items)).is_ok() {
            self.roots.temps.drain(height..self.temps_height() - 1);
        }
        if !until_stmt_end {
            self.truncate_temps(height);
        }
    }

    // ---- recursion ----

    /// Counts one level of native recursion; `RecursionError` past [`RECURSION_LIMIT`]. Pair with
    /// [`leave`](Self::leave).
    pub fn enter(&mut self) -> PyResult<()> {
        self.enter_for("")
    }

    /// [`enter`](Self::enter), saying what recursed in the error (`" while getting the repr of an
    /// object"`), as CPython does.
    pub fn enter_for(&mut self, context: &str) -> PyResult<()> {
        if self.depth >= RECURSION_LIMIT || crate::eval::generator::stack_low() {
            return Err(self.err(
                "RecursionError",
                format!("maximum recursion depth exceeded{context}"),
            ));
        }
        self.depth += 1;
        Ok(())
    }

    /// Undoes one [`enter`](Self::enter).
    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- collection ----

    /// A full collection with the interpreter's roots, then its queued finalizers and callbacks.
    pub fn collect_now(&mut self) -> CycleReport {
        let report = collect_with(&mut self.heap, &self.roots);
        self.drain_pending();
        report
    }

    /// Counts one step (a statement or a loop iteration) against `--max-steps` and `--timeout`.
    ///
    /// # Errors
    /// `ResourceLimitError` once either runs out, and at every step after that.
    pub fn tick(&mut self) -> PyResult<()> {
        self.steps += 1;
        let out_of_steps = self.opts.max_steps.is_some_and(|max| self.steps > max);
        // Reading the clock every 1024 steps keeps its cost out of the loop.
        let out_of_time = self.steps.is_multiple_of(1024)
            && self
                .deadline
                .is_some_and(|d| std::time::Instant::now() >= d);
        if out_of_steps || out_of_time || self.limit_hit {
            self.limit_hit = true;
            let what = if out_of_steps {
                format!(
                    "step limit of {} exceeded",
                    self.opts.max_steps.unwrap_or(0)
                )
            } else {
                "time limit exceeded".to_string()
            };
            return Err(self.err("ResourceLimitError", what));
        }
        Ok(())
    }

    /// A safepoint: collects if the pacing policy says so, then runs queued work.
    ///
    /// Not while finalizers or callbacks run: there only `gc.collect()` (and an allocation at the
    /// heap limit) collects, so a finalizer that makes finalizable garbage cannot keep one drain
    /// going forever, and the queue keeps its order.
    pub fn safepoint(&mut self) {
        if self.draining > 0 {
            return;
        }
        collect_if_due(&mut self.heap, &self.pacing, &self.roots);
        if self.heap.pending_len() > 0 {
            self.drain_pending();
        }
    }

    /// The collection `--gc=eager` runs after a statement, and its queued work. Not inside a
    /// finalizer or callback (see [`safepoint`](Self::safepoint)): a `__del__` that makes a new
    /// finalizable object each time would otherwise keep one drain going forever.
    pub fn eager_collect(&mut self) {
        if !self.deaths_observable || self.draining > 0 {
            return;
        }
        collect_with(&mut self.heap, &self.roots);
        self.drain_pending();
    }

    /// After a statement: the collection of the GC mode. `--gc=eager` always; `--gc=auto` if the
    /// statement made a watched object or dropped a reference that may reach one; the default
    /// (paced) mode never (its collections come at safepoints).
    pub fn collect_after_stmt(&mut self) {
        if self.opts.eager || (self.drop_suspect && self.opts.auto) {
            if !self.deaths_observable || self.draining > 0 {
                return;
            }
            self.drop_suspect = false;
            collect_with(&mut self.heap, &self.roots);
            self.drain_pending();
        }
    }

    /// An object just became watched (an instance with `__del__`, or a weak reference or weak
    /// container entry to it): it may be a temporary that dies when the statement ends.
    pub fn note_watched(&mut self) {
        self.deaths_observable = true;
        self.drop_suspect = true;
    }

    /// A reference to `old` was just overwritten or removed (a name, attribute, item, container
    /// entry or frame local). If a watched object may be reachable from `old`, the default mode
    /// collects when the statement ends; refcounting could have freed it here.
    #[inline]
    pub fn note_drop(&mut self, old: Value) {
        if self.deaths_observable && !self.drop_suspect && self.may_reach_watched(old) {
            self.drop_suspect = true;
        }
    }

    /// [`push_temp`](Self::push_temp) for a value just removed from where it was held (see
    /// [`note_drop`](Self::note_drop)).
    #[inline]
    pub fn push_dropped(&mut self, v: Value) {
        self.note_drop(v);
        self.push_temp(v);
    }

    /// Whether a watched object (armed `__del__`, weak references or weak-container entries) may
    /// be reachable from `v`: a depth-first walk of at most `DROP_WALK_LIMIT` (64) objects, answering
    /// yes when it finds one or runs out. It does not enter namespaces, classes and modules: they
    /// outlive the objects that refer to them (a known gap: dropping the last reference to a class
    /// or module that alone holds a watched object waits for a later collection). Scalars cost
    /// one match.
    pub fn may_reach_watched(&self, v: Value) -> bool {
        let mut stack = vec![v];
        let mut visited = 0;
        while let Some(v) = stack.pop() {
            match self.obj(v) {
                ObjKind::None
                | ObjKind::NotImplemented
                | ObjKind::Bool(_)
                | ObjKind::Int(_)
                | ObjKind::Float(_)
                | ObjKind::Str(_)
                | ObjKind::Range(..)
                | ObjKind::Builtin(_, None)
                | ObjKind::Env(_)
                | ObjKind::Class(_)
                | ObjKind::Module(_) => continue,
                _ => {}
            }
            visited += 1;
            if visited > DROP_WALK_LIMIT {
                return true;
            }
            let any = weakgc::GcAny::from(v);
            if self.heap.has_finalizer(any) || !self.heap.watchers(any).is_empty() {
                return true;
            }
            for r in self.heap.referents(any).unwrap_or_default() {
                if let Ok(child) = self.heap.downcast::<Object>(r) {
                    stack.push(child);
                }
            }
        }
        false
    }

    /// Runs queued finalizers and callbacks in queue order. Each job roots its object while it runs;
    /// a job that raises prints `Exception ignored in: ...` and the rest still run. Re-entrant: a job
    /// that calls `gc.collect()` drains (nested) the jobs that are queued then, as CPython would run
    /// them inside that call.
    pub fn drain_pending(&mut self) {
        self.draining += 1;
        while let Some(job) = self.heap.next_pending() {
            let Ok(object) = self.heap.downcast::<Object>(job.object) else {
                continue;
            };
            let height = self.temps_height();
            match job.kind {
                PendingKind::Finalize => self.run_del(object),
                PendingKind::Callback => self.run_weak_callback(object),
            }
            self.truncate_temps(height);
            drop(job);
        }
        self.draining -= 1;
    }

    /// Runs `obj.__del__()` (for a generator, `close()`).
    fn run_del(&mut self, obj: Value) {
        if let ObjKind::Generator(_) = self.obj(obj) {
            return self.gen_finalize(obj);
        }
        let class = self.type_of(obj);
        let Some(del) = self.class_lookup(class, "__del__") else {
            return;
        };
        if let Err(e) = self.call(del, vec![obj], Vec::new()) {
            self.print_unraisable(del, &e);
        }
    }

    /// Runs the callback of the weak reference object `wr` whose referent died.
    fn run_weak_callback(&mut self, wr: Value) {
        if let ObjKind::Finalize(_) = self.obj(wr) {
            if self.shutting_down {
                return;
            }
            if let Err(e) = self.call_finalize(wr) {
                self.print_unraisable(wr, &e);
            }
            return;
        }
        let callback = match self.obj_mut(wr) {
            ObjKind::WeakRef(w) => w.callback.take(),
            ObjKind::Proxy(p) => p.callback.take(),
            _ => None,
        };
        if let Some(cb) = callback {
            self.push_temp(cb);
            if let Err(e) = self.call(cb, vec![wr], Vec::new()) {
                self.print_unraisable(cb, &e);
            }
        }
    }

    // ---- statements ----

    /// Ends a statement: truncates the temporaries to `height`, keeping what the statement
    /// propagates (a return value or exception) rooted.
    pub fn finish_stmt<T>(&mut self, height: usize, result: &PyResult<T>, carried: Option<Value>) {
        self.truncate_temps(height);
        if let Some(v) = carried {
            self.push_temp(v);
        }
        if let Err(e) = result {
            self.push_temp(e.exc);
        }
    }

    // ---- teardown ----

    /// Interpreter exit, as CPython 3.11's `Py_FinalizeEx` does it, as far as a script can tell:
    ///
    /// 1. `atexit` work: the `finalize` objects still alive with `atexit` set run newest first;
    ///    later no `finalize` runs (`finalize._shutdown`).
    /// 2. A collection (`_PyGC_CollectNoFail` before `finalize_modules`): garbage only.
    /// 3. `finalize_modules` drops `__main__` from `sys.modules`. If its globals are in a cycle
    ///    (a function or class defined in the module refers back to them through `__globals__`),
    ///    they survive that and die in the next collection as one batch of cyclic garbage: every
    ///    `__del__` runs while the globals are still intact (so a `__del__` may use `sys` or any
    ///    global), and weak references that are themselves part of the garbage are cleared without
    ///    calling back. Otherwise the module's dict is freed at once, releasing its values in
    ///    insertion order.
    pub fn shutdown(&mut self) {
        self.roots.temps.clear();
        if self.limit_hit {
            // The script is out of budget: run none of its code (finalizers) at exit.
            return;
        }
        self.run_atexit_finalizers();
        self.shutting_down = true;
        if !self.deaths_observable {
            return;
        }
        self.roots.handling.clear();
        // The module's frame is done; from here the globals are held only as `__main__`'s.
        self.roots.frames.clear();
        self.collect_now();
        let globals = self.globals();
        if self.reaches_itself(globals) {
            // The batch: the globals stop being a root, so everything only they held is
            // garbage together; finalizers keep what they reach (the globals too) until they ran.
            self.roots.globals = None;
            self.collect_now();
            if !self.heap.is_alive(globals) {
                // Freed with the rest: later teardown (`forget_script`) gets an empty namespace.
                let empty = self.heap.alloc(Object::new(ObjKind::Env(Env {
                    vars: Attrs::default(),
                })));
                self.roots.globals = Some(empty);
                return;
            }
            self.roots.globals = Some(globals);
        } else if let ObjKind::Env(env) = self.obj(globals) {
            let values: Vec<Value> = env.vars.iter().map(|(_, v)| v).collect();
            self.release_in_order(values, true, false);
        }
        if let ObjKind::Env(env) = self.obj_mut(globals) {
            env.vars.clear();
        }
        self.collect_now();
    }

    /// Whether `start` is on a cycle of strong references. O(objects reachable from it).
    fn reaches_itself(&self, start: Value) -> bool {
        let start = weakgc::GcAny::from(start);
        let mut seen = std::collections::HashSet::new();
        let mut stack = self.heap.referents(start).unwrap_or_default();
        while let Some(gc) = stack.pop() {
            if gc == start {
                return true;
            }
            if seen.insert(gc) {
                stack.extend(self.heap.referents(gc).unwrap_or_default());
            }
        }
        false
    }

    fn run_atexit_finalizers(&mut self) {
        let mut pending: Vec<(u64, Value)> = self
            .roots
            .finalizers
            .iter()
            .filter_map(|f| match self.obj(*f) {
                ObjKind::Finalize(fo) if fo.atexit && fo.call.is_some() => Some((fo.serial, *f)),
                _ => None,
            })
            .collect();
        pending.sort_by_key(|p| std::cmp::Reverse(p.0));
        for (_, f) in pending {
            let height = self.temps_height();
            if let Err(e) = self.call_finalize(f) {
                self.print_traceback(&e);
            }
            self.truncate_temps(height);
        }
    }

    /// Forgets everything a script could still reach (its globals, imported modules, handled
    /// exceptions, the `finalize` registry) while keeping the builtins: afterwards a collection
    /// leaves only what the interpreter had before the script ran (leak tests rely on this).
    pub fn forget_script(&mut self) {
        let globals = self.globals();
        if let ObjKind::Env(env) = self.obj_mut(globals) {
            env.vars.clear();
        }
        self.roots.modules.clear();
        self.roots.handling.clear();
        self.roots.finalizers.clear();
        self.roots.temps.clear();
        self.roots.frames.clear();
        self.repr_active.clear();
    }

    /// Drops every root and collects: afterwards the heap holds only what leaked (for tests; the
    /// interpreter is unusable after this).
    pub fn release_everything(&mut self) -> usize {
        self.roots = Roots::default();
        collect_with(&mut self.heap, &());
        while let Some(job) = self.heap.next_pending() {
            drop(job);
        }
        collect_with(&mut self.heap, &());
        self.heap.object_count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporaries_keep_objects_alive_until_truncated() {
        let mut interp = Interp::new(Options::default(), Output::capture());
        let height = interp.temps_height();
        let v = interp.alloc(ObjKind::Int(1000)).unwrap();
        interp.collect_now();
        assert!(interp.heap.is_alive(v));
        interp.truncate_temps(height);
        interp.collect_now();
        assert!(!interp.heap.is_alive(v));
    }

    #[test]
    fn small_ints_are_shared_and_large_ones_are_not() {
        let mut interp = Interp::new(Options::default(), Output::capture());
        assert_eq!(interp.int_value(7).unwrap(), interp.int_value(7).unwrap());
        assert_ne!(
            interp.int_value(700).unwrap(),
            interp.int_value(700).unwrap()
        );
    }

    #[test]
    fn an_allocation_past_the_limit_is_a_memory_error_not_a_panic() {
        let opts = Options {
            max_heap: Some(1),
            ..Options::default()
        };
        let mut interp = Interp::new(opts, Output::capture());
        let err = interp.alloc(ObjKind::Int(1000)).unwrap_err();
        assert!(interp.err_is(&err, "MemoryError"));
    }

    /// Containers keep their items outside the heap's cells; each is charged for them, so many
    /// containers under the limit one by one cannot hold more than the limit together. The items
    /// (heap cells themselves) are made once, so only the containers' storage grows.
    #[test]
    fn many_containers_each_under_the_limit_are_bounded_together() {
        let opts = Options {
            max_heap: Some(3_000_000),
            ..Options::default()
        };
        for (kind, grow) in [
            ("lists", "c = [x] * 50000"),
            (
                "appended lists",
                "c = []\n    for j in range(50000):\n        c.append(x)",
            ),
            ("dicts", "c = {}\n    for k in keys:\n        c[k] = x"),
            ("sets", "c = set()\n    for k in keys:\n        c.add(k)"),
            (
                "weak values",
                "c = weakref.WeakValueDictionary()\n    for k in keys:\n        c[k] = x",
            ),
            (
                "weak keys",
                "c = weakref.WeakKeyDictionary()\n    for o in objs:\n        c[o] = 1",
            ),
            (
                "weak sets",
                "c = weakref.WeakSet()\n    for o in objs:\n        c.add(o)",
            ),
        ] {
            let src = format!(
                "import weakref\nclass A:\n  pass\nx = A()\nkeys = list(range(2000))\nobjs = [A() for i in range(2000)]\nkeep = []\ntry:\n  for i in range(1000):\n    {grow}\n    keep.append(c)\nexcept MemoryError:\n  print(len(keep) < 40)\n"
            );
            let (code, out) = crate::run_captured(&src, &opts);
            assert_eq!((code, out.as_str()), (0, "True\n"), "{kind}");
        }
    }
}

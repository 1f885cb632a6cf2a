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
//! [`Interp::gc_work_at`] alone decides what runs at each safepoint, by `--gc` mode:
//! - default: CPython's timing plus incremental background cycles. After a statement that made a
//!   watched object (an instance with `__del__`, a weak reference or weak-container entry) or
//!   dropped a reference from which one may be reachable ([`Interp::note_drop`]), a full
//!   collection, where refcounting would have freed it. At statement starts and function calls,
//!   an incremental step (`weakgc::collect_step`) when the heap's [`Pacing`] says one is due, so
//!   the rest of the garbage goes in bounded slices. Then the queue is drained.
//! - `--gc=auto`: the same timing with stop-the-world paced collections in the background.
//! - `--gc=incremental` / `--gc=paced`: only the background collections (steps / stop-the-world).
//! - `--gc=eager`: a full collection after every statement (at any depth), then the queue is drained
//!   — skipped while no object could be seen dying (no `__del__`, no weak reference made yet).
//! - `gc.collect()`: a full collection (it abandons an incremental cycle still marking), then the
//!   queue is drained before it returns.
//! - `gc.get_referrers`, `weakref.getweakrefcount`/`getweakrefs`: a collection first, so garbage
//!   that refcounting would already have freed is not reported; its queued work runs at the next
//!   statement.
//! - an allocation that fails against `--max-heap`: a full collection and one retry. Its queued work
//!   is *not* drained there (user code would run inside an allocation) but at the next statement;
//!   queued objects are roots until then.
//! - `--gc=stress` / `--gc=stress-step` (for testing the rooting rules and the write barrier): a
//!   full collection / an incremental step of 64 units before every allocation, on top of the
//!   default's.
//!
//! # The write barrier
//! Incremental steps interleave with the evaluator, so every store of a handle into an object a
//! cycle may already have traced must reach the heap's barrier. In minipy every mutation of an
//! object goes through [`Interp::obj_mut`] (`Heap::get_mut`, which is the barrier): objects hold
//! no `RefCell` or `Cell`, the weak containers are the heap's tables inside the object, mutated
//! through the same borrow, and registrations (`watch`, `downgrade`) are side tables the atomic
//! phase reads. Frames, the temporaries and the other [`Roots`] are extra roots, rescanned by
//! every step. An object given interior mutability must call `Heap::write_barrier` after storing
//! a handle through it; `--gc=stress-step` under a debug build (the barrier verifier runs at
//! every cycle's atomic phase) is the check.
//!
//! While queued finalizers and callbacks run, safepoints and eager collections do nothing: only an
//! explicit `gc.collect()` collects (and drains, nested, as CPython runs them inside that call), so a
//! finalizer that makes finalizable garbage cannot keep one drain going forever, and jobs run in the
//! heap's order.

use std::rc::Rc;

use std::collections::HashMap;

use weakgc::{bytes_until_step, collect_minor, collect_step, collect_with, CycleReport, GcAny};
use weakgc::{collect_minor_observing, collect_observing, HeapCore};
use weakgc::{CollectorMode, GcPhase, Heap, HeapError};
use weakgc::{FinalizeRegistry, Pacing, Pending, PendingKind};
use weakgc::{Trace, Tracer};

use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::object::{Attrs, Env, FinalizeCall, ObjKind, Object, Value};
use crate::runtime::options::{GcMode, Options, Stress};
use crate::runtime::output::Output;
use crate::runtime::str_text::{self, StrText};

/// Python frames allowed at once (CPython's default recursion limit); one more raises
/// `RecursionError`. Nested native work (repr, equality of nested containers) counts too.
pub const RECURSION_LIMIT: usize = 1000;

/// How many objects [`Interp::may_reach_watched`] walks before assuming a watched one is among
/// them (and a collection is due).
const DROP_WALK_LIMIT: usize = 64;

/// The pacing of `--gc=stress-step`: a small fixed budget per step, so that one cycle spans many
/// allocations and every kind of mutation happens while it marks.
const STRESS_STEP_PACING: Pacing = Pacing {
    pause_percent: 100,
    min_debt: 0,
    step_bytes: 0,
    step_percent: 400,
    step_units: Some(64),
    minor_bytes: 1 << 20,
    minor_unit_bytes: 32,
    major_percent: 100,
};

/// The bytes of one object's cell (its size rounded up to the heap's 16-byte size classes), the
/// unit in which `gc.get_count()` and `gc.get_threshold()` count generation 0 (the heap paces by
/// bytes).
pub const OBJECT_BYTES: usize = std::mem::size_of::<Object>().next_multiple_of(16);

/// Small ints cached as shared objects, as CPython caches them.
const SMALL_INTS: std::ops::RangeInclusive<i64> = -5..=256;

/// A handle's cell index and generation as one number, ordered by index.
#[inline(always)]
fn cell_bits(index: u32, generation: u32) -> u64 {
    (index as u64) << 32 | generation as u64
}

/// Where `Ellipsis` sits in `Roots::consts`: after None, True, False, NotImplemented and the small ints.
const ELLIPSIS_CONST: usize = 4 + (256 + 5 + 1);

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
    /// The names of a module, class body or comprehension; `None` for a function's frame, whose
    /// names are its code's (see [`Interp::frame_names`]): a call copies none.
    pub names: Option<FrameNames>,
    /// The `frame` object a traceback refers to, made when an exception first reaches this frame;
    /// the slots move into it when the frame ends (`Interp::pop_frame`).
    pub record: Option<Value>,
    /// The line of the statement running now.
    pub line: u32,
}

/// A frame's names, as tracebacks and `__qualname__`s use them.
#[derive(Clone, Debug)]
pub struct FrameNames {
    /// The name tracebacks show: `<module>`, the function's name, the class name.
    pub name: Rc<str>,
    /// The running code's `__qualname__`, the prefix of the qualnames of code defined in it.
    pub qualname: Rc<str>,
}

impl FrameNames {
    /// The module frame's.
    pub fn module() -> FrameNames {
        FrameNames {
            name: Rc::from("<module>"),
            qualname: Rc::from("<module>"),
        }
    }
}

/// Where the evaluator lets the collector run (see [`Interp::gc_work_at`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Safepoint {
    /// The start of a statement (before it runs; its temporaries are empty).
    StmtStart,
    /// A Python function call, before its frame is pushed.
    Call,
    /// The end of a statement (its temporaries truncated).
    StmtEnd,
    /// Before an allocation (only the stress modes collect here).
    Alloc,
}

/// What a safepoint runs (see [`Interp::gc_work_at`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GcWork {
    /// Nothing.
    Nothing,
    /// A full stop-the-world collection (it abandons an incremental cycle still marking).
    Full,
    /// One bounded incremental step (`weakgc::collect_step`): in generational mode, a step of
    /// a major cycle.
    Step,
    /// A minor collection (`weakgc::collect_minor`), generational mode only: frees young garbage,
    /// keeps every old object.
    Minor,
}

/// What [`Interp::may_reach_watched`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// No watched object is reachable (a complete walk).
    Nothing,
    /// Watched objects may be reachable, and every object the walk met is young (outside
    /// generational mode: a watched object was found).
    Young,
    /// Watched objects may be reachable through or at old objects, or young objects through
    /// old ones, or the walk ran out.
    Old,
    /// No watched object is reachable, but the walk met young objects through an old one: it
    /// may be old garbage now, and a minor collection would keep them, even if watched later.
    OldOnly,
}

/// What the collections run at safepoints cost (`--gc-stats`); `gc.collect()` and exit's
/// collections are not counted.
#[derive(Clone, Debug, Default)]
pub struct GcStats {
    /// Full stop-the-world collections.
    pub full: u64,
    /// Incremental steps.
    pub steps: u64,
    /// Minor collections.
    pub minors: u64,
    /// The longest single pause (a full collection or a step).
    pub longest: std::time::Duration,
    /// All pauses together.
    pub total: std::time::Duration,
}

impl GcStats {
    /// One line for stderr.
    pub fn report(&self) -> String {
        format!(
            "gc: {} full collections, {} minor collections, {} incremental steps, longest pause {:.3} ms, total {:.1} ms\n",
            self.full,
            self.minors,
            self.steps,
            self.longest.as_secs_f64() * 1e3,
            self.total.as_secs_f64() * 1e3
        )
    }
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
    /// Exceptions being handled by `except` blocks, innermost last (for a bare `raise`).
    pub handling: Vec<Value>,
    /// Singletons and caches: None, True, False, NotImplemented, the small ints.
    pub consts: Vec<Value>,
    /// The roots statements and calls do not touch ([`SideRoots`]).
    pub side: Box<SideRoots>,
}

/// The roots that are only read, or seldom written, by running code: the builtin classes and
/// namespace, modules, `sys` and `gc` state, caches. Boxed: a generator resume moves `Interp` by
/// value four times, and these were half of `Roots` (480 bytes of `Interp` before, 352 after);
/// what reads them pays one more load.
#[derive(Default)]
pub struct SideRoots {
    /// The builtins namespace.
    pub builtins: Attrs,
    /// Builtin classes, in `TypeTag` order.
    pub types: Vec<Value>,
    /// Builtin exception classes, indexed by `Exc`.
    pub exceptions: Vec<Value>,
    /// The unbound methods of builtin types fetched so far (`dict.get`), with the type whose they
    /// are: fetched again they are the same object, as CPython's descriptors in a type's dict.
    pub unbound_methods: Vec<(
        crate::runtime::types::TypeTag,
        crate::runtime::builtin_id::Builtin,
        Value,
    )>,
    /// Each module namespace whose `globals()` was called, with that dict
    /// (`eval::globals_dict`): (namespace, dict).
    pub namespace_dicts: Vec<(Value, Value)>,
    /// Imported modules.
    pub modules: Attrs,
    /// The preallocated `MemoryError` instance.
    pub memory_error: Option<Value>,
    /// `gc.callbacks` and `gc.garbage`, once `gc` is imported (the collector's own references,
    /// as CPython's `gcstate` holds them).
    pub gc_callbacks: Option<Value>,
    /// See [`gc_callbacks`](Self::gc_callbacks).
    pub gc_garbage: Option<Value>,
    /// `sys.modules`, once made (until then `modules` alone caches the imported modules).
    pub sys_modules: Option<Value>,
    /// `sys.path`, once made.
    pub sys_path: Option<Value>,
    /// The `builtins` module, once imported: its attributes are the builtins namespace itself.
    pub builtins_module: Option<Value>,
    /// The `__code__` objects made so far, keyed by their `def`/`lambda` node's address: every
    /// function a `def` makes shares one, as in CPython. The value holds the node's `Rc`, so the
    /// address is not reused while the entry lives.
    pub code_objects: std::collections::HashMap<usize, Value>,
    /// The objects this interpreter made for the constants of the trees it ran (see
    /// `ast::ConstSlot`), each with its slot: a root while the slot exists (its tree's code may
    /// run again), garbage once it is gone; [`Interp::keep_constant`] prunes those entries.
    pub code_constants: Vec<(std::rc::Weak<crate::syntax::ast::ConstSlot>, Value)>,
    /// This interpreter's number in the constant slots it fills: a tree another interpreter ran
    /// holds that one's objects, which mean nothing in this heap.
    pub constant_owner: u32,
}

/// The number of the next interpreter made (see `SideRoots::constant_owner`).
static NEXT_CONSTANT_OWNER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

/// What the import system knows of the modules loaded from files (`modules::importer`).
#[derive(Default)]
pub struct ImportState {
    /// Each such module's file, by module name.
    pub files: HashMap<Rc<str>, Rc<str>>,
    /// Each such file's source, for the source lines of tracebacks.
    pub sources: HashMap<Rc<str>, Rc<str>>,
    /// The modules whose code is running (for the circular import's `ImportError`).
    pub initializing: Vec<Rc<str>>,
}

impl Trace for Roots {
    fn trace(&self, tracer: &mut Tracer) {
        self.temps.trace(tracer);
        self.trace_lasting(tracer);
    }
}

impl Roots {
    /// Traces every root but the temporaries stack (for `minipy.why_alive`).
    pub fn trace_lasting(&self, tracer: &mut Tracer) {
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
        self.side.builtins.trace(tracer);
        self.side.modules.trace(tracer);
        self.handling.trace(tracer);
        self.side.types.trace(tracer);
        self.side.exceptions.trace(tracer);
        self.consts.trace(tracer);
        self.side.memory_error.trace(tracer);
        self.side.gc_callbacks.trace(tracer);
        self.side.gc_garbage.trace(tracer);
        self.side.sys_modules.trace(tracer);
        self.side.sys_path.trace(tracer);
        self.side.builtins_module.trace(tracer);
        for (_, _, v) in &self.side.unbound_methods {
            tracer.edge(*v);
        }
        for v in self.side.code_objects.values() {
            tracer.edge(*v);
        }
        // A constant whose tree is gone is garbage: its entry waits for `keep_constant`'s pruning
        // with a handle nothing reads (only its slot led to it).
        for (slot, v) in &self.side.code_constants {
            if slot.strong_count() > 0 {
                tracer.edge(*v);
            }
        }
        for &(env, dict) in &self.side.namespace_dicts {
            tracer.edge(env);
            tracer.edge(dict);
        }
    }
}

/// The interpreter's state that statements, calls and attribute access do not touch, but for
/// the allocation serial every allocation counts. Boxed, as `Interp::heap`: a generator's resume
/// moves the interpreter four times, and these bytes then move as one pointer.
#[derive(Default)]
pub struct SideTables {
    /// Objects whose repr is being computed (to print `[...]` for self-containing containers).
    pub repr_active: Vec<Value>,
    /// The live `weakref.finalize` objects: CPython's registry keeps them alive until they are
    /// called or detached, so their callbacks run even if the script dropped them (heap roots named
    /// `finalize registry`).
    pub finalizers: FinalizeRegistry<Box<FinalizeCall>, Object>,
    /// The allocation serial of the object in each heap cell, by cell index (`GcAny::index`),
    /// truncated to 32 bits: CPython's gc list keeps objects in allocation order, and a batch of
    /// cyclic garbage runs its finalizers in that order. Recorded only once deaths are observable
    /// (before that no finalizer order can be seen, and a script without `__del__` or weak
    /// references pays nothing): an object from before reads as serial 0, older than any since.
    /// Read only for live objects.
    /// Compared by age (`next_serial - serial`, wrapping), which orders correctly any two objects
    /// allocated within 2^32 allocations of now.
    pub(crate) serials: Vec<u32>,
    /// The next allocation serial. The one field here every allocation writes (one load through
    /// the box); a trial that moved it back into `Interp` measured no better (session 17,
    /// docs/benchmarks.md).
    pub(crate) next_serial: u64,
    /// At exit, each object's place in the gc list CPython would have by then
    /// ([`Interp::cpython_exit_order`]); the exit batch runs its finalizers in that order.
    pub(crate) exit_order: Option<HashMap<GcAny, usize>>,
    /// Scratch buffers of [`may_reach_watched`](Interp::may_reach_watched)'s walk.
    pub(crate) walk_stack: Vec<Value>,
    pub(crate) walk_visited: Vec<Value>,
    /// What safepoint collections cost (`--gc-stats`; tests check the incremental modes step).
    pub gc_stats: GcStats,
    /// When `--timeout` runs out.
    pub(crate) deadline: Option<std::time::Instant>,
    /// Each object's plain reference and proxy without callback, for `weakref.ref(obj)` to reuse.
    pub(crate) basic_refs: crate::runtime::basic_refs::BasicRefs,
    /// Qualnames made by `Interp::qualified`, by (in a function's locals, the enclosing
    /// qualname's address): the enclosing qualname (held, so its address is not reused while it
    /// keys an entry) and the (name, qualname) pairs made under it.
    #[allow(clippy::type_complexity)]
    pub qualnames: hashbrown::HashMap<(bool, usize), (Rc<str>, Vec<(Rc<str>, Rc<str>)>)>,
    /// When a collection is due at a safepoint (asked once per quiet stretch, see
    /// `Interp::gc_quiet`).
    pub(crate) pacing: Pacing,
    /// The script's path, as tracebacks show it.
    pub path: Rc<str>,
    /// The script's text, for the source lines of tracebacks.
    pub source: Rc<str>,
    /// Where [`str_concat`](Interp::str_concat) joins its parts (kept, so joining allocates
    /// only the result).
    pub(crate) text_scratch: String,
}

/// The interpreter: the heap, the roots, and what runs the script.
pub struct Interp {
    /// The heap every Python object lives in. Boxed so that the interpreter is small to move:
    /// a generator's resume moves it onto the generator's stack and back (`eval::generator`).
    pub heap: Box<Heap>,
    /// Everything collections must keep (see the module doc).
    pub roots: Roots,
    /// Command-line options. Boxed, as `heap` (only `gc` and `stress` are read per statement).
    pub opts: Box<Options>,
    /// Below this `Heap::bytes_allocated`, no background work is due, while the heap's
    /// `collection_epoch` is `gc_quiet_epoch` and `pacing` unchanged (`bytes_until_step`): the
    /// statement and call safepoints then test nothing else.
    gc_quiet_until: u64,
    /// The heap's `collection_epoch` when `gc_quiet_until` was computed.
    gc_quiet_epoch: u64,
    /// The small ints' handles, when startup allocated them in consecutive cells of one
    /// generation (`small_int_of`): the first one's cell index and generation as one number
    /// (`index << 32 | generation`), and the count shifted likewise (0 if they are not
    /// consecutive, which turns the test off).
    small_int_cells: (u64, u64),
    /// Where `print` and tracebacks go. Boxed, as `heap`.
    pub out: Box<Output>,
    /// How many `drain_pending` calls are running (nested when a finalizer calls `gc.collect()`).
    draining: u32,
    /// Native recursion depth (Python calls plus nested repr/eq/hash), against [`RECURSION_LIMIT`].
    pub depth: usize,
    /// Whether a script could ever see an object die: set once an instance with `__del__` or any weak
    /// reference (ref, proxy, finalize, weak container entry) is made. Until then `--gc=eager` and
    /// interpreter exit skip their collections, which nothing could observe.
    pub deaths_observable: bool,
    /// `deaths_observable` in a mode with reference counting's timing: an expression's operands
    /// are released as soon as its value is ready ([`release_operands`](Self::release_operands)).
    /// Until then the statement's end truncates them, which nothing can tell apart.
    pub releases_operands: bool,
    /// The default mode's trigger: since the last collection after a statement, a watched object
    /// was made or a reference was dropped from which one may be reachable (see
    /// [`note_drop`](Self::note_drop)). The statement's end then collects.
    pub drop_suspect: bool,
    /// Generational mode: what may have died since the last collection after a statement is not
    /// all young (an old object became watched, or a drop's walk met an old object or ran out),
    /// so CPython's timing needs a full collection: a minor never frees old garbage, nor what
    /// old garbage holds. Cleared by every full collection.
    pub drop_needs_full: bool,
    /// The temporaries below this height were held across a collection, which may have made them
    /// old (every survivor of a full collection is; a minor promotes by age). Dropping one may
    /// leave old garbage, so [`truncate_temps`](Self::truncate_temps) treats them as drops
    /// (`note_drop`); the ones above were pushed since and are young. A loop's iterator stays
    /// below it for the whole loop without forcing a full collection at each statement's end.
    pub promoted_temps: usize,
    /// Collections so far (every kind): a generator compares it across a suspension to know
    /// whether its parked temporaries were held across one.
    pub collections: u64,
    /// After exit's `atexit` pass, `finalize` objects no longer run (as CPython's `_shutdown`).
    pub shutting_down: bool,
    /// Statements and loop iterations run so far (for `--max-steps`).
    steps: u64,
    /// When `steps` reaches this, `tick` checks the limits (`next_limit_check`).
    check_limits_at: u64,
    /// A resource limit ran out: every later statement raises again, and exit runs no Python code.
    pub limit_hit: bool,
    /// The `gc` module's state: debug flags, stats, `DEBUG_SAVEALL`'s garbage, frozen objects.
    /// Boxed, as `heap`: a generator's resume moves the interpreter four times (`SideTables`).
    pub(crate) gcmod: Box<crate::runtime::gc_state::GcModule>,
    /// Character positions of the long string indexed last (`len`, `s[i]`, `s[i:j]` in O(1)).
    /// Boxed, as `gcmod`.
    pub(crate) str_positions: Box<crate::runtime::str_index::StrPositions>,
    /// Whether some class ever defined `__getattr__`, `__setattr__` or `__delattr__`
    /// (`Interp::note_class_attr`): until then attribute access does not look for them.
    pub attr_hooks: bool,
    /// Whether some class ever defined `__get__`, `__set__` or `__delete__`, or a property was
    /// bound to a class after it was made: until then attribute access does not look for
    /// descriptors among class attributes (nor for a property hiding an instance's own).
    pub descriptors: bool,
    /// Whether a `property` was ever made: until then no class attribute can intercept an
    /// instance attribute store, and `obj.name = v` skips looking for one.
    pub properties_exist: bool,
    /// Running interactive input (or code `compile()`d in mode `"single"`): the expression
    /// statements of the frame at this depth of `roots.frames` echo their values
    /// (`Interp::echo_value`); 0 when not.
    pub echo_depth: usize,
    /// The modules imported from files. Boxed, as `gcmod`.
    pub imports: Box<ImportState>,
    /// Empty argument vectors kept for reuse: a Python call's argument vector becomes its frame's
    /// slots, which come back here when the frame returns (see [`Interp::take_args_vec`]). They
    /// hold no values, so they keep nothing alive.
    args_pool: Vec<Vec<Value>>,
    /// State the evaluator's hot paths do not touch ([`SideTables`]).
    pub side: Box<SideTables>,
}

impl Interp {
    /// An interpreter with builtins and modules ready and no script loaded.
    pub fn new(opts: Options, out: Output) -> Interp {
        let mut interp = Interp::bare(opts, out);
        interp.roots.side.constant_owner =
            NEXT_CONSTANT_OWNER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        interp.heap.set_limit(None);
        interp.side.path = Rc::from("<string>");
        interp.side.deadline = interp.opts.timeout.map(|t| std::time::Instant::now() + t);
        interp.check_limits_at = interp.next_limit_check();
        interp.init_consts();
        interp.init_types();
        let memory_error = interp.exc_class(Exc::MemoryError);
        let exc = interp
            .new_exception(memory_error, Vec::new())
            .expect("no heap limit during startup");
        interp.roots.side.memory_error = Some(exc);
        interp.init_builtins();
        let globals = interp
            .alloc(ObjKind::Env(Env {
                vars: Attrs::default(),
            }))
            .expect("no heap limit during startup");
        interp.roots.globals = Some(globals);
        interp.roots.temps.clear();
        interp.promoted_temps = 0;
        if interp.opts.gc.generational() {
            // What startup made (types, builtins, constants) is old from the start: minors
            // never trace it.
            interp.heap.set_mode(CollectorMode::GENERATIONAL);
        }
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
        let mut cells = Vec::new();
        for i in SMALL_INTS {
            let v = self.heap.alloc(Object::new(ObjKind::Int(i)));
            self.roots.consts.push(v);
            let cell = GcAny::from(v);
            cells.push((cell.index(), cell.generation()));
        }
        let (first, generation) = cells[0];
        let consecutive = cells
            .iter()
            .zip(0..)
            .all(|(&cell, k)| cell == (first.wrapping_add(k), generation));
        if consecutive {
            let count = cells.len() as u64;
            self.small_int_cells = (cell_bits(first, generation), count << 32);
        }
        // After the small ints, so their indices stay `4 + i - SMALL_INTS.start()`.
        let v = self.heap.alloc(Object::new(ObjKind::Ellipsis));
        self.roots.consts.push(v);
    }

    /// `Ellipsis` (`...`).
    pub fn ellipsis(&self) -> Value {
        self.roots.consts[ELLIPSIS_CONST]
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
        Interp::bare(Options::default(), Output::capture())
    }

    /// An interpreter with an empty heap and no roots: no builtins, no types, no globals.
    fn bare(opts: Options, out: Output) -> Interp {
        Interp {
            heap: Box::new(Heap::new()),
            roots: Roots::default(),
            opts: Box::new(opts),
            gc_quiet_until: 0,
            gc_quiet_epoch: 0,
            small_int_cells: (0, 0),
            out: Box::new(out),
            depth: 0,
            draining: 0,
            deaths_observable: false,
            releases_operands: false,
            drop_suspect: false,
            drop_needs_full: false,
            promoted_temps: 0,
            collections: 0,
            shutting_down: false,
            steps: 0,
            check_limits_at: 0,
            limit_hit: false,
            gcmod: Default::default(),
            str_positions: Default::default(),
            attr_hooks: false,
            descriptors: false,
            properties_exist: false,
            echo_depth: 0,
            imports: Default::default(),
            args_pool: Vec::new(),
            side: Box::default(),
        }
    }

    // ---- allocation and temporaries ----

    /// An empty vector with room for `n` values, from the pool of returned argument vectors when
    /// one is there: a call then costs no allocation of its own.
    #[inline]
    pub fn take_args_vec(&mut self, n: usize) -> Vec<Value> {
        match self.args_pool.pop() {
            Some(mut v) => {
                v.reserve(n);
                v
            }
            None => Vec::with_capacity(n.max(4)),
        }
    }

    /// Gives a returned frame's slot vector back to the pool (emptied: the values are not
    /// released here, the frame's return has done that).
    #[inline]
    pub fn recycle_slots(&mut self, mut slots: Vec<Option<Value>>) {
        slots.clear();
        // The same allocation: `Option<Value>` has `Value`'s layout, so this collects in place
        // (and, the vector being empty, never calls the closure).
        let v: Vec<Value> = slots.into_iter().map(Option::unwrap).collect();
        self.recycle_args(v);
    }

    /// Gives an argument vector a call is done with back to the pool (emptied: its values are
    /// rooted elsewhere or no longer needed).
    #[inline]
    pub fn recycle_args(&mut self, mut args: Vec<Value>) {
        const POOL: usize = 64;
        const MAX_CAPACITY: usize = 64;
        if args.capacity() == 0 || args.capacity() > MAX_CAPACITY || self.args_pool.len() >= POOL {
            return;
        }
        args.clear();
        self.args_pool.push(args);
    }

    /// Allocates an object and pushes it onto the temporaries stack.
    ///
    /// # Errors
    /// `MemoryError` if the heap limit is reached even after a full collection.
    #[inline]
    pub fn alloc(&mut self, kind: ObjKind) -> PyResult<Value> {
        match &kind {
            ObjKind::List(_) | ObjKind::Dict(_) | ObjKind::Set(_) | ObjKind::Property(..) => {
                self.alloc_charged(kind)
            }
            _ => self.alloc_cell(kind),
        }
    }

    /// [`alloc`](Self::alloc) of an object with item storage to charge, or a `property`.
    #[inline(never)]
    fn alloc_charged(&mut self, kind: ObjKind) -> PyResult<Value> {
        // Item storage to charge once the cell exists: (bytes per item, items).
        let (per_item, items) = match &kind {
            ObjKind::List(items) => (crate::runtime::charge::LIST_ITEM_BYTES, items.len()),
            ObjKind::Dict(d) | ObjKind::Set(d) => {
                (crate::runtime::charge::DICT_ENTRY_BYTES, d.len())
            }
            _ => (0, 0),
        };
        if matches!(&kind, ObjKind::Property(..)) {
            self.properties_exist = true;
        }
        let v = self.alloc_cell(kind)?;
        self.charge_items(v, per_item, 0, items)?;
        Ok(v)
    }

    /// [`alloc_cell`](Self::alloc_cell), inlined where `kind`'s variant is known (`int`,
    /// `float` and `str` results): the heap's questions about the value (drop, weak references,
    /// finalizer) fold to constants and the value is written in place, where the shared path asks
    /// them by `match`.
    #[inline(always)]
    fn alloc_known(&mut self, kind: ObjKind) -> PyResult<Value> {
        if self.opts.stress != Stress::Off {
            return self.alloc_cell(kind);
        }
        let v = match self.heap.try_alloc_inline(Object::new(kind)) {
            Ok(v) => v,
            Err(e) => self.alloc_after_collecting(e)?,
        };
        Ok(self.adopt_new(v))
    }

    /// The object's cell: allocated (after the stress modes' collection), pushed onto the
    /// temporaries stack, its serial recorded.
    fn alloc_cell(&mut self, kind: ObjKind) -> PyResult<Value> {
        if self.opts.stress != Stress::Off {
            let work = self.gc_work_at(Safepoint::Alloc);
            // Stress collections stand for nothing Python sees: they free what refcounting would.
            self.run_gc_work(work, true);
        }
        let v = match self.heap.try_alloc(Object::new(kind)) {
            Ok(v) => v,
            Err(e) => self.alloc_after_collecting(e)?,
        };
        Ok(self.adopt_new(v))
    }

    /// What every new object needs once its cell exists: rooted on the temporaries stack until
    /// the statement ends, and its allocation serial counted (and recorded once deaths are
    /// observable).
    #[inline(always)]
    fn adopt_new(&mut self, v: Value) -> Value {
        self.roots.temps.push(v);
        self.side.next_serial += 1;
        if self.deaths_observable {
            self.record_serial(v);
        }
        v
    }

    /// The allocation the heap refused: at the heap limit, once more after a full collection.
    #[cold]
    #[inline(never)]
    fn alloc_after_collecting(&mut self, e: weakgc::AllocError<Object>) -> PyResult<Value> {
        if !matches!(e.error, HeapError::OutOfMemory { .. }) {
            return Err(self.memory_error());
        }
        // Queued work from this collection runs at the next statement, not inside an
        // allocation; see the module doc.
        self.collect_full();
        self.heap
            .try_alloc(e.value)
            .map_err(|_| self.memory_error())
    }

    /// Records `next_serial` as the serial of `v`'s cell.
    #[inline(never)]
    fn record_serial(&mut self, v: Value) {
        let index = GcAny::from(v).index() as usize;
        if index >= self.side.serials.len() {
            self.side
                .serials
                .resize((index + 1).max(2 * self.side.serials.len()), 0);
        }
        self.side.serials[index] = self.side.next_serial as u32;
    }

    /// How many allocations ago the live object `gc` was allocated (see `serials`).
    pub(crate) fn allocation_age(&self, gc: GcAny) -> u32 {
        let serial = self
            .side
            .serials
            .get(gc.index() as usize)
            .copied()
            .unwrap_or(0);
        (self.side.next_serial as u32).wrapping_sub(serial)
    }

    /// What `gc.get_count()[0]` and `gc.get_threshold()[0]` report: the heap's allocation debt
    /// (bytes allocated since the last collection ended) and the debt at which the background
    /// collection (a stop-the-world one, or the first step of an incremental cycle) is due:
    /// `max(min_debt, live bytes after the last collection * pause_percent / 100)`, the rule of
    /// `Pacing::is_due`. Bytes, not objects as in CPython, since the heap paces by bytes.
    pub fn gc_debt_and_threshold(&self) -> (u64, u64) {
        let debt = self.heap.allocated_since_collect() as u64;
        (debt, self.side.pacing.debt_threshold(&self.heap))
    }

    /// The shared `int` `i`, if it is a small one (`-5..=256`, as CPython's).
    #[inline]
    pub fn small_int(&self, i: i64) -> Option<Value> {
        SMALL_INTS
            .contains(&i)
            .then(|| self.roots.consts[(4 + i - SMALL_INTS.start()) as usize])
    }

    /// The value of `v` if it is one of the shared small ints, told by its handle alone (no
    /// heap read): startup allocated them in consecutive cells, and they live as long as the
    /// interpreter, so no other object has their index and generation.
    #[inline(always)]
    pub fn small_int_of(&self, v: Value) -> Option<i64> {
        self.small_int_in(GcAny::from(v))
    }

    /// [`small_int_of`](Self::small_int_of) for an untyped handle.
    #[inline(always)]
    fn small_int_in(&self, cell: GcAny) -> Option<i64> {
        let (first, span) = self.small_int_cells;
        // `k << 32` for the k-th small int; any other generation leaves low bits set.
        let d = cell_bits(cell.index(), cell.generation()).wrapping_sub(first);
        (d < span && d as u32 == 0).then(|| SMALL_INTS.start() + (d >> 32) as i64)
    }

    /// An `int` (small ones are shared).
    #[inline]
    pub fn int_value(&mut self, i: i64) -> PyResult<Value> {
        if SMALL_INTS.contains(&i) {
            return Ok(self.roots.consts[(4 + i - SMALL_INTS.start()) as usize]);
        }
        self.alloc_int(i)
    }

    /// A new `int` cell: out of line, so that `int_value`'s shared case stays small enough to
    /// inline into the evaluator.
    #[inline(never)]
    fn alloc_int(&mut self, i: i64) -> PyResult<Value> {
        self.alloc_known(ObjKind::Int(i))
    }

    /// A `float`.
    #[inline(never)]
    pub fn float_value(&mut self, f: f64) -> PyResult<Value> {
        self.alloc_known(ObjKind::Float(f))
    }

    /// A `str`.
    #[inline(never)]
    pub fn str_value(&mut self, s: &str) -> PyResult<Value> {
        self.alloc_known(ObjKind::Str(StrText::from(s)))
    }

    /// A `str` of text already made (`StrText::concat_inline`'s).
    pub fn str_text_value(&mut self, text: StrText) -> PyResult<Value> {
        self.alloc_known(ObjKind::Str(text))
    }

    /// The `str` `a + b`: a short result is built inline in its cell with no buffer in between; a
    /// long one is joined in a kept buffer, so its only allocation is the shared text's.
    pub fn str_concat(&mut self, a: &str, b: &str) -> PyResult<Value> {
        if a.len() + b.len() <= str_text::INLINE_CAP {
            return self.alloc_known(ObjKind::Str(StrText::concat(a, b)));
        }
        let mut joined = std::mem::take(&mut self.side.text_scratch);
        joined.clear();
        joined.push_str(a);
        joined.push_str(b);
        let v = self.str_value(&joined);
        // A huge result's buffer is not kept.
        if joined.capacity() <= 4096 {
            self.side.text_scratch = joined;
        }
        v
    }

    /// What constant `e` evaluates to, if this interpreter evaluated it (or an equal constant of
    /// its compilation unit) before: the object made then.
    #[inline(always)]
    pub fn known_constant(&self, e: &crate::syntax::ast::Expr) -> Option<Value> {
        let any = e.constant.as_ref()?.get(self.roots.side.constant_owner)?;
        self.heap.downcast(any).ok()
    }

    /// Makes `v` what constant `e` evaluates to from now on (see `ast::ConstSlot`), rooted while
    /// the slot exists. Returns `v`.
    pub fn keep_constant(&mut self, e: &crate::syntax::ast::Expr, v: Value) -> Value {
        let Some(slot) = &e.constant else {
            return v;
        };
        let side = &mut self.roots.side;
        slot.set(side.constant_owner, GcAny::from(v));
        // Entries whose tree is gone go when the list has doubled since the last pruning, so
        // `exec` in a loop keeps no more than twice what its live code needs.
        if side.code_constants.len() >= 64 && side.code_constants.len().is_power_of_two() {
            side.code_constants
                .retain(|(slot, _)| slot.strong_count() > 0);
        }
        side.code_constants.push((Rc::downgrade(slot), v));
        v
    }

    /// Roots `v` until the current statement ends.
    #[inline]
    pub fn push_temp(&mut self, v: Value) {
        // A handle the collector freed (or a lazy sweep found dead) means a value was held
        // somewhere untraced across a collection: a rooting bug.
        debug_assert!(
            self.heap.is_alive(v),
            "a dead object pushed as a temporary: {v:?}"
        );
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
        if height < self.promoted_temps {
            self.drop_promoted_temps(height);
        }
        self.roots.temps.truncate(height);
    }

    /// An operation is done and made `result`: its operands, the temporaries above `height`,
    /// are released, as CPython's value stack drops an operation's operands (`print(T().x)`
    /// frees the `T` before `print` runs). The caller roots `result` itself.
    ///
    /// When a released operand may reach a watched object (`__del__`, weak references) the
    /// collection that stands for reference counting runs now, not at the statement's end. Only
    /// when something watched was made or dropped since the last collection (`drop_suspect`) can
    /// a young operand be the last holder of one; an operand held across a collection is walked
    /// as any drop is.
    ///
    /// Called only when [`releases_operands`](Self::releases_operands) is set: out of line, so
    /// the evaluator's hot path stays a flag test.
    #[inline(never)]
    pub fn release_operands(&mut self, height: usize, result: Value) {
        let len = self.roots.temps.len();
        if len > height
            && (self.drop_suspect || height < self.promoted_temps)
            && self.release_reaches_watched(height, result)
        {
            // The statement end's work, without another call site of the inlined
            // `safepoint_at` (which would stop it being inlined where it is hot). `result`
            // stays pushed (the caller pushes it again): it was held across the collection,
            // so it counts among the promoted temporaries.
            self.push_temp(result);
            let work = self.gc_work_at(Safepoint::StmtEnd);
            self.safepoint_work(Safepoint::StmtEnd, work);
            return;
        }
        self.truncate_temps(height);
    }

    /// [`release_operands`](Self::release_operands)' walk: truncates to `height` and says
    /// whether a released temporary other than `result` may reach a watched object (noting the
    /// drop as [`note_drop`](Self::note_drop) does).
    #[cold]
    fn release_reaches_watched(&mut self, height: usize, result: Value) -> bool {
        let len = self.roots.temps.len();
        let promoted = self.promoted_temps.min(len);
        // Young operands need a walk only if something watched appeared since the collection.
        let young_from = if self.drop_suspect {
            height.max(promoted)
        } else {
            len
        };
        let mut hit = false;
        for i in (height..promoted).chain(young_from..len) {
            let t = self.roots.temps[i];
            if t == result {
                continue;
            }
            match self.may_reach_watched(t) {
                Reach::Nothing => {}
                Reach::OldOnly => self.drop_needs_full = true,
                Reach::Young => {
                    self.drop_suspect = true;
                    hit = true;
                }
                Reach::Old => {
                    self.drop_suspect = true;
                    self.drop_needs_full = true;
                    hit = true;
                }
            }
        }
        // The promoted ones were walked here: truncating must not walk them again.
        self.promoted_temps = self.promoted_temps.min(height);
        self.roots.temps.truncate(height);
        hit
    }

    /// The temporaries from `height` up to [`promoted_temps`](Self::promoted_temps) are about to
    /// be dropped, and may be old: each is a drop (`note_drop`).
    #[cold]
    fn drop_promoted_temps(&mut self, height: usize) {
        let end = self.promoted_temps.min(self.roots.temps.len());
        self.promoted_temps = height;
        for i in height..end {
            let v = self.roots.temps[i];
            self.note_drop(v);
        }
    }

    /// A collection ran: every temporary held now may have been promoted.
    pub(crate) fn note_collection(&mut self) {
        self.promoted_temps = self.roots.temps.len();
        self.collections += 1;
    }

    /// The object `v` names.
    #[inline(always)]
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
    /// reverse of its trace order, whereas loose garbage dies in cell order. The holder is noted
    /// as one (`Heap::note_released`), so an item that outlived the release (another object
    /// referred to it) dies in that referrer's order, not the holder's. With `until_stmt_end`
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
        if let Ok(holder) = self.alloc(ObjKind::Tuple(items)) {
            self.heap.note_released(weakgc::Gc::erase(holder));
            self.roots.temps.drain(height..self.temps_height() - 1);
            // The drained values were noted as drops above.
            self.promoted_temps = self.promoted_temps.min(self.temps_height());
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
        if self.depth >= RECURSION_LIMIT || crate::runtime::generator::stack_low() {
            return Err(self.err(
                Exc::RecursionError,
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

    /// When background collections are due.
    pub fn pacing(&self) -> &Pacing {
        &self.side.pacing
    }

    /// When background collections are due (`gc.set_threshold`).
    pub fn pacing_mut(&mut self) -> &mut Pacing {
        self.gc_quiet_until = 0;
        &mut self.side.pacing
    }

    /// A full collection with the interpreter's roots, then its queued finalizers and callbacks.
    pub fn collect_now(&mut self) -> CycleReport {
        let report = self.collect_full();
        self.drain_pending();
        report
    }

    /// A full collection standing for reference counting: frees what refcounting would have,
    /// keeps the cyclic garbage (`crate::runtime::cyclic`).
    fn collect_full_as_refcounting(&mut self) -> CycleReport {
        // It ends a major Python sees: through the collector, as that major's stop.
        let report = if self.gcmod.collector.is_open() {
            let keep = &mut |heap: &HeapCore, dead: &[GcAny]| keep_cycles(heap, dead).into();
            let collector = &mut self.gcmod.collector;
            collector.collect_observing(&mut self.heap, &self.roots, keep)
        } else {
            collect_observing(&mut self.heap, &self.roots, &mut keep_cycles)
        };
        self.drop_needs_full = false;
        self.note_collection();
        report
    }

    /// A full collection with the interpreter's roots, its queued work left in the queue.
    /// Through the `gc` module's collector while a collection Python sees is open (one it
    /// announced, or a major it began).
    pub(crate) fn collect_full(&mut self) -> CycleReport {
        // Every survivor is old afterwards and old garbage is gone; the temporaries, now old,
        // are drops when they go (`promoted_temps`).
        let seen = self.gcmod.collector.is_open();
        let collector = &mut self.gcmod.collector;
        let report = if self.gcmod.frozen.is_empty() {
            if seen {
                collector.collect(&mut self.heap, &self.roots)
            } else {
                collect_with(&mut self.heap, &self.roots)
            }
        } else {
            // The cyclic collector ignores frozen objects (`gc.freeze()`): it keeps the frozen
            // ones it finds in garbage cycles.
            let frozen = &self.gcmod.frozen;
            let mut keep = |heap: &HeapCore, dead: &[GcAny]| {
                crate::runtime::cyclic::frozen_cycles(heap, dead, frozen)
            };
            if seen {
                collector
                    .collect_observing(&mut self.heap, &self.roots, &mut |h, d| keep(h, d).into())
            } else {
                collect_observing(&mut self.heap, &self.roots, &mut keep)
            }
        };
        self.drop_needs_full = false;
        self.note_collection();
        report
    }

    /// Counts one step (a statement or a loop iteration) against `--max-steps` and `--timeout`,
    /// and raises a pending Ctrl-C (`crate::runtime::interrupt`).
    ///
    /// # Errors
    /// `KeyboardInterrupt` after Ctrl-C; `ResourceLimitError` once either limit runs out, and at
    /// every step after that.
    #[inline]
    pub fn tick(&mut self) -> PyResult<()> {
        self.steps += 1;
        if self.steps < self.check_limits_at && !crate::runtime::interrupt::pending() {
            return Ok(());
        }
        self.tick_slow()
    }

    /// [`tick`](Self::tick) when Ctrl-C was pressed or a limit may have run out.
    #[inline(never)]
    fn tick_slow(&mut self) -> PyResult<()> {
        if crate::runtime::interrupt::take() {
            let class = self.exc_class(Exc::KeyboardInterrupt);
            return Err(self.err_with(class, Vec::new()));
        }
        let out_of_steps = self.opts.max_steps.is_some_and(|max| self.steps > max);
        // Reading the clock every 1024 steps keeps its cost out of the loop.
        let out_of_time = self.steps.is_multiple_of(1024)
            && self
                .side
                .deadline
                .is_some_and(|d| std::time::Instant::now() >= d);
        self.check_limits_at = self.next_limit_check();
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
            return Err(self.err(Exc::ResourceLimitError, what));
        }
        Ok(())
    }

    /// The step at which [`tick`](Self::tick) next checks `--max-steps` and `--timeout`: the
    /// step past the limit, or the next multiple of 1024 (the clock), whichever comes first.
    fn next_limit_check(&self) -> u64 {
        let steps = self
            .opts
            .max_steps
            .map_or(u64::MAX, |max| max.saturating_add(1));
        let clock = match self.side.deadline {
            Some(_) => (self.steps / 1024 + 1) * 1024,
            None => u64::MAX,
        };
        if self.limit_hit {
            0
        } else {
            steps.min(clock)
        }
    }

    /// The safepoint of a function call: collects or steps if the mode's pacing says so, then
    /// runs queued work. Not while finalizers or callbacks run: there only `gc.collect()` (and
    /// an allocation at the heap limit) collects, so a finalizer that makes finalizable garbage
    /// cannot keep one drain going forever, and the queue keeps its order.
    #[inline]
    pub fn safepoint(&mut self) {
        self.safepoint_at(Safepoint::Call);
    }

    /// The safepoint at the start of a statement (see [`safepoint`](Self::safepoint)).
    #[inline]
    pub fn stmt_start(&mut self) {
        self.safepoint_at(Safepoint::StmtStart);
    }

    /// After a statement: `--gc=eager`'s collection, or CPython's timing's when the statement
    /// made a watched object or dropped a reference that may reach one; then queued work.
    #[inline]
    pub fn collect_after_stmt(&mut self) {
        self.safepoint_at(Safepoint::StmtEnd);
    }

    /// Runs what [`gc_work_at`](Self::gc_work_at) chooses at `at`, then the queued finalizers
    /// and callbacks.
    ///
    /// Runs at every statement's start and end and every call. The common case (nothing
    /// queued; at a statement's end, no death observable; elsewhere, [`gc_quiet`](Self::gc_quiet))
    /// is a few inline tests; the rest is out of line, so the caller does not build (and copy) an
    /// empty `Option<CycleReport>` each time.
    #[inline(always)]
    fn safepoint_at(&mut self, at: Safepoint) {
        if self.queue_idle() {
            let nothing_due = match at {
                Safepoint::StmtEnd => !self.deaths_observable,
                Safepoint::StmtStart | Safepoint::Call => self.gc_quiet(),
                Safepoint::Alloc => false,
            };
            if nothing_due {
                return;
            }
        }
        self.safepoint_slow(at);
    }

    /// Whether no finalizer, callback or `gc.callbacks` event waits (or one is running).
    #[inline(always)]
    fn queue_idle(&self) -> bool {
        self.draining > 0
            || (self.heap.pending_len() == 0 && self.gcmod.collector.events_len() == 0)
    }

    #[inline(never)]
    fn safepoint_slow(&mut self, at: Safepoint) {
        let work = self.gc_work_at(at);
        if work == GcWork::Nothing && self.queue_idle() {
            return;
        }
        self.safepoint_work(at, work);
    }

    #[inline(never)]
    fn safepoint_work(&mut self, at: Safepoint, work: GcWork) {
        // Background collections are the ones Python's `gc` sees (callbacks, stats): they run
        // through the `gc` module's collector, which tells their start and stop; those after a
        // statement stand for reference counting.
        let pending_events = self.gcmod.collector.events_len() > 0;
        if (work != GcWork::Nothing || pending_events) && self.draining == 0 {
            if at != Safepoint::StmtEnd {
                self.gc_announce(work);
            }
            self.gc_events();
            self.run_gc_work(work, at == Safepoint::StmtEnd);
            self.gc_events();
        } else {
            self.run_gc_work(work, at == Safepoint::StmtEnd);
        }
        if self.draining == 0 && self.heap.pending_len() > 0 {
            self.drain_pending();
        }
    }

    /// The one place that decides what the collector does at a safepoint, by mode
    /// ([`GcMode`], [`Stress`]):
    ///
    /// - before an allocation: a full collection (`--gc=stress`) or a step (`--gc=stress-step`);
    /// - at a statement's end: a full collection under `--gc=eager`, and under CPython's timing
    ///   (default, `auto`) when the statement made a watched object or dropped a reference that
    ///   may reach one ([`note_drop`](Self::note_drop)) — where refcounting would have freed it;
    /// - at a statement's start or a call: the background collection of the rest of the
    ///   garbage, paced by allocation: a step when one is due in the incremental modes (default,
    ///   `incremental`), a full collection when one is due in the stop-the-world ones.
    ///
    /// Nothing while queued work runs (see [`safepoint`](Self::safepoint)) or collection is
    /// disabled (`gc.disable()` stops the background collections; CPython's timing, which stands
    /// for refcounting, goes on). Generational collection will plug in here: a young object's
    /// death at a statement's end needs only a minor collection, and background work becomes
    /// minors paced by the nursery plus incremental majors.
    #[inline]
    pub fn gc_work_at(&mut self, at: Safepoint) -> GcWork {
        let mode = self.opts.gc;
        // A statement's end is due only under refcounting's timing, which is rare: tested first,
        // it spares the common case the look into the `gc` module's state below. Until deaths
        // are observable it is not due in any mode, so that is tested before the mode (behind
        // `opts`).
        if at == Safepoint::StmtEnd {
            if !self.deaths_observable {
                return GcWork::Nothing;
            }
            let due = mode == GcMode::Eager || (mode.cpython_timing() && self.drop_suspect);
            if !due {
                return GcWork::Nothing;
            }
        }
        if self.draining > 0 || self.gcmod.collecting {
            return GcWork::Nothing;
        }
        match at {
            Safepoint::Alloc => match self.opts.stress {
                Stress::Off => GcWork::Nothing,
                Stress::Full => GcWork::Full,
                Stress::Step => GcWork::Step,
                Stress::Minor if mode.generational() => GcWork::Minor,
                Stress::Minor => GcWork::Full,
            },
            Safepoint::StmtEnd => {
                self.drop_suspect = false;
                // A minor frees the young dead; while a major is under way it would finish the
                // major instead, which keeps what that major marked before it was dropped.
                let young_enough = mode.generational()
                    && !self.drop_needs_full
                    && self.heap.gc_phase() == GcPhase::Idle;
                if mode != GcMode::Eager && young_enough {
                    GcWork::Minor
                } else {
                    GcWork::Full
                }
            }
            Safepoint::StmtStart if mode == GcMode::Eager => GcWork::Nothing,
            Safepoint::StmtStart | Safepoint::Call if self.gcmod.auto_off => GcWork::Nothing,
            Safepoint::StmtStart | Safepoint::Call => {
                if mode.incremental() {
                    let until = bytes_until_step(&mut self.heap, &self.side.pacing);
                    if until > 0 {
                        self.note_gc_quiet(until);
                        GcWork::Nothing
                    } else if mode.generational()
                        && self.heap.gc_phase() == GcPhase::Idle
                        && !self.side.pacing.major_is_due(&self.heap)
                    {
                        // `step_if_due`'s choice, made here so that the minor is counted
                        // and reported as one.
                        GcWork::Minor
                    } else if !self.gcmod.frozen.is_empty() {
                        // Only a full collection can keep the frozen cycles (`collect_full`).
                        GcWork::Full
                    } else {
                        GcWork::Step
                    }
                } else {
                    match self.side.pacing.bytes_until_due(&self.heap) {
                        0 => GcWork::Full,
                        until => {
                            self.note_gc_quiet(until);
                            GcWork::Nothing
                        }
                    }
                }
            }
        }
    }

    /// Whether no background work can be due yet: only allocation happened since the pacing
    /// said none would be before `gc_quiet_until` bytes, and not that many were allocated.
    #[inline(always)]
    fn gc_quiet(&self) -> bool {
        self.heap.bytes_allocated() < self.gc_quiet_until
            && self.heap.collection_epoch() == self.gc_quiet_epoch
    }

    /// Notes that no background work is due for `bytes` more bytes of allocation.
    fn note_gc_quiet(&mut self, bytes: u64) {
        self.gc_quiet_until = self.heap.bytes_allocated().saturating_add(bytes);
        self.gc_quiet_epoch = self.heap.collection_epoch();
    }

    /// Runs `work` with the interpreter's roots. Its queued work is left for the caller (an
    /// allocation does not run user code; safepoints drain).
    ///
    /// With `refcounting` (the collections that stand for reference counting: after a statement,
    /// and the stress modes'), a full or minor collection keeps the cyclic garbage for the cyclic
    /// collector (`crate::runtime::cyclic`), freeing only what refcounting would have freed.
    #[inline]
    fn run_gc_work(&mut self, work: GcWork, refcounting: bool) -> Option<CycleReport> {
        // Most safepoints have nothing to do: that test stays inline in the caller.
        if work == GcWork::Nothing {
            return None;
        }
        self.run_gc_work_now(work, refcounting)
    }

    #[inline(never)]
    fn run_gc_work_now(&mut self, work: GcWork, refcounting: bool) -> Option<CycleReport> {
        let started = std::time::Instant::now();
        let report = match work {
            GcWork::Nothing => None,
            GcWork::Full => {
                self.side.gc_stats.full += 1;
                Some(if refcounting {
                    self.collect_full_as_refcounting()
                } else {
                    self.collect_full()
                })
            }
            GcWork::Minor => {
                self.side.gc_stats.minors += 1;
                // The minor may promote what the temporaries hold (`promoted_temps`).
                let collector = &mut self.gcmod.collector;
                let report = match (refcounting, collector.is_open()) {
                    (true, false) => {
                        collect_minor_observing(&mut self.heap, &self.roots, &mut keep_cycles)
                    }
                    // It ends a major Python sees: through the collector.
                    (true, true) => collector.collect_minor_observing(
                        &mut self.heap,
                        &self.roots,
                        &mut |heap, dead| keep_cycles(heap, dead).into(),
                    ),
                    (false, false) => collect_minor(&mut self.heap, &self.roots),
                    (false, true) => collector.collect_minor(&mut self.heap, &self.roots),
                };
                self.note_collection();
                Some(report)
            }
            GcWork::Step => {
                let pacing = if self.opts.stress == Stress::Step {
                    STRESS_STEP_PACING
                } else {
                    self.side.pacing
                };
                self.side.gc_stats.steps += 1;
                // A finished major does not clear `drop_needs_full`: what was dropped after the
                // major marked it survives the major, old.
                // A step of a cycle Python sees goes through the collector.
                let finished = if self.gcmod.collector.is_open() {
                    let collector = &mut self.gcmod.collector;
                    collector
                        .collect_step_paced(&mut self.heap, &pacing, &self.roots)
                        .finished
                } else {
                    collect_step(&mut self.heap, &pacing, &self.roots).finished
                };
                if finished.is_some() {
                    self.note_collection();
                }
                finished
            }
        };
        let pause = started.elapsed();
        self.side.gc_stats.longest = self.side.gc_stats.longest.max(pause);
        self.side.gc_stats.total += pause;
        report
    }

    /// A watched object is about to be made (an instance with `__del__`): it may be a temporary
    /// that dies when the statement ends. It is young.
    pub fn note_watched(&mut self) {
        if !self.deaths_observable {
            // Drops were not walked until now: old garbage may hold what becomes watched.
            self.drop_needs_full = true;
        }
        self.deaths_observable = true;
        self.releases_operands = self.opts.gc.refcount_timing();
        self.drop_suspect = true;
    }

    /// `obj` just became watched (an armed generator, or the referent of a new weak reference or
    /// weak-container entry): it may be a temporary that dies when the statement ends. If it is
    /// old, only a full collection could free it.
    pub fn note_watched_object(&mut self, obj: Value) {
        self.note_watched();
        if self.heap.is_old(obj) {
            self.drop_needs_full = true;
        }
    }

    /// A reference to `old` was just overwritten or removed (a name, attribute, item, container
    /// entry or frame local). If a watched object may be reachable from `old`, the default mode
    /// collects when the statement ends; refcounting could have freed it here. In generational
    /// mode the walk also notes whether that collection must be full (`drop_needs_full`).
    #[inline]
    pub fn note_drop(&mut self, old: Value) {
        if self.deaths_observable && !(self.drop_suspect && self.drop_needs_full) {
            match self.may_reach_watched(old) {
                Reach::Nothing => {}
                Reach::OldOnly => self.drop_needs_full = true,
                Reach::Young => self.drop_suspect = true,
                Reach::Old => {
                    self.drop_suspect = true;
                    self.drop_needs_full = true;
                }
            }
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
    pub fn may_reach_watched(&mut self, v: Value) -> Reach {
        if self.never_watched(v) {
            return Reach::Nothing;
        }
        // Buffers kept between walks: a walk runs at most statements' rate, and allocating
        // its two vectors was a visible share of a loop's time.
        let mut stack = std::mem::take(&mut self.side.walk_stack);
        let mut visited = std::mem::take(&mut self.side.walk_visited);
        stack.push(v);
        let found = self.walk_for_watched(&mut stack, &mut visited);
        stack.clear();
        visited.clear();
        self.side.walk_stack = stack;
        self.side.walk_visited = visited;
        found
    }

    /// Objects a walk does not enter: scalars hold nothing and are never watched (ints, strs and
    /// the like cannot be weakly referenced), namespaces, classes and modules outlive the
    /// objects that refer to them.
    #[inline]
    fn never_watched(&self, v: Value) -> bool {
        matches!(
            self.obj(v),
            ObjKind::None
                | ObjKind::NotImplemented
                | ObjKind::Ellipsis
                | ObjKind::Bool(_)
                | ObjKind::Int(_)
                | ObjKind::Float(_)
                | ObjKind::Str(_)
                | ObjKind::Bytes(_)
                | ObjKind::Range(..)
                | ObjKind::Builtin(_, None)
                | ObjKind::Env(_)
                | ObjKind::Class(_)
                | ObjKind::Module(_)
        )
    }

    /// The walk of [`may_reach_watched`](Self::may_reach_watched) from what is on `stack`.
    /// `visited` holds at most `DROP_WALK_LIMIT` objects, so a linear search beats hashing;
    /// without it a cycle (`a.other = b; b.other = a`) was walked round until the limit, and every
    /// statement rebinding a name that held one collected.
    ///
    /// In generational mode the walk goes on after finding a watched object, looking at ages. An
    /// old object may be old garbage, which a minor collection keeps with everything it holds:
    /// the answer is [`Reach::Old`] when a watched object is old, or young ones are reached
    /// while a young object was met after an old one (DFS visits what an object holds after
    /// it, so every young object reached through an old one is among those).
    fn walk_for_watched(&self, stack: &mut Vec<Value>, visited: &mut Vec<Value>) -> Reach {
        let ages = self.heap.mode().is_generational();
        let mut found = false;
        let mut saw_old = false;
        let mut young_after_old = false;
        while let Some(v) = stack.pop() {
            if self.never_watched(v) || visited.contains(&v) {
                continue;
            }
            if visited.len() == DROP_WALK_LIMIT {
                return Reach::Old;
            }
            visited.push(v);
            let any = weakgc::GcAny::from(v);
            let watched = self.heap.has_finalizer(any) || !self.heap.watchers(any).is_empty();
            if !ages && watched {
                return Reach::Young;
            }
            if ages && self.heap.is_old(any) {
                if watched {
                    return Reach::Old;
                }
                saw_old = true;
            } else {
                young_after_old |= saw_old;
                found |= watched;
            }
            if found && young_after_old {
                return Reach::Old;
            }
            for r in self.heap.referents(any).unwrap_or_default() {
                if let Ok(child) = self.heap.downcast::<Object>(r) {
                    if !self.never_watched(child) {
                        stack.push(child);
                    }
                }
            }
        }
        if found {
            Reach::Young
        } else if young_after_old {
            Reach::OldOnly
        } else {
            Reach::Nothing
        }
    }

    /// Runs queued finalizers and callbacks in queue order. Each job roots its object while it runs;
    /// a job that raises prints `Exception ignored in: ...` and the rest still run. Re-entrant: a job
    /// that calls `gc.collect()` drains (nested) the jobs that are queued then, as CPython would run
    /// them inside that call.
    pub fn drain_pending(&mut self) {
        self.draining += 1;
        while let Some(job) = self.heap.next_pending() {
            self.run_job(job);
        }
        self.draining -= 1;
    }

    /// Runs the queued jobs of one batch of cyclic garbage in CPython's order (its `gc_collect_main`):
    /// first the callbacks of weak references to the dead (`handle_weakrefs`), in queue order, then
    /// every `__del__` (`finalize_garbage`) in the order of CPython's gc list: allocation order
    /// for objects that survived together since, and at exit `exit_order`'s (see
    /// `runtime/exit_order.rs`).
    pub(crate) fn drain_batch_in_gc_order(&mut self) {
        self.draining += 1;
        let mut callbacks = Vec::new();
        let mut finalizers = Vec::new();
        while let Some(job) = self.heap.next_pending() {
            match job.kind {
                PendingKind::Callback => callbacks.push(job),
                PendingKind::Finalize => finalizers.push(job),
            }
        }
        // Allocation order (oldest first), or at exit the gc list's order CPython would have by
        // then; objects outside that order (made by the exit's own code) after the others.
        finalizers.sort_by_key(|job| match &self.side.exit_order {
            Some(order) => (
                order.get(&job.object).copied().unwrap_or(usize::MAX),
                std::cmp::Reverse(self.allocation_age(job.object)),
            ),
            None => (0, std::cmp::Reverse(self.allocation_age(job.object))),
        });
        for job in callbacks.into_iter().chain(finalizers) {
            self.run_job(job);
        }
        self.draining -= 1;
        // Jobs queued by a collection one of them ran were drained there; any left run now.
        self.drain_pending();
    }

    /// Runs one queued finalizer or callback; the job roots its object until it is dropped.
    fn run_job(&mut self, job: Pending) {
        let Ok(object) = self.heap.downcast::<Object>(job.object) else {
            return;
        };
        let height = self.temps_height();
        match job.kind {
            // `DEBUG_SAVEALL` arms finalizers only to keep garbage for `gc.garbage`.
            PendingKind::Finalize if self.saveall_job(object) => {}
            PendingKind::Finalize => self.run_del(object),
            PendingKind::Callback => self.run_weak_callback(object),
        }
        if job.kind == PendingKind::Finalize {
            self.save_if_saving(object);
        }
        self.truncate_temps(height);
        drop(job);
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
            ObjKind::WeakRef(w) => w.weak.take_callback(),
            ObjKind::Proxy(p) => p.weak.take_callback(),
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
        self.promoted_temps = 0;
        if self.limit_hit {
            // The script is out of budget: run none of its code (finalizers) at exit.
            return;
        }
        self.run_atexit_module();
        self.run_atexit_finalizers();
        self.shutting_down = true;
        self.forget_globals_dicts();
        if !self.deaths_observable {
            return;
        }
        self.roots.handling.clear();
        // The module's frame is done; from here the globals are held only as `__main__`'s.
        self.roots.frames.clear();
        self.collect_now();
        self.drop_main_module();
        let globals = self.globals();
        if self.reaches_itself(globals) {
            // The batch: the globals stop being a root, so everything only they held is
            // garbage together; finalizers keep what they reach (the globals too) until they ran.
            // They run in the order CPython's gc list has by then, taken while the graph is whole.
            self.side.exit_order = Some(crate::runtime::exit_order::cpython_exit_order(
                self, globals,
            ));
            self.roots.globals = None;
            self.collect_full();
            self.drain_batch_in_gc_order();
            self.side.exit_order = None;
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

    /// The functions registered with the `atexit` module (if it was imported), newest first: its
    /// `_run_exitfuncs` calls them.
    fn run_atexit_module(&mut self) {
        let Some(module) = self.roots.side.modules.get("atexit") else {
            return;
        };
        let Some(run) = self
            .module_attrs(module)
            .and_then(|a| a.get("_run_exitfuncs"))
        else {
            return;
        };
        let height = self.temps_height();
        if let Err(e) = self.call(run, Vec::new(), Vec::new()) {
            self.print_traceback(&e);
        }
        self.truncate_temps(height);
    }

    /// The live `finalize` objects with `atexit` set, newest first (the registry lists them in
    /// creation order), called as CPython's `finalize._exitfunc` calls them.
    fn run_atexit_finalizers(&mut self) {
        let pending: Vec<Value> = self
            .side
            .finalizers
            .alive(&self.heap)
            .filter(|f| matches!(self.obj(*f), ObjKind::Finalize(fo) if fo.atexit()))
            .collect();
        for f in pending.into_iter().rev() {
            let height = self.temps_height();
            if let Err(e) = self.call_finalize(f) {
                self.print_traceback(&e);
            }
            self.truncate_temps(height);
        }
    }

    /// `finalize_modules`' first step: `__main__` leaves `sys.modules` (if the script made it).
    fn drop_main_module(&mut self) {
        let Some(d) = self.roots.side.sys_modules else {
            return;
        };
        let height = self.temps_height();
        if let Ok(key) = self.str_value("__main__") {
            // A str key's lookup cannot raise.
            let _ = self.dict_remove(d, key);
        }
        self.truncate_temps(height);
    }

    /// Forgets everything a script could still reach (its globals, imported modules, handled
    /// exceptions, the `finalize` registry) while keeping the builtins: afterwards a collection
    /// leaves only what the interpreter had before the script ran (leak tests rely on this).
    pub fn forget_script(&mut self) {
        let globals = self.globals();
        if let ObjKind::Env(env) = self.obj_mut(globals) {
            env.vars.clear();
        }
        self.roots.side.modules.clear();
        self.roots.side.sys_modules = None;
        self.roots.side.sys_path = None;
        self.roots.side.gc_callbacks = None;
        self.roots.side.gc_garbage = None;
        self.roots.side.unbound_methods.clear();
        self.roots.side.code_objects.clear();
        self.forget_globals_dicts();
        self.roots.side.builtins_module = None;
        self.roots.handling.clear();
        self.side.finalizers = FinalizeRegistry::default();
        self.roots.temps.clear();
        self.promoted_temps = 0;
        self.roots.frames.clear();
        self.side.repr_active.clear();
    }

    /// Drops every root and collects: afterwards the heap holds only what leaked (for tests; the
    /// interpreter is unusable after this).
    pub fn release_everything(&mut self) -> usize {
        self.roots = Roots::default();
        self.side.finalizers = FinalizeRegistry::default();
        collect_with(&mut self.heap, &());
        while let Some(job) = self.heap.next_pending() {
            drop(job);
        }
        collect_with(&mut self.heap, &());
        self.heap.object_count()
    }
}

/// The observer of a collection standing for reference counting: what it keeps is the cyclic
/// garbage, which refcounting would have left for the cyclic collector.
fn keep_cycles(heap: &HeapCore, dead: &[GcAny]) -> Vec<GcAny> {
    crate::runtime::cyclic::cyclic_garbage(heap, dead)
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

    /// Runs `src` to the end (exit included) in `opts`, returning the interpreter and its output.
    fn run_with(src: &str, opts: Options) -> (Interp, String) {
        let module = crate::syntax::compile(src).expect("test scripts parse");
        let out = Output::capture();
        let buf = out.captured();
        let mut interp = Interp::new(opts, out);
        interp.run_module(&module);
        let text = buf.borrow().clone();
        (interp, text)
    }

    #[test]
    fn constants_live_while_their_code_does_and_are_made_once() {
        // The loop's literals are made once; each `exec` compiles a unit of its own, whose
        // constants go once its tree is gone.
        let src = "ids = set()\nfor i in range(300):\n    ids.add(id('kept x'))\n    exec('s = \"exec unit %d\"' % i)\nprint(len(ids))\n";
        let (mut interp, out) = run_with(src, Options::default());
        assert_eq!(out, "1\n");
        let kept = &interp.roots.side.code_constants;
        let live = kept
            .iter()
            .filter(|(slot, _)| slot.strong_count() > 0)
            .count();
        assert!(live < 20, "{live} constants of live code");
        assert!(kept.len() < 2 * 300, "{} constants kept", kept.len());
        interp.collect_now();
        let mut outliving = 0;
        for (slot, v) in &interp.roots.side.code_constants {
            match (slot.strong_count() > 0, interp.heap.is_alive(*v)) {
                (true, alive) => assert!(alive, "a constant of live code died"),
                (false, alive) => outliving += alive as usize,
            }
        }
        // Only the last `exec`'s string, which the global `s` holds, outlives its code.
        assert_eq!(outliving, 1);
    }

    /// A script that allocates far past the pacing's debt, with one watched object per
    /// iteration (CPython's timing collects after those statements) and a cycle per iteration
    /// that only a background collection frees.
    const CHURN: &str = "import weakref\nclass A:\n    pass\nkeep = [A() for i in range(2000)]\nn = 0\nfor i in range(3000):\n    a = A()\n    a.me = a\n    b = [A(), A(), str(i)]\n    n += len(b)\nw = weakref.ref(keep[0])\nprint(n, w() is keep[0], len(keep))\n";

    #[test]
    fn the_incremental_mode_collects_the_background_garbage_in_steps() {
        let opts = Options {
            gc: GcMode::Incremental,
            ..Options::default()
        };
        let (interp, out) = run_with(CHURN, opts);
        assert_eq!(out, "9000 True 2000\n");
        assert!(
            interp.side.gc_stats.steps > 0,
            "no incremental step was taken"
        );
        assert!(interp.heap.cycle_count() > 0, "no cycle finished");
        let (paced, _) = run_with(
            CHURN,
            Options {
                gc: GcMode::Paced,
                ..Options::default()
            },
        );
        assert_eq!(
            paced.side.gc_stats.steps, 0,
            "the paced mode stops the world"
        );
        assert_eq!(
            paced.side.gc_stats.minors, 0,
            "the paced mode is not generational"
        );
    }

    /// The default mode is generational: background garbage goes in minor collections, and
    /// once the old generation has grown enough a major runs in incremental steps.
    #[test]
    fn the_default_mode_runs_minors_and_incremental_majors() {
        let src = "class A:\n    pass\nkeep = []\nfor i in range(40000):\n    keep.append(A())\n    b = [A(), str(i)]\nprint(len(keep))\n";
        let (interp, out) = run_with(src, Options::default());
        assert_eq!(out, "40000\n");
        assert!(interp.heap.mode().is_generational());
        assert!(interp.side.gc_stats.minors > 0, "no minor collection");
        assert!(interp.side.gc_stats.steps > 0, "no major step");
        assert!(interp.heap.cycle_count() > 0, "no major finished");
        assert_eq!(
            interp.side.gc_stats.full, 0,
            "nothing needed a full collection"
        );
    }

    /// CPython's timing in generational mode: a minor when what died is young, a full
    /// collection when something old may have died (tests/timing/ checks the output).
    #[test]
    fn statement_end_collections_are_minor_for_young_deaths_and_full_for_old() {
        let young = "class A:\n    def __del__(self):\n        print('del')\nfirst = A()\nfirst = None\na = A()\na = None\nprint('after')\n";
        let (interp, out) = run_with(young, Options::default());
        assert_eq!(out, "del\ndel\nafter\n");
        // The first watched object's statement collects fully (drops were not walked before
        // it, so old garbage may exist), which makes `first` old: its death needs another full
        // collection. `a`, made after, is young: its statements need only minors.
        assert_eq!(
            (interp.side.gc_stats.full, interp.side.gc_stats.minors),
            (2, 2)
        );
        let old = "import gc\nclass A:\n    def __del__(self):\n        print('del')\na = A()\ngc.collect()\na = None\nprint('after')\n";
        let (interp, out) = run_with(old, Options::default());
        assert_eq!(out, "del\nafter\n");
        assert!(
            interp.side.gc_stats.full > 0,
            "an old object needs a full collection"
        );
    }

    #[test]
    fn stress_step_steps_at_every_allocation_and_finishes_cycles() {
        let opts = Options {
            stress: Stress::Step,
            ..Options::default()
        };
        let (interp, out) = run_with(CHURN, opts);
        assert_eq!(out, "9000 True 2000\n");
        assert!(
            interp.side.gc_stats.steps > 20_000,
            "{} steps",
            interp.side.gc_stats.steps
        );
        assert!(
            interp.heap.cycle_count() > 10,
            "{} cycles",
            interp.heap.cycle_count()
        );
    }

    #[test]
    fn every_mode_chooses_its_work_at_each_safepoint() {
        for (name, gc) in GcMode::ALL {
            let mut interp = Interp::new(
                Options {
                    gc,
                    ..Options::default()
                },
                Output::capture(),
            );
            interp.deaths_observable = true;
            interp.drop_suspect = true;
            let end = interp.gc_work_at(Safepoint::StmtEnd);
            let expected = match gc {
                // Nothing old may have died: a minor frees the young.
                GcMode::Default => GcWork::Minor,
                GcMode::Eager | GcMode::Auto => GcWork::Full,
                GcMode::Incremental | GcMode::Paced => GcWork::Nothing,
            };
            assert_eq!(end, expected, "--gc={name} at a statement's end");
            assert_eq!(
                interp.gc_work_at(Safepoint::Alloc),
                GcWork::Nothing,
                "--gc={name} before an allocation"
            );
            // Allocate past the pacing's debt (and the generational mode's `minor_bytes`).
            for i in 0..40_000 {
                interp.alloc(ObjKind::Int(1000 + i)).unwrap();
            }
            let start = interp.gc_work_at(Safepoint::Call);
            let expected = match gc {
                GcMode::Default => GcWork::Minor,
                GcMode::Incremental => GcWork::Step,
                GcMode::Eager | GcMode::Auto | GcMode::Paced => GcWork::Full,
            };
            assert_eq!(start, expected, "--gc={name} at a call");
            interp.draining = 1;
            assert_eq!(interp.gc_work_at(Safepoint::Call), GcWork::Nothing);
        }
    }

    /// A dropped cycle with nothing watched in it does not make the statement collect: the walk
    /// visits each object once (it used to go round the cycle until its limit and say yes). The
    /// allocation debt (`gc.get_count()[0]`) shows whether a collection ran; `gc.disable()` stops
    /// the background ones, not CPython's timing.
    #[test]
    fn a_dropped_cycle_without_watched_objects_does_not_collect() {
        let src = "import gc\ngc.disable()\nclass N:\n    pass\nclass W:\n    def __del__(self):\n        print('W died')\nkeep = W()\na = N()\nb = N()\na.other = b\nb.other = a\nb = None\nc = N()\nc.other = N()\nc.other.w = W()\nx = [str(i) for i in range(2000)]\nc0 = gc.get_count()[0]\na = None\nc1 = gc.get_count()[0]\nprint(c1 >= c0)\nc = None\nprint(gc.get_count()[0] < c0)\n";
        let (_, out) = run_with(src, Options::default());
        assert_eq!(out, "True\nW died\nTrue\nW died\n");
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
    fn the_shared_small_ints_are_told_by_their_handles_and_nothing_else_is() {
        let mut interp = Interp::new(Options::default(), Output::capture());
        assert_ne!(interp.small_int_cells.1, 0, "startup made them consecutive");
        for i in SMALL_INTS {
            let v = interp.small_int(i).unwrap();
            assert_eq!(interp.small_int_of(v), Some(i));
        }
        // Equal values in other cells, other constants, and ints just outside the range.
        let five = interp.alloc(ObjKind::Int(5)).unwrap();
        let big = interp.int_value(257).unwrap();
        let low = interp.int_value(-6).unwrap();
        let others = [
            five,
            big,
            low,
            interp.none(),
            interp.bool_value(true),
            interp.ellipsis(),
        ];
        for v in others {
            assert_eq!(interp.small_int_of(v), None, "{v:?}");
        }
        // A handle with a small int's index and another generation is not it.
        let seven = GcAny::from(interp.small_int(7).unwrap());
        for generation in [seven.generation() - 1, seven.generation() + 1] {
            let forged = GcAny::from_raw_parts(seven.index(), generation.try_into().unwrap());
            assert_eq!(interp.small_int_in(forged), None, "generation {generation}");
        }
    }

    #[test]
    fn an_allocation_past_the_limit_is_a_memory_error_not_a_panic() {
        let opts = Options {
            max_heap: Some(1),
            ..Options::default()
        };
        let mut interp = Interp::new(opts, Output::capture());
        let err = interp.alloc(ObjKind::Int(1000)).unwrap_err();
        assert!(interp.err_is(&err, Exc::MemoryError));
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

//! `Heap`: the public face of the arena — allocate, access, root, weak references, finalizers.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use hashbrown::HashMap;

use crate::arena::{AllocFlags, Arena, Cell};
use crate::error::{AllocError, HeapError};
use crate::handle::{Gc, GcAny, Weak, WeakAny};
use crate::page::Bit;
use crate::pending::{FinalizerFn, PendingQueue};
use crate::roots::{Root, SharedRoots};
use crate::trace::Trace;
use crate::weak_slot::WeakSlots;

/// A garbage-collected heap of objects of any `T: Trace`.
///
/// Nothing is collected behind your back: objects are freed only by a collection
/// (`weakgc_collector::collect`, or `heap.collect()` through the facade), and finalizers and
/// weak-reference callbacks run only when the embedder drains [`next_pending`](Heap::next_pending).
/// `&Heap` gives `&T`, `&mut Heap` gives `&mut T`. Dropping the heap drops every object's Rust value
/// exactly once and runs no finalizers or callbacks.
///
/// # Examples
/// ```
/// use weakgc_heap::Heap;
/// let mut heap = Heap::new();
/// let greeting = heap.alloc(String::from("hello"));
/// heap.get_mut(greeting).push_str(", world");
/// assert_eq!(heap.get(greeting), "hello, world");
/// ```
pub struct Heap {
    pub(crate) arena: Arena,
    pub(crate) roots: SharedRoots,
    pub(crate) weak_slots: WeakSlots,
    /// Objects whose `Trace::has_weak_entries` was true, pruned each cycle (may hold dead handles).
    pub(crate) weak_tables: Vec<GcAny>,
    pub(crate) pending: PendingQueue,
    /// Keyed by cell index; the handle guards against reuse.
    pub(crate) finalizer_fns: HashMap<u32, (GcAny, FinalizerFn)>,
    /// Storage objects own outside their cells that changes while they live
    /// ([`set_resizable_bytes`](Self::set_resizable_bytes)), by object; dropped by sweep with the
    /// object. `resizable_total` is the sum of the values.
    pub(crate) resizable: HashMap<GcAny, usize>,
    pub(crate) resizable_total: usize,
    limit: Option<usize>,
    enabled: bool,
    /// Object bytes in use when the last collection finished (for pacing: no frees happen between
    /// collections, so what was allocated since is the difference).
    pub(crate) bytes_after_cycle: usize,
    pub(crate) cycles: u64,
    /// The collector's state for a cycle that goes on in later calls (`CycleAccess::park`).
    pub(crate) parked: Option<Box<dyn std::any::Any>>,
    /// The collector's scratch buffers, kept between cycles (`CycleAccess::keep_scratch`).
    pub(crate) scratch: Option<Box<dyn std::any::Any>>,
    /// Whether incremental marking ends with the barrier verifier (`set_verify_barriers`).
    pub(crate) verify_barriers: bool,
    /// Bumped by every change, other than allocation, to what decides whether collection work is
    /// due ([`collection_epoch`](Self::collection_epoch)).
    pub(crate) collection_epoch: u64,
    /// Minors to skip before the next one is verified (`CycleAccess::verify_this_minor`).
    pub(crate) minors_until_verify: u64,
    /// How the collector paces itself ([`set_mode`](Self::set_mode)).
    pub(crate) mode: CollectorMode,
    /// Generational mode: old objects the next minor traces besides `gray_again` (those the last
    /// minor promoted or found remembered, which may still point to survivors; invariant R).
    pub(crate) carry: Vec<GcAny>,
    /// Minors since the last full or major cycle (or since entering generational mode).
    pub(crate) minors: u64,
    /// `bytes_allocated()` when the last minor (or full or major cycle) ended.
    pub(crate) allocated_at_minor: u64,
    /// Work the last minor did, in units (an object marked, an edge of a remembered object
    /// traced); 0 after a full or major cycle. Paces the next minor (`Pacing::minor_is_due`).
    pub(crate) minor_work: u64,
    /// Bytes of old objects' cells after the last minor, full or major cycle.
    pub(crate) old_bytes: usize,
    /// Bytes of old objects' cells after the last full or major cycle.
    pub(crate) old_bytes_after_major: usize,
    /// The objects [`freeze`](Self::freeze) froze, in cell order (handles sorted by index): every
    /// full or major cycle marks them as roots (invariant F in `freeze.rs`).
    pub(crate) frozen: Vec<GcAny>,
    /// `bytes_allocated()` at the end of the last incremental step
    /// (`CycleAccess::note_step`): the collector's step pacing reads it without unparking.
    pub(crate) allocated_at_step: u64,
}

/// How collections are paced and what the write barrier records ([`Heap::set_mode`]).
///
/// The heap keeps the mode; the collector's `step_if_due` reads it. A full `collect()` is full and
/// stop-the-world in every mode (docs/semantics.md, "Incremental and generational collection").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CollectorMode {
    /// Full stop-the-world cycles; the barrier is never armed between collections.
    #[default]
    StopTheWorld,
    /// Cycles in bounded steps (`collect_step`); the barrier is armed while marking.
    Incremental,
    /// Minor collections over the young objects (`collect_minor`), incremental majors when the old
    /// generation has grown by `Pacing::major_percent`. Between collections the barrier records
    /// old objects written (the remembered set). An object becomes old after surviving
    /// `promote_after` minors: 1, or 2 (larger values count as 2, 0 as 1).
    Generational {
        /// Minors an object survives before it is old.
        promote_after: u8,
    },
}

impl CollectorMode {
    /// Generational mode with the default `promote_after`, chosen by `examples/generations`
    /// (docs/benchmarks.md).
    pub const GENERATIONAL: CollectorMode = CollectorMode::Generational { promote_after: 2 };

    /// Whether this is a generational mode.
    pub fn is_generational(self) -> bool {
        matches!(self, CollectorMode::Generational { .. })
    }
}

/// Where a heap's collection cycle stands ([`Heap::gc_phase`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GcPhase {
    /// No cycle is under way.
    Idle,
    /// An incremental cycle is marking: the write barrier is armed and new objects start white.
    Mark,
    /// A cycle found its dead and frees them page by page; they are already dead to every query.
    Sweep,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    /// An empty heap with no limit, collection enabled.
    pub fn new() -> Heap {
        Heap {
            arena: Arena::new(),
            roots: Rc::new(RefCell::new(Default::default())),
            weak_slots: WeakSlots::default(),
            weak_tables: Vec::new(),
            pending: PendingQueue::default(),
            finalizer_fns: HashMap::new(),
            resizable: HashMap::new(),
            resizable_total: 0,
            limit: None,
            enabled: true,
            bytes_after_cycle: 0,
            cycles: 0,
            parked: None,
            scratch: None,
            verify_barriers: cfg!(debug_assertions),
            minors_until_verify: 0,
            collection_epoch: 0,
            mode: CollectorMode::StopTheWorld,
            carry: Vec::new(),
            minors: 0,
            allocated_at_minor: 0,
            minor_work: 0,
            old_bytes: 0,
            old_bytes_after_major: 0,
            frozen: Vec::new(),
            allocated_at_step: 0,
        }
    }

    // ---- allocation ----

    /// Moves `value` into the heap.
    ///
    /// # Panics
    /// If the allocation would pass the heap limit ([`set_limit`](Self::set_limit)) or the system is out
    /// of memory. Use [`try_alloc`](Self::try_alloc) to get an error instead.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// let n = heap.alloc(41u32);
    /// assert_eq!(*heap.get(n) + 1, 42);
    /// ```
    #[inline(always)]
    #[track_caller]
    pub fn alloc<T: Trace + 'static>(&mut self, value: T) -> Gc<T> {
        match self.try_alloc(value) {
            Ok(gc) => gc,
            Err(e) => panic!("{}", e.error),
        }
    }

    /// Moves `value` into the heap.
    ///
    /// # Errors
    /// If the allocation would pass the heap limit ([`set_limit`](Self::set_limit)):
    /// [`HeapError::OutOfMemory`]; if the system refuses memory for a new page:
    /// [`HeapError::SystemOutOfMemory`]. Either way the value is handed back.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// heap.set_limit(Some(64));
    /// let err = heap.try_alloc([0u8; 100]).unwrap_err();
    /// assert_eq!(err.value.len(), 100);
    /// assert!(err.to_string().starts_with("out of memory"));
    /// ```
    #[inline]
    pub fn try_alloc<T: Trace + 'static>(&mut self, value: T) -> Result<Gc<T>, AllocError<T>> {
        self.alloc_through::<T, false>(value)
    }

    /// [`try_alloc`](Self::try_alloc), always inlined, cell writes and all: for the one hot call
    /// site of a type whose value is built right there (an interpreter's `int` results), so that
    /// the [`Trace`] questions allocation asks fold to constants and the value is written straight
    /// into its cell. Elsewhere prefer `try_alloc`, which leaves the choice to the compiler (forcing
    /// it everywhere made a plain allocation loop slower).
    ///
    /// # Errors
    /// As [`try_alloc`](Self::try_alloc).
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// let n = heap.try_alloc_inline(7i64).unwrap();
    /// assert_eq!(*heap.get(n), 7);
    /// heap.set_limit(Some(heap.bytes_in_use()));
    /// assert_eq!(heap.try_alloc_inline(8i64).unwrap_err().value, 8);
    /// ```
    #[inline(always)]
    pub fn try_alloc_inline<T: Trace + 'static>(
        &mut self,
        value: T,
    ) -> Result<Gc<T>, AllocError<T>> {
        self.alloc_through::<T, true>(value)
    }

    /// The body of both allocation calls: asks `value` what the heap records of it, checks the
    /// limit, and has the arena write the cell, through its `#[inline]` entry or, with `FORCE`,
    /// its `#[inline(always)]` one (a direct call each: a function passed as a value would be
    /// called through a shim the compiler need not inline).
    #[inline(always)]
    fn alloc_through<T: Trace + 'static, const FORCE: bool>(
        &mut self,
        value: T,
    ) -> Result<Gc<T>, AllocError<T>> {
        // Sweep asks `extra_bytes` again only for values it drops one by one: those whose type
        // has drop glue and that say dropping them does something.
        let skip_drop = !value.needs_drop();
        let extra_bytes = if std::mem::needs_drop::<T>() && !skip_drop {
            value.extra_bytes()
        } else {
            0
        };
        let charge = Arena::charge_of::<T>().saturating_add(extra_bytes);
        if let Err(error) = self.check_limit(charge) {
            return Err(AllocError { error, value });
        }
        let flags = AllocFlags {
            weak_allowed: value.weakref_allowed(),
            finalizer: value.has_finalizer(),
            weak_table: value.has_weak_entries(),
            skip_drop,
            extra_bytes,
        };
        let placed = if FORCE {
            self.arena.alloc_inline(value, flags)
        } else {
            self.arena.alloc(value, flags)
        };
        let raw = placed.map_err(|(value, error)| AllocError { error, value })?;
        if flags.weak_table {
            self.weak_tables.push(raw);
        }
        Ok(Gc::from_any(raw))
    }

    // ---- access ----

    #[inline]
    fn cell(&self, gc: GcAny) -> Result<Cell, HeapError> {
        self.arena.find(gc).ok_or(HeapError::StaleHandle {
            index: gc.index(),
            generation: gc.generation(),
        })
    }

    /// [`cell`](Self::cell), also rejecting an object a lazy sweep has found dead and not freed
    /// yet: for the calls that would outlive it (`root`, `downgrade`, `watch`, `set_finalizer`,
    /// `on_finalize`): a root would name an object the sweep frees, and a registration on it
    /// would never be taken. One more bitmap test, only while a sweep is under way.
    #[inline]
    fn live_cell(&self, gc: GcAny) -> Result<Cell, HeapError> {
        let cell = self.cell(gc)?;
        if self.arena.is_found_dead(cell) {
            return Err(HeapError::StaleHandle {
                index: gc.index(),
                generation: gc.generation(),
            });
        }
        Ok(cell)
    }

    /// The object `gc` names.
    ///
    /// # Panics
    /// If the object was collected (a stale handle: a documented misuse, reported with the handle).
    /// Use [`try_get`](Self::try_get) to get an error instead.
    #[inline(always)]
    #[track_caller]
    pub fn get<T: Trace + 'static>(&self, gc: Gc<T>) -> &T {
        match self.lookup(gc) {
            Some(v) => v,
            None => self.get_failed(gc),
        }
    }

    /// `get`'s miss, out of line with its error: the hit path then needs no stack frame.
    #[cold]
    #[inline(never)]
    #[track_caller]
    fn get_failed<T: Trace + 'static>(&self, gc: Gc<T>) -> ! {
        misuse(self.access_error(gc))
    }

    /// The object `gc` names.
    ///
    /// # Errors
    /// [`HeapError::StaleHandle`] if the object was collected (or `gc` belongs to another heap and
    /// names nothing here); [`HeapError::WrongType`] if `gc` is from another heap and names an object
    /// of another type here.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// let n = heap.alloc(1u8);
    /// assert_eq!(heap.try_get(n).copied(), Ok(1));
    /// ```
    #[inline]
    pub fn try_get<T: Trace + 'static>(&self, gc: Gc<T>) -> Result<&T, HeapError> {
        match self.lookup(gc) {
            Some(v) => Ok(v),
            None => Err(self.access_error(gc)),
        }
    }

    /// The common path of `get` and `try_get`: an `Option` comes back in a register, where a
    /// `Result` with a `HeapError` goes through memory; the error is worked out only on a miss.
    #[inline(always)]
    fn lookup<T: Trace + 'static>(&self, gc: Gc<T>) -> Option<&T> {
        self.arena.find_get::<T>(gc.raw)
    }

    /// Why `gc` names no `T` here (after `lookup` missed).
    #[cold]
    #[inline(never)]
    fn access_error<T: Trace + 'static>(&self, gc: Gc<T>) -> HeapError {
        self.arena.access_error::<T>(gc.raw)
    }

    /// The object `gc` names, mutably.
    ///
    /// # Panics
    /// If the object was collected (a stale handle). Use [`try_get_mut`](Self::try_get_mut) to get an
    /// error instead.
    #[inline]
    #[track_caller]
    pub fn get_mut<T: Trace + 'static>(&mut self, gc: Gc<T>) -> &mut T {
        match self.try_get_mut(gc) {
            Ok(v) => v,
            Err(e) => misuse(e),
        }
    }

    /// The object `gc` names, mutably.
    ///
    /// # Errors
    /// As [`try_get`](Self::try_get).
    #[inline]
    pub fn try_get_mut<T: Trace + 'static>(&mut self, gc: Gc<T>) -> Result<&mut T, HeapError> {
        // The write barrier is inside: every `&mut T` to an object comes from here.
        self.arena.find_get_mut::<T>(gc.raw)
    }

    /// Announces that `gc`'s object may have gained edges that [`get_mut`](Self::get_mut) did not
    /// see: handles stored through interior mutability (a `RefCell` in an object reached by
    /// [`get`](Self::get)). Call it before the next collection call (`collect_step`, `collect`).
    /// Costs one flag test unless an incremental cycle is marking; a stale handle is ignored.
    ///
    /// # Correctness
    /// Forgetting it while an incremental cycle runs may free an object that is still reachable
    /// through the unannounced edge: a later access is a stale-handle error, never undefined
    /// behaviour. Debug builds check for it at the end of marking and panic naming this method.
    ///
    /// # Examples
    /// ```
    /// use std::cell::RefCell;
    /// use weakgc_heap::{GcAny, Heap, Trace, Tracer};
    /// struct Node {
    ///     next: RefCell<Option<GcAny>>,
    /// }
    /// impl Trace for Node {
    ///     fn trace(&self, tracer: &mut Tracer) {
    ///         self.next.borrow().trace(tracer)
    ///     }
    /// }
    /// let mut heap = Heap::new();
    /// let a = heap.alloc(Node { next: RefCell::new(None) });
    /// let b = heap.alloc(7u8);
    /// *heap.get(a).next.borrow_mut() = Some(b.into()); // not seen by `get_mut`'s barrier
    /// heap.write_barrier(a);
    /// assert_eq!(heap.referents(a).unwrap(), vec![GcAny::from(b)]);
    /// ```
    #[inline]
    pub fn write_barrier(&mut self, gc: impl Into<GcAny>) {
        if self.arena.barrier_on() {
            if let Some(cell) = self.arena.find(gc.into()) {
                if !self.arena.barrier_done(cell) {
                    self.arena.barrier_slow(cell);
                }
            }
        }
    }

    /// The object `gc` names, type-erased (for its `type_name`, `label`, or to trace it).
    ///
    /// # Errors
    /// [`HeapError::StaleHandle`] if the object was collected.
    pub fn get_any(&self, gc: impl Into<GcAny>) -> Result<&dyn Trace, HeapError> {
        let gc = gc.into();
        Ok(self.arena.get_dyn(self.cell(gc)?))
    }

    /// The typed handle for `gc`, if its object is a `T`.
    ///
    /// # Errors
    /// [`HeapError::StaleHandle`] if the object was collected, [`HeapError::WrongType`] if it is not a `T`.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{Gc, Heap};
    /// let mut heap = Heap::new();
    /// let any = Gc::erase(heap.alloc(3i64));
    /// assert!(heap.downcast::<i64>(any).is_ok());
    /// assert!(heap.downcast::<u8>(any).is_err());
    /// ```
    pub fn downcast<T: Trace + 'static>(&self, gc: GcAny) -> Result<Gc<T>, HeapError> {
        let cell = self.cell(gc)?;
        if self.arena.type_info(cell).is::<T>() {
            Ok(Gc::from_any(gc))
        } else {
            Err(self.arena.wrong_type::<T>(cell))
        }
    }

    /// Whether `gc` still names a live object (alive, or kept for its finalizer, or resurrected).
    #[inline]
    pub fn is_alive(&self, gc: impl Into<GcAny>) -> bool {
        self.arena.is_live(gc.into())
    }

    /// The object's `Trace::type_name`, e.g. for error messages.
    ///
    /// # Errors
    /// [`HeapError::StaleHandle`] if the object was collected.
    pub fn type_name(&self, gc: impl Into<GcAny>) -> Result<&str, HeapError> {
        let gc = gc.into();
        Ok(self.get_any(gc)?.type_name())
    }

    // ---- roots ----

    /// Roots `gc` until the returned [`Root`] is dropped.
    ///
    /// # Panics
    /// If the object was collected. Use [`try_root`](Self::try_root) to get an error instead.
    #[track_caller]
    pub fn root<T: ?Sized>(&self, gc: Gc<T>) -> Root<T> {
        match self.try_root(gc, None) {
            Ok(r) => r,
            Err(e) => panic!("{e}"),
        }
    }

    /// Roots `gc` under a name that retention paths and root listings show.
    ///
    /// # Panics
    /// If the object was collected.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{Heap, RootKind};
    /// let mut heap = Heap::new();
    /// let config = heap.alloc(vec![String::from("debug=1")]);
    /// let _root = heap.root_named(config, "config");
    /// let path = heap.retention_path(config.into(), &()).unwrap();
    /// assert_eq!(path.root, RootKind::Root(Some("config".into())));
    /// assert_eq!(path.to_string().lines().next(), Some("root \"config\""));
    /// ```
    #[track_caller]
    pub fn root_named<T: ?Sized>(&self, gc: Gc<T>, name: impl Into<Cow<'static, str>>) -> Root<T> {
        match self.try_root(gc, Some(name.into())) {
            Ok(r) => r,
            Err(e) => panic!("{e}"),
        }
    }

    /// Roots `gc` for the rest of the heap's life (globals, builtins, interned constants) and
    /// returns it: [`Root::leak`] of a root with this name. Nothing leaks; the entry goes with the
    /// heap. Prefer it to `mem::forget(heap.root(x))`, which leaks the root table.
    ///
    /// # Panics
    /// If the object was collected.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// let globals = heap.alloc(Vec::<u32>::new());
    /// let globals = heap.root_forever(globals, "globals");
    /// heap.get_mut(globals).push(1);
    /// assert_eq!(heap.root_entries()[0].1.as_deref(), Some("globals"));
    /// ```
    #[track_caller]
    pub fn root_forever<T: ?Sized>(&self, gc: Gc<T>, name: impl Into<Cow<'static, str>>) -> Gc<T> {
        Root::leak(self.root_named(gc, name))
    }

    /// Roots `gc`, optionally named.
    ///
    /// # Errors
    /// [`HeapError::StaleHandle`] if the object was collected.
    pub fn try_root<T: ?Sized>(
        &self,
        gc: Gc<T>,
        name: Option<Cow<'static, str>>,
    ) -> Result<Root<T>, HeapError> {
        self.live_cell(gc.raw)?;
        Ok(Root::new(&self.roots, gc, name))
    }

    /// Roots a type-erased handle (for hosts that keep objects of many types).
    ///
    /// # Errors
    /// [`HeapError::StaleHandle`] if the object was collected.
    pub fn root_any(&self, gc: impl Into<GcAny>) -> Result<Root<dyn std::any::Any>, HeapError> {
        let gc = gc.into();
        self.try_root(Gc::from_erased(gc), None)
    }

    /// How many [`Root`]s (and drained-but-not-dropped pending jobs) exist.
    pub fn root_count(&self) -> usize {
        self.roots.borrow().len()
    }

    /// Every rooted handle with its root's name, if it has one.
    pub fn root_entries(&self) -> Vec<(GcAny, Option<Cow<'static, str>>)> {
        let roots = self.roots.borrow();
        roots
            .entries()
            .map(|(_, e)| (e.gc, e.name.clone()))
            .collect()
    }

    // ---- weak references ----

    /// A weak handle to `gc`'s object.
    ///
    /// # Errors
    /// [`HeapError::NotWeakReferenceable`] if the object's type refuses weak references
    /// (`cannot create weak reference to 'int' object`); [`HeapError::StaleHandle`] if it was collected.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// let s = heap.alloc(String::from("x"));
    /// let w = heap.downgrade(s).unwrap();
    /// assert_eq!(heap.upgrade(w), Some(s));
    /// ```
    pub fn downgrade<T: ?Sized>(&mut self, gc: Gc<T>) -> Result<Weak<T>, HeapError> {
        Ok(Weak::from_any(self.downgrade_any(gc.raw)?))
    }

    /// A type-erased weak handle to `gc`'s object.
    ///
    /// # Errors
    /// As [`downgrade`](Self::downgrade).
    pub fn downgrade_any(&mut self, gc: impl Into<GcAny>) -> Result<WeakAny, HeapError> {
        let gc = gc.into();
        if let Some(weak) = self.arena.downgrade_known(gc) {
            return Ok(weak);
        }
        let cell = self.weakref_target(gc)?;
        Ok(self.arena.downgrade(cell))
    }

    /// The cell of `gc` if weak references to it are allowed; the answer of `weakref_allowed` is
    /// remembered per object, so only the first weak reference asks (a virtual call on the value).
    fn weakref_target(&mut self, gc: GcAny) -> Result<Cell, HeapError> {
        let cell = self.live_cell(gc)?;
        if !self.arena.bit(cell, Bit::WeakRefused) {
            return Ok(cell);
        }
        let value = self.arena.get_dyn(cell);
        if value.weakref_allowed() {
            self.arena.set_bit(cell, Bit::WeakRefused, false);
            Ok(cell)
        } else {
            Err(HeapError::NotWeakReferenceable {
                type_name: value.type_name().to_string(),
            })
        }
    }

    /// The object `weak` refers to, unless a collection found it unreachable.
    #[inline]
    pub fn upgrade<T: ?Sized>(&self, weak: Weak<T>) -> Option<Gc<T>> {
        self.arena.upgrade(weak.raw).map(Gc::from_any)
    }

    /// The object `weak` refers to, type-erased.
    #[inline]
    pub fn upgrade_any(&self, weak: WeakAny) -> Option<GcAny> {
        self.arena.upgrade(weak)
    }

    /// Registers the weak reference object `watcher` on `target`: when a collection finds `target`
    /// unreachable, it queues a [`PendingKind::Callback`](crate::PendingKind::Callback) job for
    /// `watcher` (if `watcher` itself was reachable), after `target`'s finalizer. Several watchers on
    /// one target are queued newest first.
    ///
    /// This is the primitive under Python's `weakref.ref(obj, callback)`: the embedder allocates its
    /// weak reference object (holding a [`Weak`] to `target` and the callback), then watches. A weak
    /// reference object without a callback uses
    /// [`watch_without_callback`](Self::watch_without_callback) instead, so its referent's death
    /// queues nothing.
    ///
    /// # Errors
    /// [`HeapError::NotWeakReferenceable`] if `target`'s type refuses weak references;
    /// [`HeapError::StaleHandle`] if `target` or `watcher` was collected.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{Gc, Heap, Trace, Tracer, Weak};
    /// // The embedder's weak reference object: a weak handle and a callback name.
    /// struct MyWeakRef { target: Weak<String>, callback: &'static str }
    /// impl Trace for MyWeakRef { fn trace(&self, _: &mut Tracer) {} }
    /// let mut heap = Heap::new();
    /// let target = heap.alloc(String::from("referent"));
    /// let weak = heap.downgrade(target).unwrap();
    /// let wr = heap.alloc(MyWeakRef { target: weak, callback: "on_death" });
    /// let _keep = heap.root(wr); // a callback is queued only if its weakref is alive
    /// heap.watch(target, wr).unwrap();
    /// assert_eq!(heap.watchers(target), [Gc::erase(wr)]);
    /// // A collection that finds `target` unreachable (weakgc_collector::collect) clears `weak`
    /// // and queues a `PendingKind::Callback` job for `wr`; `heap.next_pending()` hands it over.
    /// assert!(heap.unwatch(target, wr));
    /// assert!(heap.watchers(target).is_empty());
    /// ```
    pub fn watch(
        &mut self,
        target: impl Into<GcAny>,
        watcher: impl Into<GcAny>,
    ) -> Result<(), HeapError> {
        let target = target.into();
        let watcher = watcher.into();
        self.register_watcher(target, watcher, true)
    }

    /// Registers the weak reference object `watcher` on `target` for listing only: no job is ever
    /// queued for it, but [`watchers`](Self::watchers) lists it while both live, in registration
    /// order among all of `target`'s watchers.
    ///
    /// This is Python's `weakref.ref(obj)` without callback: CPython queues nothing for such a
    /// reference when `obj` dies, yet `weakref.getweakrefs(obj)` lists it.
    ///
    /// # Errors
    /// As [`watch`](Self::watch).
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{Gc, Heap};
    /// let mut heap = Heap::new();
    /// let target = Gc::erase(heap.alloc(String::from("referent")));
    /// let quiet = Gc::erase(heap.alloc(1u8));
    /// let calling = Gc::erase(heap.alloc(2u8));
    /// heap.watch_without_callback(target, quiet).unwrap();
    /// heap.watch(target, calling).unwrap();
    /// assert_eq!(heap.watchers(target), [quiet, calling]);
    /// ```
    pub fn watch_without_callback(
        &mut self,
        target: GcAny,
        watcher: GcAny,
    ) -> Result<(), HeapError> {
        self.register_watcher(target, watcher, false)
    }

    fn register_watcher(
        &mut self,
        target: GcAny,
        watcher: GcAny,
        calls_back: bool,
    ) -> Result<(), HeapError> {
        let cell = self.weakref_target(target)?;
        self.live_cell(watcher)?;
        // Set for listing-only watchers too: the collector then drops the registrations with the
        // referent, so the slot table does not keep entries of dead referents.
        self.arena.set_bit(cell, Bit::Watched, true);
        let arena = &self.arena;
        self.weak_slots
            .add(target, watcher, calls_back, |w| arena.is_live(w));
        Ok(())
    }

    /// Takes back one registration of `watcher` on `target` (its callback will not be queued for
    /// it, and it is listed once less); `true` if there was one. Each [`watch`](Self::watch) or
    /// [`watch_without_callback`](Self::watch_without_callback) adds a registration, so a watcher
    /// registered twice needs two `unwatch`es; the newest registration goes first.
    pub fn unwatch(&mut self, target: impl Into<GcAny>, watcher: impl Into<GcAny>) -> bool {
        let target = target.into();
        let watcher = watcher.into();
        self.weak_slots.remove(target, watcher)
    }

    /// The live weak reference objects watching `target`, with or without callback, oldest first
    /// (Python's `getweakrefs`).
    pub fn watchers(&self, target: impl Into<GcAny>) -> Vec<GcAny> {
        let target = target.into();
        if !self.arena.is_live(target) {
            return Vec::new();
        }
        self.weak_slots
            .get(target)
            .iter()
            .map(|r| r.watcher)
            .filter(|w| self.arena.is_live(*w))
            .collect()
    }

    // ---- release order ----

    /// Notes that `gc`'s object exists only to let go of its referents in an order: an
    /// interpreter imitating reference counting puts what a frame or a container releases into
    /// one such holder, which dies at once, so that whatever dies with it goes in the holder's
    /// trace order. When the holder dies with other garbage, its referents that another dead
    /// object also refers to are ordered by that object, as they would be had the holder never
    /// held them (under refcounting the holder's references were gone before the referrer died).
    /// A stale handle is ignored: a collected holder orders nothing.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{Gc, Heap};
    /// let mut heap = Heap::new();
    /// let holder = Gc::erase(heap.alloc(vec![1u8]));
    /// heap.note_released(holder);
    /// ```
    pub fn note_released(&mut self, gc: impl Into<GcAny>) {
        let gc = gc.into();
        if let Some(cell) = self.arena.find(gc) {
            self.arena.set_bit(cell, Bit::ReleaseHolder, true);
        }
    }

    // ---- finalizers ----

    /// Gives `gc`'s object a finalizer (`true`) or takes it away (`false`), overriding
    /// `Trace::has_finalizer`. A finalizer that has already been queued cannot be re-armed: each
    /// object's finalizer runs at most once, ever.
    ///
    /// # Errors
    /// [`HeapError::StaleHandle`] if the object was collected.
    pub fn set_finalizer(&mut self, gc: impl Into<GcAny>, on: bool) -> Result<(), HeapError> {
        let gc = gc.into();
        let cell = self.live_cell(gc)?;
        if on && self.arena.bit(cell, Bit::Finalized) {
            return Ok(());
        }
        self.arena.set_bit(cell, Bit::Finalizer, on);
        if !on {
            self.finalizer_fns.remove(&gc.index());
        }
        Ok(())
    }

    /// Whether `gc`'s finalizer is still to be queued.
    pub fn has_finalizer(&self, gc: impl Into<GcAny>) -> bool {
        let gc = gc.into();
        self.arena
            .find(gc)
            .is_some_and(|c| self.arena.bit(c, Bit::Finalizer))
    }

    /// Whether `gc`'s finalizer has been queued by a collection (it ran, or is about to run from
    /// the pending queue): Python's `gc.is_finalized`. `false` for a collected object.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// let a = heap.alloc(1u32);
    /// heap.set_finalizer(a, true).unwrap();
    /// assert!(!heap.is_finalized(a));
    /// ```
    pub fn is_finalized(&self, gc: impl Into<GcAny>) -> bool {
        let gc = gc.into();
        self.arena
            .find(gc)
            .is_some_and(|c| self.arena.bit(c, Bit::Finalized))
    }

    /// Registers a Rust closure as `gc`'s finalizer. It runs from [`run_pending`](Self::run_pending)
    /// after the first collection that finds the object unreachable, with the object still intact.
    ///
    /// # Correctness
    /// Handles the closure captures are not traced: capture [`Root`]s, or handles of objects kept
    /// alive by other means.
    ///
    /// # Errors
    /// [`HeapError::StaleHandle`] if the object was collected.
    pub fn on_finalize(
        &mut self,
        gc: GcAny,
        f: impl FnOnce(&mut Heap, GcAny) + 'static,
    ) -> Result<(), HeapError> {
        let cell = self.live_cell(gc)?;
        if self.arena.bit(cell, Bit::Finalized) {
            return Ok(());
        }
        self.arena.set_bit(cell, Bit::Finalizer, true);
        self.arena.set_bit(cell, Bit::SideEntry, true);
        self.finalizer_fns.insert(gc.index(), (gc, Box::new(f)));
        Ok(())
    }

    // ---- limits, policy and statistics ----

    /// Sets (or removes) the limit on object bytes ([`bytes_in_use`](Self::bytes_in_use));
    /// allocations past it fail with [`HeapError::OutOfMemory`]. The collector's own tables are not
    /// charged.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{Heap, HeapError};
    /// let mut heap = Heap::new();
    /// heap.set_limit(Some(heap.bytes_in_use() + 64));
    /// let mut kept = Vec::new();
    /// let err = loop {
    ///     match heap.try_alloc([0u64; 2]) {
    ///         Ok(gc) => kept.push(heap.root(gc)),
    ///         Err(e) => break e,
    ///     }
    /// };
    /// assert!(matches!(err.error, HeapError::OutOfMemory { .. }));
    /// assert!(heap.bytes_in_use() <= heap.limit().unwrap()); // the failed allocation changed nothing
    /// kept.clear();
    /// heap.set_limit(None);
    /// ```
    pub fn set_limit(&mut self, bytes: Option<usize>) {
        self.limit = bytes;
    }

    /// Whether `requested` more object bytes fit under the limit: the one limit check, for
    /// allocations and resizable charges alike.
    #[inline]
    fn check_limit(&self, requested: usize) -> Result<(), HeapError> {
        match self.limit {
            Some(limit) if self.bytes_in_use().saturating_add(requested) > limit => {
                Err(HeapError::OutOfMemory {
                    requested,
                    limit,
                    in_use: self.bytes_in_use(),
                })
            }
            _ => Ok(()),
        }
    }

    /// The limit on object bytes, if any.
    pub fn limit(&self) -> Option<usize> {
        self.limit
    }

    /// Object bytes in use: the cells of live objects, plus the bytes their values report owning
    /// outside their cells ([`Trace::extra_bytes`], and what
    /// [`set_resizable_bytes`](Self::set_resizable_bytes) set).
    #[inline]
    pub fn bytes_in_use(&self) -> usize {
        self.arena.bytes_in_use() + self.resizable_total
    }

    /// Sets how many bytes `gc`'s object owns outside its cell in storage that grows and shrinks
    /// while it lives (a list's item buffer, a table's slots), replacing what was set before; 0
    /// removes the charge. Counted in [`bytes_in_use`](Self::bytes_in_use), against the limit and
    /// in the pacing debt, and uncharged when the object is freed. Storage fixed for the object's
    /// life belongs in [`Trace::extra_bytes`] instead (asked once, no table entry).
    ///
    /// Call it when the storage changes (or at least when it grows): the heap cannot see inside
    /// the value. A container that grows under the limit piece by piece is then bounded like one
    /// big allocation.
    ///
    /// # Errors
    /// [`HeapError::StaleHandle`] if `gc` is not live. [`HeapError::OutOfMemory`] if the growth
    /// would pass the limit: the charge stays as it was, so the embedder can refuse the growth and
    /// lose nothing. Shrinking never fails for a live object.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// let list = heap.alloc(Vec::<u64>::new());
    /// heap.set_limit(Some(heap.bytes_in_use() + 1000));
    /// heap.get_mut(list).reserve(100);
    /// heap.set_resizable_bytes(list, 800).unwrap();
    /// assert!(heap.set_resizable_bytes(list, 8000).is_err());
    /// assert_eq!(heap.resizable_bytes(list), 800);
    /// ```
    pub fn set_resizable_bytes(
        &mut self,
        gc: impl Into<GcAny>,
        bytes: usize,
    ) -> Result<(), HeapError> {
        let gc = gc.into();
        let cell = self.cell(gc)?;
        let old = self.resizable_bytes(gc);
        if bytes > old {
            self.check_limit(bytes - old)?;
        }
        if bytes == 0 {
            self.resizable.remove(&gc);
        } else {
            self.arena.set_bit(cell, Bit::SideEntry, true);
            self.resizable.insert(gc, bytes);
        }
        self.resizable_total = self.resizable_total - old + bytes;
        Ok(())
    }

    /// What [`set_resizable_bytes`](Self::set_resizable_bytes) last set for `gc`'s object (0 if
    /// nothing, or if it is not live).
    pub fn resizable_bytes(&self, gc: impl Into<GcAny>) -> usize {
        self.resizable.get(&gc.into()).copied().unwrap_or(0)
    }

    /// Live objects (including those kept for finalizers).
    pub fn object_count(&self) -> usize {
        self.arena.objects()
    }

    /// Object bytes allocated since the last collection.
    #[inline]
    pub fn allocated_since_collect(&self) -> usize {
        // Resizable charges may shrink between collections, below what the last one left.
        self.bytes_in_use().saturating_sub(self.bytes_after_cycle)
    }

    /// Bytes allocated since the heap was made (object cells, the extra bytes their values
    /// report, and resizable charges as they stand): [`bytes_in_use`](Self::bytes_in_use) plus
    /// everything collections have freed. Only grows while charges do; incremental pacing
    /// measures allocation between steps with it, as sweeps now free between collection calls.
    #[inline]
    pub fn bytes_allocated(&self) -> u64 {
        self.arena.bytes_allocated_total() + self.resizable_total as u64
    }

    /// Where the collection cycle stands: idle between cycles and in stop-the-world use; `Mark`
    /// and `Sweep` while an incremental cycle (`collect_step`) is under way.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{GcPhase, Heap};
    /// let heap = Heap::new();
    /// assert_eq!(heap.gc_phase(), GcPhase::Idle);
    /// ```
    #[inline]
    pub fn gc_phase(&self) -> GcPhase {
        if self.arena.is_sweeping() {
            GcPhase::Sweep
        } else if self.parked.is_some() {
            GcPhase::Mark
        } else {
            GcPhase::Idle
        }
    }

    /// Turns the barrier verifier on or off (on by default in debug builds): at the end of every
    /// incremental mark phase, every marked object is traced again, and an edge to an unmarked
    /// object panics, naming both and [`write_barrier`](Self::write_barrier). O(heap) per cycle.
    /// Minors are verified the same way (an old object outside the remembered set must not point
    /// to a young one), paced so the check costs O(1) per minor: every minor while the heap holds
    /// fewer than 256 objects; otherwise, after a verified minor, the next `object_count() / 256`
    /// are not.
    pub fn set_verify_barriers(&mut self, on: bool) {
        self.verify_barriers = on;
    }

    /// The collection mode ([`set_mode`](Self::set_mode)); stop-the-world for a new heap.
    #[inline]
    pub fn mode(&self) -> CollectorMode {
        self.mode
    }

    /// Changes the collection mode. A cycle in progress ends first, as `collect()` ends it: one
    /// still marking is abandoned (nothing freed, nothing queued twice), one sweeping is finished
    /// (its report is dropped). Entering generational mode makes every object old and arms the
    /// remembered-set barrier; leaving it clears the ages. O(pages).
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{CollectorMode, Heap};
    /// let mut heap = Heap::new();
    /// heap.alloc(1u32);
    /// heap.set_mode(CollectorMode::GENERATIONAL);
    /// assert_eq!(heap.young_count(), 0, "what was there is old");
    /// heap.alloc(2u32);
    /// assert_eq!(heap.young_count(), 1);
    /// ```
    pub fn set_mode(&mut self, mode: CollectorMode) {
        self.collection_epoch += 1;
        self.end_cycle_in_progress();
        self.mode = mode;
        if mode.is_generational() {
            self.make_all_old();
        } else {
            self.carry.clear();
            self.arena.gray_again.clear();
            self.arena.clear_unmarked();
            self.arena.clear_ages();
            self.arena.set_remembering(false);
        }
    }

    /// Ends a cycle in progress as `collect()` ends it: one still marking is abandoned (nothing
    /// freed, nothing queued twice), one sweeping is finished (its report is dropped).
    pub(crate) fn end_cycle_in_progress(&mut self) {
        match self.gc_phase() {
            GcPhase::Idle => {}
            GcPhase::Mark => self.cycle().abandon(),
            GcPhase::Sweep => {
                let mut cycle = self.cycle();
                while cycle.is_sweeping() {
                    cycle.sweep_step(u64::MAX);
                }
                cycle.finish();
                cycle.unpark();
            }
        }
    }

    /// Generational mode, no cycle under way: every object old, no remembered set (with every
    /// object old, invariant R holds trivially), the barrier remembering, pacing counters reset.
    /// O(pages).
    pub(crate) fn make_all_old(&mut self) {
        self.collection_epoch += 1;
        self.carry.clear();
        self.arena.gray_again.clear();
        self.arena.clear_unmarked();
        self.arena.promote_all();
        self.arena.set_remembering(true);
        self.minors = 0;
        self.allocated_at_minor = self.bytes_allocated();
        self.minor_work = 0;
        self.old_bytes = self.arena.old_bytes();
        self.old_bytes_after_major = self.old_bytes;
    }

    /// Objects that are not old: in generational mode, those allocated since they could have
    /// been promoted (new objects and survivors); in the other modes every object. O(pages).
    pub fn young_count(&self) -> usize {
        self.arena.young_count()
    }

    /// Whether `gc`'s object is old: in generational mode, it survived `promote_after` minors or
    /// a full or major cycle, so a minor collection keeps it whether or not it is reachable.
    /// Always `false` outside generational mode and for a collected object. O(1).
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{CollectorMode, Heap};
    /// let mut heap = Heap::new();
    /// let before = heap.alloc(1u32);
    /// heap.set_mode(CollectorMode::GENERATIONAL);
    /// let after = heap.alloc(2u32);
    /// assert!(heap.is_old(before) && !heap.is_old(after));
    /// ```
    pub fn is_old(&self, gc: impl Into<GcAny>) -> bool {
        self.mode.is_generational()
            && self
                .arena
                .find(gc.into())
                .is_some_and(|c| self.arena.bit(c, Bit::Old))
    }

    /// Minor collections since the last full or major cycle (generational mode).
    pub fn minor_count(&self) -> u64 {
        self.minors
    }

    /// Bytes allocated since the last minor, full or major cycle, in generational mode
    /// (what `Pacing::minor_bytes` is compared with).
    #[inline]
    pub fn allocated_since_minor(&self) -> u64 {
        self.bytes_allocated()
            .saturating_sub(self.allocated_at_minor)
    }

    /// Generational mode: the work the last minor did, in units (an object marked, or an edge of
    /// a remembered old object traced); 0 before the first minor and after a full or major
    /// cycle. A minor retraces every old object written since the last one, edges and all, so
    /// a large old container written between minors makes each minor cost its size however
    /// small the nursery: `Pacing::minor_is_due` waits for allocation in proportion to this.
    #[inline]
    pub fn last_minor_work(&self) -> u64 {
        self.minor_work
    }

    /// Bytes of old objects' cells now (as of the last collection) and after the last full or
    /// major cycle, in generational mode (what `Pacing::major_percent` compares).
    #[inline]
    pub fn old_bytes(&self) -> (usize, usize) {
        (self.old_bytes, self.old_bytes_after_major)
    }

    /// Completed collections.
    pub fn cycle_count(&self) -> u64 {
        self.cycles
    }

    /// Stops `collect_if_due`-style safepoints from collecting (Python's `gc.disable()`); explicit
    /// collections still run.
    pub fn disable(&mut self) {
        self.collection_epoch += 1;
        self.enabled = false;
    }

    /// Undoes [`disable`](Self::disable).
    pub fn enable(&mut self) {
        self.collection_epoch += 1;
        self.enabled = true;
    }

    /// A number that changes whenever something other than allocation may change whether
    /// collection work is due: every collector call (each goes through the collector's door into
    /// the heap), [`set_mode`](Self::set_mode), [`freeze`](Self::freeze), [`enable`](Self::enable)
    /// and [`disable`](Self::disable). While it stays the same, only allocation can make work due, so
    /// a safepoint can keep `weakgc_collector::bytes_until_step`'s answer and compare
    /// [`bytes_allocated`](Self::bytes_allocated) with it (a change of the `Pacing` it passed is
    /// the caller's to notice).
    #[inline]
    pub fn collection_epoch(&self) -> u64 {
        self.collection_epoch
    }

    /// Whether automatic collection is enabled.
    #[inline]
    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// Every live object, in cell order (for censuses and `gc.get_objects`-style listings).
    pub fn live_objects(&self) -> Vec<GcAny> {
        self.arena.live_handles()
    }

    /// The objects `gc`'s object holds strong edges to (Python's `gc.get_referents`).
    ///
    /// # Errors
    /// [`HeapError::StaleHandle`] if the object was collected.
    pub fn referents(&self, gc: impl Into<GcAny>) -> Result<Vec<GcAny>, HeapError> {
        let gc = gc.into();
        let mut tracer = crate::Tracer::new();
        self.get_any(gc)?.trace(&mut tracer);
        let mut out = tracer.take_edges();
        for (key, values) in tracer.take_ephemerons() {
            if self.arena.weak_is_live(key) {
                out.extend(values);
            }
        }
        out.retain(|e| self.arena.is_live(*e));
        Ok(out)
    }
}

/// The panic of the panicking accessors (`get`, `get_mut`) on a stale or mistyped handle: out of
/// line, so that their fast path stays small enough to inline into every caller.
#[cold]
#[inline(never)]
#[track_caller]
fn misuse(e: HeapError) -> ! {
    panic!("{e}")
}

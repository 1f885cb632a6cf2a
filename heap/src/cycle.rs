//! The collector's door into the heap: per-cycle operations on mark bits, weak slots, finalizers,
//! tables and sweeping.
//!
//! Everything here is safe: calling these out of order can make a collection free objects that are
//! still referenced (later accesses then fail with `StaleHandle`), but never causes undefined
//! behaviour. `weakgc-collector` calls them in DESIGN order; nothing else may: the module is
//! `#[doc(hidden)]` and not re-exported by the `weakgc` facade (issue #16).

use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};

use crate::arena::{Cell, Prefetched};
use crate::handle::{GcAny, WeakAny};
use crate::page::Bit;
use crate::pending::PendingKind;
use crate::trace::Tracer;
use crate::weak_slot::Watchers;
use crate::Heap;

/// Above this many objects, the debug checks skip minors (`CycleAccess::verify_this_minor`).
pub const VERIFIED_OBJECTS_PER_MINOR: usize = 256;

/// A live cell the collector has just marked, with the heap's free epoch at that moment (A10 in
/// `arena/mod.rs`): what makes tracing it later sound even if it is kept past a sweep.
#[derive(Clone, Copy, Debug)]
pub struct MarkedCell {
    cell: Cell,
    epoch: u64,
}

/// A marked cell whose memory is being loaded ([`CycleAccess::prefetch`]), to be traced
/// ([`CycleAccess::trace`]) a few objects later without looking its page up again. The default
/// names no cell: tracing it does nothing (a filler for a marker's window).
#[derive(Clone, Copy, Debug, Default)]
pub struct PrefetchedCell {
    inner: Prefetched,
}

/// Where an ephemeron's key stands.
#[derive(Clone, Copy, Debug)]
pub enum KeyState {
    /// The key is dead (its weak handle is cleared or its object freed): the values stay unreachable.
    Dead,
    /// The key is marked: the values are reachable.
    Marked,
    /// The key is not marked yet; it is now flagged so that
    /// [`is_ephemeron_key`](CycleAccess::is_ephemeron_key) answers yes once it is marked, and its
    /// [`waiting_list`](CycleAccess::waiting_list) is where the values wait.
    Waiting(WaitingKey),
}

/// Where an ephemeron's key stands, with its waiting list at hand
/// ([`CycleAccess::route_ephemeron_key`]).
#[derive(Debug)]
pub enum KeyRoute<'a> {
    /// The key is dead: the values stay unreachable.
    Dead,
    /// The key is marked: the values are reachable.
    Marked,
    /// The key is live and not marked yet, and now flagged (as for [`KeyState::Waiting`]): the
    /// head of the list its values wait on, as [`CycleAccess::waiting_list`] gives it.
    Waiting(&'a mut u32),
}

/// What [`CycleAccess::sift_held`] does with one held ephemeron.
enum Sifted {
    /// Its key may be live and is not marked: keep holding it.
    Hold,
    /// Its key is marked: push its value.
    Release,
    /// Its key is dead: forget it.
    Drop,
}

/// A live, unmarked key that ephemeron values wait for (from [`KeyState::Waiting`]).
#[derive(Clone, Copy, Debug)]
pub struct WaitingKey {
    cell: Cell,
}

/// What freeing dead objects did.
#[derive(Debug, Default)]
pub struct SweepStats {
    /// Objects freed.
    pub objects: u64,
    /// Object bytes freed.
    pub bytes: u64,
    /// Messages of panics raised by `Drop` implementations; every dead object was freed anyway.
    pub drop_panics: Vec<String>,
}

/// The collector's gray stack: the edges reported by `Trace::trace`, waiting to be marked, and the
/// ephemerons reported with them.
///
/// It owns the [`Tracer`] that `trace` implementations report into and lends it to them only
/// for the length of a call, as `&mut Tracer`, whose public methods can only add. The methods
/// that pop, take or clear live here instead, on a type no `trace` ever sees, so user code
/// cannot corrupt marking by removing edges (issue #16); and since `Gray` never hands its
/// `Tracer` out otherwise, not even a `mem::swap` between two tracers is possible.
pub struct Gray {
    tracer: Tracer,
}

impl Default for Gray {
    fn default() -> Self {
        Gray::new()
    }
}

impl Gray {
    /// An empty gray stack.
    pub fn new() -> Gray {
        Gray {
            tracer: Tracer::new(),
        }
    }

    /// Pushes `gc`.
    #[inline]
    pub fn push(&mut self, gc: GcAny) {
        self.tracer.edge_any(gc)
    }

    /// Pops the most recently pushed edge.
    #[inline]
    pub fn pop(&mut self) -> Option<GcAny> {
        self.tracer.pop_edge()
    }

    /// Traces `value` (extra roots, say) onto the stack.
    pub fn trace<R: crate::Trace + ?Sized>(&mut self, value: &R) {
        value.trace(&mut self.tracer)
    }

    /// Removes and returns the edges, oldest first.
    pub fn take_edges(&mut self) -> Vec<GcAny> {
        self.tracer.take_edges()
    }

    /// Removes and returns the ephemerons, as `(key, values)` pairs.
    pub fn take_ephemerons(&mut self) -> Vec<(WeakAny, Vec<GcAny>)> {
        self.tracer.take_ephemerons()
    }

    /// Removes the ephemerons, asking `route(key, values)` about each: when it answers `true`, the
    /// values are pushed. Allocates nothing per ephemeron.
    pub fn route_ephemerons(&mut self, route: impl FnMut(WeakAny, &[GcAny]) -> bool) {
        self.tracer.route_ephemerons(route)
    }

    /// Routes, as [`route_ephemerons`](Self::route_ephemerons) does, only the ephemerons whose
    /// value holds two or more handles; those with one stay held, for
    /// [`CycleAccess::sift_held`].
    pub fn route_multi_ephemerons(&mut self, route: impl FnMut(WeakAny, &[GcAny]) -> bool) {
        self.tracer.route_multi_ephemerons(route)
    }

    /// How many ephemerons whose value is one handle are recorded and not yet routed: the ones a
    /// marker holds between [`CycleAccess::sift_held`] passes.
    #[inline]
    pub fn held_ephemerons(&self) -> usize {
        self.tracer.single_ephemerons.len()
    }

    /// Whether any ephemeron whose value holds two or more handles waits to be routed.
    #[inline]
    pub fn has_multi_ephemerons(&self) -> bool {
        !self.tracer.ephemerons.is_empty()
    }

    /// Forgets every ephemeron recorded and not routed (their keys were not reached: their
    /// values stay unreachable).
    pub fn forget_ephemerons(&mut self) {
        self.tracer.forget_ephemerons()
    }

    /// How many values the ephemerons waiting to be routed hold in all: at most that many can
    /// start waiting for their keys in the next [`route_ephemerons`](Self::route_ephemerons).
    #[inline]
    pub fn ephemeron_value_count(&self) -> usize {
        self.tracer.single_ephemerons.len() + self.tracer.ephemeron_values.len()
    }

    /// Whether any ephemerons are waiting to be routed.
    #[inline]
    pub fn has_ephemerons(&self) -> bool {
        self.tracer.has_ephemerons()
    }

    /// Whether no edge waits to be marked.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.tracer.edge_count() == 0
    }

    /// How many edges wait to be marked.
    #[inline]
    pub fn len(&self) -> usize {
        self.tracer.edge_count()
    }

    /// Forgets everything.
    pub fn clear(&mut self) {
        self.tracer.clear()
    }

    /// Bytes its buffers have reserved (their capacity).
    pub fn capacity_bytes(&self) -> usize {
        self.tracer.capacity_bytes()
    }
}

/// Low-level access for one collection. Obtain with [`Heap::cycle`].
pub struct CycleAccess<'h> {
    heap: &'h mut Heap,
}

impl Heap {
    /// The collector's view of this heap for one cycle (collector-only, see the module doc).
    #[doc(hidden)]
    pub fn cycle(&mut self) -> CycleAccess<'_> {
        self.collection_epoch += 1;
        CycleAccess { heap: self }
    }
}

impl CycleAccess<'_> {
    /// The heap, for read-only questions.
    pub fn heap(&self) -> &Heap {
        self.heap
    }

    /// Starts a cycle: no object is marked, no ephemeron key is flagged and no value waits for
    /// one. O(pages).
    ///
    /// Everything a cycle leaves behind when user code panics in it is reset here: a cycle
    /// interrupted while marking has left marks, key flags and waiting-list heads (which named
    /// nodes of the collector's lost list: kept, they linked the next cycle's lists into loops).
    pub fn begin(&mut self) {
        self.begin_in_steps();
        self.heap.arena.copy_some_pages(usize::MAX);
    }

    /// [`begin`](Self::begin) spread over calls, for an incremental cycle: everything but the
    /// copy of the allocation bitmaps into the mark bitmap, which
    /// [`begin_some_pages`](Self::begin_some_pages) then makes a number of pages at a time
    /// (O(pages) in all: at 2M objects ~2 ms in one step, docs/benchmarks.md). Arm the barrier
    /// right after this call (allocation must be white meanwhile), and mark or trace nothing
    /// until `begin_some_pages` returns `true`. Abandoning ends it like any mark phase.
    pub fn begin_in_steps(&mut self) {
        // Generational mode: a full or major cycle marks everything, so the remembered set and
        // `carry` mean nothing until it ends (`finish` or `abandon` makes every survivor old).
        self.heap.arena.set_remembering(false);
        self.heap.arena.gray_again.clear();
        self.heap.carry.clear();
        self.heap.arena.start_marking_in_steps();
        self.heap.arena.clear_bit_everywhere(Bit::EphemeronKey);
        self.heap.arena.drop_waiting_heads();
    }

    /// Copies the allocation bitmaps of up to `max_pages` more pages (see
    /// [`begin_in_steps`](Self::begin_in_steps)); returns how many it copied. The start is
    /// complete, and marking may begin, once [`is_beginning`](Self::is_beginning) is false
    /// (every page copied, including pages added since).
    pub fn begin_some_pages(&mut self, max_pages: u64) -> u64 {
        let max = usize::try_from(max_pages).unwrap_or(usize::MAX);
        self.heap.arena.copy_some_pages(max) as u64
    }

    /// Whether a start in steps is under way ([`begin_in_steps`](Self::begin_in_steps) until
    /// [`begin_some_pages`](Self::begin_some_pages) returned `true`).
    pub fn is_beginning(&self) -> bool {
        self.heap.arena.is_starting()
    }

    /// Parks the collector's state for a cycle that goes on in later calls (an incremental
    /// cycle's marker between steps): the heap keeps it, opaque, and knows the cycle is under way
    /// ([`Heap::gc_phase`]). Replaces anything parked before.
    pub fn park(&mut self, state: Box<dyn std::any::Any>) {
        self.heap.parked = Some(state);
    }

    /// Keeps the collector's scratch buffers (a marker's emptied stacks) for the next cycle, if
    /// their `bytes` are at most twice the object bytes in use: a heap that shrank gives them
    /// back, one whose size holds reuses them instead of growing, page-faulting and copying them
    /// afresh every cycle (docs/benchmarks.md, "The ephemeron collection"). Twice, because a
    /// weak-key entry of two 16-byte objects needs ~40 bytes of marking stacks. Replaces what was
    /// kept.
    pub fn keep_scratch(&mut self, scratch: Box<dyn std::any::Any>, bytes: usize) {
        self.heap.scratch = (bytes <= 2 * self.heap.bytes_in_use()).then_some(scratch);
    }

    /// Takes the scratch buffers kept by [`keep_scratch`](Self::keep_scratch), if any.
    pub fn take_scratch(&mut self) -> Option<Box<dyn std::any::Any>> {
        self.heap.scratch.take()
    }

    /// Notes that an incremental step ended now: [`allocated_since_step`](Self::allocated_since_step)
    /// counts from here. Kept in the heap, not in the parked state, so that the pacing check run
    /// at every safepoint reads one field instead of unparking and parking a box (42 instructions
    /// a call, ~6% of `examples/pause`'s instructions in incremental mode).
    pub fn note_step(&mut self) {
        self.heap.allocated_at_step = self.heap.bytes_allocated();
    }

    /// Bytes allocated since the last [`note_step`](Self::note_step).
    #[inline]
    pub fn allocated_since_step(&self) -> u64 {
        self.heap
            .bytes_allocated()
            .saturating_sub(self.heap.allocated_at_step)
    }

    /// Takes the parked state back, if any.
    pub fn unpark(&mut self) -> Option<Box<dyn std::any::Any>> {
        self.heap.parked.take()
    }

    /// Abandons a cycle in its mark phase, freeing nothing: every flat bit is cleared (no object
    /// is unmarked), the barrier disarmed, `gray_again` emptied, ephemeron key flags and
    /// waiting-list heads dropped, and any parked state dropped. Weak handles already cleared
    /// and jobs already queued stay so. The heap is then as between cycles. O(pages).
    ///
    /// # Panics
    /// If a lazy sweep is under way (finish it with [`sweep_step`](Self::sweep_step) instead):
    /// clearing its bits would leave found-dead objects allocated and unreachable for good.
    pub fn abandon(&mut self) {
        assert!(
            !self.heap.arena.is_sweeping(),
            "weakgc bug: a cycle abandoned during its sweep"
        );
        self.heap.arena.clear_unmarked();
        self.heap.arena.set_armed(false);
        self.heap.arena.gray_again.clear();
        self.heap.arena.clear_bit_everywhere(Bit::EphemeronKey);
        self.heap.arena.drop_waiting_heads();
        self.heap.parked = None;
        if self.heap.mode.is_generational() {
            // The remembered set is gone (and a minor's `carry` with it): with every object old,
            // invariant R holds trivially.
            self.become_all_old();
        }
    }

    /// Generational mode after a full or major cycle, or an abandoned collection: every object
    /// old, no remembered set, the barrier remembering, pacing counters reset.
    fn become_all_old(&mut self) {
        let heap = &mut *self.heap;
        heap.arena.promote_all();
        heap.carry.clear();
        heap.arena.gray_again.clear();
        heap.arena.set_remembering(true);
        heap.minors = 0;
        heap.allocated_at_minor = heap.bytes_allocated();
        heap.minor_work = 0;
        heap.old_bytes = heap.arena.old_bytes();
        heap.old_bytes_after_major = heap.old_bytes;
    }

    /// Starts a minor collection (generational mode, no cycle under way): the barrier stops
    /// remembering, every young object is unmarked and every old one marked (its sticky mark),
    /// and the remembered set is returned: the objects written since the last collection
    /// (`gray_again`) and those the last minor carried. The caller traces both as roots
    /// ([`trace_any`](Self::trace_any)), without marking them, and hands the written ones to
    /// [`end_minor`](Self::end_minor). O(young pages + remembered).
    ///
    /// # Panics
    /// Outside generational mode, or with a cycle under way.
    pub fn begin_minor(&mut self) -> (Vec<GcAny>, Vec<GcAny>) {
        assert!(
            self.heap.mode.is_generational() && self.heap.gc_phase() == crate::GcPhase::Idle,
            "weakgc bug: a minor collection outside generational mode or during a cycle"
        );
        let heap = &mut *self.heap;
        heap.arena.set_remembering(false);
        let written = std::mem::take(&mut heap.arena.gray_again);
        let carried = std::mem::take(&mut heap.carry);
        // Only the written objects' flat bits are set (the carried ones' are clear).
        heap.arena.start_minor(&written);
        heap.arena.drop_waiting_heads();
        (written, carried)
    }

    /// Ends a minor collection after its sweep: survivors age (`promote_after` of the mode), the
    /// next minor's `carry` is kept (with `promote_after` 2: the objects just promoted and
    /// `written`, the objects written since the last collection, which may point to survivors
    /// still young; not the last carry, whose young referents were promoted by this minor), and
    /// the barrier remembers again. `work` is what this minor did, in the units of
    /// [`Heap::last_minor_work`]. Returns the number of objects promoted.
    pub fn end_minor(&mut self, written: Vec<GcAny>, work: u64) -> u64 {
        let heap = &mut *self.heap;
        let crate::CollectorMode::Generational { promote_after } = heap.mode else {
            return 0;
        };
        let (promoted, bytes, mut carry) = heap.arena.promote(promote_after);
        if promote_after >= 2 {
            carry.extend(written);
            heap.carry = carry;
        }
        heap.arena.set_remembering(true);
        heap.minors += 1;
        heap.allocated_at_minor = heap.bytes_allocated();
        heap.minor_work = work;
        heap.old_bytes += bytes;
        promoted
    }

    /// Every old object with its flat bit clear that is not in `remembered` (for the minor's
    /// barrier verifier: none of them may point to a young object). O(pages + old objects).
    pub fn old_unremembered(&self, written: &[GcAny], carried: &[GcAny]) -> Vec<GcAny> {
        let set: hashbrown::HashSet<u32> =
            written.iter().chain(carried).map(|gc| gc.index()).collect();
        self.heap
            .arena
            .old_handles()
            .into_iter()
            .filter(|gc| !set.contains(&gc.index()))
            .collect()
    }

    /// Objects marked so far this cycle: allocated cells whose flat bit is clear, less those
    /// allocated since [`begin`](Self::begin) while unarmed (none, in a cycle that arms right
    /// after `begin`). O(pages).
    pub fn marked_count(&self) -> u64 {
        self.heap.arena.marked_count()
    }

    /// Cells allocated when [`begin`](Self::begin) ran plus those allocated white since (while
    /// armed): from the end of marking to the start of the sweep, the marked objects and the
    /// unmarked ones, which the sweep frees unless step 4 marks them. O(1), where
    /// [`marked_count`](Self::marked_count) reads every page's bitmaps (an incremental cycle's
    /// atomic phase counts its marked objects this way).
    pub fn cycle_cells(&self) -> u64 {
        self.heap.arena.cycle_cells()
    }

    /// The number of pages, small and large: what [`begin`](Self::begin)'s copy of the
    /// allocation bitmaps is proportional to.
    pub fn page_count(&self) -> u64 {
        self.heap.arena.page_count() as u64
    }

    /// Every allocated, marked object, in cell order (for the barrier verifier). O(pages +
    /// marked).
    pub fn marked_objects(&self) -> Vec<GcAny> {
        self.heap.arena.marked_handles()
    }

    /// Whether `gc` names an allocated cell that is not marked (white or gray): one bitmap test,
    /// no generation check (as marking, which would mark a stale edge's cell).
    pub fn is_white(&self, gc: GcAny) -> bool {
        self.heap.arena.is_unmarked_index(gc)
    }

    /// Whether the debug barrier verifier runs at the end of incremental marking
    /// ([`Heap::set_verify_barriers`]).
    pub fn verify_barriers(&self) -> bool {
        self.heap.verify_barriers
    }

    /// Whether this minor is one the debug checks verify (the barrier verifier if
    /// [`verify_barriers`](Self::verify_barriers), and the whole heap after the minor in debug
    /// builds). Both checks are O(heap), and a minor may run before every allocation (minipy's
    /// `--gc=stress-minor`), so they are paced: every minor while the heap holds fewer than
    /// [`VERIFIED_OBJECTS_PER_MINOR`] objects; otherwise, after a verified minor, the next
    /// `objects / VERIFIED_OBJECTS_PER_MINOR` are not, which keeps their cost O(1) per minor. A
    /// missed barrier is still caught whenever a verified minor follows the write. Call once per
    /// minor.
    pub fn verify_this_minor(&mut self) -> bool {
        let heap = &mut *self.heap;
        if heap.minors_until_verify > 0 {
            heap.minors_until_verify -= 1;
            return false;
        }
        heap.minors_until_verify = (heap.arena.objects() / VERIFIED_OBJECTS_PER_MINOR) as u64;
        true
    }

    /// Arms (or disarms) the write barrier and white allocation: while armed, `get_mut` and
    /// [`Heap::write_barrier`] turn a marked object gray again (its bit set, its handle on
    /// [`take_gray_again`](Self::take_gray_again)'s list) and new objects start unmarked. Arm only
    /// between [`begin`](Self::begin) and the end of marking (docs/semantics.md, "The barrier").
    pub fn arm(&mut self, on: bool) {
        self.heap.arena.set_armed(on);
    }

    /// Whether the write barrier is armed.
    pub fn is_armed(&self) -> bool {
        self.heap.arena.armed()
    }

    /// Takes the objects the write barrier turned gray again since the last call, oldest first:
    /// each is unmarked now and must be marked and traced again before marking ends.
    pub fn take_gray_again(&mut self) -> Vec<GcAny> {
        std::mem::take(&mut self.heap.arena.gray_again)
    }

    /// Takes at most `max` of the objects [`take_gray_again`](Self::take_gray_again) would take
    /// (the most recently regrayed), leaving the others for a later call: a mark step takes
    /// what its budget can push. O(taken).
    pub fn take_gray_again_at_most(&mut self, max: usize) -> Vec<GcAny> {
        let list = &mut self.heap.arena.gray_again;
        let keep = list.len().saturating_sub(max);
        list.split_off(keep)
    }

    /// The heap's own roots: every [`Root`](crate::Root) and every object the pending queue refers to.
    pub fn roots(&self) -> Vec<GcAny> {
        let mut out: Vec<GcAny> = self
            .heap
            .roots
            .borrow()
            .entries()
            .map(|(_, e)| e.gc)
            .collect();
        out.extend(self.heap.pending.jobs.iter().map(|(_, gc)| *gc));
        out
    }

    /// The frozen objects ([`Heap::freeze`]), in cell order: full and major cycles mark them as
    /// roots, once, when marking begins (they cannot change during a cycle: `freeze` ends one
    /// first, and `unfreeze` only lets the next cycle free them). Minors do not: in generational
    /// mode frozen objects are old (invariant F, `freeze.rs`).
    pub fn frozen(&self) -> &[GcAny] {
        &self.heap.frozen
    }

    /// Marks the object `gc` points at if it is allocated and unmarked; returns it then, to be
    /// traced. Reads only mark and allocation bitmaps (no per-object metadata), so rejecting an edge
    /// to a marked object is cheap. The generation is not checked: a stale handle marks the cell's
    /// current occupant (see `Arena::mark_edge`).
    #[inline]
    pub fn mark(&mut self, gc: GcAny) -> Option<MarkedCell> {
        let cell = self.heap.arena.mark_edge(gc)?;
        Some(MarkedCell {
            cell,
            epoch: self.heap.arena.epoch(),
        })
    }

    /// Whether ephemeron values wait for this object as their key (see [`KeyState::Waiting`]).
    #[inline]
    pub fn is_ephemeron_key(&self, marked: MarkedCell) -> bool {
        self.heap.arena.bit(marked.cell, Bit::EphemeronKey)
    }

    /// Starts loading a marked object's type and value into cache, ahead of
    /// [`trace`](Self::trace), and takes what tracing it needs from its page.
    #[inline]
    pub fn prefetch(&self, marked: MarkedCell) -> PrefetchedCell {
        PrefetchedCell {
            inner: self.heap.arena.prefetch(marked.cell, marked.epoch),
        }
    }

    /// Pushes the marked object's edges (runs the user's `Trace::trace`). If the heap freed
    /// anything since the object was marked (a call out of DESIGN order), the cell is looked up
    /// again and traced only if it is still allocated.
    #[inline]
    pub fn trace(&self, prefetched: PrefetchedCell, gray: &mut Gray) {
        self.heap
            .arena
            .trace_prefetched(prefetched.inner, &mut gray.tracer)
    }

    /// Pushes the edges of any live object, marked or not.
    pub fn trace_any(&self, gc: GcAny, gray: &mut Gray) -> bool {
        match self.heap.arena.find(gc) {
            Some(cell) => {
                self.heap.arena.trace(cell, &mut gray.tracer);
                true
            }
            None => false,
        }
    }

    /// The handle of a marked cell.
    #[inline]
    pub fn handle(&self, marked: MarkedCell) -> GcAny {
        self.heap.arena.handle(marked.cell)
    }

    /// Every allocated, unmarked object, in cell order. O(pages + unmarked).
    pub fn unmarked_objects(&self) -> Vec<GcAny> {
        self.heap.arena.unmarked_handles()
    }

    /// Whether `gc`'s object is live and marked.
    #[inline]
    pub fn is_marked(&self, gc: GcAny) -> bool {
        self.heap
            .arena
            .find(gc)
            .is_some_and(|c| self.heap.arena.is_marked(c))
    }

    /// Where an ephemeron key stands; flags an unmarked live key (see [`KeyState::Waiting`]).
    pub fn ephemeron_key(&mut self, key: WeakAny) -> KeyState {
        let Some(cell) = self.heap.arena.weak_cell(key) else {
            return KeyState::Dead;
        };
        if self.heap.arena.is_marked(cell) {
            KeyState::Marked
        } else {
            self.heap.arena.set_bit(cell, Bit::EphemeronKey, true);
            KeyState::Waiting(WaitingKey { cell })
        }
    }

    /// Sifts the ephemerons `gray` holds whose value is one handle (see
    /// [`Gray::held_ephemerons`]) by their keys, in place: pushes onto `gray` the value of each
    /// whose key is marked, forgets those whose keys are dead, and keeps holding the rest, in
    /// order. Returns how many values were pushed. For a marker that holds ephemerons as they
    /// are traced and looks at their keys when its gray set runs dry, instead of flagging each
    /// key and building its waiting list at once: a weak-key table whose keys died costs a bit
    /// test per entry and pass.
    pub fn sift_held(&self, gray: &mut Gray) -> usize {
        let Tracer {
            edges,
            single_ephemerons: held,
            ..
        } = &mut gray.tracer;
        let before = edges.len();
        let mut kept = 0;
        for i in 0..held.len() {
            let (key, value) = held[i];
            match self.sift_key(key) {
                Sifted::Hold => {
                    held[kept] = (key, value);
                    kept += 1;
                }
                Sifted::Release => edges.push(value),
                Sifted::Drop => {}
            }
        }
        held.truncate(kept);
        edges.len() - before
    }

    /// What a held ephemeron's key says. A key whose flat bit says "not marked" is held at once,
    /// dead or not (nothing releases a dead key's value, and the collector forgets what is held
    /// when marking ends): the common case costs one bit test and no page lookup.
    #[inline]
    fn sift_key(&self, key: WeakAny) -> Sifted {
        let arena = &self.heap.arena;
        if arena.may_be_unmarked_key(key) {
            return Sifted::Hold;
        }
        match arena.key_is_marked(key) {
            None => Sifted::Drop,
            Some(true) => Sifted::Release,
            Some(false) => Sifted::Hold,
        }
    }

    /// [`ephemeron_key`](Self::ephemeron_key) and, for a waiting key,
    /// [`waiting_list`](Self::waiting_list), in one page lookup: the marker routes every
    /// ephemeron it traces through here (in `ephemeron_collect`, ~90 of the ~340 instructions per
    /// dead entry went to the two calls).
    #[inline]
    pub fn route_ephemeron_key(&mut self, key: WeakAny) -> KeyRoute<'_> {
        match self.heap.arena.route_key(key) {
            None => KeyRoute::Dead,
            Some(None) => KeyRoute::Marked,
            Some(Some(head)) => KeyRoute::Waiting(head),
        }
    }

    /// The head of the list of values waiting for `key`, kept beside the key for this cycle: 0 when
    /// the list is empty, otherwise whatever the collector stored (it owns the encoding). No hashing
    /// and no table that grows with the number of keys: one word per cell of the pages that hold
    /// waiting keys, until [`forget_waiting_lists`](Self::forget_waiting_lists).
    pub fn waiting_list(&mut self, key: WaitingKey) -> &mut u32 {
        self.heap.arena.waiting_head(key.cell)
    }

    /// Takes the waiting-list head of a key just marked (see
    /// [`is_ephemeron_key`](Self::is_ephemeron_key)), leaving the list empty.
    pub fn take_waiting_list(&mut self, marked: MarkedCell) -> u32 {
        self.heap.arena.take_waiting_head(marked.cell)
    }

    /// Empties every waiting list and frees their memory. O(pages).
    pub fn forget_waiting_lists(&mut self) {
        self.heap.arena.drop_waiting_heads()
    }

    /// DESIGN step 3 (weak handles): clears every weak handle to an unmarked object. Returns how many
    /// objects had weak handles cleared. O(pages + cleared).
    pub fn clear_weak_of_unmarked(&mut self) -> u64 {
        self.heap.arena.clear_weak_of_unmarked()
    }

    /// DESIGN step 3 (weak reference objects): every unmarked object with registered watchers,
    /// with those of its watchers that call back and are marked, newest first (an empty list when
    /// all are listing-only or dead). Takes nothing: [`forget_watchers`](Self::forget_watchers)
    /// does, once nothing fallible is left. O(pages + dead watched objects).
    pub fn dead_watched(&self) -> Vec<(GcAny, Watchers)> {
        self.heap
            .arena
            .unmarked_with(Bit::Watched)
            .into_iter()
            .map(|target| {
                let watchers: Watchers = self
                    .heap
                    .weak_slots
                    .get(target)
                    .iter()
                    .rev()
                    .filter(|r| r.calls_back && self.is_marked(r.watcher))
                    .map(|r| r.watcher)
                    .collect();
                (target, watchers)
            })
            .collect()
    }

    /// Removes every registration on `target`, a dead object from
    /// [`dead_watched`](Self::dead_watched): its callbacks are queued (or dropped) now, once.
    pub fn forget_watchers(&mut self, target: GcAny) {
        if let Some(cell) = self.heap.arena.find(target) {
            self.heap.arena.set_bit(cell, Bit::Watched, false);
        }
        self.heap.weak_slots.take(target);
    }

    /// DESIGN step 4 (selection): every unmarked object whose finalizer has not been queued, in
    /// cell order. Flags nothing: [`queue_finalizer`](Self::queue_finalizer) does. O(pages +
    /// selected).
    pub fn unmarked_finalizers(&self) -> Vec<GcAny> {
        self.heap.arena.unmarked_with(Bit::Finalizer)
    }

    /// DESIGN step 4 (ordering): every unmarked object noted as a release holder
    /// ([`Heap::note_released`]), in cell order. O(pages + selected).
    pub fn unmarked_release_holders(&self) -> Vec<GcAny> {
        self.heap.arena.unmarked_with(Bit::ReleaseHolder)
    }

    /// Queues `gc`'s finalizer and flags it as finalized, so it is never queued again.
    pub fn queue_finalizer(&mut self, gc: GcAny) {
        if let Some(cell) = self.heap.arena.find(gc) {
            self.heap.arena.set_bit(cell, Bit::Finalizer, false);
            self.heap.arena.set_bit(cell, Bit::Finalized, true);
            self.push_pending(PendingKind::Finalize, gc);
        }
    }

    /// DESIGN step 5: lets every marked weak table drop entries whose weak part died (runs the user's
    /// `Trace::prune_weak`). Returns how many tables were pruned.
    ///
    /// # Panics
    /// If a `prune_weak` panics, after every other table was pruned, with the first panic.
    pub fn prune_weak_tables(&mut self) -> u64 {
        self.prune_weak_tables_where(|_, _| true)
    }

    /// DESIGN step 5 in a minor: prunes the marked weak tables that are young or in
    /// `remembered` (written since the last collection, or carried). By invariant R these are
    /// the only tables that can hold a young key or value: an entry enters a table through
    /// `get_mut` (or `write_barrier`), and a table young when it took one is pruned by every minor
    /// until it and the entry's young part are old. O(tables + remembered), plus the pruning.
    ///
    /// # Panics
    /// As [`prune_weak_tables`](Self::prune_weak_tables).
    pub fn prune_young_or_remembered_tables(&mut self, remembered: &[GcAny]) -> u64 {
        let remembered: hashbrown::HashSet<u32> = remembered.iter().map(|gc| gc.index()).collect();
        self.prune_weak_tables_where(|arena, cell| {
            !arena.bit(cell, Bit::Old) || remembered.contains(&arena.handle(cell).index())
        })
    }

    fn prune_weak_tables_where(
        &mut self,
        select: impl Fn(&crate::arena::Arena, Cell) -> bool,
    ) -> u64 {
        let mut pruned = 0;
        let mut first_panic = None;
        // Indexing rather than iterating: `prune` borrows the arena, not this list, and user code in
        // `prune_weak` has no heap access, so the list cannot change meanwhile.
        for i in 0..self.heap.weak_tables.len() {
            let gc = self.heap.weak_tables[i];
            if let Some(cell) = self.heap.arena.find(gc) {
                if self.heap.arena.is_marked(cell) && select(&self.heap.arena, cell) {
                    // One table's panic must not leave the others unpruned (issue #16): the step
                    // completes, then the first panic goes on to the caller.
                    let arena = &mut self.heap.arena;
                    match catch_unwind(AssertUnwindSafe(|| arena.prune(cell))) {
                        Ok(()) => pruned += 1,
                        Err(payload) => {
                            first_panic.get_or_insert(payload);
                        }
                    }
                }
            }
        }
        if let Some(payload) = first_panic {
            resume_unwind(payload);
        }
        pruned
    }

    /// Appends a job to the pending queue.
    pub fn push_pending(&mut self, kind: PendingKind, gc: GcAny) {
        self.heap.pending.jobs.push_back((kind, gc));
    }

    /// DESIGN step 6 all at once: drops and frees every object allocated at
    /// [`begin`](Self::begin) and not marked since, and forgets side-table entries of freed
    /// objects. O(pages + objects needing `Drop`). Without a `begin`, nothing is unmarked, so
    /// nothing is freed.
    pub fn sweep(&mut self) -> SweepStats {
        self.start_sweep();
        self.sweep_step(u64::MAX).0
    }

    /// Begins a lazy sweep (DESIGN step 6 in steps, after the atomic phase): every allocated,
    /// unmarked object is *found dead* from now on. `Heap::is_alive`, `watchers`, `live_objects`,
    /// `object_count`, the census and `referrers` treat it as freed, and the allocator leaves its
    /// cell alone, until [`sweep_step`](Self::sweep_step) frees it. Disarms the barrier first
    /// (sweep keeps what is allocated meanwhile: its bit stays clear).
    pub fn start_sweep(&mut self) {
        self.heap.arena.set_armed(false);
        self.heap.arena.start_sweep();
    }

    /// Whether a lazy sweep is under way ([`start_sweep`](Self::start_sweep) until the last page
    /// is swept).
    pub fn is_sweeping(&self) -> bool {
        self.heap.arena.is_sweeping()
    }

    /// Frees found-dead objects page by page, in page order, until about `budget` units of work
    /// are done (a unit: a bitmap word looked at or a value dropped). Returns what was freed and
    /// the work done. With the last page swept, side-table entries of freed objects are forgotten
    /// (weak-table list, resizable charges, finalizer closures: one pass over each, as a
    /// stop-the-world sweep does) and [`is_sweeping`](Self::is_sweeping) turns false.
    pub fn sweep_step(&mut self, budget: u64) -> (SweepStats, u64) {
        let mut out = crate::arena::SweepOutcome::default();
        let work = self.heap.arena.sweep_pages(budget, &mut out);
        // Side-table entries of the objects just freed go now, found by their `SideEntry` bits:
        // O(freed objects with entries), not O(side tables), so a minor's sweep does not pay
        // for every finalizer closure and resizable charge in the heap.
        let mut resizable_freed = 0;
        for gc in &out.side_entries_freed {
            resizable_freed += self.heap.resizable.remove(gc).unwrap_or(0);
            if let Some((owner, _)) = self.heap.finalizer_fns.get(&gc.index()) {
                if owner == gc {
                    self.heap.finalizer_fns.remove(&gc.index());
                }
            }
        }
        self.heap.resizable_total -= resizable_freed;
        if out.tables_freed {
            let arena = &self.heap.arena;
            self.heap.weak_tables.retain(|gc| arena.find(*gc).is_some());
        }
        let stats = SweepStats {
            objects: out.objects,
            bytes: out.bytes + resizable_freed as u64,
            drop_panics: out
                .drop_panics
                .iter()
                .map(|p| crate::pending::panic_message(p.as_ref()))
                .collect(),
        };
        (stats, work)
    }

    /// Ends the cycle: resets the allocation debt and counts the cycle.
    pub fn finish(&mut self) {
        self.heap.bytes_after_cycle = self.heap.bytes_in_use();
        self.heap.cycles += 1;
        if self.heap.mode.is_generational() {
            self.become_all_old();
        }
    }
}

#[cfg(test)]
mod tests {
    //! A hand-driven cycle over the collector API, small enough for Miri, touching every unsafe path:
    //! typed and erased access, trace dispatch, pruning (a `&mut` value beside `Liveness`), sweeping
    //! values with and without drop glue, large pages, and weak clearing.

    use super::*;
    use crate::{Gc, Heap, HeapError, Liveness, Trace, WeakAny};

    struct Obj {
        edges: Vec<GcAny>,
        name: String,
    }
    impl Trace for Obj {
        fn trace(&self, tracer: &mut Tracer) {
            self.edges.trace(tracer)
        }
    }

    /// A minimal weak-key table: (key, value) pairs traced as ephemerons.
    struct Table {
        entries: Vec<(WeakAny, GcAny)>,
    }
    impl Trace for Table {
        fn trace(&self, tracer: &mut Tracer) {
            for (k, v) in &self.entries {
                tracer.ephemeron(*k, v);
            }
        }
        fn has_weak_entries(&self) -> bool {
            true
        }
        fn prune_weak(&mut self, liveness: &Liveness<'_>) {
            self.entries.retain(|(k, _)| liveness.is_alive(*k));
        }
    }

    /// Marks from `roots` the simple way, resolving ephemerons by repeated passes.
    fn mark_all(cycle: &mut CycleAccess<'_>, roots: Vec<GcAny>) {
        let mut tracer = Gray::new();
        let mut gray = roots;
        let mut waiting: Vec<(WeakAny, Vec<GcAny>)> = Vec::new();
        loop {
            while let Some(gc) = gray.pop() {
                if let Some(m) = cycle.mark(gc) {
                    cycle.trace(cycle.prefetch(m), &mut tracer);
                    gray.extend(tracer.take_edges());
                    waiting.extend(tracer.take_ephemerons());
                }
            }
            let before = waiting.len();
            waiting.retain(|(k, vals)| match cycle.ephemeron_key(*k) {
                KeyState::Dead => false,
                KeyState::Marked => {
                    gray.extend(vals.iter().copied());
                    false
                }
                KeyState::Waiting(_) => true,
            });
            if waiting.len() == before {
                break;
            }
        }
    }

    fn obj(heap: &mut Heap, name: &str) -> Gc<Obj> {
        heap.alloc(Obj {
            edges: Vec::new(),
            name: name.to_string(),
        })
    }

    #[test]
    fn a_hand_driven_cycle_frees_the_unreachable_and_prunes_dead_keys() {
        let mut heap = Heap::new();
        let root_obj = obj(&mut heap, "root");
        let key_live = obj(&mut heap, "live key");
        let key_dead = obj(&mut heap, "dead key");
        let value_live = obj(&mut heap, "live value");
        let value_dead = obj(&mut heap, "dead value");
        let big = heap.alloc([9u64; 400]);
        heap.get_mut(value_dead).edges.push(key_dead.into()); // refers back to its own key
        let (kl, kd) = (
            heap.downgrade(key_live).unwrap(),
            heap.downgrade(key_dead).unwrap(),
        );
        let table = heap.alloc(Table {
            entries: vec![
                (kl.into(), value_live.into()),
                (kd.into(), value_dead.into()),
            ],
        });
        let edges: [GcAny; 3] = [table.into(), key_live.into(), big.into()];
        heap.get_mut(root_obj).edges.extend(edges);
        let root = heap.root(root_obj);

        let mut cycle = heap.cycle();
        cycle.begin();
        let roots = cycle.roots();
        mark_all(&mut cycle, roots);
        assert_eq!(cycle.clear_weak_of_unmarked(), 1);
        assert!(cycle.unmarked_finalizers().is_empty());
        assert_eq!(cycle.prune_weak_tables(), 1);
        let swept = cycle.sweep();
        cycle.finish();

        assert_eq!(swept.objects, 2, "the dead key and its value");
        assert_eq!(heap.get(table).entries.len(), 1);
        assert_eq!(heap.get(value_live).name, "live value");
        assert_eq!(heap.get(big)[399], 9);
        assert!(heap.try_get(value_dead).is_err());
        assert_eq!(heap.upgrade(kd), None);
        assert_eq!(heap.upgrade(kl), Some(key_live));
        drop(root);

        let mut cycle = heap.cycle();
        cycle.begin();
        let roots = cycle.roots();
        mark_all(&mut cycle, roots);
        cycle.clear_weak_of_unmarked();
        cycle.prune_weak_tables();
        assert_eq!(cycle.sweep().objects, 5);
        assert_eq!(heap.object_count(), 0);
    }

    #[test]
    fn a_marked_cell_kept_past_the_sweep_that_freed_it_traces_only_the_cells_occupant() {
        let mut heap = Heap::new();
        let target = obj(&mut heap, "target");
        let a = obj(&mut heap, "a");
        heap.get_mut(a).edges.push(target.into());
        let mut cycle = heap.cycle();
        cycle.begin();
        let kept = cycle.mark(a.into()).expect("allocated, unmarked");
        let early = cycle.prefetch(kept);
        cycle.mark(target.into()).expect("allocated, unmarked");
        assert_eq!(cycle.sweep().objects, 0);
        cycle.finish();
        // Out of DESIGN order: a new cycle frees `a`, then the old marks are traced.
        let mut cycle = heap.cycle();
        cycle.begin();
        cycle.mark(target.into()).expect("allocated, unmarked");
        assert_eq!(cycle.sweep().objects, 1, "a");
        let mut gray = Gray::new();
        cycle.trace(early, &mut gray);
        cycle.trace(cycle.prefetch(kept), &mut gray);
        assert!(gray.is_empty(), "a freed cell is not traced");
        cycle.finish();
        // Reused: the cell's new occupant is traced, as a stale handle would mark it.
        let b = obj(&mut heap, "b");
        assert_eq!(
            GcAny::from(b).index(),
            GcAny::from(a).index(),
            "the freed cell is reused"
        );
        heap.get_mut(b).edges.push(b.into());
        let cycle = heap.cycle();
        cycle.trace(early, &mut gray);
        assert_eq!(gray.take_edges(), vec![GcAny::from(b)]);
        // A heap whose cell was never allocated traces nothing.
        let mut other = Heap::new();
        other.cycle().trace(early, &mut gray);
        assert!(gray.is_empty());
    }

    #[test]
    fn minors_are_verified_each_time_in_a_small_heap_and_in_proportion_in_a_large_one() {
        let mut heap = Heap::new();
        for i in 0..VERIFIED_OBJECTS_PER_MINOR - 1 {
            obj(&mut heap, &i.to_string());
        }
        let mut cycle = heap.cycle();
        assert!((0..5).all(|_| cycle.verify_this_minor()));
        for i in 0..3 * VERIFIED_OBJECTS_PER_MINOR + 1 {
            obj(&mut heap, &i.to_string());
        }
        // 4 * VERIFIED_OBJECTS_PER_MINOR objects: four minors skipped after each verified one.
        let mut cycle = heap.cycle();
        let verified: Vec<bool> = (0..9).map(|_| cycle.verify_this_minor()).collect();
        assert_eq!(
            verified,
            [true, false, false, false, false, true, false, false, false],
            "the first call follows a verified minor with none to skip"
        );
    }

    #[test]
    fn the_unarmed_barrier_changes_nothing() {
        let mut heap = Heap::new();
        let a = obj(&mut heap, "a");
        let mut cycle = heap.cycle();
        cycle.begin();
        let marked = cycle.mark(a.into()).expect("allocated, unmarked");
        let _ = marked;
        assert!(cycle.is_marked(a.into()));
        heap.get_mut(a).name.push('!');
        heap.write_barrier(a);
        let b = obj(&mut heap, "b");
        let mut cycle = heap.cycle();
        assert!(cycle.is_marked(a.into()), "no regray while unarmed");
        assert!(
            cycle.is_marked(b.into()),
            "allocated while unarmed: clear bit"
        );
        assert!(cycle.take_gray_again().is_empty());
    }

    #[test]
    fn the_armed_barrier_regrays_a_marked_object_once_and_new_objects_are_white() {
        let mut heap = Heap::new();
        let a = obj(&mut heap, "a");
        let unmarked = obj(&mut heap, "still white");
        let mut cycle = heap.cycle();
        cycle.begin();
        cycle.arm(true);
        cycle.mark(a.into()).expect("allocated, unmarked");
        heap.get_mut(a).name.push('!');
        heap.get_mut(a).name.push('!');
        heap.write_barrier(a);
        heap.get_mut(unmarked).name.push('?');
        // Enough new objects to need a new page: the flat bitmap grows under the allocation.
        let fresh: Vec<Gc<Obj>> = (0..(if cfg!(miri) { 70 } else { 3000 }))
            .map(|i| obj(&mut heap, &i.to_string()))
            .collect();
        let big = heap.alloc([3u64; 400]);
        let mut cycle = heap.cycle();
        assert!(
            !cycle.is_marked(a.into()),
            "written while black: gray again"
        );
        assert_eq!(
            cycle.take_gray_again(),
            vec![GcAny::from(a)],
            "pushed once, however often written; white objects are not pushed"
        );
        assert!(fresh
            .iter()
            .chain([&unmarked])
            .all(|&gc| !cycle.is_marked(gc.into())));
        assert!(!cycle.is_marked(big.into()));
        // Marking takes the regrayed object again, as any white one.
        assert!(cycle.mark(a.into()).is_some());
        cycle.arm(false);
        let c = obj(&mut heap, "after");
        heap.write_barrier(c);
        let mut cycle = heap.cycle();
        assert!(cycle.is_marked(c.into()) && cycle.take_gray_again().is_empty());
        // A stale handle is ignored by `write_barrier`, armed or not.
        let roots = vec![GcAny::from(a)];
        mark_all(&mut cycle, roots);
        cycle.sweep();
        cycle.arm(true);
        assert!(!heap.is_alive(unmarked));
        heap.write_barrier(unmarked);
        assert!(heap.arena.gray_again.is_empty());
        heap.cycle().arm(false);
        assert_eq!(heap.get(a).name, "a!!");
    }

    #[test]
    fn a_lazy_sweep_hides_the_found_dead_and_frees_them_page_by_page() {
        let mut heap = Heap::new();
        // Two pages of the same class, garbage and survivors interleaved, a referrer among the dead.
        let n = if cfg!(miri) { 40 } else { 3000 };
        let all: Vec<Gc<Obj>> = (0..n).map(|i| obj(&mut heap, &i.to_string())).collect();
        let big_dead = heap.alloc([5u64; 400]);
        // A class whose cursor's page holds only garbage: the sweep empties it under the cursor.
        let doomed: Vec<Gc<[u64; 12]>> = (0..5).map(|_| heap.alloc([1u64; 12])).collect();
        let keep: Vec<Gc<Obj>> = all.iter().copied().step_by(3).collect();
        let dead: Vec<Gc<Obj>> = all.iter().copied().filter(|g| !keep.contains(g)).collect();
        let target = keep[1];
        heap.get_mut(dead[0]).edges.push(target.into());
        heap.watch_without_callback(dead[1].into(), keep[2].into())
            .unwrap();
        let weak_dead = heap.downgrade(dead[2]).unwrap();
        let before = heap.object_count();

        let mut cycle = heap.cycle();
        cycle.begin();
        mark_all(&mut cycle, keep.iter().map(|&g| g.into()).collect());
        cycle.clear_weak_of_unmarked();
        cycle.start_sweep();
        assert!(cycle.is_sweeping());
        assert_eq!(heap.object_count(), keep.len(), "before: {before}");
        assert!(dead.iter().all(|&g| !heap.is_alive(g)) && !heap.is_alive(big_dead));
        assert!(keep.iter().all(|&g| heap.is_alive(g)));
        assert_eq!(heap.live_objects().len(), keep.len());
        assert_eq!(heap.census().count("Obj"), keep.len() as i64);
        assert!(heap.referrers(target).is_empty(), "the referrer is dead");
        assert!(heap.watchers(dead[1]).is_empty());
        assert_eq!(heap.upgrade(weak_dead), None);
        // Allocation during the sweep never takes a found-dead cell, and survives the sweep.
        let during: Vec<Gc<Obj>> = (0..n / 2)
            .map(|i| obj(&mut heap, &format!("new {i}")))
            .collect();
        let during_other = heap.alloc(vec![1u8; 3]); // another type, maybe the same class
        assert_eq!(heap.get(dead[3]).name, dead_name(&all, dead[3]));
        heap.verify().unwrap();
        let mut freed = 0;
        let mut steps = 0;
        loop {
            let mut cycle = heap.cycle();
            if !cycle.is_sweeping() {
                break;
            }
            let (stats, work) = cycle.sweep_step(1);
            assert!(work >= 1);
            freed += stats.objects;
            steps += 1;
            heap.verify().unwrap();
            let _ = heap.alloc(7u32); // between steps, in whatever page the cursor is on
        }
        assert!(steps > 1, "a budget of one unit sweeps one page per step");
        assert_eq!(freed, dead.len() as u64 + 1 + doomed.len() as u64);
        let fresh = heap.alloc([2u64; 12]);
        assert_eq!(heap.get(fresh)[11], 2);
        assert!(dead.iter().all(|&g| heap.try_get(g).is_err()));
        assert!(during.iter().chain(&keep).all(|&g| heap.is_alive(g)));
        assert_eq!(heap.get(during_other).len(), 3);
        assert_eq!(heap.get(keep[0]).name, "0");
        // The emptied pages take other types now.
        let reuse: Vec<Gc<[u8; 30]>> = (0..n).map(|_| heap.alloc([9u8; 30])).collect();
        assert!(reuse.iter().all(|&g| heap.get(g)[29] == 9));
        heap.verify().unwrap();
    }

    #[test]
    fn during_a_lazy_sweep_nothing_that_outlives_the_call_is_made_for_a_found_dead_object() {
        let mut heap = Heap::new();
        let dead = obj(&mut heap, "dead");
        let live = obj(&mut heap, "live");
        let mut cycle = heap.cycle();
        cycle.begin();
        mark_all(&mut cycle, vec![GcAny::from(live)]);
        cycle.clear_weak_of_unmarked();
        cycle.start_sweep();
        let stale = |r: Result<(), HeapError>| matches!(r, Err(HeapError::StaleHandle { .. }));
        assert!(stale(heap.root_any(dead).map(drop)));
        assert!(stale(heap.downgrade(dead).map(drop)));
        assert!(stale(heap.watch(dead, live)));
        assert!(stale(heap.watch(live, dead)));
        assert!(stale(heap.set_finalizer(dead, true)));
        assert!(stale(heap.on_finalize(dead.into(), |_, _| {}).map(drop)));
        // The live object takes them all, and `get` still reads the found-dead one (intact).
        let _root = heap.root(live);
        let weak = heap.downgrade(live).unwrap();
        heap.watch_without_callback(live.into(), live.into())
            .unwrap();
        heap.set_finalizer(live, true).unwrap();
        assert_eq!(heap.get(dead).name, "dead");
        let mut cycle = heap.cycle();
        assert_eq!(cycle.sweep_step(u64::MAX).0.objects, 1);
        assert!(!cycle.is_sweeping());
        heap.verify().unwrap();
        assert_eq!(heap.upgrade(weak), Some(live));
        assert_eq!(heap.watchers(live), vec![GcAny::from(live)]);
    }

    fn dead_name(all: &[Gc<Obj>], gc: Gc<Obj>) -> String {
        all.iter().position(|&g| g == gc).unwrap().to_string()
    }

    #[test]
    fn finalizable_objects_are_selected_once_and_pending_jobs_are_roots() {
        let mut heap = Heap::new();
        let a = obj(&mut heap, "a");
        heap.set_finalizer(a, true).unwrap();
        let mut cycle = heap.cycle();
        cycle.begin();
        assert_eq!(cycle.unmarked_finalizers(), vec![GcAny::from(a)]);
        assert_eq!(
            cycle.unmarked_finalizers(),
            vec![GcAny::from(a)],
            "selection flags nothing"
        );
        cycle.queue_finalizer(a.into());
        cycle.begin();
        assert!(
            cycle.unmarked_finalizers().is_empty(),
            "never selected twice"
        );
        let roots = cycle.roots();
        assert_eq!(roots, vec![GcAny::from(a)]);
        mark_all(&mut cycle, roots);
        assert_eq!(cycle.sweep().objects, 0);
        let job = heap.next_pending().unwrap();
        assert_eq!(job.object, GcAny::from(a));
        assert_eq!(heap.get(a).name, "a");
    }
}

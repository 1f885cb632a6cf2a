//! DESIGN steps 1-2 (and the marking half of step 4): mark from roots, with ephemerons resolved as
//! their keys are marked.

use weakgc_heap::cycle::{CycleAccess, Gray, KeyRoute, MarkedCell, PrefetchedCell};
use weakgc_heap::{GcAny, WeakAny};

/// Passes over the held ephemerons a cycle may make whatever they release; past these, one more
/// must follow at least a quarter as much marking as it has entries to look at, or the held
/// entries go to their keys' waiting lists instead. Bounds the passes' cost by 4x the entries
/// held plus 4x the marking, where a chain of keys, each reached through the last one's value,
/// would otherwise cost a pass per link.
const FREE_PASSES: u32 = 4;

/// The gray set and the ephemeron values waiting for their keys, kept across steps 1-4 of one cycle.
pub(crate) struct Marker {
    /// Edges reported and not yet marked.
    gray: Gray,
    /// The waiting lists' nodes, `(value, next)`, all in one buffer: no allocation per ephemeron.
    /// A list's head lives in the heap beside its key (`CycleAccess::waiting_list`); links are node
    /// numbers plus one, so 0 ends a list.
    waiting: Vec<(GcAny, u32)>,
    /// Whether the ephemerons whose value is one handle stay in the gray set's tracer as they are
    /// traced (`Gray::held_ephemerons`), to be sifted by their keys when the gray set runs dry
    /// (`CycleAccess::sift_held`), instead of each being routed at once, which flags its key and
    /// builds its waiting list: a weak-key table whose keys died, or were marked by the time the
    /// gray set ran dry, then costs a bit test per entry and pass, and no memory. Off, for the
    /// rest of the cycle, once a bounded step has run (the mutator runs between steps: each
    /// ephemeron is routed at once) or the passes stop paying (`FREE_PASSES`).
    holding: bool,
    /// Passes over the held ephemerons this cycle, and `marked` at the last one.
    passes: u32,
    marked_at_pass: u64,
    /// Objects marked so far this cycle.
    pub(crate) marked: u64,
}

impl Default for Marker {
    fn default() -> Marker {
        Marker {
            gray: Gray::default(),
            waiting: Vec::new(),
            holding: true,
            passes: 0,
            marked_at_pass: 0,
            marked: 0,
        }
    }
}

impl Marker {
    /// An empty marker, with the buffers of the last cycle's if the heap kept them
    /// ([`keep`](Self::keep)).
    pub(crate) fn recycled(cycle: &mut CycleAccess<'_>) -> Marker {
        cycle
            .take_scratch()
            .and_then(|s| s.downcast::<Marker>().ok())
            .map_or_else(Marker::default, |m| *m)
    }

    /// Empties this marker and hands its buffers to the heap for the next cycle, which keeps them
    /// while they are no larger than the objects in use (`CycleAccess::keep_scratch`): a heap of
    /// steady size then marks without growing (and page-faulting) its stacks afresh every cycle.
    pub(crate) fn keep(mut self, cycle: &mut CycleAccess<'_>) {
        self.gray.clear();
        self.waiting.clear();
        self.holding = true;
        self.passes = 0;
        self.marked_at_pass = 0;
        self.marked = 0;
        let bytes = self.gray.capacity_bytes()
            + self.waiting.capacity() * std::mem::size_of::<(GcAny, u32)>();
        cycle.keep_scratch(Box::new(self), bytes);
    }

    /// Adds `roots` to the gray set.
    pub(crate) fn push_roots(&mut self, roots: impl IntoIterator<Item = GcAny>) {
        roots.into_iter().for_each(|gc| self.gray.push(gc));
    }

    /// Traces extra roots (the embedder's VM stack, globals) into the gray set.
    pub(crate) fn push_traced(&mut self, roots: &(impl weakgc_heap::Trace + ?Sized)) {
        debug_assert!(
            !self.gray.has_ephemerons(),
            "extra roots are traced while no ephemeron is held: theirs are taken as strong"
        );
        self.gray.trace(roots);
        self.resolve_ephemerons_from_roots();
    }

    fn resolve_ephemerons_from_roots(&mut self) {
        // Extra roots that contain weak tables inline are unusual; their ephemerons are treated as
        // strong (the roots live for the whole cycle anyway, and the table prunes nothing inline).
        for (_, values) in self.gray.take_ephemerons() {
            self.push_roots(values);
        }
    }

    /// Marks everything reachable from the gray set.
    ///
    /// An edge is marked as soon as it leaves the gray stack: one test-and-clear of the heap's flat
    /// "not yet marked" bitmap, small enough to stay in cache, so the half of all edges that lead to
    /// objects already marked cost no miss. A newly marked object then waits in a small FIFO window
    /// while its value is prefetched, and is traced `WINDOW` objects later, so the misses of a large
    /// heap overlap instead of following one another.
    ///
    /// After: the gray set is empty; every object reachable from what was pushed is marked, where an
    /// ephemeron's values count as reachable only once its key is marked. O(objects marked + edges
    /// + ephemerons held, see `FREE_PASSES`).
    pub(crate) fn mark(&mut self, cycle: &mut CycleAccess<'_>) {
        self.mark_gray(cycle, u64::MAX);
        // The gray set is empty. A held ephemeron whose key was marked since it was traced is
        // released now, and marking goes on from its value, until a pass releases nothing.
        while self.gray.held_ephemerons() > 0 {
            let since = self.marked - self.marked_at_pass;
            let held = self.gray.held_ephemerons() as u64;
            if self.passes >= FREE_PASSES && since.saturating_mul(4) < held {
                self.stop_holding(cycle);
            } else {
                self.passes += 1;
                self.marked_at_pass = self.marked;
                if cycle.sift_held(&mut self.gray) == 0 {
                    break;
                }
            }
            self.mark_gray(cycle, u64::MAX);
        }
    }

    /// [`mark`](Self::mark) for at most about `budget` objects traced, for an incremental cycle's
    /// steps: the prefetch window stops filling once it holds what the budget allows, and is
    /// emptied before returning, so every object marked is also traced (between incremental
    /// steps, a clear bit means black). Ephemerons are routed as they are traced (the mutator
    /// runs between steps), none held. Returns the objects traced; the gray set is empty iff
    /// marking from what was pushed is complete.
    pub(crate) fn mark_some(&mut self, cycle: &mut CycleAccess<'_>, budget: u64) -> u64 {
        self.stop_holding(cycle);
        self.mark_gray(cycle, budget)
    }

    /// Marks from the gray set until it is empty or about `budget` objects were traced (see
    /// [`mark_some`](Self::mark_some)), routing (or holding) ephemerons as they are traced.
    fn mark_gray(&mut self, cycle: &mut CycleAccess<'_>, budget: u64) -> u64 {
        if budget == u64::MAX {
            self.mark_gray_within::<false>(cycle, budget)
        } else {
            self.mark_gray_within::<true>(cycle, budget)
        }
    }

    /// [`mark_gray`](Self::mark_gray), compiled twice so that an unbounded call (every
    /// stop-the-world cycle) tests no budget per object.
    #[inline(always)]
    fn mark_gray_within<const BOUNDED: bool>(
        &mut self,
        cycle: &mut CycleAccess<'_>,
        budget: u64,
    ) -> u64 {
        let mut window = PrefetchWindow::default();
        let mut traced = 0u64;
        loop {
            while !window.is_full() && (!BOUNDED || traced + (window.len as u64) < budget) {
                let Some(gc) = self.gray.pop() else {
                    break;
                };
                let Some(marked) = cycle.mark(gc) else {
                    continue;
                };
                if !self.waiting.is_empty() && cycle.is_ephemeron_key(marked) {
                    self.release_waiting(cycle, marked);
                }
                window.push(cycle.prefetch(marked));
            }
            let Some(prefetched) = window.pop() else {
                break;
            };
            cycle.trace(prefetched, &mut self.gray);
            traced += 1;
            if self.has_ephemerons_to_route() {
                self.route_ephemerons(cycle);
            }
        }
        // Every object marked here went through the window, which is empty now: all were traced.
        self.marked += traced;
        traced
    }

    /// Pushes the edges of `gc`'s object without marking it (a minor's remembered old objects,
    /// whose sticky mark stays), routing its ephemerons as marking would.
    pub(crate) fn push_edges_of(&mut self, cycle: &mut CycleAccess<'_>, gc: GcAny) {
        cycle.trace_any(gc, &mut self.gray);
        if self.has_ephemerons_to_route() {
            self.route_ephemerons(cycle);
        }
    }

    /// Whether the tracer holds ephemerons that are routed as soon as they are traced (all of
    /// them, or, while holding, those with two or more values).
    #[inline]
    fn has_ephemerons_to_route(&self) -> bool {
        if self.holding {
            self.gray.has_multi_ephemerons()
        } else {
            self.gray.has_ephemerons()
        }
    }

    /// How many edges wait to be marked.
    pub(crate) fn gray_len(&self) -> usize {
        self.gray.len()
    }

    /// Whether no edge waits to be marked.
    pub(crate) fn gray_is_empty(&self) -> bool {
        self.gray.is_empty()
    }

    /// Sends each ephemeron just traced (each with two or more values, while holding) by its key
    /// to the gray set (marked), nowhere (dead) or the key's waiting list (not marked yet).
    fn route_ephemerons(&mut self, cycle: &mut CycleAccess<'_>) {
        let Marker { gray, waiting, .. } = self;
        // At most 16 bytes per value of a table just traced, kept for the next cycle only as
        // `keep` allows.
        let batch = gray.ephemeron_value_count();
        if self.holding {
            gray.route_multi_ephemerons(|key, values| {
                route_one(cycle, waiting, key, values, batch)
            });
        } else {
            gray.route_ephemerons(|key, values| route_one(cycle, waiting, key, values, batch));
        }
    }

    /// Stops holding ephemerons for the rest of the cycle, routing each held one by its key now.
    fn stop_holding(&mut self, cycle: &mut CycleAccess<'_>) {
        self.holding = false;
        if self.gray.has_ephemerons() {
            self.route_ephemerons(cycle);
        }
    }

    /// Moves the values waiting for `key`, just marked, to the gray set.
    fn release_waiting(&mut self, cycle: &mut CycleAccess<'_>, key: MarkedCell) {
        let mut link = cycle.take_waiting_list(key);
        while link != 0 {
            let (value, next) = self.waiting[link as usize - 1];
            self.gray.push(value);
            link = next;
        }
    }

    /// Drops the values still waiting: their keys were not reached in steps 1-2, so those entries are
    /// dead (their weak keys are cleared in step 3), even if step 4 keeps the keys for a finalizer.
    pub(crate) fn forget_waiting(&mut self, cycle: &mut CycleAccess<'_>) {
        cycle.forget_waiting_lists();
        self.waiting.clear();
        self.gray.forget_ephemerons();
    }
}

/// Routes one ephemeron by its key: returns true (push the values) if the key is marked, false if
/// it is dead or, not marked yet, now has the values on its waiting list. `batch` is how many
/// values may follow in this pass: the first value that finds `waiting` full grows it to fit them
/// all at once, instead of doubling it ~17 times on the way to 100k (2.4M instructions of
/// `realloc` and copying in `ephemeron_phases`' timed collection, whose keys all waited).
#[inline]
fn route_one(
    cycle: &mut CycleAccess<'_>,
    waiting: &mut Vec<(GcAny, u32)>,
    key: WeakAny,
    values: &[GcAny],
    batch: usize,
) -> bool {
    match cycle.route_ephemeron_key(key) {
        KeyRoute::Dead => false,
        KeyRoute::Marked => true,
        KeyRoute::Waiting(head) => {
            if waiting.capacity() - waiting.len() < values.len() {
                waiting.reserve(batch.max(values.len()));
            }
            for &v in values {
                waiting.push((v, *head));
                *head = waiting.len() as u32;
            }
            false
        }
    }
}

/// Marked objects waiting to be traced while their cache lines load. 16 entries: DESIGN.md's
/// measurement on these machines (1M-object random graph: ~35 ns/object depth-first, ~11 ns with a
/// 16-entry window); re-measure with `cargo bench --bench heap -- mark_live` before changing it.
const WINDOW: usize = 16;

#[derive(Default)]
struct PrefetchWindow {
    /// Only the `len` entries from `head` (wrapping) are live; the rest are stale or fillers.
    ring: [PrefetchedCell; WINDOW],
    head: usize,
    len: usize,
}

impl PrefetchWindow {
    #[inline]
    fn is_full(&self) -> bool {
        self.len == WINDOW
    }

    #[inline]
    fn push(&mut self, prefetched: PrefetchedCell) {
        self.ring[(self.head + self.len) % WINDOW] = prefetched;
        self.len += 1;
    }

    #[inline]
    fn pop(&mut self) -> Option<PrefetchedCell> {
        if self.len == 0 {
            return None;
        }
        // Left in place: only the `len` entries after `head` are read.
        let prefetched = self.ring[self.head];
        self.head = (self.head + 1) % WINDOW;
        self.len -= 1;
        Some(prefetched)
    }
}

//! DESIGN steps 1-2 (and the marking half of step 4): mark from roots, with ephemerons resolved as
//! their keys are marked.

use weakgc_heap::cycle::{CycleAccess, Gray, KeyRoute, MarkedCell};
use weakgc_heap::GcAny;

/// The gray set and the ephemeron values waiting for their keys, kept across steps 1-4 of one cycle.
#[derive(Default)]
pub(crate) struct Marker {
    /// Edges reported and not yet marked.
    gray: Gray,
    /// The waiting lists' nodes, `(value, next)`, all in one buffer: no allocation per ephemeron.
    /// A list's head lives in the heap beside its key (`CycleAccess::waiting_list`); links are node
    /// numbers plus one, so 0 ends a list.
    waiting: Vec<(GcAny, u32)>,
    /// Objects marked so far this cycle.
    pub(crate) marked: u64,
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
    /// ephemeron's values count as reachable only once its key is marked. O(objects marked + edges).
    pub(crate) fn mark(&mut self, cycle: &mut CycleAccess<'_>) {
        self.mark_some(cycle, u64::MAX);
    }

    /// [`mark`](Self::mark) for at most about `budget` objects traced: the prefetch window stops
    /// filling once it holds what the budget allows, and is emptied before returning, so every
    /// object marked is also traced (between incremental steps, a clear bit means black). Returns
    /// the objects traced; the gray set is empty iff marking from what was pushed is complete.
    pub(crate) fn mark_some(&mut self, cycle: &mut CycleAccess<'_>, budget: u64) -> u64 {
        let mut window = PrefetchWindow::default();
        let mut traced = 0u64;
        loop {
            while !window.is_full() && traced + (window.len as u64) < budget {
                let Some(gc) = self.gray.pop() else {
                    break;
                };
                let Some(marked) = cycle.mark(gc) else {
                    continue;
                };
                self.marked += 1;
                if !self.waiting.is_empty() && cycle.is_ephemeron_key(marked) {
                    self.release_waiting(cycle, marked);
                }
                cycle.prefetch(marked);
                window.push(marked);
            }
            let Some(marked) = window.pop() else {
                break;
            };
            cycle.trace(marked, &mut self.gray);
            traced += 1;
            if self.gray.has_ephemerons() {
                self.route_ephemerons(cycle);
            }
        }
        traced
    }

    /// Pushes the edges of `gc`'s object without marking it (a minor's remembered old objects,
    /// whose sticky mark stays), routing its ephemerons as marking would.
    pub(crate) fn push_edges_of(&mut self, cycle: &mut CycleAccess<'_>, gc: GcAny) {
        cycle.trace_any(gc, &mut self.gray);
        if self.gray.has_ephemerons() {
            self.route_ephemerons(cycle);
        }
    }

    /// Whether no edge waits to be marked.
    pub(crate) fn gray_is_empty(&self) -> bool {
        self.gray.is_empty()
    }

    /// Sends each ephemeron just traced to the gray set (key marked), its key's waiting list (key
    /// unmarked), or nowhere (key dead).
    fn route_ephemerons(&mut self, cycle: &mut CycleAccess<'_>) {
        let Marker { gray, waiting, .. } = self;
        // The first value that finds `waiting` full grows it to fit every value of this batch
        // (one table's entries) at once, instead of doubling it ~17 times on the way to 100k
        // (2.4M instructions of `realloc` and copying in `ephemeron_phases`' timed collection,
        // whose keys all wait): at most 16 bytes per value of a table just traced, kept for the
        // next cycle only as `keep` allows.
        let batch = gray.ephemeron_value_count();
        gray.route_ephemerons(|key, values| match cycle.route_ephemeron_key(key) {
            KeyRoute::Dead => false,
            KeyRoute::Marked => true,
            KeyRoute::Waiting(head) => {
                if waiting.capacity() - waiting.len() < values.len() {
                    waiting.reserve(batch);
                }
                for &v in values {
                    waiting.push((v, *head));
                    *head = waiting.len() as u32;
                }
                false
            }
        });
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
    }
}

/// Marked objects waiting to be traced while their cache lines load. 16 entries: DESIGN.md's
/// measurement on these machines (1M-object random graph: ~35 ns/object depth-first, ~11 ns with a
/// 16-entry window); re-measure with `cargo bench --bench heap -- mark_live` before changing it.
const WINDOW: usize = 16;

#[derive(Default)]
struct PrefetchWindow {
    ring: [Option<MarkedCell>; WINDOW],
    head: usize,
    len: usize,
}

impl PrefetchWindow {
    #[inline]
    fn is_full(&self) -> bool {
        self.len == WINDOW
    }

    #[inline]
    fn push(&mut self, marked: MarkedCell) {
        self.ring[(self.head + self.len) % WINDOW] = Some(marked);
        self.len += 1;
    }

    #[inline]
    fn pop(&mut self) -> Option<MarkedCell> {
        if self.len == 0 {
            return None;
        }
        let marked = self.ring[self.head].take();
        self.head = (self.head + 1) % WINDOW;
        self.len -= 1;
        marked
    }
}

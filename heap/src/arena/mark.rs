//! Marking: the flat `unmarked` bitmap (A7), the prefetch hint, the collector's waiting-list heads,
//! and clearing weak handles to what marking did not reach (DESIGN step 3).

use crate::handle::{GcAny, WeakAny, SLOT_BITS};
use crate::header::TypeInfo;
use crate::page::{rare_flag, Bit, PageTypes, RARE_WAITING};
use crate::trace::Tracer;

use super::{page_unmarked, Arena, Cell, MARK_WORDS_PER_PAGE};

/// Asks the CPU to start loading the cache line at `ptr`.
#[inline(always)]
fn prefetch_read(ptr: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: SSE is part of the x86_64 baseline, so the target feature `_mm_prefetch` requires is
    // present; a prefetch is a hint that never faults and reads nothing, whatever the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(ptr.cast())
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = ptr;
}

/// A marked cell the marker has asked the CPU to load, with what tracing it will need, taken once:
/// its address and, on a page of one type, that type. Valid while the arena's epoch is the one
/// recorded when the cell was marked (A10); past that, tracing looks the cell up again.
#[derive(Clone, Copy)]
pub(crate) struct Prefetched {
    ptr: *mut u8,
    /// `None` on a page of mixed types: read from the page (prefetched too) when traced.
    info: Option<&'static TypeInfo>,
    cell: Cell,
    epoch: u64,
}

impl Default for Prefetched {
    /// Names no cell: tracing it traces nothing (no arena holds its epoch or has its page).
    fn default() -> Prefetched {
        Prefetched {
            ptr: std::ptr::null_mut(),
            info: None,
            cell: Cell {
                page: u32::MAX,
                slot: 0,
            },
            epoch: u64::MAX,
        }
    }
}

impl std::fmt::Debug for Prefetched {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prefetched")
            .field("cell", &self.cell)
            .field("epoch", &self.epoch)
            .finish_non_exhaustive()
    }
}

impl Arena {
    /// The current free epoch (A10), to be recorded with a cell as it is marked.
    #[inline(always)]
    pub(crate) fn epoch(&self) -> u64 {
        self.epoch
    }

    /// Starts loading what [`trace_prefetched`](Self::trace_prefetched) will read of `cell`,
    /// marked when the epoch read `epoch`: its value, and its type unless the page is uniform.
    ///
    /// Cells of 16, 32 and 64 bytes sit in one cache line (pages are `PAGE_ALIGN`ed); a 48-byte
    /// cell straddles two lines half the time, and a larger one always spans several. The cell's
    /// last line is prefetched too, so an edge stored at the end of a value does not miss
    /// (docs/benchmarks.md, "Page alignment").
    #[inline]
    pub(crate) fn prefetch(&self, cell: Cell, epoch: u64) -> Prefetched {
        let page = &self.pages[cell.page as usize];
        let info = match &page.types {
            PageTypes::Uniform(info) => Some(*info),
            PageTypes::Mixed(infos) => {
                prefetch_read(infos.as_ptr().wrapping_add(cell.slot as usize).cast());
                None
            }
            PageTypes::Empty => None,
        };
        let start = page.cell_ptr(cell.slot as usize);
        prefetch_read(start);
        // The same line again for most cells: a hint to a line already on its way costs less
        // than the test that would skip it.
        prefetch_read(start.wrapping_add((page.cell_size as usize).wrapping_sub(1)));
        Prefetched {
            ptr: start,
            info,
            cell,
            epoch,
        }
    }

    /// Reports the edges of the cell `prefetched` names (calls user code: `Trace::trace`), by the
    /// address and type taken at prefetch if nothing was freed since it was marked (A10), else by
    /// looking the cell up again and tracing it only if it is allocated.
    #[inline]
    pub(crate) fn trace_prefetched(&self, prefetched: Prefetched, tracer: &mut Tracer) {
        if prefetched.epoch != self.epoch {
            self.trace_if_allocated(prefetched.cell, tracer);
            return;
        }
        let info = match prefetched.info {
            Some(info) => info,
            None => self.type_info(prefetched.cell),
        };
        // The cell was allocated when it was marked (A7), and the epoch has not changed since.
        // SAFETY: A10: it still holds, at `ptr`, a value of `info`'s type (its uniform page's, A6,
        // or read now, A2), so H1 makes `info.trace` sound; A5: nothing borrows it mutably.
        unsafe { (info.trace)(prefetched.ptr, tracer) }
    }

    /// [`trace`](Self::trace) for a cell that may have been freed (or not belong to this arena):
    /// traces its current occupant if it has one.
    #[cold]
    fn trace_if_allocated(&self, cell: Cell, tracer: &mut Tracer) {
        let allocated = self.pages.get(cell.page as usize).is_some_and(|page| {
            (cell.slot as usize) < page.slots as usize
                && page.get(Bit::Allocated, cell.slot as usize)
        });
        if allocated {
            self.trace(cell, tracer);
        }
    }

    /// Marks the allocated cell `gc` points into; returns it if it was unmarked.
    ///
    /// One test-and-clear of `unmarked`, computed from the handle alone: no page bookkeeping and no
    /// cell metadata is read, and a set bit also proves the cell allocated (A7). The generation is
    /// not compared: a stale handle (which only a `Trace` reporting handles its value does not own,
    /// or an extra root holding one, can present) marks the cell's current occupant. That keeps an
    /// unrelated object alive for the cycle and is otherwise harmless: A2 still describes what the
    /// cell holds.
    #[inline]
    pub(crate) fn mark_edge(&mut self, gc: GcAny) -> Option<Cell> {
        let index = gc.index() as usize;
        let m = 1u64 << (index % 64);
        let unmarked = self.unmarked.get_mut(index / 64)?;
        // A7: a set bit names an allocated cell (in bounds of its page).
        if *unmarked & m == 0 {
            return None;
        }
        *unmarked &= !m;
        Some(Cell {
            page: gc.page() as u32,
            slot: gc.slot() as u32,
        })
    }

    /// Whether the write barrier is armed (see the field).
    #[inline(always)]
    pub(crate) fn armed(&self) -> bool {
        self.armed
    }

    /// Arms or disarms the write barrier and white allocation. Arming sends every allocation to
    /// the slow path (each cursor's `uniform` is cleared, and the slow path leaves it clear while
    /// armed), which makes the new cell white: so the allocation fast path tests no flag at all.
    /// A test there, however placed, cost 0.7 ns of 2.3 per object in `alloc_profile`.
    pub(crate) fn set_armed(&mut self, on: bool) {
        self.armed = on;
        if on {
            self.remembering = false;
        }
        self.barrier = self.armed || self.remembering;
        if on {
            self.classes.iter_mut().for_each(|c| c.uniform = None);
        }
    }

    /// Whether the write barrier has nothing to do for the allocated `cell` (`get_mut` asks on
    /// every access while the barrier is on, so this is inline): its flat bit is already set
    /// (gray again, white, or remembered), or it is young while remembering (generational mode
    /// between collections: the next minor traces it anyway). Otherwise the caller runs
    /// [`barrier_slow`](Self::barrier_slow).
    #[inline(always)]
    pub(crate) fn barrier_done(&self, cell: Cell) -> bool {
        let index = ((cell.page as usize) << SLOT_BITS) | cell.slot as usize;
        let flat = self
            .unmarked
            .get(index / 64)
            .is_some_and(|w| w & (1u64 << (index % 64)) != 0);
        flat || (self.remembering && !self.bit(cell, Bit::Old))
    }

    /// The write barrier's slow path, for a `cell` [`barrier_done`](Self::barrier_done) said no
    /// to: a black object goes back to gray (its flat bit set, A7, and its handle on
    /// `gray_again`); while remembering, an old object joins the remembered set the same way.
    /// Backward, like Lua's `luaC_barrierback_`: one push per object per cycle, however often it
    /// is written. Touches only `unmarked` and `gray_again`: it frees nothing and moves no
    /// memory, which `get_mut` relies on.
    #[cold]
    #[inline(never)]
    pub(crate) fn barrier_slow(&mut self, cell: Cell) {
        let index = ((cell.page as usize) << SLOT_BITS) | cell.slot as usize;
        self.unmarked[index / 64] |= 1u64 << (index % 64);
        let gc = self.handle(cell);
        self.gray_again.push(gc);
    }

    /// Makes the cell at `index`, about to be allocated while the barrier is armed, white (A7:
    /// the caller sets its `Allocated` bit before anything reads this one).
    pub(super) fn set_unmarked(&mut self, index: u32) {
        // A cell of a page the start has not copied yet is counted by the copy.
        if self
            .starting
            .is_none_or(|p| (index as usize >> SLOT_BITS) < p)
        {
            self.cycle_cells += 1;
        }
        let index = index as usize;
        self.unmarked[index / 64] |= 1u64 << (index % 64);
    }

    /// Clears every flat bit (abandoning a cycle's marking). O(pages).
    pub(crate) fn clear_unmarked(&mut self) {
        self.starting = None;
        self.unmarked.iter_mut().for_each(|w| *w = 0);
    }

    /// Allocated cells whose flat bit is clear. O(pages).
    pub(crate) fn marked_count(&self) -> u64 {
        let mut n = 0u64;
        for (p, page) in self.pages.iter().enumerate() {
            let unmarked = &page_unmarked(&self.unmarked, p)[..page.words as usize];
            for (w, &unmarked) in unmarked.iter().enumerate() {
                n += (page.word(Bit::Allocated, w) & !unmarked).count_ones() as u64;
            }
        }
        n
    }

    /// Every allocated cell whose flat bit is clear, in cell order.
    pub(crate) fn marked_handles(&self) -> Vec<GcAny> {
        self.handles_where(|page, unmarked, w| page.word(Bit::Allocated, w) & !unmarked[w])
    }

    /// Whether the cell `gc` points into has its flat bit set (A7: then it is allocated).
    #[inline]
    pub(crate) fn is_unmarked_index(&self, gc: GcAny) -> bool {
        let index = gc.index() as usize;
        self.unmarked
            .get(index / 64)
            .is_some_and(|w| w & (1u64 << (index % 64)) != 0)
    }

    /// Whether `cell` (allocated) is marked.
    #[inline]
    pub(crate) fn is_marked(&self, cell: Cell) -> bool {
        let index = ((cell.page as usize) << SLOT_BITS) | cell.slot as usize;
        self.unmarked[index / 64] & (1 << (index % 64)) == 0
    }

    /// Starts a cycle's marking: every allocated cell is unmarked. O(pages).
    #[cfg(test)]
    pub(crate) fn start_marking(&mut self) {
        self.start_marking_in_steps();
        self.copy_some_pages(usize::MAX);
    }

    /// [`start_marking`](Self::start_marking) spread over calls, for an incremental cycle's first
    /// steps: after this, [`copy_some_pages`](Self::copy_some_pages) copies the `Allocated`
    /// bitmaps into the flat bitmap a number of pages at a time, in page order, until it returns
    /// `true`; nothing may be marked or traced before that. Meanwhile the barrier must be armed
    /// (white allocation): a cell allocated in a page already copied gets its flat bit from
    /// `set_unmarked` (and is counted there), one in a page not yet copied gets it from the copy
    /// (and is counted then). No object is black before the copy ends, so the barrier has
    /// nothing to do; where it regrays a cell of a page not yet copied (bit clear there), the
    /// copy keeps the bit and the cell is traced once more (floating garbage at worst). A7 holds
    /// throughout: every bit set names an allocated cell.
    pub(crate) fn start_marking_in_steps(&mut self) {
        self.scope = None;
        self.cycle_cells = 0;
        self.starting = Some(0);
    }

    /// Copies the `Allocated` bitmaps of up to `max_pages` more pages into the flat bitmap (see
    /// [`start_marking_in_steps`](Self::start_marking_in_steps)); returns how many it copied.
    /// Once every page is copied (including pages added since the start), the start ends
    /// ([`is_starting`](Self::is_starting) turns false). O(pages copied).
    pub(crate) fn copy_some_pages(&mut self, max_pages: usize) -> usize {
        let Some(start) = self.starting else {
            return 0;
        };
        let mut p = start;
        let end = p.saturating_add(max_pages).min(self.pages.len());
        let mut cells = 0u64;
        while p < end {
            let page = &self.pages[p];
            let words = page.words as usize;
            let flat = &mut self.unmarked[p * MARK_WORDS_PER_PAGE..][..words];
            for (w, word) in flat.iter_mut().enumerate() {
                // Words past `words` stay zero: flat bits only ever name cells (A7).
                *word = page.word(Bit::Allocated, w);
                cells += word.count_ones() as u64;
            }
            p += 1;
        }
        self.cycle_cells += cells;
        self.starting = (p < self.pages.len()).then_some(p);
        p - start
    }

    /// Whether a start of marking in steps is under way (not every page copied yet).
    pub(crate) fn is_starting(&self) -> bool {
        self.starting.is_some()
    }

    /// Cells allocated when [`start_marking`](Self::start_marking) ran plus those allocated
    /// white since (while armed): between the end of marking and the sweep, the marked ones
    /// and the unmarked ones. O(1).
    pub(crate) fn cycle_cells(&self) -> u64 {
        self.cycle_cells
    }

    /// The collector's waiting-list head for `cell` this cycle (see `Page::waiting`).
    pub(crate) fn waiting_head(&mut self, cell: Cell) -> &mut u32 {
        self.rare[cell.page as usize] |= RARE_WAITING; // A9
        let page = &mut self.pages[cell.page as usize];
        let slots = page.slots as usize;
        let heads = page
            .waiting
            .get_or_insert_with(|| vec![0; slots].into_boxed_slice());
        &mut heads[cell.slot as usize]
    }

    /// Whether `weak`'s cell has its flat "not marked" bit set: then its object, if it is still
    /// `weak`'s referent, is not marked. One bit test, no page lookup; false for a freed or
    /// reused cell too, so a false answer needs [`key_is_marked`](Self::key_is_marked).
    #[inline]
    pub(crate) fn may_be_unmarked_key(&self, weak: WeakAny) -> bool {
        let index = weak.index as usize;
        self.unmarked
            .get(index / 64)
            .is_some_and(|word| word & (1 << (index % 64)) != 0)
    }

    /// Whether an ephemeron's key is marked, flagging nothing: `None` if it is dead (its weak
    /// handle cleared or its object freed). Read-only; asked only after
    /// [`may_be_unmarked_key`](Self::may_be_unmarked_key) said no, so not on the common path.
    #[inline]
    pub(crate) fn key_is_marked(&self, weak: WeakAny) -> Option<bool> {
        self.weak_cell(weak).map(|cell| self.is_marked(cell))
    }

    /// Where an ephemeron's key stands, in one page lookup: `None` if it is dead (its weak handle
    /// cleared or its object freed), `Some(None)` if it is marked, and otherwise `Some(head)`:
    /// it is flagged `EphemeronKey` and `head` is its waiting-list head (as `waiting_head`).
    #[inline]
    pub(crate) fn route_key(&mut self, weak: WeakAny) -> Option<Option<&mut u32>> {
        let p = weak.page();
        let page = self.pages.get_mut(p)?;
        let slot = weak.slot();
        if !(slot < page.slots as usize
            && page.get(Bit::Allocated, slot)
            && page.meta[slot].weak_gen == weak.weak_gen.get())
        {
            return None;
        }
        let index = (p << SLOT_BITS) | slot;
        if self.unmarked[index / 64] & (1 << (index % 64)) == 0 {
            return Some(None);
        }
        page.set(Bit::EphemeronKey, slot);
        self.rare[p] |= rare_flag(Bit::EphemeronKey) | RARE_WAITING; // A9
        let slots = page.slots as usize;
        let heads = page
            .waiting
            .get_or_insert_with(|| vec![0; slots].into_boxed_slice());
        Some(Some(&mut heads[slot]))
    }

    /// Takes `cell`'s waiting-list head, leaving 0.
    pub(crate) fn take_waiting_head(&mut self, cell: Cell) -> u32 {
        match &mut self.pages[cell.page as usize].waiting {
            Some(heads) => std::mem::take(&mut heads[cell.slot as usize]),
            None => 0,
        }
    }

    /// Drops every page's waiting-list heads.
    /// O(pages / 64 + pages with heads), by A9.
    pub(crate) fn drop_waiting_heads(&mut self) {
        for (p, rare) in self.rare.iter_mut().enumerate() {
            if *rare & RARE_WAITING != 0 {
                self.pages[p].waiting = None;
                *rare &= !RARE_WAITING;
            }
        }
    }

    /// Clears `bit` in every cell. For a bit A9 summarises, O(pages / 64 + pages flagged).
    pub(crate) fn clear_bit_everywhere(&mut self, bit: Bit) {
        let flag = rare_flag(bit);
        for (p, rare) in self.rare.iter_mut().enumerate() {
            if flag == 0 || *rare & flag != 0 {
                self.pages[p].clear_all(bit);
                *rare &= !flag;
            }
        }
    }

    /// DESIGN step 3 for plain weak handles: bumps the weak generation of every allocated, unmarked,
    /// weakly referenced cell, so no weak handle made before now upgrades to it again. Returns how
    /// many objects had weak handles cleared. O(pages in scope, one byte each (A9) + pages with
    /// weakly referenced cells + cleared); a page found to have none left loses its flag.
    pub(crate) fn clear_weak_of_unmarked(&mut self) -> u64 {
        let flag = rare_flag(Bit::WeaklyReferenced);
        let mut cleared = 0;
        for i in 0..self.scope_len() {
            let p = self.scope_page(i);
            if self.rare[p] & flag == 0 {
                continue;
            }
            let page = &mut self.pages[p];
            let unmarked = &page_unmarked(&self.unmarked, p)[..page.words as usize];
            let mut left = 0;
            for (w, &unmarked) in unmarked.iter().enumerate() {
                let referenced = page.word(Bit::WeaklyReferenced, w);
                let mut hits = page.word(Bit::Allocated, w) & unmarked & referenced;
                left |= referenced & !hits;
                if hits == 0 {
                    continue;
                }
                *page.word_mut(Bit::WeaklyReferenced, w) &= !hits;
                while hits != 0 {
                    let slot = w * 64 + hits.trailing_zeros() as usize;
                    hits &= hits - 1;
                    page.void_weak_handles(slot);
                    cleared += 1;
                }
            }
            if left == 0 {
                self.rare[p] &= !flag;
            }
        }
        cleared
    }

    /// Every allocated, unmarked object, in cell order (in a minor: in its scope's page order).
    pub(crate) fn unmarked_handles(&self) -> Vec<GcAny> {
        self.scoped_handles_where(|page, unmarked, w| page.word(Bit::Allocated, w) & unmarked[w])
    }

    /// Every allocated, unmarked object whose `bit` is set, in cell order (in a minor: in its
    /// scope's page order). O(pages in scope + matches); for a bit A9 summarises, O(pages in
    /// scope, one byte each + pages flagged + matches).
    pub(crate) fn unmarked_with(&self, bit: Bit) -> Vec<GcAny> {
        let flag = rare_flag(bit);
        self.handles_where_in(
            (0..self.scope_len())
                .map(|i| self.scope_page(i))
                .filter(|&p| flag == 0 || self.rare[p] & flag != 0),
            |page, unmarked, w| page.word(bit, w) & unmarked[w],
        )
    }
}

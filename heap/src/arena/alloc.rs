//! Allocation: moving a value into a fresh cell (the fast path through the cursor, A8), finding
//! free cells and pages when the cursor runs dry, and large objects' own pages.

use std::alloc::Layout;
use std::mem::size_of;
use std::ptr::NonNull;

use crate::error::HeapError;
use crate::handle::{GcAny, SLOT_BITS};
use crate::header::TypeInfo;
use crate::page::{rare_flag, Bit, Page, PageTypes, LARGE};
use crate::trace::Trace;

use super::cursor::CellTarget;
use super::{
    class_of, is_small, AllocFlags, Arena, CLASS_SIZES, MARK_WORDS_PER_PAGE, MAX_PAGES, NO_PAGE,
    PAGE_ALIGN, PAGE_BYTES,
};

/// The body of [`Arena::alloc`] and [`Arena::alloc_inline`], written once and expanded in each:
/// `alloc` must hold it directly, not through a call to an always-inlined function, or LLVM
/// compiles a plain allocation loop worse (`alloc_profile`: 3.5 -> 4.1 ns per object).
macro_rules! alloc_body {
    ($arena:ident, $value:ident, $flags:ident, $T:ident) => {{
        let info = TypeInfo::of::<$T>();
        let found = if is_small::<$T>() {
            let class = const { class_of(size_of::<$T>()) };
            let cell_size = const { CLASS_SIZES[class_of(size_of::<$T>())] as usize };
            let state = &mut $arena.classes[class];
            if state.free != 0 && state.uniform.is_some_and(|u| std::ptr::eq(u, info)) {
                Ok(state.take_from_cursor(cell_size))
            } else {
                $arena.take_small_cell_slow(class, info)
            }
        } else {
            $arena.take_large_cell(Layout::new::<$T>(), info)
        };
        let target = match found {
            Ok(target) => target,
            Err(e) => return Err(($value, e)),
        };
        // The block below writes the value, its generation and its bits through `target`'s raw
        // pointers; each precondition, and where it comes from:
        // 1. `target` names a free cell (`Allocated` clear, not retired): A8 for the cursor,
        //    `take_small_cell_slow` (through `refill`) or `take_large_cell` otherwise.
        // 2. Its page records `info`, the type of `value`, for it: the cursor's `uniform` is
        //    `info` (checked above), or the slow path just recorded it; so setting `Allocated`
        //    keeps A2 and A6.
        // 3. Its pointers are in bounds of the page's memory, side arrays and bitmap word: A1, A3
        //    and S1 (and A8 for the cursor's).
        // 4. No reference into that memory is live: we hold `&mut self` (A5).
        // 5. The cell has at least `size_of::<$T>()` bytes aligned for `T`: a small class fits `T`
        //    and small cells are `CELL_ALIGN`-aligned (`is_small`); a large page is allocated
        //    with `T`'s layout.
        // 6. Its generation cannot wrap: `refill` and `take_large_page` retire such cells (A4).
        // SAFETY: preconditions 1-6 just above hold (A1-A6, A8, S1).
        let gen = unsafe {
            let gen = (*target.meta).gen + 1;
            (*target.meta).gen = gen;
            target.cell.cast::<$T>().write($value);
            let m = 1u64 << target.bit;
            *target.allocated |= m;
            // Constants for most types, so these branches fold away.
            if !$flags.weak_allowed {
                *target.word(Bit::WeakRefused) |= m;
            }
            if $flags.finalizer {
                *target.word(Bit::Finalizer) |= m;
            }
            if $flags.weak_table {
                *target.word(Bit::WeakTable) |= m;
            }
            if info.needs_drop && !$flags.skip_drop {
                *target.word(Bit::NeedsDrop) |= m;
            }
            gen
        };
        if $flags.finalizer {
            // A9 (a constant for most types, so this folds away with the branch above).
            $arena.rare[(target.index >> SLOT_BITS) as usize] |= rare_flag(Bit::Finalizer);
        }
        $arena.bytes_in_use += target.cell_size + $flags.extra_bytes;
        let gen =
            std::num::NonZeroU32::new(gen).expect("generations start at 1 and never wrap (A4)");
        Ok(GcAny::from_raw_parts(target.index, gen))
    }};
}

impl Arena {
    /// Bytes a `T` is charged: its cell.
    pub(crate) const fn charge_of<T>() -> usize {
        if is_small::<T>() {
            CLASS_SIZES[class_of(size_of::<T>())] as usize
        } else {
            let size = size_of::<T>();
            if size == 0 {
                1
            } else {
                size
            }
        }
    }

    /// Moves `value` into a fresh cell. On error the value is handed back.
    ///
    /// The fast path (a small value of its page's one type, a free cell in the cursor's word) reads
    /// no `Page`: it takes a bit of `free` and writes the value, the generation and the bitmap words
    /// through the cursor (A8). It is never taken while the barrier is armed (`set_armed`): the
    /// slow paths make the new cell white then.
    #[inline]
    pub(crate) fn alloc<T: Trace + 'static>(
        &mut self,
        value: T,
        flags: AllocFlags,
    ) -> Result<GcAny, (T, HeapError)> {
        alloc_body!(self, value, flags, T)
    }

    /// [`alloc`](Self::alloc), always inlined (for `Heap::try_alloc_inline`).
    #[inline(always)]
    pub(crate) fn alloc_inline<T: Trace + 'static>(
        &mut self,
        value: T,
        flags: AllocFlags,
    ) -> Result<GcAny, (T, HeapError)> {
        alloc_body!(self, value, flags, T)
    }

    /// A free cell of class `class` for a value of `info`'s type, when the cursor has none or its
    /// page holds another type: takes a cell (refilling if needed), records the type, and re-aims
    /// the cursor (A8). Not generic, so the value stays in registers around the call.
    #[cold]
    #[inline(never)]
    fn take_small_cell_slow(
        &mut self,
        class: usize,
        info: &'static TypeInfo,
    ) -> Result<CellTarget, HeapError> {
        let state = &mut self.classes[class];
        if self.armed
            && state.free != 0
            && state.armed_uniform.is_some_and(|u| std::ptr::eq(u, info))
        {
            // White allocation's common case: the fast path's cell, made white. The cursor is
            // aimed at `free`'s word and its page holds only `info`'s type (A8, through
            // `armed_uniform`), so nothing below is needed: no type to record, no re-aiming, and
            // the page was listed young when the cursor was aimed at it. The slow path's
            // instructions in `examples/pause`'s incremental run: 50.8M -> 34.0M
            // (docs/benchmarks.md, "Incremental mode's total time").
            let target = state.take_from_cursor(CLASS_SIZES[class] as usize);
            self.set_unmarked(target.index);
            return Ok(target);
        }
        let (p, slot) = if state.free != 0 {
            let slot = state.word * 64 + state.free.trailing_zeros();
            state.free &= state.free - 1;
            (state.current, slot)
        } else {
            self.refill(class)?
        };
        let page = &mut self.pages[p as usize];
        page.record_type(slot as usize, info);
        let state = &mut self.classes[class];
        debug_assert_eq!(state.word, slot / 64, "refill caches the word it took from");
        state.aim(page, p);
        // `info` itself (not an equal `TypeInfo` the page may hold), so the fast path's pointer
        // comparison succeeds for the next value of this type.
        // While the barrier is armed, no fast path (see `set_armed`): every allocation comes here
        // and is made white.
        state.armed_uniform = match page.types {
            PageTypes::Uniform(t) if t.type_id == info.type_id => Some(info),
            _ => None,
        };
        state.uniform = if self.armed {
            None
        } else {
            state.armed_uniform
        };
        let target = state.target(slot % 64, page.cell_size as usize);
        if self.armed {
            self.set_unmarked(target.index);
        }
        self.note_young_page(p);
        Ok(target)
    }

    /// Finds the next word with free cells (in the current page, then a partial page, then a new
    /// page), caches it, and takes its first cell. Cells whose generations are exhausted are retired
    /// here, so the fast path needs no check (A4). Amortised O(1) per allocation.
    #[cold]
    #[inline(never)]
    fn refill(&mut self, class: usize) -> Result<(u32, u32), HeapError> {
        loop {
            let state = &mut self.classes[class];
            if state.current != NO_PAGE {
                let p = state.current;
                let page = &mut self.pages[p as usize];
                while state.word.wrapping_add(1) < page.words {
                    state.word = state.word.wrapping_add(1);
                    let w = state.word as usize;
                    let mut free = !(page.word(Bit::Allocated, w) | page.word(Bit::Retired, w));
                    // Past this many bumps, some counter of the page may be within 64 of
                    // `u32::MAX` (A4: they start at `gen_base` or one past it).
                    if page.counter_bumps >= u64::from(u32::MAX - 64 - page.gen_base) {
                        // Some counter of this page may be at its limit: look at each cell.
                        let mut candidates = free;
                        while candidates != 0 {
                            let slot = w * 64 + candidates.trailing_zeros() as usize;
                            candidates &= candidates - 1;
                            let meta = &page.meta[slot];
                            if meta.gen == u32::MAX || meta.weak_gen == u32::MAX {
                                page.set(Bit::Retired, slot);
                                free &= !(1 << (slot % 64));
                            }
                        }
                    }
                    page.counter_bumps += u64::from(free.count_ones());
                    if free != 0 {
                        state.free = free & (free - 1);
                        return Ok((p, (w * 64) as u32 + free.trailing_zeros()));
                    }
                }
                state.current = NO_PAGE;
            }
            if let Some(p) = state.partial.pop() {
                self.pages[p as usize].in_partial = false;
                state.current = p;
                // `word + 1` is the first word scanned.
                state.word = u32::MAX;
                state.free = 0;
                continue;
            }
            let p = self.new_small_page(class)?;
            let state = &mut self.classes[class];
            state.current = p;
            state.word = u32::MAX;
            state.free = 0;
        }
    }

    /// Adds `page` with its share of the mark bitmap.
    fn push_page(&mut self, page: Page) {
        self.pages.push(page);
        self.rare.push(0);
        self.unmarked
            .resize(self.pages.len() * MARK_WORDS_PER_PAGE, 0);
    }

    /// The number the next new page gets. Page numbers fill the bits of a cell index above the
    /// slot bits, so a heap has at most `MAX_PAGES` pages, small and large: the one place that
    /// limit is checked.
    fn next_page_number(&self, requested: usize) -> Result<u32, HeapError> {
        if self.pages.len() >= MAX_PAGES {
            return Err(HeapError::OutOfMemory {
                requested,
                limit: MAX_PAGES * PAGE_BYTES,
                in_use: self.bytes_in_use,
            });
        }
        Ok(self.pages.len() as u32)
    }

    #[cold]
    #[inline(never)]
    fn new_small_page(&mut self, class: usize) -> Result<u32, HeapError> {
        let no = self.next_page_number(PAGE_BYTES)?;
        let layout = Layout::from_size_align(PAGE_BYTES, PAGE_ALIGN).expect("valid page layout");
        let data =
            self.bump
                .try_alloc_layout(layout)
                .map_err(|_| HeapError::SystemOutOfMemory {
                    requested: PAGE_BYTES,
                })?;
        let cell_size = CLASS_SIZES[class];
        let slots = (PAGE_BYTES as u32 / cell_size).min(1 << SLOT_BITS);
        let gen_base = self.gen_base();
        self.push_page(Page::new(data, cell_size, slots, class as u8, gen_base));
        Ok(no)
    }

    /// The one cell of a large page for a value of `info`'s type, with the type recorded.
    #[cold]
    #[inline(never)]
    fn take_large_cell(
        &mut self,
        layout: Layout,
        info: &'static TypeInfo,
    ) -> Result<CellTarget, HeapError> {
        let p = self.take_large_page(layout)?;
        if self.armed {
            self.set_unmarked(p << SLOT_BITS);
        }
        self.note_young_page(p);
        let page = &mut self.pages[p as usize];
        page.record_type(0, info);
        Ok(CellTarget {
            cell: page.cell_ptr(0),
            meta: page.meta.as_mut_ptr(),
            allocated: page
                .bits
                .as_mut_ptr()
                .wrapping_add(Bit::Allocated as usize * page.words as usize),
            words: page.words as usize,
            bit: 0,
            index: p << SLOT_BITS,
            cell_size: page.cell_size as usize,
        })
    }

    /// A large page with memory for `layout` and a free, usable cell.
    fn take_large_page(&mut self, layout: Layout) -> Result<u32, HeapError> {
        let refused = HeapError::SystemOutOfMemory {
            requested: layout.size(),
        };
        let reuse = loop {
            match self.free_large.pop() {
                Some(p) if self.pages[p as usize].get(Bit::Retired, 0) => continue,
                other => break other,
            }
        };
        // Before allocating: a page number must be free if no page is reused.
        let new_page = match reuse {
            Some(_) => 0,
            None => self.next_page_number(layout.size())?,
        };
        // Zero-sized over-aligned types take this path too: give them one byte.
        let layout = Layout::from_size_align(layout.size().max(1), layout.align())
            .map_err(|_| refused.clone())?;
        // SAFETY: `layout.size() >= 1` (one line up).
        let Some(data) = NonNull::new(unsafe { std::alloc::alloc(layout) }) else {
            // The page taken for reuse stays reusable.
            self.free_large.extend(reuse);
            return Err(refused);
        };
        let p = match reuse {
            Some(p) => {
                let page = &mut self.pages[p as usize];
                page.data = data;
                page.cell_size = layout.size() as u32;
                p
            }
            None => {
                let p = new_page;
                let gen_base = self.gen_base();
                self.push_page(Page::new(data, layout.size() as u32, 1, LARGE, gen_base));
                p
            }
        };
        let page = &mut self.pages[p as usize];
        page.large = Some(layout);
        if page.meta[0].gen == u32::MAX || page.meta[0].weak_gen == u32::MAX {
            // Exhausted: keep the page retired and try again with a fresh one.
            page.set(Bit::Retired, 0);
            page.large = None;
            // SAFETY: `data` was allocated just above with `layout` and holds no value.
            unsafe { std::alloc::dealloc(data.as_ptr(), layout) };
            return self.take_large_page(layout);
        }
        Ok(p)
    }
}

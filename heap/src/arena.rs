//! Cells in pages: allocation, checked access, per-cell bits, and freeing. The unsafe core.
//!
//! Small objects (at most [`MAX_SMALL`] bytes, alignment at most [`CELL_ALIGN`]) live in 64 KiB pages
//! carved from bumpalo chunks, one size class per page; larger or over-aligned objects get a page of
//! their own with one cell, allocated from the global allocator. Everything the heap knows about a cell
//! besides its value lives beside it in its page: an 8-byte side-array entry (generation, weak
//! generation), bitmaps (allocated, marked, ...), and the type, recorded once per page while all its
//! cells hold one type (A6). Cell memory holds only the value, so reading a cell's metadata never
//! aliases a reference to its value.
//!
//! # Invariants
//! - A1: a page's `data` points to `slots * cell_size` bytes aligned to `CELL_ALIGN` (small pages) or
//!   to the large object's layout, owned by this arena and never moved. Small pages are never freed
//!   before the arena is dropped; a large page's memory is freed only when its one cell is freed.
//!   Established by `new_small_page`/`alloc_large`; relied on by every access to cell memory.
//! - A2: a cell's `Allocated` bit is set iff the cell holds an initialised value of the type its page
//!   records for it (`Page::cell_type`, then `Some`; see A6), and that value fits the cell (size and
//!   alignment). Established by `alloc`; ended only by `sweep` and `Drop for Arena`, which drop the
//!   value before or while clearing the bit, never twice.
//! - A3: a small cell never changes size class (pages are per class and never reused for another), and
//!   a large page always has exactly one cell; so any in-bounds cell index, stale or not, lands on a
//!   whole cell and its side-array entries.
//! - A4: a cell's `meta.gen` starts at the heap's `gen_base` (below 2^31, different for each
//!   heap, the same in all its pages), only increases, and equals the generation of the handle returned by the allocation
//!   that occupies the cell; a cell whose generation would wrap is retired, never reused. So a
//!   handle whose generation matches an allocated cell names the object it was made for (in a
//!   given heap; a handle from another heap matches only if the two heaps' generations for that
//!   cell meet, which the spread of `gen_base` makes negligible, and even then the type check of
//!   A2 keeps access sound). Likewise `weak_gen` (starting at `gen_base + 1`) changes whenever
//!   weak handles to the occupant are voided, which happens before a weakly referenced
//!   occupant's cell is freed, so a weak handle never upgrades to a later occupant.
//! - A5: references into cell memory are made only from `&Arena` (giving `&T`) or `&mut Arena`
//!   (giving `&mut T`) and do not outlive that borrow; user code run while such a reference exists
//!   (`Trace::trace`, `Trace::prune_weak`, `Drop`) has no path to the arena.
//! - A6: a page's `types` is `Empty` only while none of its cells is allocated; `Uniform(info)` only
//!   while every allocated cell holds a value of `info`'s type (a `TypeInfo` with an equal `type_id`
//!   describes the same type, H1); `Mixed(infos)` records each allocated cell's type in `infos`.
//!   Maintained by `alloc` through `Page::record_type` (which widens `Empty` -> `Uniform` -> `Mixed`,
//!   writing the uniform type into every allocated cell's entry on the way) and by `sweep` (which
//!   resets an emptied page to `Empty`); relied on by every dispatch through a cell's type (A2).
//! - A7: a bit set in `unmarked` names an allocated cell. `start_marking` copies the `Allocated`
//!   bitmaps; only `sweep` frees cells, and it clears each word's bits as it frees them; marking only
//!   clears bits. Relied on by `mark_edge`, which hands out such cells to be traced (A2) without
//!   reading their page.
//! - A8 (the allocation cursor): while a size class's `free` is nonzero, `current` is a small page
//!   of that class, `word < words` of it, the bits of `free` are cells of that word that are neither
//!   allocated nor retired, and the cursor's raw pointers point at that word's first cell
//!   (`cells`), its first metadata entry (`meta`) and its `Allocated` bitmap word (`allocated`),
//!   derived from the page's memory and `SideArray`s (S1), with `words` the page's bitmap stride;
//!   `uniform`, when not null, describes (same `type_id`) every value allocated in the page
//!   (`PageTypes::Uniform`, A6). Set by `take_small_cell_slow` (the one place `free` becomes
//!   nonzero); ended by `sweep`, which zeroes every `free` (it may free cells and empty pages).
//!   Nothing else allocates in a small page or moves the memory those pointers name, and no
//!   reference made from that memory is live across an allocation (A5), so the pointers stay valid
//!   and the fast path reads no `Page` at all.

use std::alloc::Layout;
use std::any::Any;
use std::mem::{align_of, size_of};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr::NonNull;

use bumpalo::Bump;

use crate::error::HeapError;
use crate::handle::{GcAny, WeakAny, SLOT_BITS};
use crate::header::TypeInfo;
use crate::page::{Bit, CellMeta, Page, PageTypes, LARGE};
use crate::trace::{Liveness, Trace, Tracer};

/// Bytes in a small-object page. 64 KiB keeps the per-page side arrays at most 4096 entries
/// (12 slot bits in a handle) for the smallest class.
pub(crate) const PAGE_BYTES: usize = 1 << 16;
/// Alignment of every small cell.
pub(crate) const CELL_ALIGN: usize = 16;
/// The largest object stored in a small page.
pub(crate) const MAX_SMALL: usize = 2048;
/// Size classes: spaced ~1.5x apart above 64 bytes, so internal waste stays under a third.
const CLASS_SIZES: [u32; 14] = [
    16, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048,
];
/// Words of `Arena::unmarked` per page: one bit for every slot a handle can name.
const MARK_WORDS_PER_PAGE: usize = 1 << (SLOT_BITS - 6);
/// Page numbers fit in the 20 bits of a cell index above the slot bits.
const MAX_PAGES: usize = 1 << (32 - SLOT_BITS);

/// `SizeClass::current` when the class has no current page.
const NO_PAGE: u32 = u32::MAX;

/// Per size class: where the next allocation goes, and the cursor that lets it go there without
/// reading the page (A8).
///
/// The fast path takes the lowest bit of `free`, a cached copy of the free cells of word `word` of
/// page `current`, and writes through the cursor's pointers; only when `free` is empty (or the value
/// is not of the page's one type) does `take_small_cell_slow` look at pages.
struct SizeClass {
    /// Free, unretired cells of word `word` of `current` not yet handed out. Nonzero only while the
    /// cursor below is valid (A8).
    free: u64,
    /// The type every value in `current` has, if it has one: a value of another type takes the
    /// slow path.
    uniform: Option<&'static TypeInfo>,
    /// First cell of word `word` of `current`.
    cells: *mut u8,
    /// Metadata entry of that cell.
    meta: *mut CellMeta,
    /// `Allocated` bitmap word `word` of `current`; the word of bit kind `k` is `words * k` further.
    allocated: *mut u64,
    /// `current`'s bitmap stride (`Page::words`).
    words: usize,
    /// Cell index of `cells`: `current << SLOT_BITS | word * 64`.
    first_index: u32,
    /// [`NO_PAGE`] when there is none.
    current: u32,
    /// The word of `current` that `free` caches; the next word to scan is `word + 1`.
    word: u32,
    /// Pages of this class with free cells, other than `current`.
    partial: Vec<u32>,
}

impl Default for SizeClass {
    fn default() -> SizeClass {
        SizeClass {
            free: 0,
            uniform: None,
            cells: std::ptr::null_mut(),
            meta: std::ptr::null_mut(),
            allocated: std::ptr::null_mut(),
            words: 0,
            first_index: 0,
            current: NO_PAGE,
            word: 0,
            partial: Vec::new(),
        }
    }
}

impl SizeClass {
    /// Takes the cursor's next cell (`free` must be nonzero).
    #[inline(always)]
    fn take_from_cursor(&mut self, cell_size: usize) -> CellTarget {
        let bit = self.free.trailing_zeros();
        self.free &= self.free - 1;
        self.target(bit, cell_size)
    }

    /// Where cell `bit` of the cursor's word lives (pointer arithmetic only; A8 makes it valid).
    #[inline(always)]
    fn target(&self, bit: u32, cell_size: usize) -> CellTarget {
        CellTarget {
            cell: self.cells.wrapping_add(bit as usize * cell_size),
            meta: self.meta.wrapping_add(bit as usize),
            allocated: self.allocated,
            words: self.words,
            bit,
            index: self.first_index + bit,
            cell_size,
        }
    }

    /// Points the cursor at word `word` of `page`, page number `p` (A8).
    fn aim(&mut self, page: &Page, p: u32) {
        let w = self.word as usize;
        self.cells = page.cell_ptr(w * 64);
        self.meta = page.meta.as_mut_ptr().wrapping_add(w * 64);
        self.allocated = page
            .bits
            .as_mut_ptr()
            .wrapping_add(Bit::Allocated as usize * page.words as usize + w);
        self.words = page.words as usize;
        self.first_index = (p << SLOT_BITS) | (w as u32 * 64);
    }
}

/// A free cell about to receive a value: its memory, metadata and bitmap word, as raw pointers
/// valid by A1 and S1 (and A8 when it came from the cursor).
struct CellTarget {
    cell: *mut u8,
    meta: *mut CellMeta,
    /// The cell's `Allocated` bitmap word.
    allocated: *mut u64,
    /// Stride between bit kinds' words.
    words: usize,
    /// The cell's bit in those words.
    bit: u32,
    /// The cell index for its handle.
    index: u32,
    cell_size: usize,
}

impl CellTarget {
    /// The cell's word of bit kind `kind`.
    #[inline(always)]
    fn word(&self, kind: Bit) -> *mut u64 {
        self.allocated
            .wrapping_add((kind as usize - Bit::Allocated as usize) * self.words)
    }
}

/// Per-object facts taken at allocation, from the value's `Trace` answers.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct AllocFlags {
    pub(crate) weak_allowed: bool,
    pub(crate) finalizer: bool,
    pub(crate) weak_table: bool,
    /// `Trace::extra_bytes`, for types with drop glue (0 otherwise): counted in `bytes_in_use`
    /// until sweep asks again while dropping the value.
    pub(crate) extra_bytes: usize,
}

/// A validated, allocated cell.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cell {
    page: u32,
    slot: u32,
}

/// What [`Arena::sweep`] did.
#[derive(Default)]
pub(crate) struct SweepOutcome {
    pub(crate) objects: u64,
    pub(crate) bytes: u64,
    pub(crate) drop_panics: Vec<Box<dyn Any + Send>>,
}

/// All cells of one heap.
pub(crate) struct Arena {
    pages: Vec<Page>,
    /// During a cycle, per cell: allocated when the cycle began and not marked since (so a cell is
    /// marked iff it is allocated and its bit is clear). Indexed by cell index (`page << SLOT_BITS |
    /// slot`): page `p` owns words `p * MARK_WORDS_PER_PAGE ..`. One flat array, so marking an edge
    /// is one test-and-clear computed from the handle alone, which also answers "is it allocated?":
    /// no page bookkeeping is read for an edge at all. Small (512 bytes per page), so it stays cached
    /// while cells stream through. All zero between cycles (sweep clears it).
    unmarked: Vec<u64>,
    classes: [SizeClass; CLASS_SIZES.len()],
    free_large: Vec<u32>,
    bump: Bump,
    bytes_in_use: usize,
}

/// The generation base of the next heap made in this process: the `k`th heap starts at
/// `k * 2^32 / phi` (mod 2^32), halved. Handles carry no heap id (they stay 8 bytes), so a handle
/// from another heap is told apart by its generation alone: with bases spread this way (the
/// golden-ratio sequence keeps any n of them at least ~2^31 / n apart), a cell of one heap would
/// have to be reused about that many times before its generations reached another heap's, where
/// starting every heap at 1 made the first objects of two heaps' same cells indistinguishable.
/// Halved so that every cell still has at least 2^31 generations before it retires (A4); nothing
/// on the allocation path changes (`gen + 1`, and the retirement check stays `u32::MAX`).
fn next_gen_base() -> u32 {
    static HEAPS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let k = HEAPS
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        .wrapping_add(1);
    k.wrapping_mul(0x9E37_79B9) >> 1
}

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

/// Page `p`'s words of `Arena::unmarked`.
#[inline]
fn page_unmarked(unmarked: &[u64], p: usize) -> &[u64] {
    &unmarked[p * MARK_WORDS_PER_PAGE..][..MARK_WORDS_PER_PAGE]
}

/// Size class index for a small object of `size` bytes (`size <= MAX_SMALL`).
const fn class_of(size: usize) -> usize {
    let mut i = 0;
    while i < CLASS_SIZES.len() - 1 && size > CLASS_SIZES[i] as usize {
        i += 1;
    }
    i
}

/// Whether a `T` lives in a small page.
const fn is_small<T>() -> bool {
    size_of::<T>() <= MAX_SMALL && align_of::<T>() <= CELL_ALIGN
}

impl Arena {
    pub(crate) fn new() -> Arena {
        Arena {
            pages: Vec::new(),
            unmarked: Vec::new(),
            classes: Default::default(),
            free_large: Vec::new(),
            bump: Bump::new(),
            bytes_in_use: 0,
        }
    }

    /// Where this heap's generations start (A4): a fresh cell's `gen` (its first object gets
    /// `gen_base + 1`) and one less than its `weak_gen`. Drawn ([`next_gen_base`]) when the first
    /// page is made and kept in every page, not in `Arena`: a field there made the allocation
    /// loop ~2% slower in `alloc_profile` (placement, not work: a dummy field did the same).
    fn gen_base(&self) -> u32 {
        self.pages
            .first()
            .map_or_else(next_gen_base, |p| p.gen_base)
    }

    #[inline]
    pub(crate) fn bytes_in_use(&self) -> usize {
        self.bytes_in_use
    }

    /// Live objects: a popcount of the allocated bitmaps, O(pages).
    pub(crate) fn objects(&self) -> usize {
        self.pages
            .iter()
            .map(|p| {
                (0..p.words as usize)
                    .map(|w| p.word(Bit::Allocated, w).count_ones() as usize)
                    .sum::<usize>()
            })
            .sum()
    }

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
    /// through the cursor (A8).
    #[inline]
    pub(crate) fn alloc<T: Trace>(
        &mut self,
        value: T,
        flags: AllocFlags,
    ) -> Result<GcAny, (T, HeapError)> {
        let info = TypeInfo::of::<T>();
        let found = if is_small::<T>() {
            let class = const { class_of(size_of::<T>()) };
            let cell_size = const { CLASS_SIZES[class_of(size_of::<T>())] as usize };
            let state = &mut self.classes[class];
            if state.free != 0 && state.uniform.is_some_and(|u| std::ptr::eq(u, info)) {
                Ok(state.take_from_cursor(cell_size))
            } else {
                self.take_small_cell_slow(class, info)
            }
        } else {
            self.take_large_cell(Layout::new::<T>(), info)
        };
        let target = match found {
            Ok(target) => target,
            Err(e) => return Err((value, e)),
        };
        // What the block below relies on: `target` names a free cell (Allocated clear, not retired)
        // whose page records `info` as its type (the cursor's `uniform` is `info`, or the slow
        // path recorded it); its pointers are in bounds of the page's memory and side arrays, and
        // no reference into them is live (we hold `&mut self`). The cell has at least
        // size_of::<T>() bytes aligned for T (small: the class fits T, cells are CELL_ALIGN-aligned;
        // large: allocated with T's layout), and its generation cannot wrap (`refill` retires such
        // cells).
        // SAFETY: as just said, by A8 or `take_*_slow`, A1, A3, S1, A5 and A4.
        let gen = unsafe {
            let gen = (*target.meta).gen + 1;
            (*target.meta).gen = gen;
            target.cell.cast::<T>().write(value);
            let m = 1u64 << target.bit;
            *target.allocated |= m;
            // Constants for most types, so these branches fold away.
            if !flags.weak_allowed {
                *target.word(Bit::WeakRefused) |= m;
            }
            if flags.finalizer {
                *target.word(Bit::Finalizer) |= m;
            }
            if flags.weak_table {
                *target.word(Bit::WeakTable) |= m;
            }
            if info.needs_drop {
                *target.word(Bit::NeedsDrop) |= m;
            }
            gen
        };
        self.bytes_in_use += target.cell_size + flags.extra_bytes;
        let gen =
            std::num::NonZeroU32::new(gen).expect("generations start at 1 and never wrap (A4)");
        Ok(GcAny::from_raw_parts(target.index, gen))
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
        state.uniform = match page.types {
            PageTypes::Uniform(t) if t.type_id == info.type_id => Some(info),
            _ => None,
        };
        Ok(state.target(slot % 64, page.cell_size as usize))
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
        self.unmarked
            .resize(self.pages.len() * MARK_WORDS_PER_PAGE, 0);
    }

    #[cold]
    #[inline(never)]
    fn new_small_page(&mut self, class: usize) -> Result<u32, HeapError> {
        if self.pages.len() >= MAX_PAGES {
            return Err(HeapError::OutOfMemory {
                requested: PAGE_BYTES,
                limit: MAX_PAGES * PAGE_BYTES,
                in_use: self.bytes_in_use,
            });
        }
        let layout = Layout::from_size_align(PAGE_BYTES, CELL_ALIGN).expect("valid page layout");
        let data = self
            .bump
            .try_alloc_layout(layout)
            .map_err(|_| HeapError::OutOfMemory {
                requested: PAGE_BYTES,
                limit: usize::MAX,
                in_use: self.bytes_in_use,
            })?;
        let cell_size = CLASS_SIZES[class];
        let slots = (PAGE_BYTES as u32 / cell_size).min(1 << SLOT_BITS);
        let no = self.pages.len() as u32;
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
        let oom = |in_use| HeapError::OutOfMemory {
            requested: layout.size(),
            limit: usize::MAX,
            in_use,
        };
        let reuse = loop {
            match self.free_large.pop() {
                Some(p) if self.pages[p as usize].get(Bit::Retired, 0) => continue,
                other => break other,
            }
        };
        if reuse.is_none() && self.pages.len() >= MAX_PAGES {
            return Err(oom(self.bytes_in_use));
        }
        // Zero-sized over-aligned types take this path too: give them one byte.
        let layout = Layout::from_size_align(layout.size().max(1), layout.align())
            .map_err(|_| oom(self.bytes_in_use))?;
        // SAFETY: `layout.size() >= 1` (one line up).
        let data =
            NonNull::new(unsafe { std::alloc::alloc(layout) }).ok_or(oom(self.bytes_in_use))?;
        let p = match reuse {
            Some(p) => {
                let page = &mut self.pages[p as usize];
                page.data = data;
                page.cell_size = layout.size() as u32;
                p
            }
            None => {
                let p = self.pages.len() as u32;
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

    /// The cell `gc` names, if it holds the object `gc` was made for.
    #[inline]
    pub(crate) fn find(&self, gc: GcAny) -> Option<Cell> {
        let page = self.pages.get(gc.page())?;
        let slot = gc.slot();
        if slot < page.slots as usize
            && page.get(Bit::Allocated, slot)
            && page.meta[slot].gen == gc.generation()
        {
            Some(Cell {
                page: gc.page() as u32,
                slot: slot as u32,
            })
        } else {
            None
        }
    }

    /// Starts loading what [`trace`](Self::trace) will read of `cell`: its value, and its type
    /// unless the page is uniform.
    #[inline]
    pub(crate) fn prefetch(&self, cell: Cell) {
        let page = &self.pages[cell.page as usize];
        if let PageTypes::Mixed(infos) = &page.types {
            prefetch_read(infos.as_ptr().wrapping_add(cell.slot as usize).cast());
        }
        prefetch_read(page.cell_ptr(cell.slot as usize));
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

    /// Whether `cell` (allocated) is marked.
    #[inline]
    pub(crate) fn is_marked(&self, cell: Cell) -> bool {
        let index = ((cell.page as usize) << SLOT_BITS) | cell.slot as usize;
        self.unmarked[index / 64] & (1 << (index % 64)) == 0
    }

    /// Starts a cycle's marking: every allocated cell is unmarked. O(pages).
    pub(crate) fn start_marking(&mut self) {
        for (p, page) in self.pages.iter().enumerate() {
            let words = &mut self.unmarked[p * MARK_WORDS_PER_PAGE..][..MARK_WORDS_PER_PAGE];
            for (w, word) in words.iter_mut().enumerate() {
                *word = if w < page.words as usize {
                    page.word(Bit::Allocated, w)
                } else {
                    0
                };
            }
        }
    }

    /// Whether `gc` names a live object.
    #[inline]
    pub(crate) fn is_live(&self, gc: GcAny) -> bool {
        self.find(gc).is_some()
    }

    /// Whether `weak` would upgrade: its cell is allocated and its weak generation is current.
    #[inline]
    pub(crate) fn weak_is_live(&self, weak: WeakAny) -> bool {
        self.upgrade(weak).is_some()
    }

    /// The strong handle for `weak`'s referent, if the weak handle is not cleared.
    #[inline]
    pub(crate) fn upgrade(&self, weak: WeakAny) -> Option<GcAny> {
        let cell = self.weak_cell(weak)?;
        Some(self.handle(cell))
    }

    /// The cell of `weak`'s referent, if the weak handle is not cleared (A4's weak half: a matching
    /// weak generation on an allocated cell names the object the handle was made for).
    #[inline]
    pub(crate) fn weak_cell(&self, weak: WeakAny) -> Option<Cell> {
        let page = self.pages.get(weak.page())?;
        let slot = weak.slot();
        if slot < page.slots as usize
            && page.get(Bit::Allocated, slot)
            && page.meta[slot].weak_gen == weak.weak_gen.get()
        {
            Some(Cell {
                page: weak.page() as u32,
                slot: slot as u32,
            })
        } else {
            None
        }
    }

    /// The collector's waiting-list head for `cell` this cycle (see `Page::waiting`).
    pub(crate) fn waiting_head(&mut self, cell: Cell) -> &mut u32 {
        let page = &mut self.pages[cell.page as usize];
        let slots = page.slots as usize;
        let heads = page
            .waiting
            .get_or_insert_with(|| vec![0; slots].into_boxed_slice());
        &mut heads[cell.slot as usize]
    }

    /// Takes `cell`'s waiting-list head, leaving 0.
    pub(crate) fn take_waiting_head(&mut self, cell: Cell) -> u32 {
        match &mut self.pages[cell.page as usize].waiting {
            Some(heads) => std::mem::take(&mut heads[cell.slot as usize]),
            None => 0,
        }
    }

    /// Drops every page's waiting-list heads.
    pub(crate) fn drop_waiting_heads(&mut self) {
        self.pages.iter_mut().for_each(|p| p.waiting = None);
    }

    /// A weak handle to `gc`'s object if it is live and known to allow weak references (one page
    /// lookup: the common path of `Heap::downgrade`). Sets its `WeaklyReferenced` bit.
    #[inline]
    pub(crate) fn downgrade_known(&mut self, gc: GcAny) -> Option<WeakAny> {
        let page = self.pages.get_mut(gc.page())?;
        let slot = gc.slot();
        if slot >= page.slots as usize
            || !page.get(Bit::Allocated, slot)
            || page.meta[slot].gen != gc.generation()
            || page.get(Bit::WeakRefused, slot)
        {
            return None;
        }
        page.set(Bit::WeaklyReferenced, slot);
        Some(WeakAny {
            index: gc.index(),
            weak_gen: std::num::NonZeroU32::new(page.meta[slot].weak_gen)
                .expect("weak generation starts at 1"),
        })
    }

    /// A weak handle to a live `gc`; sets its `WeaklyReferenced` bit so step 3 clears it.
    pub(crate) fn downgrade(&mut self, cell: Cell) -> WeakAny {
        let page = &mut self.pages[cell.page as usize];
        page.set(Bit::WeaklyReferenced, cell.slot as usize);
        WeakAny {
            index: (cell.page << SLOT_BITS) | cell.slot,
            weak_gen: std::num::NonZeroU32::new(page.meta[cell.slot as usize].weak_gen)
                .expect("weak generation starts at 1"),
        }
    }

    #[inline]
    pub(crate) fn type_info(&self, cell: Cell) -> &'static TypeInfo {
        self.pages[cell.page as usize]
            .cell_type(cell.slot as usize)
            .expect("allocated cells have a type (A2)")
    }

    /// The value in `cell` as a `T`, if it is one.
    #[inline]
    pub(crate) fn get<T: Trace>(&self, cell: Cell) -> Option<&T> {
        if !self.type_info(cell).is::<T>() {
            return None;
        }
        let ptr = self.pages[cell.page as usize].cell_ptr(cell.slot as usize);
        // SAFETY: A2: `cell` came from `find`, so it is allocated and holds a T (type checked above).
        // A5: the reference lives as long as `&self`, during which no `&mut` to the cell can be made.
        Some(unsafe { &*ptr.cast::<T>() })
    }

    /// The value in `cell` as a `&mut T`, if it is one.
    #[inline]
    pub(crate) fn get_mut<T: Trace>(&mut self, cell: Cell) -> Option<&mut T> {
        if !self.type_info(cell).is::<T>() {
            return None;
        }
        let ptr = self.pages[cell.page as usize].cell_ptr(cell.slot as usize);
        // SAFETY: A2 as in `get`; A5: `&mut self` is exclusive, so no other reference to the cell exists.
        Some(unsafe { &mut *ptr.cast::<T>() })
    }

    /// The value in `cell`, type-erased.
    #[inline]
    pub(crate) fn get_dyn(&self, cell: Cell) -> &dyn Trace {
        let info = self.type_info(cell);
        let ptr = self.pages[cell.page as usize].cell_ptr(cell.slot as usize);
        // SAFETY: A2: the cell is allocated and holds the type `info` describes, so H1 (header.rs)
        // makes `as_dyn` sound; A5 bounds the reference by `&self`.
        unsafe { &*(info.as_dyn)(ptr) }
    }

    /// Reports `cell`'s edges to `tracer` (calls user code: `Trace::trace`).
    #[inline]
    pub(crate) fn trace(&self, cell: Cell, tracer: &mut Tracer) {
        let info = self.type_info(cell);
        let ptr = self.pages[cell.page as usize].cell_ptr(cell.slot as usize);
        // SAFETY: A2: the cell is allocated and holds a value of the type `info` describes, so H1
        // makes `info.trace` sound. A5: we hold `&self`, so nothing
        // borrows the value mutably, and the shared borrow ends with the call.
        unsafe { (info.trace)(ptr, tracer) }
    }

    /// Lets the table in `cell` drop entries whose weak part died (calls `Trace::prune_weak`).
    pub(crate) fn prune(&mut self, cell: Cell) {
        let info = self.type_info(cell);
        let ptr = self.pages[cell.page as usize].cell_ptr(cell.slot as usize);
        let this: &Arena = self;
        // SAFETY: A2 + H1 as in `get_dyn`. The `&mut` is unique: we hold `&mut self` and the only other
        // borrow, `Liveness`, reads page side arrays, never cell memory (A5).
        let value = unsafe { &mut *(info.as_dyn)(ptr) };
        value.prune_weak(&Liveness { arena: this });
    }

    /// The cell's size in bytes (what the object is charged).
    pub(crate) fn cell_bytes(&self, cell: Cell) -> usize {
        self.pages[cell.page as usize].cell_size as usize
    }

    /// Handle for a validated cell.
    #[inline]
    pub(crate) fn handle(&self, cell: Cell) -> GcAny {
        let gen = self.pages[cell.page as usize].meta[cell.slot as usize].gen;
        GcAny::from_raw_parts(
            (cell.page << SLOT_BITS) | cell.slot,
            std::num::NonZeroU32::new(gen).expect("allocated cells have a generation"),
        )
    }

    #[inline]
    pub(crate) fn bit(&self, cell: Cell, bit: Bit) -> bool {
        self.pages[cell.page as usize].get(bit, cell.slot as usize)
    }

    #[inline]
    pub(crate) fn set_bit(&mut self, cell: Cell, bit: Bit, on: bool) {
        let page = &mut self.pages[cell.page as usize];
        if on {
            page.set(bit, cell.slot as usize)
        } else {
            page.clear(bit, cell.slot as usize)
        }
    }

    /// Clears `bit` in every cell.
    pub(crate) fn clear_bit_everywhere(&mut self, bit: Bit) {
        self.pages.iter_mut().for_each(|p| p.clear_all(bit));
    }

    /// DESIGN step 3 for plain weak handles: bumps the weak generation of every allocated, unmarked,
    /// weakly referenced cell, so no weak handle made before now upgrades to it again. Returns how
    /// many objects had weak handles cleared. O(pages + cleared).
    pub(crate) fn clear_weak_of_unmarked(&mut self) -> u64 {
        let mut cleared = 0;
        for (p, page) in self.pages.iter_mut().enumerate() {
            let unmarked = &page_unmarked(&self.unmarked, p)[..page.words as usize];
            for (w, &unmarked) in unmarked.iter().enumerate() {
                let mut hits =
                    page.word(Bit::Allocated, w) & unmarked & page.word(Bit::WeaklyReferenced, w);
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
        }
        cleared
    }

    /// DESIGN step 6: drops and frees every allocated, unmarked cell. Panics from `Drop` are caught
    /// and returned; every dead cell is freed regardless. O(pages + cells needing drop).
    pub(crate) fn sweep(&mut self) -> SweepOutcome {
        let mut out = SweepOutcome::default();
        for p in 0..self.pages.len() {
            let page = &mut self.pages[p];
            let unmarked = &mut self.unmarked[p * MARK_WORDS_PER_PAGE..][..page.words as usize];
            let mut freed_here = 0u32;
            let mut extra_freed = 0usize;
            for (w, unmarked) in unmarked.iter_mut().enumerate() {
                // Every cell left unmarked is freed now, so the cycle's bits end cleared.
                let dead = page.word(Bit::Allocated, w) & std::mem::take(unmarked);
                if dead == 0 {
                    continue;
                }
                // Step 3 has voided weak handles to the dead already; this keeps A4's weak half true
                // even for a caller that sweeps without it.
                let mut weakly_referenced = dead & page.word(Bit::WeaklyReferenced, w);
                while weakly_referenced != 0 {
                    page.void_weak_handles(w * 64 + weakly_referenced.trailing_zeros() as usize);
                    weakly_referenced &= weakly_referenced - 1;
                }
                // Clear first: a cell is never both "allocated" and dropped (A2), even if Drop panics.
                for bit in [
                    Bit::Allocated,
                    Bit::WeaklyReferenced,
                    Bit::Finalizer,
                    Bit::Finalized,
                    Bit::Watched,
                    Bit::WeakTable,
                    Bit::EphemeronKey,
                    Bit::WeakRefused,
                ] {
                    *page.word_mut(bit, w) &= !dead;
                }
                let mut drops = dead & page.word(Bit::NeedsDrop, w);
                *page.word_mut(Bit::NeedsDrop, w) &= !dead;
                while drops != 0 {
                    let slot = w * 64 + drops.trailing_zeros() as usize;
                    drops &= drops - 1;
                    let info = page
                        .cell_type(slot)
                        .expect("allocated cells have a type (A2)");
                    let ptr = page.cell_ptr(slot);
                    let result = catch_unwind(AssertUnwindSafe(|| {
                        // SAFETY: A2: the cell held a value of `info`'s type until its bit was cleared
                        // above, and nothing else will drop it (the bit is clear). H1: `drop_counting`
                        // drops exactly that type. A5: user code cannot reach the arena.
                        unsafe { (info.drop_counting)(ptr) }
                    }));
                    match result {
                        Ok(extra) => extra_freed += extra,
                        Err(payload) => out.drop_panics.push(payload),
                    }
                }
                freed_here += dead.count_ones();
            }
            if freed_here == 0 {
                continue;
            }
            let page = &mut self.pages[p];
            if (0..page.words as usize).all(|w| page.word(Bit::Allocated, w) == 0) {
                page.types = PageTypes::Empty; // A6
            }
            let bytes = freed_here as u64 * page.cell_size as u64 + extra_freed as u64;
            out.objects += freed_here as u64;
            out.bytes += bytes;
            self.bytes_in_use -= bytes as usize;
            if page.class == LARGE {
                if let Some(layout) = page.large.take() {
                    // SAFETY: A1: the page's memory was allocated with `layout` and its only cell was
                    // just freed (its value dropped above, if it had drop glue).
                    unsafe { std::alloc::dealloc(page.data.as_ptr(), layout) };
                    page.data = NonNull::dangling();
                }
                self.free_large.push(p as u32);
            } else if !page.in_partial && self.classes[page.class as usize].current != p as u32 {
                page.in_partial = true;
                self.classes[page.class as usize].partial.push(p as u32);
            }
        }
        // The current pages may have cells freed just now behind their cursors: rescan them.
        for class in &mut self.classes {
            class.word = u32::MAX;
            class.free = 0;
        }
        out
    }

    /// Every live object, in cell order.
    pub(crate) fn live_handles(&self) -> Vec<GcAny> {
        self.handles_where(|page, _, w| page.word(Bit::Allocated, w))
    }

    /// Every allocated, unmarked object, in cell order.
    pub(crate) fn unmarked_handles(&self) -> Vec<GcAny> {
        self.handles_where(|page, unmarked, w| page.word(Bit::Allocated, w) & unmarked[w])
    }

    /// Every allocated, unmarked object whose `bit` is set, in cell order. O(pages + matches).
    pub(crate) fn unmarked_with(&self, bit: Bit) -> Vec<GcAny> {
        self.handles_where(|page, unmarked, w| page.word(bit, w) & unmarked[w])
    }

    /// Handles of the allocated cells whose bits `select(page, word)` sets, in cell order.
    fn handles_where(&self, select: impl Fn(&Page, &[u64], usize) -> u64) -> Vec<GcAny> {
        let mut out = Vec::new();
        for (p, page) in self.pages.iter().enumerate() {
            let unmarked = page_unmarked(&self.unmarked, p);
            for w in 0..page.words as usize {
                let mut bits = select(page, unmarked, w) & page.word(Bit::Allocated, w);
                while bits != 0 {
                    let slot = w * 64 + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    let gen = std::num::NonZeroU32::new(page.meta[slot].gen).expect("allocated");
                    out.push(GcAny::from_raw_parts(
                        ((p as u32) << SLOT_BITS) | slot as u32,
                        gen,
                    ));
                }
            }
        }
        out
    }

    /// Checks the arena's bookkeeping: every per-cell bit lies within `Allocated` (and outside
    /// `Retired`), allocated cells have a type and nonzero generations, `NeedsDrop` matches the
    /// type, no finalizer is both armed and spent, large pages hold memory while allocated, and
    /// `bytes_in_use` is the sum of allocated cells and the extra bytes their values report (which
    /// calls `Trace::extra_bytes` on each value with drop glue). O(pages + allocated cells).
    pub(crate) fn verify(&self) -> Result<(), String> {
        let mut bytes = 0usize;
        if self.unmarked.len() != self.pages.len() * MARK_WORDS_PER_PAGE {
            return Err("the mark bitmap does not cover the pages".into());
        }
        for (p, page) in self.pages.iter().enumerate() {
            let (unmarked, past_end) =
                page_unmarked(&self.unmarked, p).split_at(page.words as usize);
            if past_end.iter().any(|&w| w != 0) {
                return Err(format!("page {p}: a slot past its end is unmarked (A7)"));
            }
            for (w, &unmarked) in unmarked.iter().enumerate() {
                let alloc = page.word(Bit::Allocated, w);
                if alloc & page.word(Bit::Retired, w) != 0 {
                    return Err(format!("page {p} word {w}: a retired cell is allocated"));
                }
                if unmarked & !alloc != 0 {
                    return Err(format!("page {p} word {w}: a free cell is unmarked (A7)"));
                }
                for bit in [
                    Bit::NeedsDrop,
                    Bit::WeaklyReferenced,
                    Bit::Finalizer,
                    Bit::Finalized,
                    Bit::Watched,
                    Bit::WeakTable,
                    Bit::EphemeronKey,
                    Bit::WeakRefused,
                ] {
                    if page.word(bit, w) & !alloc != 0 {
                        return Err(format!("page {p} word {w}: {bit:?} set on a free cell"));
                    }
                }
                if page.word(Bit::Finalizer, w) & page.word(Bit::Finalized, w) != 0 {
                    return Err(format!(
                        "page {p} word {w}: a finalizer both armed and queued"
                    ));
                }
                let mut cells = alloc;
                while cells != 0 {
                    let slot = w * 64 + cells.trailing_zeros() as usize;
                    cells &= cells - 1;
                    let meta = page.meta[slot];
                    let Some(info) = page.cell_type(slot) else {
                        return Err(format!("page {p} slot {slot}: allocated without a type"));
                    };
                    if meta.gen == 0 || meta.weak_gen == 0 {
                        return Err(format!("page {p} slot {slot}: a zero generation"));
                    }
                    if info.needs_drop != page.get(Bit::NeedsDrop, slot) {
                        return Err(format!(
                            "page {p} slot {slot}: NeedsDrop disagrees with its type"
                        ));
                    }
                    if page.class == LARGE && page.large.is_none() {
                        return Err(format!("page {p}: an allocated large cell without memory"));
                    }
                    bytes += page.cell_size as usize;
                    if info.needs_drop {
                        let cell = Cell {
                            page: p as u32,
                            slot: slot as u32,
                        };
                        bytes += self.get_dyn(cell).extra_bytes();
                    }
                }
            }
        }
        if bytes != self.bytes_in_use {
            return Err(format!(
                "bytes_in_use is {} but allocated cells hold {bytes}",
                self.bytes_in_use
            ));
        }
        self.verify_cursors()
    }

    /// Checks A8 for every size class whose cursor is in use.
    fn verify_cursors(&self) -> Result<(), String> {
        for (class, state) in self.classes.iter().enumerate() {
            if state.free == 0 {
                continue;
            }
            let Some(page) = self.pages.get(state.current as usize) else {
                return Err(format!("class {class}: the cursor's page does not exist"));
            };
            if page.class as usize != class {
                return Err(format!(
                    "class {class}: the cursor is on another class's page"
                ));
            }
            let w = state.word as usize;
            if w >= page.words as usize {
                return Err(format!("class {class}: the cursor's word is past its page"));
            }
            if state.free & (page.word(Bit::Allocated, w) | page.word(Bit::Retired, w)) != 0 {
                return Err(format!(
                    "class {class}: the cursor offers an allocated or retired cell"
                ));
            }
            if let Some(info) = state.uniform {
                if !matches!(page.types, PageTypes::Uniform(t) if t.type_id == info.type_id) {
                    return Err(format!(
                        "class {class}: the cursor's type is not its page's one type"
                    ));
                }
            }
            let mut aimed = SizeClass {
                word: state.word,
                ..SizeClass::default()
            };
            aimed.aim(page, state.current);
            if (
                aimed.cells,
                aimed.meta,
                aimed.allocated,
                aimed.words,
                aimed.first_index,
            ) != (
                state.cells,
                state.meta,
                state.allocated,
                state.words,
                state.first_index,
            ) {
                return Err(format!(
                    "class {class}: the cursor's pointers are not its page's word {w}"
                ));
            }
        }
        Ok(())
    }

    /// Number of pages.
    #[cfg(test)]
    pub(crate) fn page_count(&self) -> usize {
        self.pages.len()
    }
}

impl Drop for Arena {
    /// Drops every live value exactly once; runs no finalizers. A panicking `Drop` does not stop the
    /// others; the first panic is resumed at the end unless we are already unwinding.
    fn drop(&mut self) {
        let mut first_panic = None;
        for page in &mut self.pages {
            for w in 0..page.words as usize {
                let alive = page.word(Bit::Allocated, w);
                *page.word_mut(Bit::Allocated, w) = 0;
                let mut drops = alive & page.word(Bit::NeedsDrop, w);
                while drops != 0 {
                    let slot = w * 64 + drops.trailing_zeros() as usize;
                    drops &= drops - 1;
                    let info = page
                        .cell_type(slot)
                        .expect("allocated cells have a type (A2)");
                    let ptr = page.cell_ptr(slot);
                    let result = catch_unwind(AssertUnwindSafe(|| {
                        // SAFETY: as in `sweep`: A2 (the value was live and its bit is now clear, so
                        // it is dropped once), H1, A5.
                        unsafe { (info.drop_counting)(ptr) }
                    }));
                    if let Err(payload) = result {
                        first_panic.get_or_insert(payload);
                    }
                }
            }
            if let Some(layout) = page.large.take() {
                // SAFETY: A1: allocated with `layout`; its value (if any) was dropped above.
                unsafe { std::alloc::dealloc(page.data.as_ptr(), layout) };
            }
        }
        if let Some(payload) = first_panic {
            if !std::thread::panicking() {
                std::panic::resume_unwind(payload);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell as StdCell;
    use std::rc::Rc;

    struct Counted(Rc<StdCell<u32>>);
    impl Trace for Counted {
        fn trace(&self, _: &mut Tracer) {}
    }
    impl Drop for Counted {
        fn drop(&mut self) {
            self.0.set(self.0.get() + 1);
        }
    }

    #[repr(align(64))]
    struct OverAligned(u8);
    impl Trace for OverAligned {
        fn trace(&self, _: &mut Tracer) {}
    }

    #[test]
    fn small_objects_share_pages_and_large_ones_get_their_own() {
        let mut arena = Arena::new();
        let a = arena.alloc(1u64, AllocFlags::default()).ok().unwrap();
        let b = arena.alloc(2u64, AllocFlags::default()).ok().unwrap();
        assert_eq!(a.page(), b.page());
        let big = arena
            .alloc([7u8; 5000], AllocFlags::default())
            .ok()
            .unwrap();
        assert_ne!(big.page(), a.page());
        let aligned = arena
            .alloc(OverAligned(3), AllocFlags::default())
            .ok()
            .unwrap();
        let cell = arena.find(aligned).unwrap();
        let value = arena.get::<OverAligned>(cell).unwrap();
        assert_eq!(value as *const _ as usize % 64, 0);
        assert_eq!(value.0, 3);
        assert_eq!(
            arena.get::<[u8; 5000]>(arena.find(big).unwrap()).unwrap()[4999],
            7
        );
    }

    #[test]
    fn sweep_frees_unmarked_drops_once_and_reuses_the_cell_with_a_new_generation() {
        let drops = Rc::new(StdCell::new(0));
        let mut arena = Arena::new();
        let keep = arena
            .alloc(Counted(drops.clone()), AllocFlags::default())
            .ok()
            .unwrap();
        let dead = arena
            .alloc(Counted(drops.clone()), AllocFlags::default())
            .ok()
            .unwrap();
        arena.start_marking();
        assert!(arena.mark_edge(keep).is_some());
        assert!(arena.mark_edge(keep).is_none(), "marked once");
        let out = arena.sweep();
        assert_eq!((out.objects, drops.get()), (1, 1));
        assert!(arena.find(dead).is_none());
        arena.start_marking();
        let again = arena
            .alloc(Counted(drops.clone()), AllocFlags::default())
            .ok()
            .unwrap();
        assert_eq!(again.index(), dead.index());
        assert_ne!(again.generation(), dead.generation());
        assert!(arena.find(dead).is_none());
        drop(arena);
        assert_eq!(drops.get(), 3);
    }

    #[test]
    fn typed_access_checks_the_type() {
        let mut arena = Arena::new();
        let a = arena.alloc(5u32, AllocFlags::default()).ok().unwrap();
        let cell = arena.find(a).unwrap();
        assert!(arena.get::<u64>(cell).is_none());
        assert_eq!(arena.get::<u32>(cell), Some(&5));
    }

    #[test]
    fn cleared_weak_handles_never_upgrade_even_if_the_object_lives_on() {
        let mut arena = Arena::new();
        let a = arena.alloc(5u32, AllocFlags::default()).ok().unwrap();
        let weak = arena.downgrade(arena.find(a).unwrap());
        assert_eq!(arena.upgrade(weak), Some(a));
        arena.start_marking();
        assert_eq!(arena.clear_weak_of_unmarked(), 1);
        assert_eq!(arena.upgrade(weak), None);
        assert!(arena.is_live(a));
        let fresh = arena.downgrade(arena.find(a).unwrap());
        assert_eq!(arena.upgrade(fresh), Some(a));
    }

    /// Issue #16: every heap started its generations at 1, so the first object in a cell of one
    /// heap and the first in the same cell of another had equal handles, and a handle from the
    /// wrong heap read (or upgraded to) the other heap's object of the same type.
    #[test]
    fn a_handle_from_another_heap_names_nothing_here() {
        let mut a = crate::Heap::new();
        let mut b = crate::Heap::new();
        let in_a = a.alloc(String::from("a"));
        let in_b = b.alloc(String::from("b"));
        assert_eq!(
            crate::GcAny::from(in_a).index(),
            crate::GcAny::from(in_b).index()
        );
        assert!(
            b.try_get(in_a).is_err(),
            "a's handle must not read b's object"
        );
        assert!(a.try_get(in_b).is_err());
        let weak_a = a.downgrade(in_a).unwrap();
        assert_eq!(b.upgrade(weak_a), None, "nor a weak handle upgrade to it");
        // Many heaps: no two of them share a generation for their first objects.
        let gens: std::collections::BTreeSet<u32> = (0..1000)
            .map(|_| {
                let mut heap = crate::Heap::new();
                crate::GcAny::from(heap.alloc(0u64)).generation()
            })
            .collect();
        assert_eq!(gens.len(), 1000);
    }

    #[test]
    fn exhausted_generations_retire_the_cell() {
        let mut arena = Arena::new();
        let a = arena.alloc(1u8, AllocFlags::default()).ok().unwrap();
        // As if the cell had been reused 2^32 - 1 times: its page has counted as many bumps.
        arena.pages[a.page()].meta[a.slot()].gen = u32::MAX;
        arena.pages[a.page()].counter_bumps = u64::from(u32::MAX);
        arena.start_marking();
        arena.sweep();
        let b = arena.alloc(2u8, AllocFlags::default()).ok().unwrap();
        assert_ne!(b.index(), a.index());
        assert!(arena.pages[a.page()].get(Bit::Retired, a.slot()));
    }

    #[test]
    fn panicking_drop_is_reported_and_the_rest_are_freed() {
        struct Bomb;
        impl Trace for Bomb {
            fn trace(&self, _: &mut Tracer) {}
        }
        impl Drop for Bomb {
            fn drop(&mut self) {
                panic!("boom");
            }
        }
        let drops = Rc::new(StdCell::new(0));
        let mut arena = Arena::new();
        arena.alloc(Bomb, AllocFlags::default()).ok().unwrap();
        arena
            .alloc(Counted(drops.clone()), AllocFlags::default())
            .ok()
            .unwrap();
        arena.start_marking();
        let out = arena.sweep();
        assert_eq!((out.objects, out.drop_panics.len(), drops.get()), (2, 1, 1));
        assert_eq!(arena.objects(), 0);
    }

    #[test]
    fn verify_accepts_a_consistent_arena_and_names_a_planted_inconsistency() {
        let mut arena = Arena::new();
        let a = arena.alloc(1u64, AllocFlags::default()).ok().unwrap();
        let b = arena.alloc(2u64, AllocFlags::default()).ok().unwrap();
        arena.start_marking();
        arena.mark_edge(a).unwrap();
        arena.sweep();
        assert_eq!(arena.verify(), Ok(()));
        // A bit left on a freed cell, as a sweep that forgot one kind would leave it.
        arena.pages[b.page()].set(Bit::Watched, b.slot());
        let err = arena.verify().unwrap_err();
        assert!(err.contains("Watched set on a free cell"), "{err}");
        arena.pages[b.page()].clear(Bit::Watched, b.slot());
        // A mark bit claiming a free cell is allocated (A7).
        arena.unmarked[b.index() as usize / 64] |= 1 << (b.index() % 64);
        let err = arena.verify().unwrap_err();
        assert!(err.contains("a free cell is unmarked"), "{err}");
        arena.unmarked[b.index() as usize / 64] = 0;
        arena.bytes_in_use += 1;
        assert!(arena.verify().unwrap_err().starts_with("bytes_in_use"));
    }

    #[test]
    fn the_allocation_cursor_and_references_into_its_page_take_turns() {
        // The cursor keeps raw pointers into its page's cells, metadata and bitmaps across calls
        // that read and write the same arrays through references (A8, S1). Miri checks that
        // neither invalidates the other; the values and `verify` check nothing was misplaced.
        let mut arena = Arena::new();
        let mut handles = Vec::new();
        for i in 0..150u64 {
            let gc = arena.alloc(i, AllocFlags::default()).ok().unwrap();
            handles.push(gc);
            // Writes through references into the cursor's page, between cursor allocations.
            let first = arena.find(handles[0]).unwrap();
            *arena.get_mut::<u64>(first).unwrap() += 1;
            arena.set_bit(first, Bit::Watched, i % 2 == 0);
            arena.downgrade(arena.find(gc).unwrap());
            if i % 50 == 49 {
                // Another type in the same class: the slow path, a mixed page, then the cursor.
                let link = arena
                    .alloc(Link(Some(gc)), AllocFlags::default())
                    .ok()
                    .unwrap();
                handles.push(link);
            }
        }
        assert_eq!(arena.verify(), Ok(()));
        // Free every other object; the cursor is re-aimed over the holes.
        arena.start_marking();
        for gc in handles.iter().step_by(2) {
            arena.mark_edge(*gc);
        }
        arena.sweep();
        let survivors: Vec<GcAny> = handles.iter().step_by(2).copied().collect();
        let fresh: Vec<GcAny> = (1000..1075u64)
            .map(|i| arena.alloc(i, AllocFlags::default()).ok().unwrap())
            .collect();
        assert_eq!(arena.verify(), Ok(()));
        for gc in &fresh {
            let value = *arena.get::<u64>(arena.find(*gc).unwrap()).unwrap();
            assert!((1000..1075).contains(&value));
        }
        let first = arena.find(survivors[0]).unwrap();
        assert_eq!(*arena.get::<u64>(first).unwrap(), 150);
        for gc in &survivors[1..] {
            assert!(arena.find(*gc).is_some(), "{gc:?} survived its sweep");
        }
    }

    #[test]
    fn verify_names_a_cursor_that_disagrees_with_its_page() {
        let mut arena = Arena::new();
        let a = arena.alloc(1u64, AllocFlags::default()).ok().unwrap();
        let class = class_of(size_of::<u64>());
        assert_eq!(arena.verify(), Ok(()));
        // The cursor offering a cell that is allocated.
        let free = arena.classes[class].free;
        arena.classes[class].free |= 1 << a.slot();
        let err = arena.verify().unwrap_err();
        assert!(err.contains("offers an allocated or retired cell"), "{err}");
        arena.classes[class].free = free;
        // The cursor's pointers aimed at another word than the one it caches.
        arena.classes[class].meta = arena.classes[class].meta.wrapping_add(64);
        let err = arena.verify().unwrap_err();
        assert!(err.contains("pointers are not its page's word"), "{err}");
    }

    /// Two 8-byte types share the 16-byte class, so their cells share pages.
    struct Link(Option<GcAny>);
    impl Trace for Link {
        fn trace(&self, tracer: &mut Tracer) {
            if let Some(gc) = self.0 {
                tracer.edge_any(gc);
            }
        }
    }

    fn traced(arena: &Arena, gc: GcAny) -> Vec<GcAny> {
        let mut tracer = Tracer::new();
        arena.trace(arena.find(gc).unwrap(), &mut tracer);
        std::iter::from_fn(|| tracer.pop_edge()).collect()
    }

    #[test]
    fn page_types_go_uniform_then_mixed_and_reset_when_the_page_empties() {
        let mut arena = Arena::new();
        let a = arena.alloc(7u64, AllocFlags::default()).ok().unwrap();
        assert!(matches!(arena.pages[a.page()].types, PageTypes::Uniform(_)));
        let link = arena
            .alloc(Link(Some(a)), AllocFlags::default())
            .ok()
            .unwrap();
        assert_eq!(link.page(), a.page(), "same size class, same page");
        assert!(matches!(arena.pages[a.page()].types, PageTypes::Mixed(_)));
        // A mixed page dispatches through each cell's own type, the earlier cell's included.
        assert_eq!(arena.get::<u64>(arena.find(a).unwrap()), Some(&7));
        assert!(arena.get::<Link>(arena.find(a).unwrap()).is_none());
        assert_eq!(traced(&arena, link), vec![a]);
        assert!(traced(&arena, a).is_empty());
        assert_eq!(arena.verify(), Ok(()));
        arena.start_marking();
        arena.sweep(); // nothing marked: the page empties
        assert!(matches!(arena.pages[a.page()].types, PageTypes::Empty));
        let again = arena.alloc(Link(None), AllocFlags::default()).ok().unwrap();
        assert_eq!(again.page(), a.page());
        assert!(matches!(arena.pages[a.page()].types, PageTypes::Uniform(_)));
        assert_eq!(arena.verify(), Ok(()));
        // verify names a page that forgot its cells' type.
        arena.pages[a.page()].types = PageTypes::Empty;
        let err = arena.verify().unwrap_err();
        assert!(err.contains("allocated without a type"), "{err}");
        arena.pages[a.page()].types = PageTypes::Uniform(TypeInfo::of::<Link>());
    }

    #[test]
    fn marking_an_edge_needs_an_allocated_cell_and_ignores_the_generation() {
        let mut arena = Arena::new();
        let old = arena.alloc(1u64, AllocFlags::default()).ok().unwrap();
        arena.start_marking();
        arena.sweep();
        assert!(
            arena.mark_edge(old).is_none(),
            "a free cell is never marked"
        );
        let new = arena.alloc(2u64, AllocFlags::default()).ok().unwrap();
        assert_eq!(new.index(), old.index());
        arena.start_marking();
        // A stale handle (only a lying Trace can present one) marks the cell's occupant: it is kept,
        // and it is traced as what it is.
        let cell = arena.mark_edge(old).expect("the occupant is marked");
        assert_eq!(arena.get::<u64>(cell), Some(&2));
        assert!(arena.mark_edge(new).is_none(), "already marked");
        let out_of_range = GcAny::from_raw_parts(u32::MAX, std::num::NonZeroU32::MIN);
        assert!(arena.mark_edge(out_of_range).is_none());
    }

    #[test]
    fn a_sweep_voids_weak_handles_to_what_it_frees() {
        let mut arena = Arena::new();
        let a = arena.alloc(1u64, AllocFlags::default()).ok().unwrap();
        let weak = arena.downgrade(arena.find(a).unwrap());
        // No step 3 before this sweep: the sweep itself must void the weak handle.
        arena.start_marking();
        arena.sweep();
        let b = arena.alloc(2u64, AllocFlags::default()).ok().unwrap();
        assert_eq!(b.index(), a.index(), "the cell is reused");
        assert!(arena.upgrade(weak).is_none());
        let fresh = arena.downgrade(arena.find(b).unwrap());
        assert_eq!(arena.upgrade(fresh), Some(b));
    }

    /// Reports 7 extra bytes, or panics when asked if its flag says so; counts its drops.
    struct Buffered(Rc<StdCell<u32>>, bool);
    impl Trace for Buffered {
        fn trace(&self, _: &mut Tracer) {}
        fn extra_bytes(&self) -> usize {
            assert!(!self.1, "extra_bytes panics");
            7
        }
    }
    impl Drop for Buffered {
        fn drop(&mut self) {
            self.0.set(self.0.get() + 1);
        }
    }

    #[test]
    fn sweep_uncharges_extra_bytes_and_drops_even_when_asking_panics() {
        let drops = Rc::new(StdCell::new(0));
        let mut arena = Arena::new();
        let flags = AllocFlags {
            extra_bytes: 7,
            ..AllocFlags::default()
        };
        arena
            .alloc(Buffered(drops.clone(), false), flags)
            .ok()
            .unwrap();
        let cell = arena.bytes_in_use() - 7;
        assert_eq!(arena.verify(), Ok(()));
        arena.start_marking();
        let out = arena.sweep();
        assert_eq!((out.bytes, drops.get()), ((cell + 7) as u64, 1));
        assert_eq!(arena.bytes_in_use(), 0);
        // A panic while asking: the value is still dropped once and the panic reported; its bytes
        // stay counted (nothing says how many to take off).
        arena
            .alloc(Buffered(drops.clone(), true), flags)
            .ok()
            .unwrap();
        arena.start_marking();
        let out = arena.sweep();
        assert_eq!((out.drop_panics.len(), drops.get()), (1, 2));
        assert_eq!(arena.bytes_in_use(), 7);
    }

    #[test]
    fn many_objects_span_pages() {
        let mut arena = Arena::new();
        let n = if cfg!(miri) { 300 } else { 20_000 };
        let handles: Vec<_> = (0..n)
            .map(|i| arena.alloc(i as u64, AllocFlags::default()).ok().unwrap())
            .collect();
        assert!(arena.page_count() > 1 || cfg!(miri));
        for (i, h) in handles.iter().enumerate() {
            assert_eq!(arena.get::<u64>(arena.find(*h).unwrap()), Some(&(i as u64)));
        }
    }
}

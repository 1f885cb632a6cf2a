//! Cells in pages: allocation, checked access, per-cell bits, and freeing. The unsafe core.
//!
//! One file per concept, all under the invariants below (stated here once and cited by number):
//! `cursor` (the allocation cursor, A8), `alloc` (cells for new values), `access` (handles to
//! cells, typed and type-erased access, per-cell bits), `mark` (the mark bitmap and the
//! collector's per-cycle scratch), `sweep` (freeing, and the arena's `Drop`), `verify` (the debug
//! re-check of all of it).
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
//! - A1: a page's `data` points to `slots * cell_size` bytes aligned to `PAGE_ALIGN` (small pages;
//!   every class size is a multiple of `CELL_ALIGN`, so every small cell is `CELL_ALIGN`-aligned) or
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
//! - A7: a bit set in `unmarked` names an allocated cell (during a lazy sweep, one found dead and
//!   not yet freed). Bits are set only on allocated cells: by
//!   `start_marking` (a copy of the `Allocated` bitmaps; `start_marking_in_steps` and
//!   `copy_some_pages` make the same copy over several calls), by `alloc` while the barrier is `armed`
//!   (the new cell), and by the write barrier (`regray`, on a live cell); they are cleared only by
//!   marking, by `sweep` (each word's bits as it frees them; only sweep frees cells) and by
//!   abandoning a cycle. Relied on by `mark_edge`, which hands out such cells to be traced (A2)
//!   without reading their page.
//! - A8 (the allocation cursor): while a size class's `free` is nonzero, `current` is a small page
//!   of that class, `word < words` of it, the bits of `free` are cells of that word that are neither
//!   allocated nor retired, and the cursor's raw pointers point at that word's first cell
//!   (`cells`), its first metadata entry (`meta`) and its `Allocated` bitmap word (`allocated`),
//!   derived from the page's memory and `SideArray`s (S1), with `words` the page's bitmap stride;
//!   `uniform` and `armed_uniform`, when not null, describe (same `type_id`) every value
//!   allocated in the page (`PageTypes::Uniform`, A6). Set by `take_small_cell_slow` (the one
//!   place `free` becomes nonzero); ended by `sweep`, which zeroes every `free` (it may free
//!   cells and empty pages).
//!   Nothing else allocates in a small page or moves the memory those pointers name, and no
//!   reference made from that memory is live across an allocation (A5), so the pointers stay valid
//!   and the fast path reads no `Page` at all.
//! - A9 (per-page summaries): `rare` has one byte per page; if any cell of page `p` has a bit
//!   `b` with `rare_flag(b) != 0` set, `rare[p]` has that flag, and if `pages[p].waiting` is
//!   `Some`, `rare[p]` has `RARE_WAITING`. A flag may be set with no such bit (it is cleared only
//!   by a pass that has just seen the page's bitmap empty). Set by every writer of those bits:
//!   `set_bit`, `downgrade_known`, `downgrade`, `route_key`, `waiting_head` and `alloc` (finalizer
//!   types). Relied on by the passes that look for those bits (`clear_weak_of_unmarked`,
//!   `unmarked_with`, `clear_bit_everywhere`, `drop_waiting_heads`): they skip a page whose
//!   flag is clear, so an atomic phase costs O(pages with such cells), not O(pages) bitmap reads
//!   (docs/semantics.md, "Incremental cycle"). A safety matter only in that a missed weak
//!   clearing would let a weak handle upgrade to a found-dead object; `verify` checks A9.
//! - A10 (the free epoch): `epoch` is replaced by a value no arena has held (`fresh_epoch`)
//!   whenever a cell is freed (`sweep_page`, before it returns having freed any; `Drop for Arena`
//!   ends every use). So a cell that was allocated while `epoch` read E still holds the same value,
//!   at the same address (A1), of the same type (A2, A6), for as long as `epoch` still reads E.
//!   Relied on by `trace_prefetched`, which traces a cell by an address and a type taken earlier
//!   (`prefetch`), so the marker looks a page up once per object, not twice.

use std::any::Any;
use std::mem::{align_of, size_of};

use bumpalo::Bump;

use crate::handle::{GcAny, SLOT_BITS};
use crate::page::{Bit, Page};

mod access;
mod ages;
mod alloc;
mod cursor;
mod mark;
pub(crate) use mark::Prefetched;
mod sweep;
#[cfg(test)]
mod tests;
mod verify;

use cursor::SizeClass;

/// Bytes in a small-object page. 64 KiB keeps the per-page side arrays at most 4096 entries
/// (12 slot bits in a handle) for the smallest class.
pub(crate) const PAGE_BYTES: usize = 1 << 16;
/// Alignment of every small cell: the largest alignment a small object may ask for.
pub(crate) const CELL_ALIGN: usize = 16;
/// Alignment of a small page's memory: a cache line. With pages only `CELL_ALIGN`-aligned, half
/// of all 32-byte cells straddled two lines and the marker, which prefetches a cell's first line
/// only, missed on the second (docs/benchmarks.md, "Page alignment"). With it, every cell of a
/// class that divides 64 (16, 32, 64) sits in one line, and every larger class whose size is a
/// multiple of 64 starts on one.
pub(crate) const PAGE_ALIGN: usize = 64;
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

/// Per-object facts taken at allocation, from the value's `Trace` answers.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct AllocFlags {
    pub(crate) weak_allowed: bool,
    pub(crate) finalizer: bool,
    pub(crate) weak_table: bool,
    /// `Trace::needs_drop` said dropping the value does nothing: sweep only frees its cell, even
    /// if its type has drop glue.
    pub(crate) skip_drop: bool,
    /// `Trace::extra_bytes` for a value sweep will drop (0 otherwise): counted in `bytes_in_use`
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
    /// Freed objects that had side-table entries (`SideEntry`), as their handles were.
    pub(crate) side_entries_freed: Vec<GcAny>,
    /// Whether a freed object was a registered weak table (`WeakTable`).
    pub(crate) tables_freed: bool,
}

/// All cells of one heap.
pub(crate) struct Arena {
    pages: Vec<Page>,
    /// Whether the write barrier is armed: the mutator may create an edge from a marked (black)
    /// object to an unmarked (white) one, so `Heap::try_get_mut` and `alloc` must set flat bits
    /// (docs/semantics.md, "The barrier"). Beside `pages`, whose pointer `find` has just loaded, so
    /// the unarmed test costs one load from a line already in cache.
    armed: bool,
    /// Generational mode between collections: the barrier records old objects written (the
    /// remembered set: flat bit set, handle on `gray_again`); young ones need nothing.
    remembering: bool,
    /// `armed || remembering`: the one flag `get_mut` tests.
    barrier: bool,
    /// During a cycle, per cell: allocated when the cycle began and not marked since (so a cell is
    /// marked iff it is allocated and its bit is clear). Indexed by cell index (`page << SLOT_BITS |
    /// slot`): page `p` owns words `p * MARK_WORDS_PER_PAGE ..`. One flat array, so marking an edge
    /// is one test-and-clear computed from the handle alone, which also answers "is it allocated?":
    /// no page bookkeeping is read for an edge at all. Small (512 bytes per page), so it stays cached
    /// while cells stream through. All zero between cycles (sweep clears it); the write barrier and allocation set bits only while
    /// `armed` (A7).
    unmarked: Vec<u64>,
    /// Per page, which of the sparse bits may be set in it (A9): one byte per page, so a pass
    /// looking for them reads this array, not every page's bitmaps.
    rare: Vec<u8>,
    /// Cells allocated when marking began (`start_marking`) plus cells allocated white since:
    /// with the cycle's freed count, the marked count without a pass over every page.
    cycle_cells: u64,
    /// While an incremental cycle's start copies the `Allocated` bitmaps page by page
    /// (`start_marking_in_steps`): `Some(p)`, pages below `p` copied. `None` otherwise.
    starting: Option<usize>,
    classes: [SizeClass; CLASS_SIZES.len()],
    free_large: Vec<u32>,
    /// Pages that may hold young objects (generational mode, docs/semantics.md rule 6): every
    /// page the allocation slow path aimed a cursor at or took as a large page since the last
    /// minor, every cursor's page at that minor, and every page holding survivors. Each page at
    /// most once (`Page::in_young`).
    young_pages: Vec<u32>,
    /// During a minor collection, the pages it looks at (the young pages as it began): the passes
    /// over flat bits (weak clearing, selection, sweep) visit only these, since only young cells
    /// have their flat bit set. `None` otherwise (every page).
    scope: Option<Vec<u32>>,
    /// Objects the write barrier turned gray again since the collector last took them, each at
    /// most once per cycle (the barrier pushes only when it sets the object's flat bit).
    pub(crate) gray_again: Vec<GcAny>,
    bump: Bump,
    bytes_in_use: usize,
    /// Whether a lazy sweep is under way: flat bits then name found-dead cells (`sweep.rs`).
    sweeping: bool,
    /// The next page a lazy sweep frees.
    sweep_next: usize,
    /// Bytes sweep has freed, ever: with `bytes_in_use`, what was ever allocated (for pacing steps,
    /// without a counter on the allocation fast path).
    bytes_freed_total: u64,
    /// Replaced whenever a cell is freed (A10): what a `Prefetched` is checked against.
    epoch: u64,
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

/// A free epoch no arena in this process has held (A10): epochs are drawn from one counter, so a
/// `Prefetched` made by one heap, or before a sweep, never matches another heap's or a later
/// epoch. 2^64 draws do not wrap in any process's life.
fn fresh_epoch() -> u64 {
    static EPOCHS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    EPOCHS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
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
            armed: false,
            remembering: false,
            barrier: false,
            unmarked: Vec::new(),
            rare: Vec::new(),
            cycle_cells: 0,
            starting: None,
            classes: Default::default(),
            free_large: Vec::new(),
            gray_again: Vec::new(),
            young_pages: Vec::new(),
            scope: None,
            bump: Bump::new(),
            bytes_in_use: 0,
            sweeping: false,
            sweep_next: 0,
            bytes_freed_total: 0,
            epoch: fresh_epoch(),
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

    /// Bytes ever allocated and not given back by a resizable charge: `bytes_in_use` plus what
    /// sweeps freed. Only grows.
    #[inline]
    pub(crate) fn bytes_allocated_total(&self) -> u64 {
        self.bytes_in_use as u64 + self.bytes_freed_total
    }

    /// Live objects: a popcount of the allocated bitmaps, less found-dead cells during a lazy
    /// sweep. O(pages).
    pub(crate) fn objects(&self) -> usize {
        self.pages
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let unmarked = page_unmarked(&self.unmarked, i);
                (0..p.words as usize)
                    .map(|w| {
                        (p.word(Bit::Allocated, w) & !self.found_dead_word(unmarked, w))
                            .count_ones() as usize
                    })
                    .sum::<usize>()
            })
            .sum()
    }

    /// The found-dead cells of a word (its flat bits during a lazy sweep, none otherwise).
    #[inline]
    pub(crate) fn found_dead_word(&self, unmarked: &[u64], w: usize) -> u64 {
        if self.sweeping {
            unmarked[w]
        } else {
            0
        }
    }

    /// Pages the flat-bit passes visit: the minor's scope, or every page.
    #[inline]
    pub(crate) fn scope_len(&self) -> usize {
        self.scope.as_ref().map_or(self.pages.len(), |s| s.len())
    }

    /// The `i`th page of [`scope_len`](Self::scope_len)'s.
    #[inline]
    pub(crate) fn scope_page(&self, i: usize) -> usize {
        self.scope.as_ref().map_or(i, |s| s[i] as usize)
    }

    /// Number of pages.
    pub(crate) fn page_count(&self) -> usize {
        self.pages.len()
    }
}

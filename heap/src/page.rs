//! A page: the memory of its cells, each cell's metadata (generations, type) in a side array, and
//! the per-cell bits as bitmaps. Safe code only: the `arena` module owns the invariants on page memory.

use std::alloc::Layout;
use std::ptr::NonNull;

use crate::header::TypeInfo;
use crate::side_array::SideArray;

/// The class number of a large-object page (one cell, its own allocation).
pub(crate) const LARGE: u8 = u8::MAX;

/// The per-cell bits, each stored as a bitmap over a page's slots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bit {
    /// The cell holds a value (A2).
    Allocated,
    /// The value's type has drop glue and the value did not say dropping it does nothing
    /// (`Trace::needs_drop`): sweep must visit it.
    NeedsDrop,
    /// A weak handle was made to it since it was allocated or last cleared.
    WeaklyReferenced,
    /// Its finalizer has not yet been queued.
    Finalizer,
    /// Its finalizer has been queued: it can never be armed again.
    Finalized,
    /// Weak reference objects are registered on it (`Heap::watch`).
    Watched,
    /// It prunes weak entries each cycle (`Trace::has_weak_entries`).
    WeakTable,
    /// Never allocate here again: past the page's end, or its generation is exhausted.
    Retired,
    /// Collector scratch: ephemeron values wait on this object as their key, this cycle.
    EphemeronKey,
    /// `Trace::weakref_allowed` said no when last asked: the next weak reference asks again. Clear
    /// (the common case, written by no allocation) means the answer was yes and is remembered.
    WeakRefused,
    /// Generational mode: it survived `promote_after` minors, or a full or major cycle (its
    /// sticky mark: minors never unmark it). Clear in the other modes.
    Old,
    /// Generational mode, `promote_after = 2`: a young object that survived one minor.
    Survivor,
    /// It has (or had) an entry in the heap's `resizable` or `finalizer_fns` side table: the
    /// sweep that frees it removes the entry (so a minor's sweep costs nothing per side-table
    /// entry of objects it does not free).
    SideEntry,
    /// It holds references only to release them in an order (`Heap::note_released`): when it
    /// dies with other garbage, the other dead referrers of its items order them first.
    ReleaseHolder,
}
pub(crate) const BIT_KINDS: usize = 14;

/// The flag of `bit` in `Arena::rare` (A9 in `arena/mod.rs`), or 0 for a bit the arena does
/// not summarise per page. These are the bits the atomic phase and `begin` look for in every
/// page (weak clearing, finalizer and callback selection, ephemeron scratch), and that few cells
/// carry: a page whose flag is clear is skipped without reading its bitmaps.
#[inline(always)]
pub(crate) const fn rare_flag(bit: Bit) -> u8 {
    match bit {
        Bit::WeaklyReferenced => 1,
        Bit::Finalizer => 2,
        Bit::Watched => 4,
        Bit::ReleaseHolder => 8,
        Bit::EphemeronKey => 16,
        _ => 0,
    }
}

/// `Arena::rare`'s flag for a page whose `waiting` is `Some` (A9).
pub(crate) const RARE_WAITING: u8 = 32;

/// The bits that describe a cell's occupant, besides `Allocated`: each lies within `Allocated`
/// (`Arena::verify` checks it) and is cleared when the occupant is freed (sweep). Every `Bit`
/// is one of these, `Allocated` or `Retired` (a unit test counts them).
pub(crate) const OCCUPANT_BITS: [Bit; BIT_KINDS - 2] = [
    Bit::NeedsDrop,
    Bit::WeaklyReferenced,
    Bit::Finalizer,
    Bit::Finalized,
    Bit::Watched,
    Bit::WeakTable,
    Bit::EphemeronKey,
    Bit::WeakRefused,
    Bit::Old,
    Bit::Survivor,
    Bit::SideEntry,
    Bit::ReleaseHolder,
];

/// Which types a page's allocated cells hold (A2 and A6 in `arena/mod.rs`). Most pages hold one type,
/// recorded once for the page: no per-cell type word to write at allocation or to read while
/// marking. Only a page that has held two types at once keeps one per cell.
pub(crate) enum PageTypes {
    /// No cell is allocated.
    Empty,
    /// Every allocated cell holds a value of this type.
    Uniform(&'static TypeInfo),
    /// Per cell: the type of its value while it is allocated (stale otherwise).
    Mixed(Box<[Option<&'static TypeInfo>]>),
}

/// What a page records about one cell besides its bits and type: 8 bytes.
#[derive(Clone, Copy)]
pub(crate) struct CellMeta {
    /// Bumped by each allocation in the cell (A4); the heap's generation base before the first.
    pub(crate) gen: u32,
    /// Bumped each time weak handles to the cell's occupant are cleared (step 3, or the sweep that
    /// frees a weakly referenced occupant); starts one past the heap's generation base, so weak
    /// handles are never zero.
    pub(crate) weak_gen: u32,
}

impl CellMeta {
    /// A cell that has never held an object, in a heap whose generations start past `base`
    /// (`base < 2^31`, see `Arena::gen_base`).
    pub(crate) const fn fresh(base: u32) -> CellMeta {
        CellMeta {
            gen: base,
            weak_gen: base + 1,
        }
    }
}

/// One page: its memory, its cells' metadata and their bits.
///
/// Laid out by hand (`repr(C)`, 128 bytes, aligned to a cache line) so that what marking reads
/// for every object it traces (`types`, `data`, `cell_size`) is in one line of the page table.
/// A unit test pins the size.
#[repr(C, align(64))]
pub(crate) struct Page {
    pub(crate) types: PageTypes,
    pub(crate) data: NonNull<u8>,
    pub(crate) cell_size: u32,
    pub(crate) slots: u32,
    /// Layout of the large object's memory while it holds one.
    pub(crate) large: Option<Layout>,
    /// At least the number of increments any one cell's `gen` or `weak_gen` has had: cells handed to
    /// the allocator plus weak clearings. While it is below `u32::MAX - 64 - gen_base`, no counter
    /// in the page can be about to wrap, so refilling needs no per-cell check (A4).
    pub(crate) counter_bumps: u64,
    /// Collector scratch while marking: per cell, the head of the list of ephemeron values waiting
    /// for it as their key (0 for none; the collector owns the encoding). Allocated when a key of
    /// this page first waits, dropped when marking ends, so it costs nothing between cycles.
    pub(crate) waiting: Option<Box<[u32]>>,
    /// Per cell: its generations. A `SideArray` (not a `Box`) because the allocation cursor keeps
    /// pointers into it (A8 in `arena/mod.rs`).
    pub(crate) meta: SideArray<CellMeta>,
    /// `BIT_KINDS` bitmaps of `words` words each, one after another (kind-major), each one dense.
    /// (Mark bits live in the arena's one flat bitmap for all pages, `Arena::unmarked`.) A
    /// `SideArray` for the same reason as `meta`.
    pub(crate) bits: SideArray<u64>,
    pub(crate) words: u32,
    /// The heap's generation base (A4 in `arena/mod.rs`), the same in every page of a heap.
    pub(crate) gen_base: u32,
    pub(crate) class: u8,
    pub(crate) in_partial: bool,
    /// Listed in `Arena::young_pages` (generational mode: it may hold young objects).
    pub(crate) in_young: bool,
}

impl Page {
    pub(crate) fn new(
        data: NonNull<u8>,
        cell_size: u32,
        slots: u32,
        class: u8,
        gen_base: u32,
    ) -> Page {
        let words = slots.div_ceil(64);
        let mut page = Page {
            data,
            cell_size,
            slots,
            class,
            large: None,
            words,
            in_partial: false,
            in_young: false,
            types: PageTypes::Empty,
            counter_bumps: 0,
            gen_base,
            waiting: None,
            meta: SideArray::new(CellMeta::fresh(gen_base), slots as usize),
            bits: SideArray::new(0, BIT_KINDS * words as usize),
        };
        for slot in slots..words * 64 {
            page.set(Bit::Retired, slot as usize);
        }
        page
    }

    #[inline]
    pub(crate) fn word(&self, bit: Bit, w: usize) -> u64 {
        self.bits[bit as usize * self.words as usize + w]
    }

    #[inline]
    pub(crate) fn word_mut(&mut self, bit: Bit, w: usize) -> &mut u64 {
        &mut self.bits[bit as usize * self.words as usize + w]
    }

    #[inline]
    pub(crate) fn get(&self, bit: Bit, slot: usize) -> bool {
        self.word(bit, slot / 64) & (1 << (slot % 64)) != 0
    }

    #[inline]
    pub(crate) fn set(&mut self, bit: Bit, slot: usize) {
        *self.word_mut(bit, slot / 64) |= 1 << (slot % 64);
    }

    #[inline]
    pub(crate) fn clear(&mut self, bit: Bit, slot: usize) {
        *self.word_mut(bit, slot / 64) &= !(1 << (slot % 64));
    }

    pub(crate) fn clear_all(&mut self, bit: Bit) {
        let words = self.words as usize;
        self.bits[bit as usize * words..][..words].fill(0);
    }

    /// The type of the value in `slot`, if the page records one (A2: it does for allocated cells).
    #[inline]
    pub(crate) fn cell_type(&self, slot: usize) -> Option<&'static TypeInfo> {
        match &self.types {
            PageTypes::Empty => None,
            PageTypes::Uniform(info) => Some(info),
            PageTypes::Mixed(infos) => infos[slot],
        }
    }

    /// Records that `slot` is about to hold a value of type `info` (A2, A6).
    #[inline]
    pub(crate) fn record_type(&mut self, slot: usize, info: &'static TypeInfo) {
        // The common case, kept small for the allocation fast path.
        if let PageTypes::Uniform(t) = self.types {
            if std::ptr::eq(t, info) {
                return;
            }
        }
        self.record_type_slow(slot, info)
    }

    #[cold]
    #[inline(never)]
    fn record_type_slow(&mut self, slot: usize, info: &'static TypeInfo) {
        match &mut self.types {
            PageTypes::Uniform(t) if std::ptr::eq(*t, info) || t.type_id == info.type_id => {}
            PageTypes::Empty => self.types = PageTypes::Uniform(info),
            PageTypes::Mixed(infos) => infos[slot] = Some(info),
            PageTypes::Uniform(t) => {
                let uniform = *t;
                self.become_mixed(uniform, slot, info)
            }
        }
    }

    /// A second type arrives: every allocated cell gets the page's one type written down.
    fn become_mixed(&mut self, uniform: &'static TypeInfo, slot: usize, info: &'static TypeInfo) {
        let mut infos = vec![None; self.slots as usize].into_boxed_slice();
        for w in 0..self.words as usize {
            let mut cells = self.word(Bit::Allocated, w);
            while cells != 0 {
                infos[w * 64 + cells.trailing_zeros() as usize] = Some(uniform);
                cells &= cells - 1;
            }
        }
        infos[slot] = Some(info);
        self.types = PageTypes::Mixed(infos);
    }

    /// Makes every weak handle made so far to the cell's occupant stop upgrading. A live object's
    /// weak generation may in principle wrap after 2^32 voidings (each needs a finalizer to resurrect
    /// it); 0 is skipped so handles stay nonzero, and memory safety rests on A2's type check, not on
    /// this counter.
    pub(crate) fn void_weak_handles(&mut self, slot: usize) {
        let meta = &mut self.meta[slot];
        meta.weak_gen = meta.weak_gen.checked_add(1).unwrap_or(1);
        self.counter_bumps += 1;
    }

    #[inline]
    pub(crate) fn cell_ptr(&self, slot: usize) -> *mut u8 {
        // In bounds of the page's memory by A1 when slot < slots; wrapping_add keeps this safe code.
        self.data
            .as_ptr()
            .wrapping_add(slot * self.cell_size as usize)
    }
}

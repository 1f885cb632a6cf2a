//! The allocation cursor of each size class (A8): where the next small allocation goes, cached as
//! raw pointers so the fast path reads no `Page`.

use crate::handle::SLOT_BITS;
use crate::header::TypeInfo;
use crate::page::{Bit, CellMeta, Page};

use super::NO_PAGE;

/// Per size class: where the next allocation goes, and the cursor that lets it go there without
/// reading the page (A8).
///
/// The fast path takes the lowest bit of `free`, a cached copy of the free cells of word `word` of
/// page `current`, and writes through the cursor's pointers; only when `free` is empty (or the value
/// is not of the page's one type) does `take_small_cell_slow` look at pages.
pub(super) struct SizeClass {
    /// Free, unretired cells of word `word` of `current` not yet handed out. Nonzero only while the
    /// cursor below is valid (A8).
    pub(super) free: u64,
    /// The type every value in `current` has, if it has one: a value of another type takes the
    /// slow path.
    pub(super) uniform: Option<&'static TypeInfo>,
    /// What `uniform` would be if the barrier were not armed (arming clears `uniform` to send
    /// allocation to the slow path, A8): the slow path's own quick case for white allocation.
    pub(super) armed_uniform: Option<&'static TypeInfo>,
    /// First cell of word `word` of `current`.
    pub(super) cells: *mut u8,
    /// Metadata entry of that cell.
    pub(super) meta: *mut CellMeta,
    /// `Allocated` bitmap word `word` of `current`; the word of bit kind `k` is `words * k` further.
    pub(super) allocated: *mut u64,
    /// `current`'s bitmap stride (`Page::words`).
    pub(super) words: usize,
    /// Cell index of `cells`: `current << SLOT_BITS | word * 64`.
    pub(super) first_index: u32,
    /// [`NO_PAGE`] when there is none.
    pub(super) current: u32,
    /// The word of `current` that `free` caches; the next word to scan is `word + 1`.
    pub(super) word: u32,
    /// Pages of this class with free cells, other than `current`.
    pub(super) partial: Vec<u32>,
}

impl Default for SizeClass {
    fn default() -> SizeClass {
        SizeClass {
            free: 0,
            uniform: None,
            armed_uniform: None,
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
    pub(super) fn take_from_cursor(&mut self, cell_size: usize) -> CellTarget {
        let bit = self.free.trailing_zeros();
        self.free &= self.free - 1;
        self.target(bit, cell_size)
    }

    /// Where cell `bit` of the cursor's word lives (pointer arithmetic only; A8 makes it valid).
    #[inline(always)]
    pub(super) fn target(&self, bit: u32, cell_size: usize) -> CellTarget {
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
    pub(super) fn aim(&mut self, page: &Page, p: u32) {
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
pub(super) struct CellTarget {
    pub(super) cell: *mut u8,
    pub(super) meta: *mut CellMeta,
    /// The cell's `Allocated` bitmap word.
    pub(super) allocated: *mut u64,
    /// Stride between bit kinds' words.
    pub(super) words: usize,
    /// The cell's bit in those words.
    pub(super) bit: u32,
    /// The cell index for its handle.
    pub(super) index: u32,
    pub(super) cell_size: usize,
}

impl CellTarget {
    /// The cell's word of bit kind `kind`.
    #[inline(always)]
    pub(super) fn word(&self, kind: Bit) -> *mut u64 {
        self.allocated
            .wrapping_add((kind as usize - Bit::Allocated as usize) * self.words)
    }
}

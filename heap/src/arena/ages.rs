//! Generational mode's ages (docs/semantics.md, "Generational mode"): the `Old` and `Survivor`
//! bits, the barrier's remembering flag, and what a minor collection does to the flat bitmap.
//!
//! Young is `Allocated & !Old`: allocation writes no age bit, so the allocation fast path is the
//! same in every mode. A set `Old` bit is an object's sticky mark: a minor never unmarks it, so
//! it never frees it.

use crate::handle::GcAny;
use crate::page::Bit;

use super::{Arena, MARK_WORDS_PER_PAGE};

impl Arena {
    /// Whether `get_mut` and `Heap::write_barrier` take the barrier's slow path.
    #[inline]
    pub(crate) fn barrier_on(&self) -> bool {
        self.barrier
    }

    /// Turns the remembered-set barrier on or off: while on (generational mode between
    /// collections), the barrier records old objects written.
    pub(crate) fn set_remembering(&mut self, on: bool) {
        self.remembering = on;
        self.barrier = self.armed || self.remembering;
    }

    /// Starts a minor collection's marking: the flat bit of every young cell is set, every other
    /// one cleared (the remembered objects' bits: the caller has taken them from `gray_again`, to
    /// trace them as roots). Old cells then count as marked. O(pages).
    pub(crate) fn start_minor(&mut self) {
        for (p, page) in self.pages.iter().enumerate() {
            let words = &mut self.unmarked[p * MARK_WORDS_PER_PAGE..][..MARK_WORDS_PER_PAGE];
            for (w, word) in words.iter_mut().enumerate() {
                *word = if w < page.words as usize {
                    page.word(Bit::Allocated, w) & !page.word(Bit::Old, w)
                } else {
                    0
                };
            }
        }
    }

    /// Ages the survivors of a minor (after its sweep, so every young cell left survived it).
    /// With `promote_after` 1 every young cell becomes old; with 2 (or more) a survivor becomes
    /// old and a new cell a survivor. Returns the number promoted and, when `handles` is asked
    /// for, their handles (the next minor's `carry`). O(pages + promoted).
    pub(crate) fn promote(&mut self, promote_after: u8, handles: bool) -> (u64, Vec<GcAny>) {
        let handles = if handles && promote_after >= 2 {
            self.handles_where(|page, _, w| page.word(Bit::Survivor, w))
        } else {
            Vec::new()
        };
        let mut promoted = 0u64;
        for page in &mut self.pages {
            for w in 0..page.words as usize {
                let young = page.word(Bit::Allocated, w) & !page.word(Bit::Old, w);
                let now_old = if promote_after >= 2 {
                    young & page.word(Bit::Survivor, w)
                } else {
                    young
                };
                promoted += now_old.count_ones() as u64;
                *page.word_mut(Bit::Old, w) |= now_old;
                *page.word_mut(Bit::Survivor, w) = young & !now_old;
            }
        }
        (promoted, handles)
    }

    /// Makes every allocated cell old (after a full or major cycle, or when entering generational
    /// mode or abandoning a collection in it). O(pages).
    pub(crate) fn promote_all(&mut self) {
        for page in &mut self.pages {
            for w in 0..page.words as usize {
                *page.word_mut(Bit::Old, w) = page.word(Bit::Allocated, w);
                *page.word_mut(Bit::Survivor, w) = 0;
            }
        }
    }

    /// Clears every age bit (leaving generational mode). O(pages).
    pub(crate) fn clear_ages(&mut self) {
        self.clear_bit_everywhere(Bit::Old);
        self.clear_bit_everywhere(Bit::Survivor);
    }

    /// Allocated cells that are not old. O(pages).
    pub(crate) fn young_count(&self) -> usize {
        self.pages
            .iter()
            .map(|page| {
                (0..page.words as usize)
                    .map(|w| {
                        (page.word(Bit::Allocated, w) & !page.word(Bit::Old, w)).count_ones()
                            as usize
                    })
                    .sum::<usize>()
            })
            .sum()
    }

    /// Bytes of the cells of old objects (what majors are paced by). O(pages).
    pub(crate) fn old_bytes(&self) -> usize {
        self.pages
            .iter()
            .map(|page| {
                let cells: u32 = (0..page.words as usize)
                    .map(|w| (page.word(Bit::Allocated, w) & page.word(Bit::Old, w)).count_ones())
                    .sum();
                cells as usize * page.cell_size as usize
            })
            .sum()
    }

    /// Every old object, in cell order.
    pub(crate) fn old_handles(&self) -> Vec<GcAny> {
        self.handles_where(|page, _, w| page.word(Bit::Old, w))
    }
}

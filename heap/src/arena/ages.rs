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

    /// Lists page `p` as young (the allocation slow path aims a cursor at it or takes it as a
    /// large page).
    #[inline]
    pub(super) fn note_young_page(&mut self, p: u32) {
        let page = &mut self.pages[p as usize];
        if !page.in_young {
            page.in_young = true;
            self.young_pages.push(p);
        }
    }

    /// Lists every cursor's page as young: allocation goes on there without the slow path.
    fn note_cursor_pages(&mut self) {
        for c in 0..self.classes.len() {
            let current = self.classes[c].current;
            if current != super::NO_PAGE {
                self.note_young_page(current);
            }
        }
    }

    /// Starts a minor collection's marking: the flat bit of every young cell is set, every other
    /// one cleared, and the young pages become the minor's scope. `remembered` are the objects
    /// whose flat bits the barrier set (the caller took them from `gray_again`, to trace them as
    /// roots): their bits are cleared. Old cells then count as marked. O(young pages +
    /// remembered).
    pub(crate) fn start_minor(&mut self, remembered: &[GcAny]) {
        for gc in remembered {
            let index = gc.index() as usize;
            if let Some(w) = self.unmarked.get_mut(index / 64) {
                *w &= !(1u64 << (index % 64));
            }
        }
        self.note_cursor_pages();
        let mut scope = std::mem::take(&mut self.young_pages);
        // In page order, so the dead are listed in cell order (finalizer order, DESIGN step 4).
        scope.sort_unstable();
        for &p in &scope {
            let p = p as usize;
            let page = &mut self.pages[p];
            page.in_young = false;
            page.clear_all(Bit::EphemeronKey);
            let words = &mut self.unmarked[p * MARK_WORDS_PER_PAGE..][..page.words as usize];
            for (w, word) in words.iter_mut().enumerate() {
                *word = page.word(Bit::Allocated, w) & !page.word(Bit::Old, w);
            }
        }
        self.scope = Some(scope);
    }

    /// Ages the survivors of a minor (after its sweep, so every young cell left survived it) and
    /// ends its scope. With `promote_after` 1 every young cell becomes old; with 2 (or more) a
    /// survivor becomes old and a new cell a survivor. Pages left holding survivors stay young.
    /// Returns the number promoted, their bytes and (with `promote_after` 2) their handles, the
    /// next minor's `carry`. O(young pages + promoted).
    pub(crate) fn promote(&mut self, promote_after: u8) -> (u64, usize, Vec<GcAny>) {
        let handles = if promote_after >= 2 {
            self.scoped_handles_where(|page, _, w| page.word(Bit::Survivor, w))
        } else {
            Vec::new()
        };
        let scope = self.scope.take().unwrap_or_default();
        let mut promoted = 0u64;
        let mut bytes = 0usize;
        for p in scope {
            let page = &mut self.pages[p as usize];
            let mut survivors = 0u64;
            let mut here = 0u32;
            for w in 0..page.words as usize {
                let young = page.word(Bit::Allocated, w) & !page.word(Bit::Old, w);
                let now_old = if promote_after >= 2 {
                    young & page.word(Bit::Survivor, w)
                } else {
                    young
                };
                here += now_old.count_ones();
                *page.word_mut(Bit::Old, w) |= now_old;
                let still_young = young & !now_old;
                *page.word_mut(Bit::Survivor, w) = still_young;
                survivors |= still_young;
            }
            promoted += here as u64;
            bytes += here as usize * page.cell_size as usize;
            if survivors != 0 {
                self.note_young_page(p);
            }
        }
        self.note_cursor_pages();
        (promoted, bytes, handles)
    }

    /// Makes every allocated cell old (after a full or major cycle, or when entering generational
    /// mode or abandoning a collection in it). O(pages).
    pub(crate) fn promote_all(&mut self) {
        self.scope = None;
        for page in &mut self.pages {
            page.in_young = false;
            for w in 0..page.words as usize {
                *page.word_mut(Bit::Old, w) = page.word(Bit::Allocated, w);
                *page.word_mut(Bit::Survivor, w) = 0;
            }
        }
        self.young_pages.clear();
        self.note_cursor_pages();
    }

    /// Whether every young cell lies on a listed young page or a cursor's page (for `verify`).
    pub(crate) fn young_pages_cover_young_cells(&self) -> Result<(), String> {
        let cursor_pages: Vec<u32> = self.classes.iter().map(|c| c.current).collect();
        for (p, page) in self.pages.iter().enumerate() {
            let listed = page.in_young && self.young_pages.contains(&(p as u32));
            if listed || cursor_pages.contains(&(p as u32)) {
                continue;
            }
            if (0..page.words as usize)
                .any(|w| page.word(Bit::Allocated, w) & !page.word(Bit::Old, w) != 0)
            {
                return Err(format!(
                    "page {p} holds young objects but is not a young page"
                ));
            }
        }
        Ok(())
    }

    /// Clears every age bit (leaving generational mode). O(pages).
    pub(crate) fn clear_ages(&mut self) {
        self.clear_bit_everywhere(Bit::Old);
        self.clear_bit_everywhere(Bit::Survivor);
    }

    /// Whether any cell is old or a survivor. O(pages).
    pub(crate) fn has_age_bits(&self) -> bool {
        self.pages.iter().any(|page| {
            (0..page.words as usize)
                .any(|w| page.word(Bit::Old, w) | page.word(Bit::Survivor, w) != 0)
        })
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

//! Freeing: the sweep (DESIGN step 6) and the arena's `Drop`, which share one drop loop.

use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr::NonNull;

use crate::page::{Bit, Page, PageTypes, LARGE, OCCUPANT_BITS};

use super::{Arena, SweepOutcome, MARK_WORDS_PER_PAGE};

impl Arena {
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
                let drops = dead & page.word(Bit::NeedsDrop, w);
                *page.word_mut(Bit::Allocated, w) &= !dead;
                for bit in OCCUPANT_BITS {
                    *page.word_mut(bit, w) &= !dead;
                }
                // SAFETY: `drops` are cells of word `w` that held values until their `Allocated`
                // bits were cleared just above (A2), so `drop_values`' one precondition holds.
                extra_freed += unsafe { drop_values(page, w, drops, &mut out.drop_panics) };
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
}

impl Drop for Arena {
    /// Drops every live value exactly once; runs no finalizers. A panicking `Drop` does not stop the
    /// others; the first panic is resumed at the end unless we are already unwinding.
    fn drop(&mut self) {
        let mut panics = Vec::new();
        for page in &mut self.pages {
            for w in 0..page.words as usize {
                let alive = page.word(Bit::Allocated, w);
                *page.word_mut(Bit::Allocated, w) = 0;
                let drops = alive & page.word(Bit::NeedsDrop, w);
                // SAFETY: `drops` are cells of word `w` that held values until their `Allocated`
                // bits were cleared just above (A2), so `drop_values`' one precondition holds.
                unsafe { drop_values(page, w, drops, &mut panics) };
            }
            if let Some(layout) = page.large.take() {
                // SAFETY: A1: allocated with `layout`; its value (if any) was dropped above.
                unsafe { std::alloc::dealloc(page.data.as_ptr(), layout) };
            }
        }
        if let Some(payload) = panics.into_iter().next() {
            if !std::thread::panicking() {
                std::panic::resume_unwind(payload);
            }
        }
    }
}

/// Drops the values of the cells `drops` (bits of word `w`) of `page`, catching each panic into
/// `panics`; returns the bytes the values reported owning outside their cells
/// (`Trace::extra_bytes`, asked as they are dropped). The one drop loop of sweep and `Drop`.
///
/// # Safety
/// 1. Each cell `drops` names held an initialised value of the type its page records for it, and
///    its `Allocated` bit has already been cleared, so nothing else will drop it (A2; both
///    callers clear the bits just before).
unsafe fn drop_values(
    page: &Page,
    w: usize,
    mut drops: u64,
    panics: &mut Vec<Box<dyn Any + Send>>,
) -> usize {
    let mut extra = 0;
    while drops != 0 {
        let slot = w * 64 + drops.trailing_zeros() as usize;
        drops &= drops - 1;
        let info = page
            .cell_type(slot)
            .expect("allocated cells have a type (A2)");
        let ptr = page.cell_ptr(slot);
        let result = catch_unwind(AssertUnwindSafe(|| {
            // SAFETY: precondition 1 (the cell held a value of `info`'s type, and no one else
            // drops it); H1: `drop_counting` drops exactly that type; A5: user code cannot reach
            // the arena.
            unsafe { (info.drop_counting)(ptr) }
        }));
        match result {
            Ok(bytes) => extra += bytes,
            Err(payload) => panics.push(payload),
        }
    }
    extra
}

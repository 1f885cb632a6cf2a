//! Freeing: the sweep (DESIGN step 6) and the arena's `Drop`.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr::NonNull;

use crate::page::{Bit, PageTypes, LARGE};

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

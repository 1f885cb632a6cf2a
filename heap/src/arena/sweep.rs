//! Freeing: the sweep (DESIGN step 6) and the arena's `Drop`, which share one drop loop.

use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr::NonNull;

use crate::handle::GcAny;
use crate::page::{Bit, Page, PageTypes, LARGE, OCCUPANT_BITS};

use super::{Arena, SweepOutcome, MARK_WORDS_PER_PAGE};

impl Arena {
    /// DESIGN step 6 all at once: drops and frees every allocated, unmarked cell. Panics from
    /// `Drop` are caught and returned; every dead cell is freed regardless. O(pages + cells
    /// needing drop).
    #[cfg(test)]
    pub(crate) fn sweep(&mut self) -> SweepOutcome {
        self.start_sweep();
        let mut out = SweepOutcome::default();
        self.sweep_pages(u64::MAX, &mut out);
        out
    }

    /// Begins a lazy sweep: from now until the last page is swept, an allocated cell whose flat
    /// bit is set is *found dead* (`is_found_dead`): the queries treat it as freed, and the
    /// allocator, which takes only cells that are not `Allocated`, leaves it alone. The barrier
    /// must be unarmed (allocation must leave new cells' bits clear, A7).
    pub(crate) fn start_sweep(&mut self) {
        debug_assert!(!self.armed, "sweeping with the barrier armed");
        self.sweeping = true;
        self.sweep_next = 0;
    }

    /// Whether a lazy sweep is under way (`start_sweep` until the last page is swept).
    #[inline]
    pub(crate) fn is_sweeping(&self) -> bool {
        self.sweeping
    }

    /// Sweeps pages in page order until about `budget` units of work are done (a unit: a bitmap
    /// word looked at, or a value dropped) or every page is swept; adds what was freed to `out`.
    /// Returns the work done; [`is_sweeping`](Self::is_sweeping) is false once the last page is
    /// swept. Pages added after `start_sweep` hold no found-dead cells (their flat bits are
    /// clear), and are swept for nothing.
    pub(crate) fn sweep_pages(&mut self, budget: u64, out: &mut SweepOutcome) -> u64 {
        let mut work = 0u64;
        while self.sweeping && work < budget {
            let i = self.sweep_next;
            if i >= self.scope_len() {
                self.sweeping = false;
                break;
            }
            self.sweep_next += 1;
            work += self.sweep_page(self.scope_page(i), out);
        }
        if self.sweep_next >= self.scope_len() {
            self.sweeping = false;
        }
        work
    }

    /// Frees page `p`'s found-dead cells (`Allocated` and flat bit set), clearing the page's flat
    /// bits. Returns the work done (words looked at plus values dropped).
    fn sweep_page(&mut self, p: usize, out: &mut SweepOutcome) -> u64 {
        let page = &mut self.pages[p];
        let unmarked = &mut self.unmarked[p * MARK_WORDS_PER_PAGE..][..page.words as usize];
        let mut work = page.words as u64;
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
            // Side-table entries of the dead, for the caller to remove (before their bits go).
            let mut side = dead & page.word(Bit::SideEntry, w);
            while side != 0 {
                let slot = w * 64 + side.trailing_zeros() as usize;
                side &= side - 1;
                let gen = std::num::NonZeroU32::new(page.meta[slot].gen).expect("allocated");
                out.side_entries_freed.push(GcAny::from_raw_parts(
                    ((p as u32) << crate::handle::SLOT_BITS) | slot as u32,
                    gen,
                ));
            }
            out.tables_freed |= dead & page.word(Bit::WeakTable, w) != 0;
            // Clear first: a cell is never both "allocated" and dropped (A2), even if Drop panics.
            let drops = dead & page.word(Bit::NeedsDrop, w);
            *page.word_mut(Bit::Allocated, w) &= !dead;
            for bit in OCCUPANT_BITS {
                *page.word_mut(bit, w) &= !dead;
            }
            work += drops.count_ones() as u64;
            // SAFETY: `drops` are cells of word `w` that held values until their `Allocated`
            // bits were cleared just above (A2), so `drop_values`' one precondition holds.
            extra_freed += unsafe { drop_values(page, w, drops, &mut out.drop_panics) };
            freed_here += dead.count_ones();
        }
        if freed_here == 0 {
            return work;
        }
        self.epoch = super::fresh_epoch(); // A10
        let page = &mut self.pages[p];
        if (0..page.words as usize).all(|w| page.word(Bit::Allocated, w) == 0) {
            page.types = PageTypes::Empty; // A6
        }
        let bytes = freed_here as u64 * page.cell_size as u64 + extra_freed as u64;
        out.objects += freed_here as u64;
        out.bytes += bytes;
        self.bytes_in_use -= bytes as usize;
        self.bytes_freed_total += bytes;
        if page.class == LARGE {
            if let Some(layout) = page.large.take() {
                // SAFETY: A1: the page's memory was allocated with `layout` and its only cell was
                // just freed (its value dropped above, if it had drop glue).
                unsafe { std::alloc::dealloc(page.data.as_ptr(), layout) };
                page.data = NonNull::dangling();
            }
            self.free_large.push(p as u32);
            return work;
        }
        let class = &mut self.classes[page.class as usize];
        if class.current == p as u32 {
            // A8 ends here for this class: the page may now be `Empty` under the cursor's
            // `uniform`, and cells freed behind the cursor's word are found by a rescan.
            class.word = u32::MAX;
            class.free = 0;
        } else if !page.in_partial {
            page.in_partial = true;
            class.partial.push(p as u32);
        }
        work
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

//! `Arena::verify`: the debug re-check of the invariants after each collection.

use crate::page::{rare_flag, Bit, PageTypes, LARGE, OCCUPANT_BITS, RARE_WAITING};

use super::cursor::SizeClass;
use super::{page_unmarked, Arena, Cell, MARK_WORDS_PER_PAGE};

impl Arena {
    /// Checks the arena's bookkeeping: every per-cell bit lies within `Allocated` (and outside
    /// `Retired`), allocated cells have a type and nonzero generations, `NeedsDrop` only on a type
    /// with drop glue, no finalizer is both armed and spent, large pages hold memory while allocated, and
    /// `bytes_in_use` is the sum of allocated cells and the extra bytes their values report (which
    /// calls `Trace::extra_bytes` on each value flagged `NeedsDrop`). O(pages + allocated cells).
    pub(crate) fn verify(&self) -> Result<(), String> {
        let mut bytes = 0usize;
        if self.remembering {
            // Invariant R's bookkeeping: a flat bit set between minors names an old object in the
            // remembered set (`gray_again`).
            let remembered: std::collections::HashSet<u32> =
                self.gray_again.iter().map(|gc| gc.index()).collect();
            if let Some(gc) = self
                .unmarked_handles()
                .into_iter()
                .find(|gc| !remembered.contains(&gc.index()))
            {
                return Err(format!(
                    "{gc:?} has its flat bit set between minors but is not remembered"
                ));
            }
        }
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
                for bit in OCCUPANT_BITS {
                    if page.word(bit, w) & !alloc != 0 {
                        return Err(format!("page {p} word {w}: {bit:?} set on a free cell"));
                    }
                }
                if page.word(Bit::Old, w) & page.word(Bit::Survivor, w) != 0 {
                    return Err(format!("page {p} word {w}: a cell both old and a survivor"));
                }
                if self.remembering && unmarked & !page.word(Bit::Old, w) != 0 {
                    return Err(format!(
                        "page {p} word {w}: a young cell's flat bit is set between minors"
                    ));
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
                    let needs_drop = page.get(Bit::NeedsDrop, slot);
                    if needs_drop && !info.needs_drop {
                        return Err(format!(
                            "page {p} slot {slot}: NeedsDrop on a type without drop glue"
                        ));
                    }
                    if page.class == LARGE && page.large.is_none() {
                        return Err(format!("page {p}: an allocated large cell without memory"));
                    }
                    bytes += page.cell_size as usize;
                    if needs_drop {
                        let cell = Cell {
                            page: p as u32,
                            slot: slot as u32,
                        };
                        bytes += self.get_dyn(cell).extra_bytes();
                    }
                }
            }
            // A9: every sparse bit set in the page is flagged in its summary.
            let rare = self.rare.get(p).copied().unwrap_or(0);
            for bit in OCCUPANT_BITS {
                let flag = rare_flag(bit);
                if flag != 0
                    && rare & flag == 0
                    && (0..page.words as usize).any(|w| page.word(bit, w) != 0)
                {
                    return Err(format!("page {p}: {bit:?} set but not flagged (A9)"));
                }
            }
            if page.waiting.is_some() && rare & RARE_WAITING == 0 {
                return Err(format!("page {p}: waiting heads not flagged (A9)"));
            }
        }
        if self.rare.len() != self.pages.len() {
            return Err("the page summaries do not cover the pages (A9)".into());
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
            for info in state.uniform.iter().chain(&state.armed_uniform) {
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
}

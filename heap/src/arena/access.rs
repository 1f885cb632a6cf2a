//! From handles to cells, and from cells to values: the generation check (A4), typed and
//! type-erased access (A2, A5), weak handles, and the per-cell bits.

use crate::error::HeapError;
use crate::handle::{GcAny, WeakAny, SLOT_BITS};
use crate::header::TypeInfo;
use crate::page::{rare_flag, Bit, Page};
use crate::trace::{Liveness, Trace, Tracer};

use super::{page_unmarked, Arena, Cell};

impl Arena {
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

    /// Where the `T` `gc` names lives, if it is one: [`find`](Self::find) and the type check with
    /// one page lookup (the common path of `Heap::get` and `Heap::get_mut`, run on every object
    /// access an interpreter makes). The pointer is to an allocated cell holding a `T` (A2).
    #[inline(always)]
    fn find_typed<T: Trace + 'static>(&self, gc: GcAny) -> Option<(Cell, *mut u8)> {
        let page = self.pages.get(gc.page())?;
        let slot = gc.slot();
        // `meta` has `slots` entries, so its lookup is also the slot's bounds check.
        if page.meta.get(slot)?.gen != gc.generation()
            || !page.get(Bit::Allocated, slot)
            || !page.cell_type(slot)?.is::<T>()
        {
            return None;
        }
        let cell = Cell {
            page: gc.page() as u32,
            slot: slot as u32,
        };
        Some((cell, page.cell_ptr(slot)))
    }

    /// The `T` `gc` names, if it is one.
    #[inline(always)]
    pub(crate) fn find_get<T: Trace + 'static>(&self, gc: GcAny) -> Option<&T> {
        let (_, ptr) = self.find_typed::<T>(gc)?;
        // SAFETY: A2: `find_typed` found the cell allocated with the generation `gc` was made
        // for, holding a `T`. A5: the reference lives as long as `&self`, during which no `&mut`
        // to the cell can be made.
        Some(unsafe { &*ptr.cast::<T>() })
    }

    /// The `T` `gc` names, mutably, through the write barrier (the one place every `&mut T` to an
    /// object comes from); why not, if it is not one.
    ///
    /// The barrier is tested after the pointer is made, so its slow path (a call, which the
    /// compiler assumes may change any page) costs the unarmed path no second page and type
    /// lookup: that cost 0.5 ns per `get_mut` in `alloc_profile` (2.05 -> 2.55 ns).
    #[inline(always)]
    pub(crate) fn find_get_mut<T: Trace + 'static>(
        &mut self,
        gc: GcAny,
    ) -> Result<&mut T, HeapError> {
        let Some((cell, ptr)) = self.find_typed::<T>(gc) else {
            return Err(self.access_error::<T>(gc));
        };
        if self.barrier && !self.barrier_done(cell) {
            self.barrier_slow(cell);
        }
        // SAFETY: A2 as in `find_get` (`barrier_slow` frees no cell and changes no type); A1: the
        // pointer stays valid across `barrier_slow`, which moves no page memory; A5: `&mut self`
        // is exclusive, so no other reference to the cell exists.
        Ok(unsafe { &mut *ptr.cast::<T>() })
    }

    /// Why `gc` names no `T` here (after `find_typed` missed).
    #[cold]
    #[inline(never)]
    pub(crate) fn access_error<T: 'static>(&self, gc: GcAny) -> HeapError {
        match self.find(gc) {
            Some(cell) => self.wrong_type::<T>(cell),
            None => HeapError::StaleHandle {
                index: gc.index(),
                generation: gc.generation(),
            },
        }
    }

    /// The error for a `cell` that holds no `T`.
    #[cold]
    pub(crate) fn wrong_type<T>(&self, cell: Cell) -> HeapError {
        HeapError::WrongType {
            expected: std::any::type_name::<T>(),
            found: self.get_dyn(cell).type_name().to_string(),
        }
    }

    /// Whether `gc` names a live object: allocated and, during a lazy sweep, not found dead.
    #[inline]
    pub(crate) fn is_live(&self, gc: GcAny) -> bool {
        self.find(gc).is_some_and(|cell| !self.is_found_dead(cell))
    }

    /// Whether `cell` (allocated) was found dead by the last atomic phase and waits for a lazy
    /// sweep to free it. `get`/`get_mut` do not ask (it would cost them a second cache line); only
    /// a forgotten edge leads to such a cell, and its value is intact until dropped.
    #[inline]
    pub(crate) fn is_found_dead(&self, cell: Cell) -> bool {
        self.sweeping && !self.is_marked(cell)
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

    /// A weak handle to `gc`'s object if it is live and known to allow weak references (one page
    /// lookup: the common path of `Heap::downgrade`). Sets its `WeaklyReferenced` bit.
    #[inline]
    pub(crate) fn downgrade_known(&mut self, gc: GcAny) -> Option<WeakAny> {
        if self.sweeping && self.is_unmarked_index(gc) {
            // Found dead by a lazy sweep: the slow path rejects it.
            return None;
        }
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
        self.rare[gc.page()] |= rare_flag(Bit::WeaklyReferenced); // A9
        Some(WeakAny {
            index: gc.index(),
            weak_gen: std::num::NonZeroU32::new(page.meta[slot].weak_gen)
                .expect("weak generation starts at 1"),
        })
    }

    /// A weak handle to a live `gc`; sets its `WeaklyReferenced` bit so step 3 clears it.
    pub(crate) fn downgrade(&mut self, cell: Cell) -> WeakAny {
        self.rare[cell.page as usize] |= rare_flag(Bit::WeaklyReferenced); // A9
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

    /// The value in `cell` as a `T`, if it is one (the arena's tests read cells by `Cell`).
    #[cfg(test)]
    pub(crate) fn get<T: Trace + 'static>(&self, cell: Cell) -> Option<&T> {
        if !self.type_info(cell).is::<T>() {
            return None;
        }
        let ptr = self.pages[cell.page as usize].cell_ptr(cell.slot as usize);
        // SAFETY: A2: `cell` came from `find`, so it is allocated and holds a T (type checked above).
        // A5: the reference lives as long as `&self`, during which no `&mut` to the cell can be made.
        Some(unsafe { &*ptr.cast::<T>() })
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
            self.rare[cell.page as usize] |= rare_flag(bit); // A9
            page.set(bit, cell.slot as usize)
        } else {
            page.clear(bit, cell.slot as usize)
        }
    }

    /// Every live object (not found dead by a lazy sweep under way), in cell order.
    pub(crate) fn live_handles(&self) -> Vec<GcAny> {
        self.handles_where(|page, unmarked, w| {
            page.word(Bit::Allocated, w) & !self.found_dead_word(unmarked, w)
        })
    }

    /// Handles of the allocated cells whose bits `select(page, word)` sets, in cell order.
    pub(super) fn handles_where(&self, select: impl Fn(&Page, &[u64], usize) -> u64) -> Vec<GcAny> {
        self.handles_where_in(0..self.pages.len(), select)
    }

    /// [`handles_where`](Self::handles_where) over the pages of the minor's scope (every page
    /// outside a minor), in the scope's order.
    pub(super) fn scoped_handles_where(
        &self,
        select: impl Fn(&Page, &[u64], usize) -> u64,
    ) -> Vec<GcAny> {
        self.handles_where_in((0..self.scope_len()).map(|i| self.scope_page(i)), select)
    }

    pub(super) fn handles_where_in(
        &self,
        pages: impl Iterator<Item = usize>,
        select: impl Fn(&Page, &[u64], usize) -> u64,
    ) -> Vec<GcAny> {
        let mut out = Vec::new();
        for p in pages {
            let page = &self.pages[p];
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
}

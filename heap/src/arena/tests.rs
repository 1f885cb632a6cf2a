//! The arena's unit tests (Miri runs them): allocation, access, marking, sweeping, verify.

use std::cell::Cell as StdCell;
use std::rc::Rc;

use super::*;
use crate::handle::GcAny;
use crate::header::TypeInfo;
use crate::page::{rare_flag, PageTypes, BIT_KINDS, OCCUPANT_BITS, RARE_WAITING};
use crate::trace::{Trace, Tracer};

struct Counted(Rc<StdCell<u32>>);
impl Trace for Counted {
    fn trace(&self, _: &mut Tracer) {}
}
impl Drop for Counted {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

#[repr(align(64))]
struct OverAligned(u8);
impl Trace for OverAligned {
    fn trace(&self, _: &mut Tracer) {}
}

#[test]
fn small_objects_share_pages_and_large_ones_get_their_own() {
    let mut arena = Arena::new();
    let a = arena.alloc(1u64, AllocFlags::default()).ok().unwrap();
    let b = arena.alloc(2u64, AllocFlags::default()).ok().unwrap();
    assert_eq!(a.page(), b.page());
    let big = arena
        .alloc([7u8; 5000], AllocFlags::default())
        .ok()
        .unwrap();
    assert_ne!(big.page(), a.page());
    let aligned = arena
        .alloc(OverAligned(3), AllocFlags::default())
        .ok()
        .unwrap();
    let cell = arena.find(aligned).unwrap();
    let value = arena.get::<OverAligned>(cell).unwrap();
    assert_eq!(value as *const _ as usize % 64, 0);
    assert_eq!(value.0, 3);
    assert_eq!(
        arena.get::<[u8; 5000]>(arena.find(big).unwrap()).unwrap()[4999],
        7
    );
}

#[test]
fn sweep_frees_unmarked_drops_once_and_reuses_the_cell_with_a_new_generation() {
    let drops = Rc::new(StdCell::new(0));
    let mut arena = Arena::new();
    let keep = arena
        .alloc(Counted(drops.clone()), AllocFlags::default())
        .ok()
        .unwrap();
    let dead = arena
        .alloc(Counted(drops.clone()), AllocFlags::default())
        .ok()
        .unwrap();
    arena.start_marking();
    assert!(arena.mark_edge(keep).is_some());
    assert!(arena.mark_edge(keep).is_none(), "marked once");
    let out = arena.sweep();
    assert_eq!((out.objects, drops.get()), (1, 1));
    assert!(arena.find(dead).is_none());
    arena.start_marking();
    let again = arena
        .alloc(Counted(drops.clone()), AllocFlags::default())
        .ok()
        .unwrap();
    assert_eq!(again.index(), dead.index());
    assert_ne!(again.generation(), dead.generation());
    assert!(arena.find(dead).is_none());
    drop(arena);
    assert_eq!(drops.get(), 3);
}

#[test]
fn typed_access_checks_the_type() {
    let mut arena = Arena::new();
    let a = arena.alloc(5u32, AllocFlags::default()).ok().unwrap();
    let cell = arena.find(a).unwrap();
    assert!(arena.get::<u64>(cell).is_none());
    assert_eq!(arena.get::<u32>(cell), Some(&5));
}

#[test]
fn cleared_weak_handles_never_upgrade_even_if_the_object_lives_on() {
    let mut arena = Arena::new();
    let a = arena.alloc(5u32, AllocFlags::default()).ok().unwrap();
    let weak = arena.downgrade(arena.find(a).unwrap());
    assert_eq!(arena.upgrade(weak), Some(a));
    arena.start_marking();
    assert_eq!(arena.clear_weak_of_unmarked(), 1);
    assert_eq!(arena.upgrade(weak), None);
    assert!(arena.is_live(a));
    let fresh = arena.downgrade(arena.find(a).unwrap());
    assert_eq!(arena.upgrade(fresh), Some(a));
}

/// Issue #16: every heap started its generations at 1, so the first object in a cell of one
/// heap and the first in the same cell of another had equal handles, and a handle from the
/// wrong heap read (or upgraded to) the other heap's object of the same type.
#[test]
fn a_handle_from_another_heap_names_nothing_here() {
    let mut a = crate::Heap::new();
    let mut b = crate::Heap::new();
    let in_a = a.alloc(String::from("a"));
    let in_b = b.alloc(String::from("b"));
    assert_eq!(
        crate::GcAny::from(in_a).index(),
        crate::GcAny::from(in_b).index()
    );
    assert!(
        b.try_get(in_a).is_err(),
        "a's handle must not read b's object"
    );
    assert!(a.try_get(in_b).is_err());
    let weak_a = a.downgrade(in_a).unwrap();
    assert_eq!(b.upgrade(weak_a), None, "nor a weak handle upgrade to it");
    // Many heaps: no two of them share a generation for their first objects (each makes a page,
    // which Miri is slow to zero: fewer there).
    let heaps = if cfg!(miri) { 20 } else { 1000 };
    let gens: std::collections::BTreeSet<u32> = (0..heaps)
        .map(|_| {
            let mut heap = crate::Heap::new();
            crate::GcAny::from(heap.alloc(0u64)).generation()
        })
        .collect();
    assert_eq!(gens.len(), heaps);
}

#[test]
fn exhausted_generations_retire_the_cell() {
    let mut arena = Arena::new();
    let a = arena.alloc(1u8, AllocFlags::default()).ok().unwrap();
    // As if the cell had been reused 2^32 - 1 times: its page has counted as many bumps.
    arena.pages[a.page()].meta[a.slot()].gen = u32::MAX;
    arena.pages[a.page()].counter_bumps = u64::from(u32::MAX);
    arena.start_marking();
    arena.sweep();
    let b = arena.alloc(2u8, AllocFlags::default()).ok().unwrap();
    assert_ne!(b.index(), a.index());
    assert!(arena.pages[a.page()].get(Bit::Retired, a.slot()));
}

#[test]
fn panicking_drop_is_reported_and_the_rest_are_freed() {
    struct Bomb;
    impl Trace for Bomb {
        fn trace(&self, _: &mut Tracer) {}
    }
    impl Drop for Bomb {
        fn drop(&mut self) {
            panic!("boom");
        }
    }
    let drops = Rc::new(StdCell::new(0));
    let mut arena = Arena::new();
    arena.alloc(Bomb, AllocFlags::default()).ok().unwrap();
    arena
        .alloc(Counted(drops.clone()), AllocFlags::default())
        .ok()
        .unwrap();
    arena.start_marking();
    let out = arena.sweep();
    assert_eq!((out.objects, out.drop_panics.len(), drops.get()), (2, 1, 1));
    assert_eq!(arena.objects(), 0);
}

#[test]
fn verify_accepts_a_consistent_arena_and_names_a_planted_inconsistency() {
    let mut arena = Arena::new();
    let a = arena.alloc(1u64, AllocFlags::default()).ok().unwrap();
    let b = arena.alloc(2u64, AllocFlags::default()).ok().unwrap();
    arena.start_marking();
    arena.mark_edge(a).unwrap();
    arena.sweep();
    assert_eq!(arena.verify(), Ok(()));
    // A bit left on a freed cell, as a sweep that forgot one kind would leave it.
    arena.pages[b.page()].set(Bit::Watched, b.slot());
    let err = arena.verify().unwrap_err();
    assert!(err.contains("Watched set on a free cell"), "{err}");
    arena.pages[b.page()].clear(Bit::Watched, b.slot());
    // A mark bit claiming a free cell is allocated (A7).
    arena.unmarked[b.index() as usize / 64] |= 1 << (b.index() % 64);
    let err = arena.verify().unwrap_err();
    assert!(err.contains("a free cell is unmarked"), "{err}");
    arena.unmarked[b.index() as usize / 64] = 0;
    arena.bytes_in_use += 1;
    assert!(arena.verify().unwrap_err().starts_with("bytes_in_use"));
}

#[test]
fn the_allocation_cursor_and_references_into_its_page_take_turns() {
    // The cursor keeps raw pointers into its page's cells, metadata and bitmaps across calls
    // that read and write the same arrays through references (A8, S1). Miri checks that
    // neither invalidates the other; the values and `verify` check nothing was misplaced.
    let mut arena = Arena::new();
    let mut handles = Vec::new();
    for i in 0..150u64 {
        let gc = arena.alloc(i, AllocFlags::default()).ok().unwrap();
        handles.push(gc);
        // Writes through references into the cursor's page, between cursor allocations.
        *arena.find_get_mut::<u64>(handles[0]).unwrap() += 1;
        let first = arena.find(handles[0]).unwrap();
        arena.set_bit(first, Bit::Watched, i % 2 == 0);
        arena.downgrade(arena.find(gc).unwrap());
        if i % 50 == 49 {
            // Another type in the same class: the slow path, a mixed page, then the cursor.
            let link = arena
                .alloc(Link(Some(gc)), AllocFlags::default())
                .ok()
                .unwrap();
            handles.push(link);
        }
    }
    assert_eq!(arena.verify(), Ok(()));
    // Free every other object; the cursor is re-aimed over the holes.
    arena.start_marking();
    for gc in handles.iter().step_by(2) {
        arena.mark_edge(*gc);
    }
    arena.sweep();
    let survivors: Vec<GcAny> = handles.iter().step_by(2).copied().collect();
    let fresh: Vec<GcAny> = (1000..1075u64)
        .map(|i| arena.alloc(i, AllocFlags::default()).ok().unwrap())
        .collect();
    assert_eq!(arena.verify(), Ok(()));
    for gc in &fresh {
        let value = *arena.get::<u64>(arena.find(*gc).unwrap()).unwrap();
        assert!((1000..1075).contains(&value));
    }
    let first = arena.find(survivors[0]).unwrap();
    assert_eq!(*arena.get::<u64>(first).unwrap(), 150);
    for gc in &survivors[1..] {
        assert!(arena.find(*gc).is_some(), "{gc:?} survived its sweep");
    }
}

#[test]
fn verify_names_a_cursor_that_disagrees_with_its_page() {
    let mut arena = Arena::new();
    let a = arena.alloc(1u64, AllocFlags::default()).ok().unwrap();
    let class = class_of(size_of::<u64>());
    assert_eq!(arena.verify(), Ok(()));
    // The cursor offering a cell that is allocated.
    let free = arena.classes[class].free;
    arena.classes[class].free |= 1 << a.slot();
    let err = arena.verify().unwrap_err();
    assert!(err.contains("offers an allocated or retired cell"), "{err}");
    arena.classes[class].free = free;
    // The cursor's pointers aimed at another word than the one it caches.
    arena.classes[class].meta = arena.classes[class].meta.wrapping_add(64);
    let err = arena.verify().unwrap_err();
    assert!(err.contains("pointers are not its page's word"), "{err}");
}

/// Two 8-byte types share the 16-byte class, so their cells share pages.
struct Link(Option<GcAny>);
impl Trace for Link {
    fn trace(&self, tracer: &mut Tracer) {
        if let Some(gc) = self.0 {
            tracer.edge_any(gc);
        }
    }
}

fn traced(arena: &Arena, gc: GcAny) -> Vec<GcAny> {
    let mut tracer = Tracer::new();
    arena.trace(arena.find(gc).unwrap(), &mut tracer);
    std::iter::from_fn(|| tracer.pop_edge()).collect()
}

#[test]
fn page_types_go_uniform_then_mixed_and_reset_when_the_page_empties() {
    let mut arena = Arena::new();
    let a = arena.alloc(7u64, AllocFlags::default()).ok().unwrap();
    assert!(matches!(arena.pages[a.page()].types, PageTypes::Uniform(_)));
    let link = arena
        .alloc(Link(Some(a)), AllocFlags::default())
        .ok()
        .unwrap();
    assert_eq!(link.page(), a.page(), "same size class, same page");
    assert!(matches!(arena.pages[a.page()].types, PageTypes::Mixed(_)));
    // A mixed page dispatches through each cell's own type, the earlier cell's included.
    assert_eq!(arena.get::<u64>(arena.find(a).unwrap()), Some(&7));
    assert!(arena.get::<Link>(arena.find(a).unwrap()).is_none());
    assert_eq!(traced(&arena, link), vec![a]);
    assert!(traced(&arena, a).is_empty());
    assert_eq!(arena.verify(), Ok(()));
    arena.start_marking();
    arena.sweep(); // nothing marked: the page empties
    assert!(matches!(arena.pages[a.page()].types, PageTypes::Empty));
    let again = arena.alloc(Link(None), AllocFlags::default()).ok().unwrap();
    assert_eq!(again.page(), a.page());
    assert!(matches!(arena.pages[a.page()].types, PageTypes::Uniform(_)));
    assert_eq!(arena.verify(), Ok(()));
    // verify names a page that forgot its cells' type.
    arena.pages[a.page()].types = PageTypes::Empty;
    let err = arena.verify().unwrap_err();
    assert!(err.contains("allocated without a type"), "{err}");
    arena.pages[a.page()].types = PageTypes::Uniform(TypeInfo::of::<Link>());
}

#[test]
fn marking_an_edge_needs_an_allocated_cell_and_ignores_the_generation() {
    let mut arena = Arena::new();
    let old = arena.alloc(1u64, AllocFlags::default()).ok().unwrap();
    arena.start_marking();
    arena.sweep();
    assert!(
        arena.mark_edge(old).is_none(),
        "a free cell is never marked"
    );
    let new = arena.alloc(2u64, AllocFlags::default()).ok().unwrap();
    assert_eq!(new.index(), old.index());
    arena.start_marking();
    // A stale handle (only a lying Trace can present one) marks the cell's occupant: it is kept,
    // and it is traced as what it is.
    let cell = arena.mark_edge(old).expect("the occupant is marked");
    assert_eq!(arena.get::<u64>(cell), Some(&2));
    assert!(arena.mark_edge(new).is_none(), "already marked");
    let out_of_range = GcAny::from_raw_parts(u32::MAX, std::num::NonZeroU32::MIN);
    assert!(arena.mark_edge(out_of_range).is_none());
}

#[test]
fn a_sweep_voids_weak_handles_to_what_it_frees() {
    let mut arena = Arena::new();
    let a = arena.alloc(1u64, AllocFlags::default()).ok().unwrap();
    let weak = arena.downgrade(arena.find(a).unwrap());
    // No step 3 before this sweep: the sweep itself must void the weak handle.
    arena.start_marking();
    arena.sweep();
    let b = arena.alloc(2u64, AllocFlags::default()).ok().unwrap();
    assert_eq!(b.index(), a.index(), "the cell is reused");
    assert!(arena.upgrade(weak).is_none());
    let fresh = arena.downgrade(arena.find(b).unwrap());
    assert_eq!(arena.upgrade(fresh), Some(b));
}

/// Reports 7 extra bytes, or panics when asked if its flag says so; counts its drops.
struct Buffered(Rc<StdCell<u32>>, bool);
impl Trace for Buffered {
    fn trace(&self, _: &mut Tracer) {}
    fn extra_bytes(&self) -> usize {
        assert!(!self.1, "extra_bytes panics");
        7
    }
}
impl Drop for Buffered {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

#[test]
fn sweep_uncharges_extra_bytes_and_drops_even_when_asking_panics() {
    let drops = Rc::new(StdCell::new(0));
    let mut arena = Arena::new();
    let flags = AllocFlags {
        extra_bytes: 7,
        ..AllocFlags::default()
    };
    arena
        .alloc(Buffered(drops.clone(), false), flags)
        .ok()
        .unwrap();
    let cell = arena.bytes_in_use() - 7;
    assert_eq!(arena.verify(), Ok(()));
    arena.start_marking();
    let out = arena.sweep();
    assert_eq!((out.bytes, drops.get()), ((cell + 7) as u64, 1));
    assert_eq!(arena.bytes_in_use(), 0);
    // A panic while asking: the value is still dropped once and the panic reported; its bytes
    // stay counted (nothing says how many to take off).
    arena
        .alloc(Buffered(drops.clone(), true), flags)
        .ok()
        .unwrap();
    arena.start_marking();
    let out = arena.sweep();
    assert_eq!((out.drop_panics.len(), drops.get()), (1, 2));
    assert_eq!(arena.bytes_in_use(), 7);
}

#[test]
fn many_objects_span_pages() {
    let mut arena = Arena::new();
    let n = if cfg!(miri) { 300 } else { 20_000 };
    let handles: Vec<_> = (0..n)
        .map(|i| arena.alloc(i as u64, AllocFlags::default()).ok().unwrap())
        .collect();
    assert!(arena.page_count() > 1 || cfg!(miri));
    for (i, h) in handles.iter().enumerate() {
        assert_eq!(arena.get::<u64>(arena.find(*h).unwrap()), Some(&(i as u64)));
    }
}

#[test]
fn every_bit_is_allocated_retired_or_an_occupant_bit() {
    let mut all: Vec<Bit> = OCCUPANT_BITS.to_vec();
    all.extend([Bit::Allocated, Bit::Retired]);
    all.sort_by_key(|b| *b as usize);
    all.dedup();
    assert_eq!(all.len(), BIT_KINDS);
    assert!(all.iter().enumerate().all(|(i, b)| *b as usize == i));
}

#[test]
fn every_small_page_is_cache_line_aligned_so_cells_up_to_64_bytes_sit_in_one_line() {
    let mut arena = Arena::new();
    // One object of every size class, then enough 32-byte ones (the common two- and three-edge
    // nodes) to fill a few more pages, and a 16-byte one to move the bump pointer off 64.
    macro_rules! one_of_each_size {
        ($($n:literal)*) => { $( arena.alloc([0u8; $n], AllocFlags::default()).ok().unwrap(); )* };
    }
    one_of_each_size!(16 32 48 64 96 128 192 256 384 512 768 1024 1536 2048);
    for _ in 0..3 * PAGE_BYTES / 32 {
        arena.alloc([0u64; 4], AllocFlags::default()).ok().unwrap();
        arena.alloc(0u128, AllocFlags::default()).ok().unwrap();
    }
    arena
        .alloc([7u8; 5000], AllocFlags::default())
        .ok()
        .unwrap();
    let small: Vec<&Page> = arena.pages.iter().filter(|p| p.large.is_none()).collect();
    assert!(
        small.len() >= CLASS_SIZES.len() + 3,
        "{} pages",
        small.len()
    );
    for page in small {
        let base = page.data.as_ptr() as usize;
        assert_eq!(
            base % PAGE_ALIGN,
            0,
            "page of {}-byte cells",
            page.cell_size
        );
        let size = page.cell_size as usize;
        for slot in 0..page.slots as usize {
            let start = page.cell_ptr(slot) as usize;
            assert_eq!(start % CELL_ALIGN, 0);
            if 64 % size == 0 {
                assert_eq!(
                    start / 64,
                    (start + size - 1) / 64,
                    "{size}-byte cell {slot}"
                );
            }
        }
    }
}

#[test]
#[cfg(target_pointer_width = "64")]
fn what_marking_reads_of_a_page_sits_in_one_cache_line_of_the_page_table() {
    use std::mem::{align_of, offset_of, size_of};
    assert_eq!((size_of::<Page>(), align_of::<Page>()), (128, 64));
    let hot_end = offset_of!(Page, cell_size) + size_of::<u32>();
    assert!(offset_of!(Page, types) < 64 && offset_of!(Page, data) < 64 && hot_end <= 64);
}

#[test]
fn page_summaries_let_the_passes_skip_pages_without_weak_or_finalizer_bits_and_miss_none() {
    // A9: the passes of an atomic phase read one summary byte per page and the bitmaps of the
    // flagged pages only, so a weakly referenced or finalizable object in any page must flag it.
    let mut arena = Arena::new();
    let n = if cfg!(miri) { 300 } else { 20_000 };
    let weak_allowed = AllocFlags {
        weak_allowed: true,
        ..AllocFlags::default()
    };
    let handles: Vec<GcAny> = (0..n)
        .map(|i| arena.alloc(i as u64, weak_allowed).ok().unwrap())
        .collect();
    let (first, last) = (handles[0], handles[n - 1]);
    assert!(first.page() != last.page() || cfg!(miri));
    let with_finalizer = arena
        .alloc(
            7u64,
            AllocFlags {
                finalizer: true,
                ..AllocFlags::default()
            },
        )
        .ok()
        .unwrap();
    assert!(arena
        .rare
        .iter()
        .all(|&r| r & rare_flag(Bit::WeaklyReferenced) == 0));
    let weak_last = arena.downgrade(arena.find(last).unwrap());
    let weak_first = arena.downgrade_known(first).unwrap();
    arena.set_bit(arena.find(first).unwrap(), Bit::Watched, true);
    assert_eq!(arena.verify(), Ok(()));
    let flagged = |arena: &Arena, bit: Bit| -> Vec<usize> {
        (0..arena.rare.len())
            .filter(|&p| arena.rare[p] & rare_flag(bit) != 0)
            .collect()
    };
    let mut weak_pages = vec![first.page(), last.page()];
    weak_pages.dedup();
    assert_eq!(flagged(&arena, Bit::WeaklyReferenced), weak_pages);
    assert_eq!(flagged(&arena, Bit::Finalizer), vec![with_finalizer.page()]);

    // A cycle where `first` lives and `last` and the finalizable object die.
    arena.start_marking();
    assert_eq!(arena.cycle_cells(), n as u64 + 1);
    arena.mark_edge(first).unwrap();
    assert_eq!(arena.unmarked_with(Bit::Watched), Vec::<GcAny>::new());
    assert_eq!(arena.unmarked_with(Bit::Finalizer), vec![with_finalizer]);
    assert_eq!(arena.clear_weak_of_unmarked(), 1);
    assert_eq!(arena.upgrade(weak_last), None);
    assert_eq!(arena.upgrade(weak_first), Some(first));
    // `last`'s page has no weakly referenced cell left (unless it is `first`'s): its flag went.
    assert_eq!(flagged(&arena, Bit::WeaklyReferenced), vec![first.page()]);
    assert_eq!(arena.verify(), Ok(()));
    arena.sweep();
    assert_eq!(arena.verify(), Ok(()));
    // The next cycle finds `first`'s weak handle again when it dies.
    arena.start_marking();
    assert_eq!(arena.clear_weak_of_unmarked(), 1);
    assert_eq!(arena.upgrade(weak_first), None);
    assert_eq!(flagged(&arena, Bit::WeaklyReferenced), Vec::<usize>::new());
    arena.sweep();
    assert_eq!(arena.verify(), Ok(()));

    // A bit set behind the summary's back is what `verify` reports.
    let x = arena.alloc(1u64, AllocFlags::default()).ok().unwrap();
    arena.pages[x.page()].set(Bit::WeaklyReferenced, x.slot());
    let err = arena.verify().unwrap_err();
    assert!(err.contains("not flagged (A9)"), "{err}");
}

#[test]
fn ephemeron_scratch_is_flagged_and_dropped_only_where_it_was_made() {
    let mut arena = Arena::new();
    let key = arena.alloc(1u64, AllocFlags::default()).ok().unwrap();
    let weak = arena.downgrade(arena.find(key).unwrap());
    arena.start_marking();
    *arena.route_key(weak).unwrap().unwrap() = 5;
    assert_ne!(arena.rare[key.page()] & RARE_WAITING, 0);
    assert_eq!(arena.verify(), Ok(()));
    arena.drop_waiting_heads();
    assert!(arena.pages[key.page()].waiting.is_none());
    assert_eq!(arena.rare[key.page()] & RARE_WAITING, 0);
    assert!(arena.bit(arena.find(key).unwrap(), Bit::EphemeronKey));
    arena.clear_bit_everywhere(Bit::EphemeronKey);
    assert!(!arena.bit(arena.find(key).unwrap(), Bit::EphemeronKey));
    assert_eq!(arena.rare[key.page()] & rare_flag(Bit::EphemeronKey), 0);
    arena.mark_edge(key).unwrap();
    arena.sweep();
    assert_eq!(arena.verify(), Ok(()));
}

//! Issue #14: generational mode. A minor frees unreachable young objects and never an old one or
//! one an old object reaches (through `get_mut`, `write_barrier`, or the `carry` of the last
//! minor); weak references, finalizers, callbacks and weak tables behave for the young dead as in
//! a full cycle; a full `collect()` afterwards is exact; majors are incremental cycles.

use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

use weakgc_collector::{
    collect, collect_minor, collect_step, step_if_due, CollectorMode, CycleKind, Pacing,
};
use weakgc_heap::{Gc, GcAny, GcPhase, Heap, Liveness, PendingKind, Trace, Tracer, WeakAny};

struct Node {
    name: &'static str,
    edges: Vec<GcAny>,
    /// An edge stored through interior mutability: needs `Heap::write_barrier`.
    cell: RefCell<Option<GcAny>>,
    finalizer: bool,
    bomb: Rc<std::cell::Cell<bool>>,
}

impl Trace for Node {
    fn trace(&self, tracer: &mut Tracer) {
        if self.bomb.get() {
            panic!("trace panicked on purpose");
        }
        self.edges.trace(tracer);
        self.cell.borrow().trace(tracer);
    }
    fn has_finalizer(&self) -> bool {
        self.finalizer
    }
}

fn node(heap: &mut Heap, name: &'static str) -> Gc<Node> {
    heap.alloc(Node {
        name,
        edges: Vec::new(),
        cell: RefCell::new(None),
        finalizer: false,
        bomb: Rc::default(),
    })
}

fn link(heap: &mut Heap, from: Gc<Node>, to: Gc<Node>) {
    heap.get_mut(from).edges.push(to.into());
}

/// A weak-key table: entries are ephemerons.
struct Table(Vec<(WeakAny, GcAny)>);
impl Trace for Table {
    fn trace(&self, tracer: &mut Tracer) {
        self.0.iter().for_each(|(k, v)| tracer.ephemeron(*k, v));
    }
    fn has_weak_entries(&self) -> bool {
        true
    }
    fn prune_weak(&mut self, liveness: &Liveness<'_>) {
        self.0.retain(|(k, _)| liveness.is_alive(*k));
    }
}

fn gen_heap(promote_after: u8) -> Heap {
    let mut heap = Heap::new();
    heap.set_mode(CollectorMode::Generational { promote_after });
    heap
}

fn minor(heap: &mut Heap) -> weakgc_collector::CycleReport {
    let report = collect_minor(heap, &());
    heap.verify().unwrap();
    assert_eq!(report.kind, CycleKind::Minor);
    report
}

#[test]
fn a_minor_frees_young_garbage_and_keeps_old_garbage_until_a_full_collection() {
    let mut heap = gen_heap(1);
    let old_garbage = node(&mut heap, "old garbage");
    let old_root = node(&mut heap, "old root");
    let _r = heap.root(old_root);
    let for_now = heap.root(old_garbage);
    minor(&mut heap);
    assert_eq!(
        heap.young_count(),
        0,
        "promote_after 1: both survived and are old"
    );
    drop(for_now);
    // `old_garbage` is now unreachable, and old: minors keep it.
    let young_garbage = node(&mut heap, "young garbage");
    link(&mut heap, young_garbage, old_garbage);
    let young_kept = node(&mut heap, "young kept");
    link(&mut heap, old_root, young_kept); // through get_mut: remembered
    let report = minor(&mut heap);
    assert_eq!((report.freed, report.remembered), (1, 1));
    assert!(!heap.is_alive(young_garbage));
    assert!(heap.is_alive(old_garbage) && heap.is_alive(young_kept));
    let full = collect(&mut heap);
    assert_eq!((full.kind, full.freed), (CycleKind::Full, 1));
    assert!(!heap.is_alive(old_garbage));
    assert_eq!(heap.object_count(), 2);
    assert_eq!(
        heap.young_count(),
        0,
        "a full collection leaves every survivor old"
    );
    heap.verify().unwrap();
}

#[test]
fn with_promote_after_two_the_carry_keeps_survivors_an_old_object_reaches() {
    let mut heap = gen_heap(2);
    let holder = node(&mut heap, "holder");
    let _r = heap.root(holder);
    collect(&mut heap); // holder is old
    let child = node(&mut heap, "child");
    link(&mut heap, holder, child);
    let first = minor(&mut heap);
    assert_eq!((first.remembered, first.promoted), (1, 0));
    assert_eq!(heap.young_count(), 1, "the child survived once: a survivor");
    // No write now: only the carry names `holder` as pointing to the young child.
    let second = minor(&mut heap);
    assert_eq!(
        (second.remembered, second.promoted, second.freed),
        (1, 1, 0)
    );
    assert!(heap.is_alive(child));
    assert_eq!(heap.young_count(), 0);
    // The carry is one minor deep: the child (promoted by the second minor), then nothing.
    assert_eq!(minor(&mut heap).remembered, 1);
    assert_eq!(
        minor(&mut heap).remembered,
        0,
        "the carry does not accumulate"
    );
    // A promoted object may point to a survivor: the carry again.
    let parent = node(&mut heap, "parent");
    link(&mut heap, holder, parent);
    minor(&mut heap); // parent: survivor
    let grandchild = node(&mut heap, "grandchild");
    link(&mut heap, parent, grandchild); // parent is young: no barrier needed
    minor(&mut heap); // parent old (carried), grandchild survivor
    let report = minor(&mut heap);
    assert_eq!(report.freed, 0);
    assert!(heap.is_alive(grandchild) && heap.is_alive(parent));
    assert_eq!(heap.young_count(), 0);
}

#[test]
fn weak_references_finalizers_callbacks_and_tables_see_young_deaths_in_a_minor() {
    let mut heap = gen_heap(1);
    let table = heap.alloc(Table(Vec::new()));
    let watcher = node(&mut heap, "watcher");
    let _roots = (heap.root(table), heap.root(watcher));
    collect(&mut heap); // table and watcher are old
    let key = node(&mut heap, "key");
    let value = node(&mut heap, "value");
    link(&mut heap, value, key); // the value holds its key: still dies with it (ephemeron)
    let weak_key = heap.downgrade(key).unwrap();
    heap.get_mut(table).0.push((weak_key.into(), value.into()));
    heap.watch(key, watcher).unwrap();
    let mut finalized = node(&mut heap, "finalized");
    heap.set_finalizer(finalized, true).unwrap();
    let report = minor(&mut heap);
    assert_eq!(heap.upgrade(weak_key), None);
    assert!(
        heap.get(table).0.is_empty(),
        "a young key died: its entry is pruned"
    );
    assert_eq!((report.finalizers_queued, report.callbacks_queued), (1, 1));
    let mut jobs = Vec::new();
    heap.run_pending(|heap, job| {
        jobs.push((
            job.kind,
            heap.downcast::<Node>(job.object).map(|n| heap.get(n).name),
        ));
    });
    jobs.sort_by_key(|(k, _)| *k == PendingKind::Callback);
    assert_eq!(
        jobs,
        vec![
            (PendingKind::Finalize, Ok("finalized")),
            (PendingKind::Callback, Ok("watcher"))
        ]
    );
    assert_eq!(
        report.freed, 2,
        "key and value; the finalized object waits for its job"
    );
    finalized = heap.downcast::<Node>(finalized.into()).unwrap();
    // Kept for its finalizer, it survived the minor and is old now: a full collection frees it.
    assert_eq!(minor(&mut heap).freed, 0);
    assert!(heap.is_alive(finalized));
    assert_eq!(collect(&mut heap).freed, 1);
    assert!(!heap.is_alive(finalized), "finalized once, then freed");
}

#[test]
fn a_store_through_interior_mutability_needs_write_barrier_in_a_minor() {
    let mut heap = gen_heap(1);
    let holder = node(&mut heap, "holder");
    let _r = heap.root(holder);
    collect(&mut heap);
    let young = node(&mut heap, "young");
    *heap.get(holder).cell.borrow_mut() = Some(young.into());
    heap.write_barrier(holder);
    assert_eq!(minor(&mut heap).freed, 0);
    assert!(heap.is_alive(young));
    if cfg!(debug_assertions) {
        let forgotten = node(&mut heap, "forgotten");
        *heap.get(holder).cell.borrow_mut() = Some(forgotten.into());
        let err = catch_unwind(AssertUnwindSafe(|| collect_minor(&mut heap, &())))
            .expect_err("the verifier sees an old object pointing to a young one");
        let msg = weakgc_heap::panic_message(err.as_ref());
        assert!(msg.contains("write_barrier"), "{msg}");
        // Abandoned: nothing freed, everything old.
        assert!(heap.is_alive(forgotten));
        assert_eq!(heap.young_count(), 0);
        heap.verify().unwrap();
    }
}

#[test]
fn a_panic_in_a_minor_frees_nothing_and_makes_everything_old() {
    let mut heap = gen_heap(2);
    let root = node(&mut heap, "root");
    let _r = heap.root(root);
    let young = node(&mut heap, "young");
    link(&mut heap, root, young);
    let garbage = node(&mut heap, "garbage");
    heap.get(young).bomb.set(true);
    let err = catch_unwind(AssertUnwindSafe(|| collect_minor(&mut heap, &())));
    assert!(err.is_err());
    heap.verify().unwrap();
    assert!(heap.is_alive(garbage) && heap.is_alive(young));
    assert_eq!(heap.young_count(), 0);
    heap.get(young).bomb.set(false);
    let after = node(&mut heap, "after");
    assert_eq!(minor(&mut heap).freed, 1, "only the new garbage is young");
    assert!(!heap.is_alive(after));
    assert_eq!(collect(&mut heap).freed, 1, "the old garbage");
    assert!(!heap.is_alive(garbage));
}

#[test]
#[cfg_attr(
    miri,
    ignore = "20,000 allocations with pacing: most of an hour under Miri; the minors and majors it runs are Miri-checked by the smaller tests here"
)]
fn step_if_due_runs_minors_and_incremental_majors_by_pacing() {
    let mut heap = gen_heap(1);
    let pacing = Pacing {
        minor_bytes: 4 << 10,
        min_debt: 8 << 10,
        step_units: Some(64),
        ..Pacing::default()
    };
    let keep = node(&mut heap, "keep");
    let _r = heap.root(keep);
    let mut kinds = Vec::new();
    let mut live = vec![keep];
    for i in 0..20_000 {
        let n = node(&mut heap, "n");
        if i % 7 == 0 {
            // The long-lived heap grows (through get_mut on an old object): majors become due.
            let parent = live[i % live.len()];
            link(&mut heap, parent, n);
            live.push(n);
        }
        if let Some(step) = step_if_due(&mut heap, &pacing, &()) {
            if let Some(done) = step.finished {
                kinds.push(done.kind);
            }
        }
    }
    assert!(kinds.contains(&CycleKind::Minor));
    assert!(kinds.contains(&CycleKind::Major));
    assert!(live.iter().all(|&n| heap.is_alive(n)));
    collect(&mut heap);
    assert_eq!(heap.object_count(), live.len());
    heap.verify().unwrap();
}

#[test]
fn set_mode_ends_a_cycle_in_progress_and_a_minor_during_a_major_finishes_it() {
    let mut heap = Heap::new();
    heap.set_mode(CollectorMode::Incremental);
    let root = node(&mut heap, "root");
    let _r = heap.root(root);
    node(&mut heap, "garbage");
    let tiny = Pacing {
        step_units: Some(1),
        ..Pacing::default()
    };
    collect_step(&mut heap, &tiny, &());
    assert_eq!(heap.gc_phase(), GcPhase::Mark);
    heap.set_mode(CollectorMode::GENERATIONAL);
    assert_eq!(heap.gc_phase(), GcPhase::Idle);
    assert_eq!(heap.young_count(), 0);
    heap.verify().unwrap();
    // A major under way: a minor finishes it.
    collect_step(&mut heap, &tiny, &());
    assert_eq!(heap.gc_phase(), GcPhase::Mark);
    let report = collect_minor(&mut heap, &());
    assert_eq!((report.kind, report.freed), (CycleKind::Major, 1));
    assert_eq!(heap.gc_phase(), GcPhase::Idle);
    heap.verify().unwrap();
    // Leaving generational mode clears the ages; a minor is then a full collection.
    heap.set_mode(CollectorMode::StopTheWorld);
    node(&mut heap, "garbage 2");
    assert_eq!(collect_minor(&mut heap, &()).kind, CycleKind::Full);
    assert_eq!(heap.object_count(), 1);
    heap.verify().unwrap();
}

#[test]
fn a_minor_prunes_only_tables_that_can_hold_young_parts() {
    let mut heap = gen_heap(1);
    let written = heap.alloc(Table(Vec::new()));
    let untouched = heap.alloc(Table(Vec::new()));
    let _roots = (heap.root(written), heap.root(untouched));
    let old_key = node(&mut heap, "old key");
    let _k = heap.root(old_key);
    let weak_old = heap.downgrade(old_key).unwrap();
    heap.get_mut(untouched)
        .0
        .push((weak_old.into(), old_key.into()));
    collect(&mut heap); // all old
    let young_key = node(&mut heap, "young key");
    let weak_young = heap.downgrade(young_key).unwrap();
    heap.get_mut(written)
        .0
        .push((weak_young.into(), old_key.into()));
    let young_table = heap.alloc(Table(vec![(weak_young.into(), old_key.into())]));
    let _y = heap.root(young_table);
    let report = minor(&mut heap);
    assert_eq!(
        report.tables_pruned, 2,
        "the written table and the young one"
    );
    assert!(heap.get(written).0.is_empty() && heap.get(young_table).0.is_empty());
    assert_eq!(heap.get(untouched).0.len(), 1);
    assert_eq!(
        minor(&mut heap).tables_pruned,
        0,
        "all three are old and unwritten now"
    );
    assert_eq!(collect(&mut heap).tables_pruned, 3);
}

#[test]
fn a_minor_forgets_the_side_table_entries_of_what_it_frees_and_only_those() {
    let mut heap = gen_heap(1);
    let old = node(&mut heap, "old");
    let _r = heap.root(old);
    heap.set_resizable_bytes(old, 100).unwrap();
    let ran = Rc::new(std::cell::Cell::new(0));
    let count = ran.clone();
    heap.on_finalize(old.into(), move |_, _| count.set(count.get() + 1))
        .unwrap();
    collect(&mut heap);
    let before = heap.bytes_in_use();
    let young = node(&mut heap, "young");
    let cell = heap.bytes_in_use() - before;
    heap.set_resizable_bytes(young, 1000).unwrap();
    let young_final = node(&mut heap, "young, finalized");
    let count = ran.clone();
    heap.on_finalize(young_final.into(), move |_, _| count.set(count.get() + 10))
        .unwrap();
    let report = minor(&mut heap);
    assert_eq!(
        report.freed, 1,
        "the charged object; the finalized one waits for its job"
    );
    assert_eq!(
        report.bytes_freed as usize,
        cell + 1000,
        "its cell and its charge"
    );
    assert_eq!(heap.resizable_bytes(old), 100);
    heap.run_pending(|_, _| {});
    assert_eq!(
        ran.get(),
        10,
        "the young object's closure ran, the old one's is kept"
    );
    collect(&mut heap);
    heap.verify().unwrap();
    drop(_r);
    collect(&mut heap);
    heap.run_pending(|_, _| {});
    assert_eq!(ran.get(), 11);
    assert_eq!(collect(&mut heap).freed, 1);
    assert_eq!((heap.object_count(), heap.bytes_in_use()), (0, 0));
}

#[test]
fn a_minor_that_retraced_a_large_old_object_waits_for_allocation_in_proportion() {
    let mut heap = gen_heap(1);
    let pacing = Pacing {
        minor_bytes: 512,
        ..Pacing::default()
    };
    // An old "list" of 200 old items, appended to between minors (the barrier remembers it).
    let list = node(&mut heap, "list");
    let _r = heap.root(list);
    for _ in 0..200 {
        let item = node(&mut heap, "item");
        link(&mut heap, list, item);
    }
    collect(&mut heap);
    assert_eq!(
        heap.last_minor_work(),
        0,
        "a full cycle resets the minor's work"
    );
    let young = node(&mut heap, "young");
    link(&mut heap, list, young);
    let report = collect_minor(&mut heap, &());
    assert_eq!((report.kind, report.remembered), (CycleKind::Minor, 1));
    // Its 201 edges were traced, and `young` marked.
    let work = heap.last_minor_work();
    assert!(
        work > 200,
        "the minor's work counts the remembered list's edges: {work}"
    );
    // `minor_bytes` of allocation is no longer enough; `work * minor_unit_bytes` is.
    while heap.allocated_since_minor() < pacing.minor_bytes as u64 {
        node(&mut heap, "garbage");
    }
    assert!(!pacing.minor_is_due(&heap));
    while heap.allocated_since_minor() < work * pacing.minor_unit_bytes as u64 {
        assert!(!pacing.minor_is_due(&heap));
        node(&mut heap, "garbage");
    }
    assert!(pacing.minor_is_due(&heap));
    // A minor with nothing large to retrace brings the threshold back to `minor_bytes`.
    collect_minor(&mut heap, &());
    assert!(heap.last_minor_work() < 100);
    while heap.allocated_since_minor() < pacing.minor_bytes as u64 {
        node(&mut heap, "garbage");
    }
    assert!(pacing.minor_is_due(&heap));
}

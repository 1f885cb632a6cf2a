//! `Collector` as an embedder's `gc` module uses it: start and stop events in order for every
//! kind of collection (told to closures and queued), history and totals per kind, save-all mode
//! (every unreachable object kept, its weak references cleared first), and a panicking observer
//! or callback leaving the collector consistent.

use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

use weakgc_collector::{
    collect, Collector, CollectorMode, CycleEvent, CycleKind, Generation, Observed,
};
use weakgc_heap::{GcAny, Heap, PendingKind};

mod common;
use common::{link, node, Node};

/// Every queued event as `start KIND` / `stop KIND freed N`.
fn drained(gc: &mut Collector) -> Vec<String> {
    std::iter::from_fn(|| gc.next_event())
        .map(|e| describe(&e))
        .collect()
}

fn describe(e: &CycleEvent) -> String {
    match e {
        CycleEvent::Start { kind, .. } => format!("start {kind:?}"),
        CycleEvent::Stop { report, .. } => format!("stop {:?} freed {}", report.kind, report.freed),
    }
}

/// A collector queueing its events and logging them through a closure too.
fn logged() -> (Collector, Rc<RefCell<Vec<String>>>) {
    let mut gc = Collector::new();
    gc.set_event_queue(true);
    let log = Rc::new(RefCell::new(Vec::new()));
    let l = log.clone();
    gc.add_callback(move |e| l.borrow_mut().push(describe(e)));
    (gc, log)
}

#[test]
fn a_full_collection_tells_start_then_stop_with_its_cycle_and_count() {
    let mut heap = Heap::new();
    let (mut gc, log) = logged();
    node(&mut heap, "lost", false);
    gc.collect(&mut heap, &());
    node(&mut heap, "lost too", false);
    node(&mut heap, "and this", false);
    gc.collect(&mut heap, &());
    let expected = [
        "start Full",
        "stop Full freed 1",
        "start Full",
        "stop Full freed 2",
    ];
    assert_eq!(*log.borrow(), expected);
    let mut cycles = Vec::new();
    while let Some(e) = gc.next_event() {
        assert_eq!(e.generation(), Generation::Whole);
        match e {
            CycleEvent::Start { cycle, .. } => cycles.push(cycle),
            CycleEvent::Stop { report, collected } => {
                assert_eq!(collected, report.freed);
                cycles.push(report.cycle);
            }
        }
    }
    assert_eq!(cycles, [1, 1, 2, 2]);
    assert_eq!(gc.totals().collected, 3);
}

#[test]
fn a_minor_is_young_and_counted_apart_from_full_collections() {
    let mut heap = Heap::new();
    heap.set_mode(CollectorMode::Generational { promote_after: 1 });
    let (mut gc, _) = logged();
    node(&mut heap, "young garbage", false);
    let report = gc.collect_minor(&mut heap, &());
    assert_eq!(report.kind, CycleKind::Minor);
    node(&mut heap, "more", false);
    gc.collect(&mut heap, &());
    let events: Vec<_> = std::iter::from_fn(|| gc.next_event()).collect();
    let generations: Vec<_> = events.iter().map(|e| e.generation()).collect();
    use Generation::{Whole, Young};
    assert_eq!(generations, [Young, Young, Whole, Whole]);
    assert_eq!(gc.totals_of(CycleKind::Minor).collections, 1);
    assert_eq!(gc.totals_of(CycleKind::Minor).freed, 1);
    assert_eq!(gc.totals_of(CycleKind::Full).collections, 1);
    assert_eq!(gc.totals_of(CycleKind::Major).collections, 0);
    assert_eq!(gc.totals().collections, 2);
    let kinds: Vec<_> = gc.history().map(|r| r.kind).collect();
    assert_eq!(kinds, [CycleKind::Minor, CycleKind::Full]);
}

#[test]
fn a_major_in_steps_starts_at_its_first_step_and_stops_at_its_last() {
    let mut heap = Heap::new();
    heap.set_mode(CollectorMode::Generational { promote_after: 1 });
    let (mut gc, log) = logged();
    gc.pacing.step_units = Some(1);
    let keep = node(&mut heap, "keep", false);
    let _root = heap.root(keep);
    for name in ["a", "b", "c"] {
        let n = node(&mut heap, name, false);
        link(&mut heap, keep, n);
    }
    node(&mut heap, "lost", false);
    let mut steps = 0;
    while gc.collect_step(&mut heap, &()).finished.is_none() {
        steps += 1;
        assert!(gc.is_open());
        assert_eq!(log.borrow().len(), 1, "only the start until the last step");
    }
    assert!(steps > 1, "the major took several steps");
    assert!(!gc.is_open());
    assert_eq!(drained(&mut gc), ["start Major", "stop Major freed 1"]);
    assert_eq!(gc.totals_of(CycleKind::Major).collections, 1);
    assert_eq!(gc.history().count(), 1);
    // Outside generational mode the cycle is a full one.
    heap.set_mode(CollectorMode::StopTheWorld);
    node(&mut heap, "lost", false);
    while gc.collect_step(&mut heap, &()).finished.is_none() {}
    assert_eq!(drained(&mut gc), ["start Full", "stop Full freed 1"]);
}

#[test]
fn a_collection_during_a_major_ends_it_with_one_stop() {
    let mut heap = Heap::new();
    heap.set_mode(CollectorMode::Generational { promote_after: 1 });
    let (mut gc, _) = logged();
    gc.pacing.step_units = Some(1);
    let keep = node(&mut heap, "keep", false);
    let _root = heap.root(keep);
    for name in ["a", "b", "c"] {
        let n = node(&mut heap, name, false);
        link(&mut heap, keep, n);
    }
    assert!(gc.collect_step(&mut heap, &()).finished.is_none());
    gc.collect_minor(&mut heap, &()); // finishes the major
    assert!(gc.collect_step(&mut heap, &()).finished.is_none());
    gc.collect(&mut heap, &());
    assert_eq!(
        drained(&mut gc),
        [
            "start Major",
            "stop Major freed 0",
            "start Major",
            "stop Full freed 0"
        ]
    );
    assert!(!gc.is_open());
}

#[test]
fn start_announces_and_the_collection_tells_no_second_start() {
    let mut heap = Heap::new();
    let (mut gc, _) = logged();
    assert!(gc.start(&heap, CycleKind::Full));
    assert!(!gc.start(&heap, CycleKind::Full), "one open at a time");
    assert_eq!(drained(&mut gc), ["start Full"]);
    node(&mut heap, "lost", false);
    gc.collect(&mut heap, &());
    assert_eq!(drained(&mut gc), ["stop Full freed 1"]);
}

#[test]
fn the_queue_is_drained_oldest_first_and_off_means_empty() {
    let mut heap = Heap::new();
    let mut gc = Collector::new();
    gc.collect(&mut heap, &());
    assert_eq!(gc.events_len(), 0, "no queue unless asked for");
    gc.set_event_queue(true);
    for _ in 0..3 {
        gc.collect(&mut heap, &());
    }
    assert_eq!(gc.events_len(), 6);
    let mut cycles = Vec::new();
    while let Some(CycleEvent::Start { cycle, .. }) = gc.next_event() {
        cycles.push(cycle);
        assert!(
            matches!(gc.next_event(), Some(CycleEvent::Stop { report, .. }) if report.cycle == cycle)
        );
    }
    assert_eq!(cycles, [2, 3, 4]);
    gc.collect(&mut heap, &());
    gc.set_event_queue(false);
    assert!(gc.next_event().is_none());
}

#[test]
fn an_observer_counts_collections_its_own_way() {
    let mut heap = Heap::new();
    heap.set_mode(CollectorMode::Generational { promote_after: 1 });
    let mut gc = Collector::new();
    gc.set_event_queue(true);
    for name in ["a", "b", "c"] {
        node(&mut heap, name, false);
    }
    gc.collect_minor_observing(&mut heap, &(), &mut |_, dead| Observed {
        keep: Vec::new(),
        collected: Some(dead.len() as u64 - 1),
    });
    node(&mut heap, "d", false);
    gc.collect_observing(&mut heap, &(), &mut |_, _| Vec::new().into());
    assert_eq!(gc.totals_of(CycleKind::Minor).collected, 2);
    assert_eq!(gc.totals_of(CycleKind::Full).collected, 1);
    let collected: Vec<u64> = std::iter::from_fn(|| gc.next_event())
        .filter_map(|e| match e {
            CycleEvent::Stop { collected, .. } => Some(collected),
            CycleEvent::Start { .. } => None,
        })
        .collect();
    assert_eq!(collected, [2, 1]);
}

/// Runs every queued job as an embedder does in save-all mode; returns the names of the objects
/// whose own finalizers ran.
fn run_jobs(heap: &mut Heap, gc: &mut Collector) -> Vec<&'static str> {
    let mut own = Vec::new();
    while let Some(job) = heap.next_pending() {
        if job.kind == PendingKind::Finalize {
            if !gc.armed_only(job.object) {
                own.push(heap.get(heap.downcast::<Node>(job.object).unwrap()).name);
            }
            gc.finalizer_ran(heap, job.object).unwrap();
        }
    }
    own
}

fn garbage_names(heap: &Heap, gc: &Collector) -> Vec<&'static str> {
    gc.garbage()
        .into_iter()
        .map(|g| heap.get(heap.downcast::<Node>(g).unwrap()).name)
        .collect()
}

#[test]
fn save_all_keeps_every_unreachable_object_after_clearing_its_weak_references() {
    let mut heap = Heap::new();
    let mut gc = Collector::new();
    gc.set_save_all(true);
    let live = node(&mut heap, "live", false);
    let _root = heap.root(live);
    let a = node(&mut heap, "a", false);
    let b = node(&mut heap, "b", true);
    let c = node(&mut heap, "c", false);
    link(&mut heap, a, b);
    link(&mut heap, b, a);
    node(&mut heap, "alone", false);
    let weak_a = heap.downgrade(a).unwrap();
    let weak_c = heap.downgrade(c).unwrap();
    let report = gc.collect(&mut heap, &());
    assert_eq!(report.freed, 0, "save-all frees nothing unreachable");
    assert!(heap.upgrade(weak_a).is_none() && heap.upgrade(weak_c).is_none());
    assert_eq!(
        run_jobs(&mut heap, &mut gc),
        ["b"],
        "only b's own finalizer runs"
    );
    let mut saved = garbage_names(&heap, &gc);
    saved.sort();
    assert_eq!(saved, ["a", "alone", "b", "c"]);
    // They stay while saved, and die once the garbage is let go.
    gc.collect(&mut heap, &());
    assert_eq!(gc.garbage().len(), 4);
    gc.set_save_all(false);
    gc.clear_garbage();
    let report = gc.collect(&mut heap, &());
    assert_eq!(report.freed, 4);
    assert!(heap.is_alive(live));
}

#[test]
fn save_all_in_a_minor_keeps_the_young_garbage_and_a_filter_chooses() {
    let mut heap = Heap::new();
    heap.set_mode(CollectorMode::Generational { promote_after: 1 });
    let mut gc = Collector::new();
    let old = node(&mut heap, "old", false);
    let keep = heap.root(old);
    collect(&mut heap);
    drop(keep);
    node(&mut heap, "young", false);
    node(&mut heap, "skipped", false);
    gc.set_save_all(true);
    gc.set_save_all_filter(|heap, dead: Vec<GcAny>| {
        dead.into_iter()
            .filter(|g| heap.get(heap.downcast::<Node>(*g).unwrap()).name != "skipped")
            .collect()
    });
    let report = gc.collect_minor(&mut heap, &());
    assert_eq!(report.freed, 1, "the filtered-out one");
    run_jobs(&mut heap, &mut gc);
    assert_eq!(garbage_names(&heap, &gc), ["young"]);
    assert!(
        heap.is_alive(old),
        "a minor keeps old garbage and does not save it"
    );
    let taken = gc.take_garbage();
    assert_eq!(taken.len(), 1);
    assert!(gc.garbage().is_empty());
}

#[test]
fn saved_garbage_is_appended_in_job_order() {
    let mut heap = Heap::new();
    let mut gc = Collector::new();
    gc.set_save_all(true);
    for name in ["one", "two", "three"] {
        node(&mut heap, name, false);
    }
    gc.collect(&mut heap, &());
    let mut order = Vec::new();
    while let Some(job) = heap.next_pending() {
        order.push(heap.get(heap.downcast::<Node>(job.object).unwrap()).name);
        gc.finalizer_ran(&heap, job.object).unwrap();
    }
    assert_eq!(order.len(), 3);
    assert_eq!(garbage_names(&heap, &gc), order);
}

#[test]
fn a_panicking_observer_leaves_the_collector_consistent() {
    let mut heap = Heap::new();
    let (mut gc, _) = logged();
    node(&mut heap, "lost", false);
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        gc.collect_observing(&mut heap, &(), &mut |_, _| panic!("observer"))
    }));
    assert!(outcome.is_err());
    assert!(!gc.is_open());
    assert_eq!(gc.totals().collections, 0);
    assert_eq!(
        drained(&mut gc),
        ["start Full"],
        "the start was told, no stop"
    );
    gc.collect(&mut heap, &());
    assert_eq!(drained(&mut gc), ["start Full", "stop Full freed 1"]);
    assert_eq!(gc.totals().collections, 1);
}

#[test]
fn a_panicking_callback_leaves_the_collection_recorded() {
    let mut heap = Heap::new();
    let mut gc = Collector::new();
    gc.set_event_queue(true);
    gc.add_callback(|e| {
        if matches!(e, CycleEvent::Stop { .. }) {
            panic!("callback")
        }
    });
    node(&mut heap, "lost", false);
    let outcome = catch_unwind(AssertUnwindSafe(|| gc.collect(&mut heap, &())));
    assert!(outcome.is_err());
    assert!(!gc.is_open());
    assert_eq!(gc.totals().freed, 1);
    assert_eq!(gc.history().count(), 1);
    assert_eq!(drained(&mut gc), ["start Full", "stop Full freed 1"]);
}

#[test]
fn the_steps_of_a_cycle_begun_outside_the_collector_are_not_told() {
    let mut heap = Heap::new();
    let (mut gc, log) = logged();
    gc.pacing.step_units = Some(1);
    let keep = node(&mut heap, "keep", false);
    let _root = heap.root(keep);
    for name in ["a", "b", "c"] {
        let n = node(&mut heap, name, false);
        link(&mut heap, keep, n);
    }
    let pacing = gc.pacing;
    assert!(weakgc_collector::collect_step(&mut heap, &pacing, &())
        .finished
        .is_none());
    while gc.collect_step(&mut heap, &()).finished.is_none() {}
    assert!(log.borrow().is_empty());
    assert_eq!(gc.totals().collections, 0);
    // The next cycle is its own, told and recorded.
    while gc.collect_step(&mut heap, &()).finished.is_none() {}
    assert_eq!(drained(&mut gc), ["start Full", "stop Full freed 0"]);
    assert_eq!(gc.totals_of(CycleKind::Full).collections, 1);
}

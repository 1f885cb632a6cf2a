//! The forced-collection harness (issue #3): leaks planted on purpose must be reported with a
//! retention path that names every hop; censuses and their diffs are exact.

use weakgc::testing::{assert_collected, check_collected, LeakScope};
use weakgc::{
    Collector, CycleEvent, Gc, GcAny, Heap, Liveness, RootKind, Trace, Tracer, WeakAny, WeakRef,
};

use crate::support::*;

/// A weak-key table in miniature: entries traced as ephemerons, pruned when the key dies.
struct KeyTable {
    entries: Vec<(WeakAny, GcAny)>,
}
impl Trace for KeyTable {
    fn trace(&self, tracer: &mut Tracer) {
        for (k, v) in &self.entries {
            tracer.ephemeron(*k, v);
        }
    }
    fn type_name(&self) -> &str {
        "KeyTable"
    }
    fn has_weak_entries(&self) -> bool {
        true
    }
    fn prune_weak(&mut self, liveness: &Liveness<'_>) {
        self.entries.retain(|(k, _)| liveness.is_alive(*k));
    }
}

fn hops(path: &weakgc::RetentionPath) -> Vec<String> {
    path.steps
        .iter()
        .map(|s| format!("{}{}", s.type_name, s.label.clone().unwrap_or_default()))
        .collect()
}

#[test]
fn leak_through_a_named_root_names_the_root_and_every_hop() {
    let mut heap = Heap::new();
    let holder = node(&mut heap, 1);
    let middle = node(&mut heap, 2);
    let leaked = node(&mut heap, 3);
    link(&mut heap, holder, middle);
    link(&mut heap, middle, leaked);
    let _root = heap.root_named(holder, "request registry");
    let err = check_collected(&mut heap, [leaked.into()], &()).unwrap_err()[0].clone();
    let path = err.path.clone().unwrap();
    assert_eq!(path.root, RootKind::Root(Some("request registry".into())));
    assert_eq!(hops(&path), vec!["Node#1", "Node#2", "Node#3"]);
    let message = err.to_string();
    assert!(message.starts_with("'Node' "), "{message}");
    assert!(
        message.contains("kept alive by:\nroot \"request registry\"\n  -> 'Node'"),
        "{message}"
    );
}

#[test]
fn the_path_is_a_shortest_one() {
    let mut heap = Heap::new();
    let a = node(&mut heap, 1);
    let b = node(&mut heap, 2);
    let c = node(&mut heap, 3);
    let target = node(&mut heap, 4);
    link(&mut heap, a, b);
    link(&mut heap, b, c);
    link(&mut heap, c, target);
    link(&mut heap, a, target);
    let _root = heap.root(a);
    let path = heap.retention_path(target.into(), &()).unwrap();
    assert_eq!(hops(&path), vec!["Node#1", "Node#4"]);
}

#[test]
fn leak_through_extra_roots_names_the_slot() {
    let mut heap = Heap::new();
    let a = node(&mut heap, 1);
    let b = node(&mut heap, 2);
    let stack: Vec<Gc<Node>> = vec![a, b];
    let err = check_collected(&mut heap, [b.into()], &stack).unwrap_err()[0].clone();
    assert_eq!(err.path.unwrap().root, RootKind::Extra(1));
}

#[test]
fn leak_through_a_weak_key_table_value_names_the_key_that_keeps_it() {
    let mut heap = Heap::new();
    let key = node(&mut heap, 1);
    let value = node(&mut heap, 2);
    let leaked = node(&mut heap, 3);
    link(&mut heap, value, leaked);
    let weak_key = heap.downgrade(key).unwrap();
    let table = heap.alloc(KeyTable {
        entries: vec![(weak_key.into(), value.into())],
    });
    let _t = heap.root_named(table, "metadata table");
    let _k = heap.root_named(key, "the key");
    let path = heap.retention_path(leaked.into(), &()).unwrap();
    assert_eq!(path.root, RootKind::Root(Some("metadata table".into())));
    assert_eq!(hops(&path), vec!["KeyTable", "Node#2", "Node#3"]);
    assert_eq!(path.steps[1].via_ephemeron_key, Some(key.into()));
    assert!(path
        .to_string()
        .contains("weak-key table value, kept by its key"));
}

#[test]
fn a_value_that_refers_to_its_own_key_is_not_a_leak() {
    let mut heap = Heap::new();
    let key = node(&mut heap, 1);
    let value = node(&mut heap, 2);
    link(&mut heap, value, key);
    let weak_key = heap.downgrade(key).unwrap();
    let table = heap.alloc(KeyTable {
        entries: vec![(weak_key.into(), value.into())],
    });
    let _t = heap.root(table);
    assert!(heap.retention_path(key.into(), &()).is_none());
    check_collected(&mut heap, [key.into(), value.into()], &()).unwrap();
    assert!(
        heap.get(table).entries.is_empty(),
        "pruned in the same cycle"
    );
}

#[test]
fn leak_through_callback_data_of_a_live_weak_reference_object() {
    // Like Python's finalize(obj, func, *args): the callback's arguments are alive while the weak
    // reference object is.
    let mut heap = Heap::new();
    let watched = node(&mut heap, 1);
    let arg = node(&mut heap, 2);
    let _w = heap.root(watched);
    let wr = WeakRef::new(&mut heap, watched, Some(arg)).unwrap();
    let _registry = heap.root_named(wr, "finalize registry");
    let err = check_collected(&mut heap, [arg.into()], &()).unwrap_err()[0].clone();
    let path = err.path.unwrap();
    assert_eq!(path.root, RootKind::Root(Some("finalize registry".into())));
    assert_eq!(hops(&path), vec!["WeakRef<Gc<Node>>", "Node#2"]);
}

#[test]
fn an_object_kept_only_for_its_finalizer_says_so() {
    let mut heap = Heap::new();
    let n = node_with_finalizer(&mut heap, 1);
    let err = check_collected(&mut heap, [n.into()], &()).unwrap_err()[0].clone();
    assert_eq!(
        err.path.as_ref().map(|p| p.root.clone()),
        Some(RootKind::Pending)
    );
    heap.run_pending(|_, _| {});
    assert_collected(&mut heap, n, &());
}

#[test]
fn census_diffs_are_exact() {
    let mut heap = Heap::new();
    let keep: Vec<_> = (0..5).map(|i| node(&mut heap, i)).collect();
    let roots: Vec<_> = keep.iter().map(|n| heap.root(*n)).collect();
    let before = heap.census();
    assert_eq!(before.count("Node"), 5);
    let scope = LeakScope::begin(&heap);
    let leaked = heap.alloc(String::from("leak"));
    let _r = heap.root(leaked);
    for i in 0..10 {
        node(&mut heap, i);
    }
    let diff = scope.end(&mut heap, &());
    assert_eq!(diff.count("String"), 1);
    assert_eq!(diff.count("Node"), 0);
    assert_eq!(diff.total_objects(), 1);
    drop(roots);
    let after = heap.census().diff(&before);
    assert_eq!((after.count("Node"), after.count("String")), (0, 1));
    heap.collect();
    assert_eq!(heap.census().diff(&before).count("Node"), -5);
}

#[test]
#[should_panic(expected = "leaked: 1 x 'String'")]
fn leak_scope_assertion_lists_the_leaked_types() {
    let mut heap = Heap::new();
    let scope = LeakScope::begin(&heap);
    let s = heap.alloc(String::from("leak"));
    let _r = heap.root(s);
    scope.assert_no_leaks(&mut heap, &(), &["String"]);
}

#[test]
fn only_objects_holding_references_are_tracked() {
    let mut heap = Heap::new();
    let atom = heap.alloc(String::from("atom"));
    let empty = node(&mut heap, 1);
    let full = node(&mut heap, 2);
    link(&mut heap, full, empty);
    let table = heap.alloc(KeyTable {
        entries: Vec::new(),
    });
    assert!(!heap.is_tracked(atom));
    assert!(!heap.is_tracked(empty));
    assert!(heap.is_tracked(full));
    assert!(heap.is_tracked(table), "a weak table is always looked at");
    heap.collect();
    assert!(!heap.is_tracked(full), "collected objects are not tracked");
}

#[test]
fn referrers_and_referents_match_the_graph() {
    let mut heap = Heap::new();
    let a = node(&mut heap, 1);
    let b = node(&mut heap, 2);
    let c = node(&mut heap, 3);
    link(&mut heap, a, c);
    link(&mut heap, b, c);
    assert_eq!(heap.referrers(c), vec![GcAny::from(a), b.into()]);
    assert_eq!(heap.referents(a).unwrap(), vec![GcAny::from(c)]);
}

#[test]
fn collector_keeps_history_tells_callbacks_and_saves_failed_finalizer_objects() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let mut heap = Heap::new();
    let mut collector = Collector::new();
    let events = Rc::new(RefCell::new(Vec::new()));
    let log = events.clone();
    let id = collector.add_callback(move |e| {
        log.borrow_mut().push(match e {
            CycleEvent::Start { cycle, .. } => format!("start {cycle}"),
            CycleEvent::Stop { report: r, .. } => format!("stop {} freed {}", r.cycle, r.freed),
        })
    });
    node(&mut heap, 1);
    collector.collect(&mut heap, &());
    let n = node_with_finalizer(&mut heap, 2);
    collector.collect(&mut heap, &());
    assert_eq!(
        *events.borrow(),
        vec!["start 1", "stop 1 freed 1", "start 2", "stop 2 freed 0"]
    );
    assert_eq!(
        collector.history().map(|r| r.freed).collect::<Vec<_>>(),
        vec![1, 0]
    );
    assert_eq!(collector.totals().finalizers_queued, 1);
    assert!(collector.remove_callback(id));

    collector.set_save_garbage(true);
    let job = heap.next_pending().unwrap();
    assert!(collector.finalizer_failed(&heap, job.object).unwrap());
    drop(job);
    collector.collect(&mut heap, &());
    assert!(heap.is_alive(n), "kept in garbage for inspection");
    assert_eq!(collector.garbage(), vec![GcAny::from(n)]);
    collector.clear_garbage();
    assert_eq!(collector.collect(&mut heap, &()).freed, 1);
    let _ = heap.collect();
}

/// Issue #16: a failed "was expected to be collected" assertion printed the whole retention path
/// (22.9 MB for a 1M-step chain). The message shows the first and last steps and how many are
/// left out; the full path stays in `StillAlive::path`.
#[test]
fn a_long_retention_path_is_elided_in_the_message_but_kept_whole() {
    let mut heap = Heap::new();
    let head = node(&mut heap, 0);
    let _root = heap.root_named(head, "chain");
    let mut last = head;
    for id in 1..10_000 {
        let next = node(&mut heap, id);
        heap.get_mut(last).edges.push(next.into());
        last = next;
    }
    let err = check_collected(&mut heap, [last.into()], &()).unwrap_err()[0].clone();
    assert_eq!(err.path.as_ref().unwrap().steps.len(), 10_000);
    let message = err.to_string();
    assert!(message.len() < 2_000, "{} bytes", message.len());
    assert!(message.contains("root \"chain\"\n  -> 'Node'"), "{message}");
    assert!(
        message.contains("#0") && message.contains("#9999"),
        "{message}"
    );
    assert!(message.contains("9990 more steps"), "{message}");
}

/// A type-per-object heap (an interpreter's classes, say) must not make the leak message grow
/// with it either.
#[test]
fn a_leak_scope_message_lists_a_bounded_number_of_types() {
    struct Named(String);
    impl Trace for Named {
        fn trace(&self, _: &mut Tracer) {}
        fn type_name(&self) -> &str {
            &self.0
        }
    }
    let mut heap = Heap::new();
    let scope = LeakScope::begin(&heap);
    let roots: Vec<_> = (0..5_000)
        .map(|i| {
            let object = heap.alloc(Named(format!("Class{i}")));
            heap.root(object)
        })
        .collect();
    let message = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        scope.assert_no_leaks(&mut heap, &(), &["Class7"])
    }))
    .unwrap_err();
    let message = message.downcast_ref::<String>().unwrap();
    assert!(message.starts_with("leaked: 1 x 'Class7'"), "{message}");
    assert!(message.len() < 4_000, "{} bytes", message.len());
    assert!(message.contains("more types"), "{message}");
    drop(roots);
}

/// Issue #16: objects whose finalizer is queued were counted as ordinary live objects, so a census
/// taken between `collect()` and draining counted garbage as live.
#[test]
fn the_census_counts_objects_awaiting_their_finalizer_apart() {
    let mut heap = Heap::new();
    let live = node(&mut heap, 1);
    let _root = heap.root(live);
    for i in 0..3 {
        node_with_finalizer(&mut heap, 10 + i);
    }
    let report = heap.collect();
    assert_eq!(report.finalizers_queued, 3);
    let census = heap.census();
    assert_eq!(census.count("Node"), 1, "{census}");
    assert_eq!(census.awaiting_finalizer("Node"), 3, "{census}");
    assert_eq!(census.total_objects(), 1);
    assert_eq!(census.total_awaiting_finalizer(), 3);
    assert!(
        census.to_string().contains("awaiting finalizer"),
        "{census}"
    );
    heap.run_pending(|_, _| {});
    heap.collect();
    let after = heap.census().diff(&census);
    assert_eq!(
        (after.count("Node"), after.awaiting_finalizer("Node")),
        (0, -3)
    );
}

//! Issue #18: the library as a new embedder first uses it. Each test is a first attempt that must
//! compile and work: inherent `collect`, roots for the heap's life, extra roots built on the spot,
//! typed weak tables, the derive's attributes, and the harness's reports.

use weakgc::testing::{
    census_json, check_collected, retention_path_dot, retention_path_json, settle, LeakScope,
};
use weakgc::{
    collect_with, Gc, GcAny, Heap, HeapCore, PendingKind, Referent, RootKind, Trace, WeakSet,
    WeakValueDictionary,
};

use crate::support::*;

#[test]
fn collect_is_a_method_without_importing_a_trait() {
    let mut heap = Heap::new();
    let kept = heap.alloc(1u32);
    let _root = heap.root(kept);
    heap.alloc(2u32);
    assert_eq!(heap.collect().freed, 1);
    assert!(heap.is_alive(kept));
}

#[test]
fn extra_roots_built_on_the_spot_keep_their_objects() {
    let mut heap = Heap::new();
    let globals = heap.alloc(vec![0u8]);
    let stack: Vec<GcAny> = vec![heap.alloc(1u8).into(), heap.alloc(2u8).into()];
    let frame = heap.alloc(3u8);
    let lost = heap.alloc(4u8);
    // The free function and the method, with a tuple of a handle, a borrowed Vec and a slice.
    let report = collect_with(&mut heap, &(globals, &stack, &[frame][..]));
    assert_eq!(report.freed, 1);
    assert!(!heap.is_alive(lost));
    assert_eq!(heap.collect_with(&(globals, &stack)).freed, 1, "frame");
    assert!(stack.iter().all(|o| heap.is_alive(*o)));
}

#[test]
fn root_forever_keeps_an_object_for_the_heaps_life_and_names_it() {
    let mut heap = Heap::new();
    let builtins = heap.alloc(String::from("print"));
    let builtins = heap.root_forever(builtins, "builtins");
    for _ in 0..3 {
        heap.collect();
    }
    assert_eq!(heap.get(builtins), "print");
    assert_eq!(heap.root_count(), 1);
    let path = heap.retention_path(builtins.into(), &()).unwrap();
    assert_eq!(path.root, RootKind::Root(Some("builtins".into())));
}

/// Helpers that take `&mut HeapCore` accept the facade `Heap` and the heap callbacks receive.
fn count_live(heap: &HeapCore) -> usize {
    heap.object_count()
}

#[test]
fn one_helper_serves_the_facade_and_callbacks() {
    let mut heap = Heap::new();
    let a = heap.alloc(1u8);
    let seen = std::rc::Rc::new(std::cell::Cell::new(0));
    let seen2 = seen.clone();
    heap.on_finalize(a.into(), move |core, _| seen2.set(count_live(core)))
        .unwrap();
    assert_eq!(count_live(&heap), 1);
    heap.collect();
    heap.run_pending(|_, _| {});
    assert_eq!(
        seen.get(),
        1,
        "the finalized object is still there while its finalizer runs"
    );
}

#[derive(Trace)]
#[trace(name = "Symbol")]
struct Sym {
    #[trace(skip, label)]
    text: String,
}

#[test]
fn a_typed_intern_table_returns_typed_handles() {
    let mut heap = Heap::new();
    let table = heap.alloc(WeakValueDictionary::<String, Gc<Sym>>::new());
    let table = heap.root_forever(table, "interned");
    let intern = |heap: &mut Heap, text: &str| -> Gc<Sym> {
        if let Some(hit) = heap.get(table).get(heap, text) {
            return hit;
        }
        let sym = heap.alloc(Sym { text: text.into() });
        let value = Referent::new(heap, sym).unwrap();
        heap.get_mut(table).insert(text.into(), value);
        sym
    };
    let a = intern(&mut heap, "a");
    assert_eq!(intern(&mut heap, "a"), a, "a hit, typed, no downcast");
    let b = intern(&mut heap, "b");
    assert_eq!(heap.get(b).text, "b");
    let _keep_a = heap.root(a);
    heap.collect();
    assert_eq!(
        heap.get(table).len(),
        1,
        "b died and its entry went with it"
    );
    let keys: Vec<&String> = heap.get(table).keys(&heap).collect();
    assert_eq!(keys, ["a"]);
}

#[test]
fn a_typed_weak_set_iterates_typed_handles() {
    let mut heap = Heap::new();
    let set = heap.alloc(WeakSet::<Gc<Sym>>::new());
    let _r = heap.root(set);
    let x = heap.alloc(Sym { text: "x".into() });
    let rx = Referent::new(&mut heap, x).unwrap();
    heap.get_mut(set).add(rx);
    let texts: Vec<String> = heap
        .get(set)
        .iter(&heap)
        .map(|s| heap.get(s).text.clone())
        .collect();
    assert_eq!(texts, ["x"]);
}

#[derive(Trace)]
#[trace(finalizer, name = "Frame")]
struct Frame {
    locals: Vec<GcAny>,
    #[trace(skip, label)]
    function: &'static str,
}

#[test]
fn derive_attributes_give_finalizer_name_and_label() {
    let mut heap = Heap::new();
    let local = heap.alloc(Sym {
        text: "local".into(),
    });
    let frame = heap.alloc(Frame {
        locals: vec![local.into()],
        function: "main",
    });
    let root = heap.root_named(frame, "stack");
    let path = heap.retention_path(local.into(), &()).unwrap();
    let shown = path.to_string();
    assert!(
        shown.contains("'Frame'") && shown.contains("main"),
        "{shown}"
    );
    assert!(
        shown.contains("'Symbol'") && shown.contains("local"),
        "{shown}"
    );
    drop(root);
    let report = heap.collect();
    assert_eq!(report.finalizers_queued, 1, "#[trace(finalizer)]");
    let job = heap.next_pending().unwrap();
    assert_eq!(
        (job.kind, job.object),
        (PendingKind::Finalize, frame.into())
    );
}

#[test]
fn a_failed_check_reports_every_survivor() {
    let mut heap = Heap::new();
    let holder = node(&mut heap, 0);
    let (a, b, c) = (node(&mut heap, 1), node(&mut heap, 2), node(&mut heap, 3));
    link(&mut heap, holder, a);
    link(&mut heap, holder, c);
    let _root = heap.root_named(holder, "registry");
    let err = check_collected(&mut heap, [a.into(), b.into(), c.into()], &()).unwrap_err();
    let ids: Vec<String> = err.iter().map(|s| s.label.clone().unwrap()).collect();
    assert_eq!(ids, ["#1", "#3"], "b died; a and c are both reported");
    let message = err.to_string();
    assert!(message.starts_with("2 objects were expected"), "{message}");
    assert!(
        message.contains("[1] 'Node'") && message.contains("[2] 'Node'"),
        "{message}"
    );
    let dot = err.to_dot();
    assert_eq!(
        dot.matches("root0 ->").count(),
        1,
        "the shared hop is drawn once:\n{dot}"
    );
    assert_eq!(dot.matches(" -> ").count(), 3, "{dot}");
    assert!(err.to_json().starts_with("[{\"object\":"));
}

#[test]
fn no_leaks_with_an_empty_type_list_checks_every_type() {
    let mut heap = Heap::new();
    let scope = LeakScope::begin(&heap);
    heap.alloc(String::from("garbage"));
    scope.assert_no_leaks(&mut heap, &(), &[]);

    let scope = LeakScope::begin(&heap);
    let kept = heap.alloc(7u64);
    let _root = heap.root(kept);
    let leaked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        scope.assert_no_leaks(&mut heap, &(), &[])
    }))
    .unwrap_err();
    let message = leaked.downcast_ref::<String>().unwrap();
    assert!(message.starts_with("leaked: 1 x 'u64'"), "{message}");
}

#[test]
fn settle_drains_and_collects_until_nothing_changes() {
    let mut heap = Heap::new();
    // A finalizer that makes garbage with finalizers of its own, three generations deep.
    fn chain(heap: &mut HeapCore, depth: u32) {
        let obj = heap.alloc(depth);
        if depth > 0 {
            heap.on_finalize(obj.into(), move |heap, _| chain(heap, depth - 1))
                .unwrap();
        }
    }
    chain(&mut heap, 3);
    let done = settle(&mut heap, &(), |_, _| {});
    assert!(done.settled);
    assert_eq!((done.freed, done.jobs), (4, 3));
    assert_eq!(heap.object_count(), 0);
    assert!(heap.census().is_empty());
}

#[test]
fn settle_hands_callbacks_to_the_handler_and_reports_a_heap_that_never_settles() {
    let mut heap = Heap::new();
    let obj = heap.alloc(1u8);
    heap.set_finalizer(obj, true).unwrap();
    let mut handled = Vec::new();
    let done = settle(&mut heap, &(), |_, job| handled.push(job.kind));
    assert_eq!(handled, [PendingKind::Finalize]);
    assert!(done.settled);

    // A finalizer that always leaves a new object with a finalizer: never at rest.
    fn forever(heap: &mut HeapCore) {
        let obj = heap.alloc(0u8);
        heap.on_finalize(obj.into(), |heap, _| forever(heap))
            .unwrap();
    }
    forever(&mut heap);
    let done = settle(&mut heap, &(), |_, _| {});
    assert!(!done.settled);
    assert_eq!(done.cycles, weakgc::testing::SETTLE_MAX_CYCLES);
}

#[test]
fn paths_and_censuses_export_as_dot_and_json() {
    let mut heap = Heap::new();
    let holder = node(&mut heap, 1);
    let target = node(&mut heap, 2);
    link(&mut heap, holder, target);
    let _root = heap.root_named(holder, "a \"quoted\" root");
    let path = heap.retention_path(target.into(), &()).unwrap();
    let dot = retention_path_dot(&path);
    assert!(
        dot.contains(r#"root0 [shape=box, label="root \"a \"quoted\" root\""];"#),
        "{dot}"
    );
    assert_eq!(dot.matches(" -> ").count(), 2, "{dot}");
    assert!(dot.contains(r#"\n#2"];"#), "labels on a second line: {dot}");
    let json = retention_path_json(&path);
    assert!(json.contains(r#""name":"a \"quoted\" root""#), "{json}");
    assert_eq!(json.matches(r#""type":"Node""#).count(), 2, "{json}");
    let census = census_json(&heap.census());
    assert!(
        census.contains(r#"{"type":"Node","objects":2,"bytes":"#),
        "{census}"
    );
}

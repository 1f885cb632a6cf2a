//! `WeakRef` and `Finalize` embedded in an interpreter's one object type (an enum, as minipy's
//! `ObjKind`): the heap registers and queues the embedding object, the callback and the finalizer's
//! data are traced through it, and the registry roots it.

use weakgc_collector::collect;
use weakgc_heap::{Gc, Heap, HeapError, PendingKind, Trace, Tracer};
use weakgc_weak::{getweakrefcount, getweakrefs, Embeds, Finalize, FinalizeRegistry, WeakRef};

/// An interpreter's object: a string, a weak reference whose callback is an object, or a
/// `finalize` whose "function" is an object.
enum Obj {
    Str(&'static str),
    Ref(WeakRef<Gc<Obj>>),
    Finalizer(Finalize<Gc<Obj>>),
}

impl Trace for Obj {
    fn trace(&self, tracer: &mut Tracer) {
        match self {
            Obj::Str(_) => {}
            Obj::Ref(r) => r.trace(tracer),
            Obj::Finalizer(f) => f.trace(tracer),
        }
    }

    fn type_name(&self) -> &str {
        match self {
            Obj::Str(_) => "str",
            Obj::Ref(_) => "weakref",
            Obj::Finalizer(_) => "finalize",
        }
    }
}

impl Embeds<WeakRef<Gc<Obj>>> for Obj {
    fn embedded(&self) -> Option<&WeakRef<Gc<Obj>>> {
        match self {
            Obj::Ref(r) => Some(r),
            _ => None,
        }
    }

    fn embedded_mut(&mut self) -> Option<&mut WeakRef<Gc<Obj>>> {
        match self {
            Obj::Ref(r) => Some(r),
            _ => None,
        }
    }
}

impl Embeds<Finalize<Gc<Obj>>> for Obj {
    fn embedded(&self) -> Option<&Finalize<Gc<Obj>>> {
        match self {
            Obj::Finalizer(f) => Some(f),
            _ => None,
        }
    }

    fn embedded_mut(&mut self) -> Option<&mut Finalize<Gc<Obj>>> {
        match self {
            Obj::Finalizer(f) => Some(f),
            _ => None,
        }
    }
}

type Registry = FinalizeRegistry<Gc<Obj>, Obj>;

fn string(heap: &mut Heap, s: &'static str) -> Gc<Obj> {
    heap.alloc(Obj::Str(s))
}

fn text(heap: &Heap, o: Gc<Obj>) -> &'static str {
    match heap.get(o) {
        Obj::Str(s) => s,
        _ => panic!("not a str"),
    }
}

/// Drains the queue as an interpreter does: a callback job names the embedding object; a
/// reference's callback is taken (called once), a finalizer is answered with `Finalize::call`.
fn drain(heap: &mut Heap) -> Vec<&'static str> {
    let mut ran = Vec::new();
    while let Some(job) = heap.next_pending() {
        assert_eq!(job.kind, PendingKind::Callback);
        let obj = heap.downcast::<Obj>(job.object).unwrap();
        let callback = match heap.get_mut(obj) {
            Obj::Ref(r) => r.take_callback(),
            Obj::Finalizer(_) => Finalize::call(heap, obj),
            Obj::Str(_) => panic!("a str has no callback"),
        };
        ran.extend(callback.map(|c| text(heap, c)));
    }
    ran
}

#[test]
fn an_embedded_reference_is_queued_as_its_object_and_traces_its_callback() {
    let mut heap = Heap::new();
    let target = string(&mut heap, "target");
    let target_root = heap.root(target);
    let callback = string(&mut heap, "callback ran");
    let r = WeakRef::alloc_in(&mut heap, target, Some(callback), Obj::Ref).unwrap();
    let _r_root = heap.root(r);
    assert_eq!(getweakrefs(&heap, target), vec![Gc::erase(r)]);
    collect(&mut heap);
    assert!(heap.is_alive(callback), "the object traces its callback");
    assert_eq!(WeakRef::get(&heap, r), Some(target.into()));
    drop(target_root);
    collect(&mut heap);
    assert_eq!(WeakRef::get(&heap, r), None);
    let Obj::Ref(wr) = heap.get(r) else {
        unreachable!()
    };
    assert_eq!(wr.referent(&heap), None);
    assert_eq!(wr.callback(), Some(&callback));
    assert_eq!(drain(&mut heap), vec!["callback ran"]);
    assert_eq!(drain(&mut heap), Vec::<&str>::new(), "taken: runs once");
    collect(&mut heap);
    assert!(!heap.is_alive(callback), "a taken callback is let go");
}

#[test]
fn a_reference_without_callback_is_listed_but_queues_nothing() {
    let mut heap = Heap::new();
    let target = string(&mut heap, "target");
    let quiet = WeakRef::alloc_in(&mut heap, target, None, Obj::Ref).unwrap();
    let _keep = heap.root(quiet);
    assert_eq!(getweakrefcount(&heap, target), 1);
    let report = collect(&mut heap);
    assert_eq!(report.callbacks_queued, 0);
    assert_eq!(WeakRef::get(&heap, quiet), None);
}

#[test]
fn an_unreachable_reference_object_calls_nothing_back() {
    let mut heap = Heap::new();
    let target = string(&mut heap, "target");
    let callback = string(&mut heap, "never");
    WeakRef::alloc_in(&mut heap, target, Some(callback), Obj::Ref).unwrap();
    collect(&mut heap);
    assert!(drain(&mut heap).is_empty());
}

#[test]
fn a_reference_registered_in_two_steps_counts_only_once_registered() {
    let mut heap = Heap::new();
    let target = string(&mut heap, "target");
    let target_root = heap.root(target);
    let callback = string(&mut heap, "two-step callback");
    // Until the reference is in a heap object, nothing traces its callback: the embedder roots it.
    let callback_root = heap.root(callback);
    let wr = WeakRef::unregistered(&mut heap, target, Some(callback)).unwrap();
    // The embedder's own allocation path, e.g. one that charges memory and collects first.
    collect(&mut heap);
    let r = heap.alloc(Obj::Ref(wr));
    drop(callback_root);
    let _r_root = heap.root(r);
    assert_eq!(getweakrefcount(&heap, target), 0, "not registered yet");
    WeakRef::register_embedded(&mut heap, r).unwrap();
    assert_eq!(getweakrefs(&heap, target), vec![Gc::erase(r)]);
    drop(target_root);
    collect(&mut heap);
    assert_eq!(drain(&mut heap), vec!["two-step callback"]);
}

#[test]
fn registering_fails_for_an_object_without_a_reference_or_a_dead_target() {
    let mut heap = Heap::new();
    let s = string(&mut heap, "not a reference");
    let err = WeakRef::<Gc<Obj>>::register_embedded(&mut heap, s).unwrap_err();
    assert!(
        matches!(&err, HeapError::WrongType { found, .. } if found == "str"),
        "{err}"
    );

    let target = string(&mut heap, "target");
    let wr = WeakRef::unregistered(&mut heap, target, None).unwrap();
    collect(&mut heap); // the target dies before the reference is registered
    let r = heap.alloc(Obj::Ref(wr));
    let err = WeakRef::register_embedded(&mut heap, r).unwrap_err();
    assert!(matches!(err, HeapError::StaleHandle { .. }), "{err}");
}

#[test]
fn an_embedded_finalizer_is_kept_by_its_registry_and_runs_once() {
    let mut heap = Heap::new();
    let mut registry = Registry::default();
    let target = string(&mut heap, "file");
    let close = string(&mut heap, "closed");
    let f = registry
        .register_in(&mut heap, target, close, Obj::Finalizer)
        .unwrap();
    assert_eq!(registry.alive(&heap).collect::<Vec<_>>(), vec![f]);
    assert!(
        heap.root_entries()
            .iter()
            .any(|(gc, name)| *gc == Gc::erase(f) && name.as_deref() == Some("finalize registry")),
        "retention paths name the registry"
    );
    collect(&mut heap); // the target dies; nothing but the registry holds `f`
    assert!(heap.is_alive(close), "the finalizer's data is traced");
    assert!(Finalize::alive(&heap, f));
    assert_eq!(Finalize::peek(&heap, f), None, "its target is dead");
    assert_eq!(drain(&mut heap), vec!["closed"]);
    assert!(!Finalize::alive(&heap, f));
    assert_eq!(Finalize::call(&mut heap, f), None, "at most once");
    assert_eq!(registry.alive(&heap).count(), 0);
    collect(&mut heap);
    assert!(!heap.is_alive(f), "the registry let go of it");
    assert!(!heap.is_alive(close));
}

#[test]
fn an_embedded_finalizer_detaches_and_peeks_through_its_object() {
    let mut heap = Heap::new();
    let mut registry = Registry::default();
    let target = string(&mut heap, "file");
    let _target_root = heap.root(target);
    let close = string(&mut heap, "close");
    let f = registry
        .register_in(&mut heap, target, close, Obj::Finalizer)
        .unwrap();
    assert_eq!(Finalize::peek(&heap, f), Some((target.into(), &close)));
    let Obj::Finalizer(inner) = heap.get(f) else {
        unreachable!()
    };
    assert_eq!(inner.data(), Some(&close));
    assert_eq!(inner.target().gc(), target.into());
    assert_eq!(Finalize::detach(&mut heap, f), Some((target.into(), close)));
    assert_eq!(Finalize::detach(&mut heap, f), None);
    assert_eq!(
        getweakrefcount(&heap, target),
        0,
        "a detached finalizer is unregistered"
    );
    collect(&mut heap);
    assert!(!heap.is_alive(f));
}

#[test]
fn shutdown_reads_atexit_through_the_embedding_object() {
    let mut heap = Heap::new();
    let mut registry = Registry::default();
    let target = string(&mut heap, "target");
    let _target_root = heap.root(target);
    let mut fs = Vec::new();
    for name in ["a", "b", "c"] {
        let data = string(&mut heap, name);
        fs.push(
            registry
                .register_in(&mut heap, target, data, Obj::Finalizer)
                .unwrap(),
        );
    }
    if let Obj::Finalizer(f) = heap.get_mut(fs[1]) {
        f.set_atexit(false);
    }
    assert_eq!(registry.shutdown(&mut heap), 2);
    assert_eq!(drain(&mut heap), vec!["c", "a"], "newest first");
    assert_eq!(registry.alive(&heap).collect::<Vec<_>>(), vec![fs[1]]);
}

#[test]
fn a_finalizer_registered_in_two_steps_is_rooted_once_registered() {
    let mut heap = Heap::new();
    let mut registry = Registry::default();
    let target = string(&mut heap, "target");
    let data = string(&mut heap, "two-step finalizer");
    let f = registry.unregistered(&mut heap, target, data).unwrap();
    let f = heap.alloc(Obj::Finalizer(f));
    let _f_root = heap.root(f); // the embedder's temporary root until registered
    assert_eq!(registry.alive(&heap).count(), 0);
    registry.register_embedded(&mut heap, f).unwrap();
    registry.register_embedded(&mut heap, f).unwrap();
    assert_eq!(
        getweakrefcount(&heap, target),
        1,
        "registering again does nothing"
    );
    drop(_f_root);
    collect(&mut heap);
    assert_eq!(drain(&mut heap), vec!["two-step finalizer"]);
}

#[test]
fn a_registry_refuses_another_registrys_finalizer() {
    let mut heap = Heap::new();
    let (mut mine, mut other) = (Registry::default(), Registry::default());
    let target = string(&mut heap, "target");
    let data = string(&mut heap, "data");
    let f = other.unregistered(&mut heap, target, data).unwrap();
    let f = heap.alloc(Obj::Finalizer(f));
    let err = mine.register_embedded(&mut heap, f).unwrap_err();
    assert!(matches!(err, HeapError::WrongType { .. }), "{err}");
    let s = string(&mut heap, "no finalizer");
    assert!(mine.register_embedded(&mut heap, s).is_err());
}

#[test]
fn dropping_the_registry_lets_its_embedded_finalizers_go() {
    let mut heap = Heap::new();
    let mut registry = Registry::default();
    let target = string(&mut heap, "target");
    let _target_root = heap.root(target);
    let data = string(&mut heap, "data");
    let f = registry
        .register_in(&mut heap, target, data, Obj::Finalizer)
        .unwrap();
    drop(registry);
    collect(&mut heap);
    assert!(!heap.is_alive(f));
    assert_eq!(getweakrefcount(&heap, target), 0);
}

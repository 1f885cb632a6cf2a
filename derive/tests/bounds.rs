//! Issue #16: `#[derive(Trace)]` bounded every type parameter by `Trace`, so a type whose
//! parameter appears only in `#[trace(skip)]` fields (or only inside `Gc`, `Weak`, `PhantomData`)
//! could not be derived for a parameter without a `Trace` impl. These compile only with the
//! inferred bounds (serde's approach) or `#[trace(bound = "...")]`.

use std::marker::PhantomData;
use std::rc::Rc;

use weakgc_derive::Trace;
use weakgc_heap::{Gc, Heap, Trace, Weak};

/// Implements no `Trace`.
struct Opaque;

#[derive(Trace)]
#[trace(crate = "weakgc_heap")]
struct OnlySkipped<T> {
    child: Option<Gc<String>>,
    #[trace(skip)]
    meta: Rc<T>,
}

#[derive(Trace)]
#[trace(crate = "weakgc_heap")]
struct Handles<T: ?Sized + 'static, U> {
    strong: Option<Gc<T>>,
    weak: Option<Weak<T>>,
    marker: PhantomData<U>,
}

#[derive(Trace)]
#[trace(crate = "weakgc_heap")]
enum Either<A, B> {
    Traced(Vec<A>),
    Skipped(#[trace(skip)] B),
}

/// A recursive type: bounding field types instead (`Option<Box<List<T>>>: Trace`) would make
/// the impl's where clause need itself.
#[derive(Trace)]
#[trace(crate = "weakgc_heap")]
struct List<T> {
    value: T,
    next: Option<Box<List<T>>>,
}

#[derive(Trace)]
#[trace(crate = "weakgc_heap", bound = "")]
struct Explicit<T> {
    #[allow(dead_code)]
    items: Vec<Gc<String>>,
    #[trace(skip)]
    _t: Option<T>,
}

fn is_trace<T: Trace>() {}

#[test]
fn parameters_only_skipped_or_behind_handles_need_no_trace() {
    is_trace::<OnlySkipped<Opaque>>();
    is_trace::<Handles<Opaque, Opaque>>();
    is_trace::<Handles<dyn std::any::Any, Opaque>>();
    is_trace::<Either<Gc<String>, Opaque>>();
    is_trace::<List<Gc<String>>>();
    is_trace::<Explicit<Opaque>>();

    let mut heap = Heap::new();
    let s = heap.alloc(String::from("child"));
    let only = heap.alloc(OnlySkipped {
        child: Some(s),
        meta: Rc::new(Opaque),
    });
    assert_eq!(heap.referents(only).unwrap(), vec![s.into()]);
    let e: Gc<Either<Gc<String>, Opaque>> = heap.alloc(Either::Traced(vec![s, s]));
    assert_eq!(heap.referents(e).unwrap().len(), 2);
    let skipped: Gc<Either<Gc<String>, Opaque>> = heap.alloc(Either::Skipped(Opaque));
    assert!(heap.referents(skipped).unwrap().is_empty());
    let list = heap.alloc(List {
        value: s,
        next: Some(Box::new(List {
            value: s,
            next: None,
        })),
    });
    assert_eq!(heap.referents(list).unwrap().len(), 2);
}

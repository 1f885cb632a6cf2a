//! `#[derive(Trace)]`: structs, tuple structs, enums, generics, and `#[trace(skip)]`.

use weakgc::{Gc, Heap, Trace};

#[derive(Trace)]
struct Named {
    child: Option<Gc<String>>,
    #[trace(skip)]
    #[allow(dead_code)]
    note: std::cell::Cell<u32>,
}

#[derive(Trace)]
struct Pair(Gc<String>, #[trace(skip)] u8);

#[derive(Trace)]
enum Shape {
    Empty,
    One(Gc<String>),
    Many {
        items: Vec<Gc<String>>,
        #[trace(skip)]
        _tag: &'static str,
    },
}

#[derive(Trace)]
struct Wrapper<T> {
    inner: T,
}

#[test]
fn derived_trace_reports_every_unskipped_field_in_every_shape() {
    let mut heap = Heap::new();
    let s = |heap: &mut Heap, v: &str| heap.alloc(v.to_string());
    let (a, b, c, d, e) = (
        s(&mut heap, "a"),
        s(&mut heap, "b"),
        s(&mut heap, "c"),
        s(&mut heap, "d"),
        s(&mut heap, "e"),
    );
    let named = heap.alloc(Named {
        child: Some(a),
        note: Default::default(),
    });
    let pair = heap.alloc(Pair(b, 0));
    let shapes = heap.alloc(vec![
        Shape::Empty,
        Shape::One(c),
        Shape::Many {
            items: vec![d],
            _tag: "t",
        },
    ]);
    let wrapped = heap.alloc(Wrapper { inner: (e, 1u32) });
    let roots = (named, pair, shapes, wrapped);
    let garbage = s(&mut heap, "garbage");
    let report = heap.collect_with(&roots);
    assert_eq!((report.marked, report.freed), (9, 1));
    for live in [a, b, c, d, e] {
        assert!(heap.is_alive(live));
    }
    assert!(!heap.is_alive(garbage));
}

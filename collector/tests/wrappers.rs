//! Issue #16: a weak table or an object with a finalizer inside `Box` or `Rc` must behave as it
//! does unboxed. The wrappers forwarded only `trace`: a boxed table was never pruned, and a
//! `Box<dyn Tr>` whose value has a finalizer never had it queued.

use std::rc::Rc;

use weakgc_collector::collect;
use weakgc_heap::{GcAny, Heap, Liveness, PendingKind, Trace, Tracer, WeakAny};

struct Table(Vec<WeakAny>);
impl Trace for Table {
    fn trace(&self, _: &mut Tracer) {}
    fn has_weak_entries(&self) -> bool {
        true
    }
    fn prune_weak(&mut self, liveness: &Liveness<'_>) {
        self.0.retain(|w| liveness.is_alive(*w));
    }
}

#[test]
fn a_boxed_weak_table_is_pruned() {
    let mut heap = Heap::new();
    let dead: GcAny = heap.alloc(1u64).into();
    let weak = heap.downgrade_any(dead).unwrap();
    let table = heap.alloc(Box::new(Table(vec![weak])));
    let _root = heap.root(table);
    collect(&mut heap);
    assert!(heap.get(table).0.is_empty());
}

#[test]
fn an_unshared_rc_weak_table_is_pruned() {
    let mut heap = Heap::new();
    let dead: GcAny = heap.alloc(1u64).into();
    let weak = heap.downgrade_any(dead).unwrap();
    let table = heap.alloc(Rc::new(Table(vec![weak])));
    let _root = heap.root(table);
    collect(&mut heap);
    assert!(heap.get(table).0.is_empty());
}

trait Shape: Trace {}
struct Circle;
impl Trace for Circle {
    fn trace(&self, _: &mut Tracer) {}
    fn has_finalizer(&self) -> bool {
        true
    }
    fn type_name(&self) -> &str {
        "Circle"
    }
}
impl Shape for Circle {}

#[test]
fn a_boxed_trait_object_with_a_finalizer_queues_it() {
    let mut heap = Heap::new();
    let shape: Box<dyn Shape> = Box::new(Circle);
    let gc: GcAny = heap.alloc(shape).into();
    assert_eq!(heap.type_name(gc).unwrap(), "Circle");
    assert_eq!(collect(&mut heap).finalizers_queued, 1);
    assert_eq!(heap.next_pending().unwrap().kind, PendingKind::Finalize);
}

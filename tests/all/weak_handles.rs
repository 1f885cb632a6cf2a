//! Plain weak handles: upgrade while reachable, cleared in the cycle that finds the referent dead,
//! opt-out types refused with an error naming the type.

use weakgc::{Heap, HeapError, Trace, Tracer};

use crate::support::*;

struct Int(#[allow(dead_code)] i64);
impl Trace for Int {
    fn trace(&self, _: &mut Tracer) {}
    fn type_name(&self) -> &str {
        "int"
    }
    fn weakref_allowed(&self) -> bool {
        false
    }
}

#[test]
fn weak_handle_upgrades_while_reachable_and_not_after() {
    let mut heap = Heap::new();
    let n = node(&mut heap, 1);
    let root = heap.root(n);
    let w = heap.downgrade(n).unwrap();
    heap.collect();
    assert_eq!(heap.upgrade(w), Some(n));
    drop(root);
    let report = heap.collect();
    assert_eq!(report.weak_cleared, 1);
    assert_eq!(heap.upgrade(w), None);
}

#[test]
fn weak_handle_does_not_upgrade_to_a_new_object_in_the_same_cell() {
    let mut heap = Heap::new();
    let n = node(&mut heap, 1);
    let w = heap.downgrade(n).unwrap();
    heap.collect();
    let m = node(&mut heap, 2);
    assert_eq!(weakgc::Gc::erase(m).index(), weakgc::Gc::erase(n).index());
    assert_eq!(heap.upgrade(w), None);
}

#[test]
fn weak_reference_to_an_opted_out_type_is_an_error_naming_the_type() {
    let mut heap = Heap::new();
    let i = heap.alloc(Int(42));
    let err = heap.downgrade(i).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot create weak reference to 'int' object"
    );
    assert_eq!(
        err,
        HeapError::NotWeakReferenceable {
            type_name: "int".into()
        }
    );
    let watcher = node(&mut heap, 1);
    assert!(heap.watch(i, watcher).is_err());
}

#[test]
fn weak_handle_is_cleared_before_the_finalizer_and_stays_cleared_after_resurrection() {
    let mut heap = Heap::new();
    let n = node_with_finalizer(&mut heap, 1);
    let w = heap.downgrade(n).unwrap();
    heap.collect();
    assert_eq!(heap.upgrade(w), None, "cleared in step 3");
    assert!(heap.is_alive(n), "kept for its finalizer");
    let mut resurrected = None;
    heap.run_pending(|heap, job| {
        assert_eq!(
            heap.upgrade(w),
            None,
            "a finalizer never sees the cleared weak"
        );
        resurrected = Some(heap.root(heap.downcast::<crate::support::Node>(job.object).unwrap()));
    });
    heap.collect();
    assert!(heap.is_alive(n), "resurrected");
    assert_eq!(heap.get(n).id, 1, "keeps its data");
    assert_eq!(heap.upgrade(w), None, "old weak handles stay dead");
    let fresh = heap.downgrade(n).unwrap();
    assert_eq!(
        heap.upgrade(fresh),
        Some(n),
        "a new weak handle is an ordinary one"
    );
    drop(resurrected);
    heap.collect();
    assert_eq!(heap.upgrade(fresh), None);
    assert!(
        !heap.is_alive(n),
        "the finalizer does not run twice, so it is freed"
    );
    assert_eq!(heap.pending_len(), 0);
}

#[test]
fn weak_handles_to_a_cycle_are_cleared_together() {
    let mut heap = Heap::new();
    let a = node(&mut heap, 1);
    let b = node(&mut heap, 2);
    link(&mut heap, a, b);
    link(&mut heap, b, a);
    let (wa, wb) = (heap.downgrade(a).unwrap(), heap.downgrade(b).unwrap());
    let report = heap.collect();
    assert_eq!(report.freed, 2);
    assert_eq!((heap.upgrade(wa), heap.upgrade(wb)), (None, None));
}

/// Refuses weak references until it is "sealed"; the heap asks again while the answer is no and
/// remembers the first yes.
struct Sealable {
    sealed: bool,
    asked: std::rc::Rc<std::cell::Cell<u32>>,
}
impl Trace for Sealable {
    fn trace(&self, _: &mut Tracer) {}
    fn weakref_allowed(&self) -> bool {
        self.asked.set(self.asked.get() + 1);
        self.sealed
    }
}

#[test]
fn a_refusal_is_asked_again_and_a_yes_is_remembered() {
    let mut heap = Heap::new();
    let asked = std::rc::Rc::new(std::cell::Cell::new(0));
    let s = heap.alloc(Sealable {
        sealed: false,
        asked: asked.clone(),
    });
    assert_eq!(asked.get(), 1, "asked once at allocation");
    assert!(heap.downgrade(s).is_err());
    assert_eq!(asked.get(), 2, "a refusal is not remembered");
    heap.get_mut(s).sealed = true;
    let w = heap.downgrade(s).unwrap();
    assert_eq!(asked.get(), 3);
    heap.get_mut(s).sealed = false;
    assert_eq!(heap.downgrade(s).unwrap(), w, "the yes is remembered");
    assert_eq!(asked.get(), 3);
}

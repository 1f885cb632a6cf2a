//! `WeakSet`: elements vanish in the cycle they die; Python's set methods; caller-hashed API.

use weakgc_collector::collect;
use weakgc_heap::{GcAny, Heap};
use weakgc_weak::WeakSet;

use crate::support::*;

#[test]
fn an_element_is_gone_in_the_cycle_it_dies() {
    let mut heap = Heap::new();
    let s = heap.alloc(WeakSet::new());
    let _root = heap.root(s);
    let xs = nodes(&mut heap, 6);
    let kept: Vec<_> = xs.iter().skip(3).map(|x| heap.root(*x)).collect();
    for x in &xs {
        let x = referent(&mut heap, *x);
        heap.get_mut(s).add(x);
    }
    collect(&mut heap);
    assert_eq!(heap.get(s).len(), 3);
    assert_eq!(ids(&heap, heap.get(s).iter(&heap)), vec![3, 4, 5]);
    drop(kept);
    collect(&mut heap);
    assert!(heap.get(s).is_empty());
}

#[test]
fn python_set_methods_behave_like_a_set() {
    let mut heap = Heap::new();
    let xs = nodes(&mut heap, 4);
    let _roots: Vec<_> = xs.iter().map(|x| heap.root(*x)).collect();
    let r: Vec<_> = xs.iter().map(|x| referent(&mut heap, *x)).collect();
    let x = |i: usize| GcAny::from(xs[i]);
    let mut s = WeakSet::new();
    assert!(s.add(r[0]) && s.add(r[1]) && !s.add(r[0]));
    s.update([r[2], r[3], r[1]]);
    assert_eq!(s.len(), 4);
    assert!(s.contains(&heap, x(2)));
    assert!(
        s.discard(x(2)) && !s.discard(x(2)),
        "remove would raise KeyError the 2nd time"
    );
    assert!(!s.contains(&heap, x(2)));
    let copy = s.copy(&heap);
    assert_eq!(s.pop(), Some(x(3)));
    s.retain(|e| e != x(0));
    assert_eq!(s.iter(&heap).collect::<Vec<_>>(), vec![x(1)]);
    s.clear();
    assert!(s.is_empty() && s.pop().is_none());
    assert_eq!(copy.iter(&heap).collect::<Vec<_>>(), vec![x(0), x(1), x(3)]);
}

#[test]
fn the_two_phase_api_uses_the_callers_hash_and_equality() {
    let mut heap = Heap::new();
    let (a, b) = (node(&mut heap, 7), node(&mut heap, 7));
    let _roots = [heap.root(a), heap.root(b)];
    let mut s = WeakSet::new();
    let ra = referent(&mut heap, a);
    let id = s.insert_unique(7, ra);
    // `b == a` by payload: an interpreter finds it among the candidates and does not add it.
    let cands: Vec<_> = s.candidates(&heap, 7).collect();
    assert_eq!(cands, vec![(id, GcAny::from(a))]);
    let dup = cands
        .iter()
        .any(|(_, c)| id_of(&heap, *c) == id_of(&heap, b.into()));
    assert!(dup);
    assert_eq!(s.find(&heap, 7, |c| c == GcAny::from(a)), Some(id));
    assert_eq!(s.get_at(&heap, id), Some(a.into()));
    assert_eq!(s.next_entry(&heap, 0), Some(id));
    assert_eq!(s.remove_at(id), Some(a.into()));
    assert_eq!(s.get_at(&heap, id), None);
}

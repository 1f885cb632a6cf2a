//! `WeakKeyDictionary`: Python's methods, insertion order, exact `len()` after `collect`, identity
//! across cell reuse, tables inside other objects, and the two-phase caller-hashed API.

use weakgc_collector::collect;
use weakgc_heap::{Gc, GcAny, Heap};
use weakgc_weak::{EntryId, WeakKeyDictionary};

use crate::support::*;

#[test]
fn python_dict_methods_behave_like_a_dict() {
    let mut heap = Heap::new();
    let ks = nodes(&mut heap, 4);
    let _roots: Vec<_> = ks.iter().map(|k| heap.root(*k)).collect();
    let d = heap.alloc(WeakKeyDictionary::<u32>::new());
    let _d_root = heap.root(d);
    let k = |i: usize| GcAny::from(ks[i]);

    for (i, k) in ks.iter().take(3).enumerate() {
        let key = referent(&mut heap, *k);
        assert_eq!(heap.get_mut(d).insert(key, i as u32), None); // d[k] = v
    }
    let table = heap.get(d);
    assert_eq!(table.len(), 3); // len(d)
    assert_eq!(table.get(&heap, k(1)), Some(&1)); // d[k]
    assert_eq!(table.get(&heap, k(3)).unwrap_or(&99), &99); // d.get(k, default)
    assert!(table.contains_key(&heap, k(2)) && !table.contains_key(&heap, k(3))); // k in d
    assert_eq!(
        table.keys(&heap).collect::<Vec<_>>(),
        vec![k(0), k(1), k(2)]
    );
    assert_eq!(
        table.values(&heap).copied().collect::<Vec<_>>(),
        vec![0, 1, 2]
    );
    let keyrefs = table.keyrefs(&heap);
    assert_eq!(heap.upgrade_any(keyrefs[2]), Some(k(2)));
    let copy = table.copy(&heap);
    assert_eq!(copy.items(&heap).count(), 3);

    let key3 = referent(&mut heap, ks[3]);
    let t = heap.get_mut(d);
    assert_eq!(*t.setdefault(key3, 30), 30); // setdefault inserts
    assert_eq!(*t.setdefault(key3, 31), 30); // and then returns the present value
    *t.get_mut(k(0)).unwrap() += 100;
    assert_eq!(t.remove(k(1)), Some(1)); // del d[k] / d.pop(k)
    assert_eq!(t.remove(k(1)).unwrap_or(7), 7); // d.pop(k, default)
    assert_eq!(t.popitem(), Some((k(3), 30))); // newest first
    t.update([(key3, 3)]);
    assert_eq!(t.len(), 3);
    t.retain(|key, _| key != k(2));
    assert_eq!(
        heap.get(d)
            .items(&heap)
            .map(|(k, v)| (k, *v))
            .collect::<Vec<_>>(),
        vec![(k(0), 100), (k(3), 3)]
    );
    heap.get_mut(d).clear();
    assert!(heap.get(d).is_empty());
    assert_eq!(heap.get_mut(d).popitem(), None);
}

#[test]
fn iteration_follows_insertion_order_and_replacing_keeps_the_place() {
    let mut heap = Heap::new();
    let ks = nodes(&mut heap, 50);
    let mut d = WeakKeyDictionary::new();
    for k in ks.iter().rev() {
        let key = referent(&mut heap, *k);
        d.insert(key, 0u32);
    }
    for k in ks.iter().step_by(2) {
        d.remove(*k);
    }
    let key = referent(&mut heap, ks[1]);
    d.insert(key, 1); // present: stays where it was
    let key = referent(&mut heap, ks[0]);
    d.insert(key, 2); // re-added: goes last
    let expected: Vec<u32> = (1..50).rev().step_by(2).chain([0]).collect();
    assert_eq!(ids(&heap, d.keys(&heap)), expected);
    assert_eq!(d.get(&heap, ks[1]), Some(&1));
}

#[test]
fn len_is_exact_right_after_collect() {
    let mut heap = Heap::new();
    let d = heap.alloc(WeakKeyDictionary::<u32>::new());
    let _d_root = heap.root(d);
    let ks = nodes(&mut heap, 100);
    let roots: Vec<_> = ks.iter().step_by(3).map(|k| heap.root(*k)).collect();
    for (i, k) in ks.iter().enumerate() {
        let key = referent(&mut heap, *k);
        heap.get_mut(d).insert(key, i as u32);
    }
    let before = heap.get(d).version();
    let report = collect(&mut heap);
    assert_eq!(report.tables_pruned, 1);
    assert_eq!(heap.get(d).len(), 34);
    assert!(
        heap.get(d).version() > before,
        "a prune is a structural change"
    );
    assert_eq!(
        heap.get(d).values(&heap).copied().collect::<Vec<_>>(),
        (0..100).step_by(3).collect::<Vec<_>>()
    );
    drop(roots);
    collect(&mut heap);
    assert_eq!(heap.get(d).len(), 0);
}

#[test]
fn a_dead_keys_reused_cell_never_matches_the_old_entry() {
    let mut heap = Heap::new();
    // Held outside the heap, so nothing prunes it: only the generation check separates the objects.
    let mut unpruned = WeakKeyDictionary::new();
    let in_heap = heap.alloc(WeakKeyDictionary::new());
    let _root = heap.root(in_heap);
    let old = node(&mut heap, 1);
    let key = referent(&mut heap, old);
    unpruned.insert(key, "old");
    heap.get_mut(in_heap).insert(key, "old");
    collect(&mut heap);
    assert!(!heap.is_alive(old));

    let new = node_in_cell_of(&mut heap, old.into());
    assert_ne!(GcAny::from(new), GcAny::from(old));
    assert_eq!(unpruned.len(), 1, "never pruned");
    assert_eq!(unpruned.get(&heap, new), None);
    assert!(!unpruned.contains_key(&heap, new));
    assert_eq!(
        unpruned.items(&heap).count(),
        0,
        "dead entries are never yielded"
    );
    assert_eq!(unpruned.remove(new), None);
    let new_key = referent(&mut heap, new);
    assert_eq!(
        unpruned.insert(new_key, "new"),
        None,
        "a new entry, not the old one"
    );
    assert_eq!(unpruned.len(), 2);
    assert_eq!(unpruned.get(&heap, new), Some(&"new"));
    assert_eq!(heap.get(in_heap).len(), 0);
    assert_eq!(heap.get(in_heap).get(&heap, new), None);
}

#[test]
fn a_table_inside_a_collected_object_dies_with_its_values() {
    let mut heap = Heap::new();
    let owner = node(&mut heap, 0);
    let owner_root = heap.root(owner);
    let d = heap.alloc(WeakKeyDictionary::<GcAny>::new());
    link(&mut heap, owner, d);
    let k = node(&mut heap, 1);
    let _k_root = heap.root(k);
    let v = node(&mut heap, 2);
    let key = referent(&mut heap, k);
    heap.get_mut(d).insert(key, v.into());
    collect(&mut heap);
    assert!(heap.is_alive(d) && heap.is_alive(v));
    drop(owner_root);
    let report = collect(&mut heap);
    assert_eq!(
        report.tables_pruned, 0,
        "a dead table is not pruned, it is freed"
    );
    assert!(!heap.is_alive(d) && !heap.is_alive(v));
    assert!(heap.is_alive(k));
}

#[test]
fn a_table_kept_only_for_a_finalizer_keeps_the_values_of_live_keys() {
    let mut heap = Heap::new();
    let owner = node_with_finalizer(&mut heap, 0);
    let d = heap.alloc(WeakKeyDictionary::<GcAny>::new());
    link(&mut heap, owner, d);
    let (live_key, dead_key) = (node(&mut heap, 1), node(&mut heap, 2));
    let _live_root = heap.root(live_key);
    let (v_live, v_dead) = (node(&mut heap, 3), node(&mut heap, 4));
    let key = referent(&mut heap, live_key);
    heap.get_mut(d).insert(key, v_live.into());
    let key = referent(&mut heap, dead_key);
    heap.get_mut(d).insert(key, v_dead.into());
    let report = collect(&mut heap);
    assert_eq!(report.finalizers_queued, 1);
    assert!(
        heap.is_alive(d) && heap.is_alive(v_live),
        "step 4 marks through the table"
    );
    assert!(!heap.is_alive(dead_key) && !heap.is_alive(v_dead));
    assert_eq!(heap.get(d).len(), 1, "pruned like any marked table");
    heap.run_pending(|_, _| {});
    collect(&mut heap);
    assert!(!heap.is_alive(d) && !heap.is_alive(v_live));
}

#[test]
fn a_table_that_is_its_own_keys_value() {
    let mut heap = Heap::new();
    let d = heap.alloc(WeakKeyDictionary::<GcAny>::new());
    let d_root = heap.root(d);
    let k = node(&mut heap, 1);
    let k_root = heap.root(k);
    let key = referent(&mut heap, k);
    heap.get_mut(d).insert(key, d.into()); // d[k] = d
    let key = referent(&mut heap, d);
    heap.get_mut(d).insert(key, d.into()); // d[d] = d
    collect(&mut heap);
    assert_eq!(heap.get(d).len(), 2);
    drop(k_root);
    collect(&mut heap);
    assert_eq!(
        heap.get(d).keys(&heap).collect::<Vec<_>>(),
        vec![GcAny::from(d)]
    );
    let k2 = node(&mut heap, 2);
    let _k2_root = heap.root(k2);
    let key = referent(&mut heap, k2);
    heap.get_mut(d).insert(key, d.into());
    drop(d_root);
    collect(&mut heap);
    assert!(
        !heap.is_alive(d),
        "its own value, and its own key, do not keep it"
    );
}

#[test]
fn entries_added_during_a_finalizer_are_ordinary_entries() {
    let mut heap = Heap::new();
    let d = heap.alloc(WeakKeyDictionary::<GcAny>::new());
    let _d_root = heap.root(d);
    let x = node(&mut heap, 1);
    heap.on_finalize(x.into(), move |heap, x| {
        // Resurrects `x` as a key, with a fresh object as its value.
        let value = node(heap, 2);
        let key = weakgc_weak::Referent::new(heap, x).unwrap();
        heap.get_mut(d).insert(key, value.into());
    })
    .unwrap();
    collect(&mut heap);
    assert_eq!(heap.get(d).len(), 0);
    let report = heap.run_pending(|_, _| panic!("only the closure runs"));
    assert_eq!((report.finalizers, report.panics.len()), (1, 0));
    assert_eq!(heap.get(d).len(), 1);
    let value = *heap.get(d).get(&heap, x).unwrap();
    assert_eq!(id_of(&heap, value), 2);
    collect(&mut heap);
    assert_eq!(
        heap.get(d).len(),
        0,
        "its key is unreachable again: no second finalizer"
    );
    assert!(!heap.is_alive(x) && !heap.is_alive(value));
}

#[test]
fn keys_that_refuse_weak_references_are_rejected_with_pythons_message() {
    let mut heap = Heap::new();
    let one = heap.alloc(Int(1));
    let err = weakgc_weak::Referent::new(&mut heap, one).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot create weak reference to 'int' object"
    );
}

#[test]
fn keyrefs_do_not_keep_keys_alive() {
    let mut heap = Heap::new();
    let d = heap.alloc(WeakKeyDictionary::new());
    let _d_root = heap.root(d);
    let k = node(&mut heap, 1);
    let key = referent(&mut heap, k);
    heap.get_mut(d).insert(key, ());
    let refs = heap.get(d).keyrefs(&heap);
    collect(&mut heap);
    assert_eq!(heap.upgrade_any(refs[0]), None);
}

/// An interpreter key: equal when the payloads are equal, hashed by payload.
fn payload(heap: &Heap, gc: GcAny) -> u32 {
    id_of(heap, gc)
}

#[test]
fn the_two_phase_api_uses_the_callers_hash_and_equality() {
    let mut heap = Heap::new();
    let d = heap.alloc(WeakKeyDictionary::<&str>::new());
    let _d_root = heap.root(d);
    // Everything collides on one hash; equality is by payload, so two objects with payload 5 are
    // the same key.
    const HASH: u64 = 42;
    let (a, b, c) = (node(&mut heap, 5), node(&mut heap, 6), node(&mut heap, 5));
    let _roots = [heap.root(a), heap.root(b), heap.root(c)];
    let set_item = |heap: &mut Heap, k: Gc<Node>, v: &'static str| -> EntryId {
        let cands: Vec<(EntryId, GcAny)> = heap.get(d).candidates(heap, HASH).collect();
        let want = payload(heap, k.into());
        match cands.iter().find(|(_, c)| payload(heap, *c) == want) {
            Some(&(id, _)) => {
                *heap.get_mut(d).get_mut_at(id).unwrap().1 = v;
                id
            }
            None => {
                let key = referent(heap, k);
                heap.get_mut(d).insert_unique(HASH, key, v)
            }
        }
    };
    let id_a = set_item(&mut heap, a, "a");
    let id_b = set_item(&mut heap, b, "b");
    assert_eq!(set_item(&mut heap, c, "c"), id_a, "c == a by payload");
    let t = heap.get(d);
    assert_eq!(t.len(), 2);
    assert_eq!(t.get_at(&heap, id_a), Some((a.into(), &"c")));
    assert_eq!(t.candidates(&heap, HASH).count(), 2);
    assert_eq!(t.candidates(&heap, HASH + 1).count(), 0);
    assert_eq!(t.find(&heap, HASH, |k| payload(&heap, k) == 6), Some(id_b));
    assert_eq!(
        t.get(&heap, a),
        None,
        "identity lookups miss a caller-hashed table"
    );

    // An `__eq__` that deletes the entry it is compared with leaves a stale id behind: detected.
    assert_eq!(heap.get_mut(d).remove_at(id_b), Some((b.into(), "b")));
    assert_eq!(heap.get_mut(d).remove_at(id_b), None);
    assert!(heap.get_mut(d).get_mut_at(id_b).is_none());
    assert_eq!(heap.get(d).get_at(&heap, id_b), None);
}

#[test]
fn cursor_iteration_survives_a_collection_and_version_flags_it() {
    let mut heap = Heap::new();
    let d = heap.alloc(WeakKeyDictionary::<u32>::new());
    let _d_root = heap.root(d);
    let ks = nodes(&mut heap, 6);
    let mut roots: Vec<_> = ks.iter().map(|k| Some(heap.root(*k))).collect();
    for (i, k) in ks.iter().enumerate() {
        let key = referent(&mut heap, *k);
        heap.get_mut(d).insert(key, i as u32);
    }
    heap.get_mut(d).remove(ks[2]);
    let version = heap.get(d).version();
    let mut cursor = 0;
    let mut seen = Vec::new();
    // An interpreter's `for k in d:` holds a cursor, not a borrow, across loop bodies.
    while let Some(id) = heap.get(d).next_entry(&heap, cursor) {
        seen.push(*heap.get(d).get_at(&heap, id).unwrap().1);
        cursor = id.position() + 1;
        if seen.len() == 2 {
            assert_eq!(heap.get(d).version(), version);
            roots[4] = None;
            collect(&mut heap);
            assert!(heap.get(d).version() > version, "the prune is visible");
        }
    }
    assert_eq!(
        seen,
        vec![0, 1, 3, 5],
        "the dead key is skipped, nothing repeats"
    );
}

#[test]
fn a_dying_keys_finalizer_may_iterate_and_clear_its_own_table() {
    // By the time the finalizer runs, the entry of its own (dead) key is already pruned (step 5
    // before step 7), so the table it sees holds only live entries.
    let mut heap = Heap::new();
    let d = heap.alloc(WeakKeyDictionary::<u32>::new());
    let _d_root = heap.root(d);
    let keep = node(&mut heap, 1);
    let _keep_root = heap.root(keep);
    let dying = node(&mut heap, 2);
    for (k, v) in [(keep, 10), (dying, 20)] {
        let key = referent(&mut heap, k);
        heap.get_mut(d).insert(key, v);
    }
    heap.on_finalize(dying.into(), move |heap, me| {
        let seen: Vec<u32> = heap.get(d).values(heap).copied().collect();
        assert_eq!(seen, vec![10], "its own entry is gone before it runs");
        assert!(!heap.get(d).contains_key(heap, me));
        heap.get_mut(d).clear();
    })
    .unwrap();
    collect(&mut heap);
    let report = heap.run_pending(|_, _| unreachable!());
    assert_eq!(
        (report.finalizers, report.panics.len()),
        (1, 0),
        "{:?}",
        report.panics
    );
    assert_eq!(heap.get(d).len(), 0);
    collect(&mut heap);
    assert!(!heap.is_alive(dying) && heap.is_alive(keep));
}

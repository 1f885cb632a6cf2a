//! `WeakValueDictionary`: entries vanish in the cycle their value dies, keys are strong, Python's
//! methods, and the caller-hashed API.

use weakgc_collector::collect;
use weakgc_heap::{GcAny, Heap};
use weakgc_weak::{EntryId, Referent, WeakValueDictionary};

use crate::support::*;

#[test]
fn an_entry_is_gone_in_the_cycle_its_value_dies() {
    let mut heap = Heap::new();
    let d = heap.alloc(WeakValueDictionary::<u32>::new());
    let _root = heap.root(d);
    let vs = nodes(&mut heap, 10);
    let kept: Vec<_> = vs.iter().step_by(2).map(|v| heap.root(*v)).collect();
    for (i, v) in vs.iter().enumerate() {
        let value = referent(&mut heap, *v);
        heap.get_mut(d).insert(i as u32, value);
    }
    let report = collect(&mut heap);
    assert_eq!(report.tables_pruned, 1);
    assert_eq!(heap.get(d).len(), 5);
    assert_eq!(
        heap.get(d).keys(&heap).copied().collect::<Vec<_>>(),
        vec![0, 2, 4, 6, 8]
    );
    assert_eq!(heap.get(d).get(&heap, &1), None);
    drop(kept);
    collect(&mut heap);
    assert!(heap.get(d).is_empty());
}

#[test]
fn a_value_kept_for_its_finalizer_is_already_gone_from_the_table() {
    let mut heap = Heap::new();
    let d = heap.alloc(WeakValueDictionary::<&str>::new());
    let _root = heap.root(d);
    let v = node_with_finalizer(&mut heap, 1);
    let value = referent(&mut heap, v);
    heap.get_mut(d).insert("v", value);
    collect(&mut heap);
    assert!(heap.is_alive(v), "kept for its finalizer");
    assert_eq!(
        heap.get(d).len(),
        0,
        "but its weak handle is cleared, so its entry is gone"
    );
    // The finalizer resurrects it; the table does not get it back.
    let keep = heap.root(v);
    heap.run_pending(|_, _| {});
    collect(&mut heap);
    assert_eq!(heap.get(d).get(&heap, "v"), None);
    drop(keep);
}

#[test]
fn keys_are_strong_and_live_with_the_table() {
    let mut heap = Heap::new();
    let d = heap.alloc(WeakValueDictionary::<GcAny>::new());
    let d_root = heap.root(d);
    let (k, v) = (node(&mut heap, 1), node(&mut heap, 2));
    let v_root = heap.root(v);
    let value = referent(&mut heap, v);
    heap.get_mut(d).insert(k.into(), value);
    collect(&mut heap);
    assert!(heap.is_alive(k));
    drop(d_root);
    collect(&mut heap);
    assert!(!heap.is_alive(d) && !heap.is_alive(k) && heap.is_alive(v));
    drop(v_root);
}

#[test]
fn python_dict_methods_behave_like_a_dict() {
    let mut heap = Heap::new();
    let vs = nodes(&mut heap, 4);
    let _roots: Vec<_> = vs.iter().map(|v| heap.root(*v)).collect();
    let r: Vec<_> = vs.iter().map(|v| referent(&mut heap, *v)).collect();
    let v = |i: usize| GcAny::from(vs[i]);
    let mut d = WeakValueDictionary::<String>::new();
    assert_eq!(d.insert("a".into(), r[0]), None);
    assert_eq!(d.insert("b".into(), r[1]), None);
    assert_eq!(d.insert("a".into(), r[2]), Some(v(0)), "replaced in place");
    assert_eq!(d.get(&heap, "a"), Some(v(2)));
    assert_eq!(d.get(&heap, "z").unwrap_or(v(3)), v(3));
    assert!(d.contains_key(&heap, "b") && !d.contains_key(&heap, "z"));
    assert_eq!(d.setdefault("c".into(), r[3]), v(3));
    assert_eq!(d.setdefault("c".into(), r[0]), v(3));
    assert_eq!(
        d.items(&heap)
            .map(|(k, v)| (k.as_str(), v))
            .collect::<Vec<_>>(),
        vec![("a", v(2)), ("b", v(1)), ("c", v(3))]
    );
    assert_eq!(d.values(&heap).collect::<Vec<_>>(), vec![v(2), v(1), v(3)]);
    let refs = d.valuerefs(&heap);
    assert_eq!(heap.upgrade_any(refs[1]), Some(v(1)));
    let copy = d.copy(&heap);
    assert_eq!(copy.get(&heap, "c"), Some(v(3)));
    assert_eq!(d.remove("b"), Some(v(1)));
    assert_eq!(d.remove("b"), None);
    assert_eq!(d.popitem(), Some(("c".to_string(), v(3))));
    d.update([("x".to_string(), r[0]), ("y".to_string(), r[1])]);
    d.retain(|k, _| k != "x");
    assert_eq!(d.keys(&heap).cloned().collect::<Vec<_>>(), vec!["a", "y"]);
    d.clear();
    assert!(d.is_empty() && d.popitem().is_none());
    assert_eq!(copy.len(), 3, "a copy is independent");
}

#[test]
fn the_two_phase_api_uses_the_callers_hash_and_equality() {
    let mut heap = Heap::new();
    let vs = nodes(&mut heap, 3);
    let _roots: Vec<_> = vs.iter().map(|v| heap.root(*v)).collect();
    let r: Vec<_> = vs.iter().map(|v| referent(&mut heap, *v)).collect();
    // Case-insensitive keys, hashed by length: "Ab" and "aB" are one key.
    let hash = |k: &str| k.len() as u64;
    let mut d = WeakValueDictionary::<String>::new();
    let set = |d: &mut WeakValueDictionary<String>, heap: &Heap, k: &str, v: Referent| -> EntryId {
        let found = d.find(heap, hash(k), |c| c.eq_ignore_ascii_case(k));
        match found {
            Some(id) => {
                d.set_at(id, v);
                id
            }
            None => d.insert_unique(hash(k), k.to_string(), v),
        }
    };
    let id = set(&mut d, &heap, "Ab", r[0]);
    assert_eq!(set(&mut d, &heap, "aB", r[1]), id);
    set(&mut d, &heap, "cd", r[2]);
    assert_eq!(d.len(), 2);
    let cands: Vec<String> = d.candidates(&heap, 2).map(|(_, k)| k.clone()).collect();
    assert_eq!(cands, vec!["Ab", "cd"]);
    assert_eq!(d.get_at(&heap, id), Some((&"Ab".to_string(), vs[1].into())));
    assert_eq!(
        d.next_entry(&heap, id.position() + 1).map(|i| i.position()),
        Some(1)
    );
    assert_eq!(d.remove_at(id), Some(("Ab".to_string(), vs[1].into())));
    assert_eq!(d.set_at(id, r[0]), None, "stale id");
}

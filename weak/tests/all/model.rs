//! Model-based test: random table operations and collections against a model dictionary and a
//! reachability oracle.
//!
//! The world holds one rooted table of each kind: a `WeakKeyDictionary` whose values refer to nodes
//! (ephemerons), a `WeakValueDictionary` with strong node keys and weak node values, and a
//! `WeakSet`. The oracle keeps the node graph, the roots, the finalizer flags and each table's
//! entries in insertion order, and on every collect computes what DESIGN.md says: what steps 1-2
//! mark (through the key table's ephemerons and the value table's strong keys), what step 4 keeps
//! for finalizers, what is freed, and which entries step 5 leaves. After every operation each
//! table's contents must equal the model's exactly, in order.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;
use weakgc_collector::collect;
use weakgc_heap::{Gc, GcAny, Heap, Root};
use weakgc_weak::{WeakKeyDictionary, WeakSet, WeakValueDictionary};

use crate::support::*;

#[derive(Clone, Debug)]
enum Op {
    Alloc { finalizer: bool },
    Link { from: usize, to: usize },
    Unlink { from: usize },
    Root { obj: usize },
    Unroot { obj: usize },
    KeyInsert { key: usize, values: Vec<usize> },
    KeyRemove { key: usize },
    KeyPopitem,
    ValueInsert { key: usize, value: usize },
    ValueRemove { key: usize },
    SetAdd { elem: usize },
    SetDiscard { elem: usize },
    Collect,
}

fn op() -> impl Strategy<Value = Op> {
    let ix = any::<usize>;
    prop_oneof![
        3 => any::<bool>().prop_map(|finalizer| Op::Alloc { finalizer }),
        3 => (ix(), ix()).prop_map(|(from, to)| Op::Link { from, to }),
        1 => ix().prop_map(|from| Op::Unlink { from }),
        1 => ix().prop_map(|obj| Op::Root { obj }),
        4 => ix().prop_map(|obj| Op::Unroot { obj }),
        4 => (ix(), proptest::collection::vec(ix(), 0..3))
            .prop_map(|(key, values)| Op::KeyInsert { key, values }),
        1 => ix().prop_map(|key| Op::KeyRemove { key }),
        1 => Just(Op::KeyPopitem),
        2 => (ix(), ix()).prop_map(|(key, value)| Op::ValueInsert { key, value }),
        1 => ix().prop_map(|key| Op::ValueRemove { key }),
        2 => ix().prop_map(|elem| Op::SetAdd { elem }),
        1 => ix().prop_map(|elem| Op::SetDiscard { elem }),
        3 => Just(Op::Collect),
    ]
}

type KeyTable = WeakKeyDictionary<Vec<GcAny>>;
type ValueTable = WeakValueDictionary<GcAny>;

struct World {
    heap: Heap,
    handles: BTreeMap<u32, Gc<Node>>,
    edges: BTreeMap<u32, Vec<u32>>,
    finalizer_armed: BTreeSet<u32>,
    roots: BTreeMap<u32, Vec<Root<Node>>>,
    keys: Gc<KeyTable>,
    values: Gc<ValueTable>,
    set: Gc<WeakSet>,
    _table_roots: (Root<KeyTable>, Root<ValueTable>, Root<WeakSet>),
    /// The model tables, in insertion order.
    key_model: Vec<(u32, Vec<u32>)>,
    value_model: Vec<(u32, u32)>,
    set_model: Vec<u32>,
    next_id: u32,
}

impl World {
    fn new() -> World {
        let mut heap = Heap::new();
        let keys = heap.alloc(KeyTable::new());
        let values = heap.alloc(ValueTable::new());
        let set = heap.alloc(WeakSet::new());
        let table_roots = (heap.root(keys), heap.root(values), heap.root(set));
        World {
            heap,
            handles: BTreeMap::new(),
            edges: BTreeMap::new(),
            finalizer_armed: BTreeSet::new(),
            roots: BTreeMap::new(),
            keys,
            values,
            set,
            _table_roots: table_roots,
            key_model: Vec::new(),
            value_model: Vec::new(),
            set_model: Vec::new(),
            next_id: 0,
        }
    }

    fn pick(&self, n: usize) -> Option<u32> {
        let n = n % self.handles.len().max(1);
        self.handles.keys().nth(n).copied()
    }

    fn gc(&self, id: u32) -> GcAny {
        self.handles[&id].into()
    }

    fn apply(&mut self, op: &Op) {
        match op {
            Op::Alloc { finalizer } => {
                let id = self.next_id;
                self.next_id += 1;
                let gc = if *finalizer {
                    self.finalizer_armed.insert(id);
                    node_with_finalizer(&mut self.heap, id)
                } else {
                    node(&mut self.heap, id)
                };
                self.handles.insert(id, gc);
                self.edges.insert(id, Vec::new());
                // New objects start rooted, so that they can be linked before they are dropped.
                self.roots.entry(id).or_default().push(self.heap.root(gc));
            }
            Op::Link { from, to } => {
                if let (Some(f), Some(t)) = (self.pick(*from), self.pick(*to)) {
                    link(&mut self.heap, self.handles[&f], self.handles[&t]);
                    self.edges.get_mut(&f).unwrap().push(t);
                }
            }
            Op::Unlink { from } => {
                if let Some(f) = self.pick(*from) {
                    self.heap.get_mut(self.handles[&f]).edges.pop();
                    self.edges.get_mut(&f).unwrap().pop();
                }
            }
            Op::Root { obj } => {
                if let Some(o) = self.pick(*obj) {
                    let r = self.heap.root(self.handles[&o]);
                    self.roots.entry(o).or_default().push(r);
                }
            }
            Op::Unroot { obj } => {
                if let Some(o) = self.pick(*obj) {
                    self.roots.get_mut(&o).and_then(|rs| rs.pop());
                }
            }
            Op::KeyInsert { key, values } => {
                let Some(k) = self.pick(*key) else { return };
                let vals: Vec<u32> = values.iter().filter_map(|v| self.pick(*v)).collect();
                let k_gc = self.gc(k);
                let key = referent(&mut self.heap, k_gc);
                let value = vals.iter().map(|v| self.gc(*v)).collect();
                self.heap.get_mut(self.keys).insert(key, value);
                match self.key_model.iter_mut().find(|(mk, _)| *mk == k) {
                    Some(entry) => entry.1 = vals,
                    None => self.key_model.push((k, vals)),
                }
            }
            Op::KeyRemove { key } => {
                let Some(k) = self.pick(*key) else { return };
                let k_gc = self.gc(k);
                let got = self.heap.get_mut(self.keys).remove(k_gc);
                let pos = self.key_model.iter().position(|(mk, _)| *mk == k);
                assert_eq!(got.is_some(), pos.is_some());
                pos.map(|p| self.key_model.remove(p));
            }
            Op::KeyPopitem => {
                let got = self.heap.get_mut(self.keys).popitem().map(|(k, _)| k);
                let want = self.key_model.pop().map(|(k, _)| self.gc(k));
                assert_eq!(got, want);
            }
            Op::ValueInsert { key, value } => {
                let (Some(k), Some(v)) = (self.pick(*key), self.pick(*value)) else {
                    return;
                };
                let v_gc = self.gc(v);
                let value = referent(&mut self.heap, v_gc);
                let key = self.gc(k);
                self.heap.get_mut(self.values).insert(key, value);
                match self.value_model.iter_mut().find(|(mk, _)| *mk == k) {
                    Some(entry) => entry.1 = v,
                    None => self.value_model.push((k, v)),
                }
            }
            Op::ValueRemove { key } => {
                let Some(k) = self.pick(*key) else { return };
                let k_gc = self.gc(k);
                let got = self.heap.get_mut(self.values).remove(&k_gc);
                let pos = self.value_model.iter().position(|(mk, _)| *mk == k);
                assert_eq!(got.is_some(), pos.is_some());
                pos.map(|p| self.value_model.remove(p));
            }
            Op::SetAdd { elem } => {
                let Some(e) = self.pick(*elem) else { return };
                let e_gc = self.gc(e);
                let r = referent(&mut self.heap, e_gc);
                let added = self.heap.get_mut(self.set).add(r);
                assert_eq!(added, !self.set_model.contains(&e));
                if added {
                    self.set_model.push(e);
                }
            }
            Op::SetDiscard { elem } => {
                let Some(e) = self.pick(*elem) else { return };
                let e_gc = self.gc(e);
                let removed = self.heap.get_mut(self.set).discard(e_gc);
                assert_eq!(removed, self.set_model.contains(&e));
                self.set_model.retain(|x| *x != e);
            }
            Op::Collect => self.collect_and_check(),
        }
        self.check_tables();
    }

    fn reach(&self, marked: &mut BTreeSet<u32>, from: impl IntoIterator<Item = u32>) {
        let mut stack: Vec<u32> = from.into_iter().collect();
        while let Some(id) = stack.pop() {
            if marked.insert(id) {
                stack.extend(self.edges[&id].iter().copied());
            }
        }
    }

    fn collect_and_check(&mut self) {
        // Steps 1-2: roots, the value table's strong keys, and the key table's ephemerons to a
        // fixpoint (the oracle may be quadratic; the collector must not).
        let mut marked = BTreeSet::new();
        let rooted = self
            .roots
            .iter()
            .filter(|(_, r)| !r.is_empty())
            .map(|(id, _)| *id);
        let strong_keys = self.value_model.iter().map(|(k, _)| *k);
        self.reach(&mut marked, rooted.chain(strong_keys).collect::<Vec<_>>());
        loop {
            let before = marked.len();
            for (k, vals) in &self.key_model {
                if marked.contains(k) {
                    self.reach(&mut marked, vals.iter().copied());
                }
            }
            if marked.len() == before {
                break;
            }
        }
        // Step 4: finalizable objects and what they reach are kept (not through dead keys' values).
        let finalizable: Vec<u32> = self
            .finalizer_armed
            .iter()
            .copied()
            .filter(|id| !marked.contains(id))
            .collect();
        let mut kept = marked.clone();
        self.reach(&mut kept, finalizable.iter().copied());
        let freed: BTreeSet<u32> = self
            .handles
            .keys()
            .copied()
            .filter(|id| !kept.contains(id))
            .collect();

        let report = collect(&mut self.heap);
        assert_eq!(
            report.marked as usize,
            marked.len() + 3,
            "marked (plus the 3 tables)"
        );
        assert_eq!(report.freed as usize, freed.len(), "freed");
        assert_eq!(report.finalizers_queued as usize, finalizable.len());
        for (id, gc) in &self.handles {
            assert_eq!(
                self.heap.is_alive(*gc),
                !freed.contains(id),
                "liveness of {id}"
            );
        }
        // The finalizers "run" and drop their objects (no resurrection here).
        while self.heap.next_pending().is_some() {}

        // Step 5: the model tables lose the entries whose weak part was not marked.
        self.key_model.retain(|(k, _)| marked.contains(k));
        self.value_model.retain(|(_, v)| marked.contains(v));
        self.set_model.retain(|e| marked.contains(e));
        for id in &finalizable {
            self.finalizer_armed.remove(id);
        }
        for id in &freed {
            self.handles.remove(id);
            self.edges.remove(id);
            self.roots.remove(id);
        }
    }

    /// Each table's contents, in order, equal the model's; `len()` agrees.
    fn check_tables(&self) {
        let heap = &self.heap;
        let id = |gc: GcAny| id_of(heap, gc);
        let keys = heap.get(self.keys);
        let got: Vec<(u32, Vec<u32>)> = keys
            .items(heap)
            .map(|(k, vals)| (id(k), vals.iter().map(|v| id(*v)).collect()))
            .collect();
        assert_eq!(got, self.key_model, "key table");
        assert_eq!(keys.len(), self.key_model.len());
        let values = heap.get(self.values);
        let got: Vec<(u32, u32)> = values.items(heap).map(|(k, v)| (id(*k), id(v))).collect();
        assert_eq!(got, self.value_model, "value table");
        assert_eq!(values.len(), self.value_model.len());
        let set = heap.get(self.set);
        let got: Vec<u32> = set.iter(heap).map(id).collect();
        assert_eq!(got, self.set_model, "set");
        assert_eq!(set.len(), self.set_model.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn tables_agree_with_the_model_and_the_reachability_oracle(
        ops in proptest::collection::vec(op(), 1..150)
    ) {
        let mut world = World::new();
        for op in &ops {
            world.apply(op);
        }
        world.apply(&Op::Collect);
        world.roots.clear();
        for _ in 0..3 {
            world.apply(&Op::Collect);
        }
        prop_assert_eq!(world.heap.object_count(), 3 + world.handles.len());
        // What is left is kept by value-table entries whose key reaches their own value (`d[x] = x`
        // keeps `x`, as in CPython); without them, everything goes.
        world.heap.get_mut(world.values).clear();
        world.value_model.clear();
        for _ in 0..3 {
            world.apply(&Op::Collect);
        }
        prop_assert!(world.key_model.is_empty() && world.set_model.is_empty());
        prop_assert_eq!(world.heap.object_count(), 3, "only the tables are left");
    }
}

//! Model-based test: random sequences of heap operations against a reachability oracle.
//!
//! The oracle keeps its own graph (edges, roots, finalizer flags, weak handles, watchers, queued
//! jobs) and, on each collect, computes what DESIGN.md says must happen: which objects are reachable,
//! which are kept for finalizers, which weak handles are cleared, which finalizers and callbacks are
//! queued, and which objects are freed. After every collect the heap must agree exactly.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;
use weakheap::{Collect, Gc, GcAny, Heap, Pending, PendingKind, Root, Weak};

use crate::support::*;

#[derive(Clone, Debug)]
enum Op {
    Alloc { finalizer: bool },
    Link { from: usize, to: usize },
    Unlink { from: usize },
    Root { obj: usize },
    Unroot { obj: usize },
    Weak { obj: usize },
    Watch { target: usize, watcher: usize },
    Collect,
    Drain { resurrect: bool },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => any::<bool>().prop_map(|finalizer| Op::Alloc { finalizer }),
        4 => (any::<usize>(), any::<usize>()).prop_map(|(from, to)| Op::Link { from, to }),
        1 => any::<usize>().prop_map(|from| Op::Unlink { from }),
        1 => any::<usize>().prop_map(|obj| Op::Root { obj }),
        3 => any::<usize>().prop_map(|obj| Op::Unroot { obj }),
        2 => any::<usize>().prop_map(|obj| Op::Weak { obj }),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(target, watcher)| Op::Watch { target, watcher }),
        2 => Just(Op::Collect),
        1 => any::<bool>().prop_map(|resurrect| Op::Drain { resurrect }),
    ]
}

/// The oracle's view of one live object.
#[derive(Default)]
struct Model {
    edges: Vec<u32>,
    finalizer_armed: bool,
    /// Indices into `World::weak` of handles not yet cleared.
    weak_handles: Vec<usize>,
    /// Watcher ids, oldest first.
    watchers: Vec<u32>,
}

#[derive(Default)]
struct World {
    heap: Heap,
    handles: BTreeMap<u32, Gc<Node>>,
    models: BTreeMap<u32, Model>,
    roots: BTreeMap<u32, Vec<Root<Node>>>,
    /// Jobs taken from the heap and not yet "run"; each roots its object.
    jobs: Vec<(Pending, u32)>,
    weak: Vec<(Weak<Node>, Option<u32>)>,
    next_id: u32,
}

impl World {
    fn pick(&self, n: usize) -> Option<u32> {
        let ids: Vec<u32> = self.handles.keys().copied().collect();
        (!ids.is_empty()).then(|| ids[n % ids.len()])
    }

    fn apply(&mut self, op: &Op) {
        match *op {
            Op::Alloc { finalizer } => {
                let id = self.next_id;
                self.next_id += 1;
                let gc = if finalizer {
                    node_with_finalizer(&mut self.heap, id)
                } else {
                    node(&mut self.heap, id)
                };
                self.handles.insert(id, gc);
                let model = Model {
                    finalizer_armed: finalizer,
                    ..Model::default()
                };
                self.models.insert(id, model);
                // New objects start rooted, so that they can be linked before they are dropped.
                self.roots.entry(id).or_default().push(self.heap.root(gc));
            }
            Op::Link { from, to } => {
                if let (Some(f), Some(t)) = (self.pick(from), self.pick(to)) {
                    link(&mut self.heap, self.handles[&f], self.handles[&t]);
                    self.models.get_mut(&f).unwrap().edges.push(t);
                }
            }
            Op::Unlink { from } => {
                if let Some(f) = self.pick(from) {
                    self.heap.get_mut(self.handles[&f]).edges.pop();
                    self.models.get_mut(&f).unwrap().edges.pop();
                }
            }
            Op::Root { obj } => {
                if let Some(o) = self.pick(obj) {
                    let r = self.heap.root(self.handles[&o]);
                    self.roots.entry(o).or_default().push(r);
                }
            }
            Op::Unroot { obj } => {
                if let Some(o) = self.pick(obj) {
                    self.roots.get_mut(&o).and_then(|rs| rs.pop());
                }
            }
            Op::Weak { obj } => {
                if let Some(o) = self.pick(obj) {
                    let w = self.heap.downgrade(self.handles[&o]).unwrap();
                    self.weak.push((w, Some(o)));
                    let i = self.weak.len() - 1;
                    self.models.get_mut(&o).unwrap().weak_handles.push(i);
                }
            }
            Op::Watch { target, watcher } => {
                if let (Some(t), Some(w)) = (self.pick(target), self.pick(watcher)) {
                    let (tg, wg) = (self.handles[&t], self.handles[&w]);
                    self.heap.watch(tg.into(), wg.into()).unwrap();
                    self.models.get_mut(&t).unwrap().watchers.push(w);
                }
            }
            Op::Collect => self.collect_and_check(),
            Op::Drain { resurrect } => {
                for (job, id) in std::mem::take(&mut self.jobs) {
                    if resurrect && job.kind == PendingKind::Finalize {
                        let r = self.heap.root(self.handles[&id]);
                        self.roots.entry(id).or_default().push(r);
                    }
                }
            }
        }
    }

    fn reach(&self, from: impl IntoIterator<Item = u32>, marked: &mut BTreeSet<u32>) {
        let mut stack: Vec<u32> = from.into_iter().collect();
        while let Some(id) = stack.pop() {
            if marked.insert(id) {
                stack.extend(self.models[&id].edges.iter().copied());
            }
        }
    }

    fn collect_and_check(&mut self) {
        // The oracle, steps 1-6.
        let rooted = self
            .roots
            .iter()
            .filter(|(_, r)| !r.is_empty())
            .map(|(id, _)| *id)
            .chain(self.jobs.iter().map(|(_, id)| *id));
        let mut marked = BTreeSet::new();
        self.reach(rooted.collect::<Vec<_>>(), &mut marked);
        let dead: Vec<u32> = self
            .models
            .keys()
            .copied()
            .filter(|id| !marked.contains(id))
            .collect();
        let mut cleared = BTreeSet::new();
        let mut callbacks = BTreeMap::<u32, usize>::new();
        let mut finalizable = BTreeSet::new();
        for id in &dead {
            let m = self.models.get_mut(id).unwrap();
            cleared.extend(m.weak_handles.drain(..));
            for w in m.watchers.drain(..) {
                if marked.contains(&w) {
                    *callbacks.entry(w).or_default() += 1;
                }
            }
            if std::mem::take(&mut m.finalizer_armed) {
                finalizable.insert(*id);
            }
        }
        let mut kept = marked.clone();
        self.reach(finalizable.iter().copied(), &mut kept);
        let freed: BTreeSet<u32> = dead
            .iter()
            .copied()
            .filter(|id| !kept.contains(id))
            .collect();

        let report = self.heap.collect();

        assert_eq!(report.marked as usize, marked.len(), "marked");
        assert_eq!(
            report.kept_for_finalizers as usize,
            kept.len() - marked.len(),
            "kept"
        );
        assert_eq!(report.freed as usize, freed.len(), "freed");
        for (id, gc) in &self.handles {
            assert_eq!(
                self.heap.is_alive(*gc),
                !freed.contains(id),
                "liveness of {id}"
            );
        }
        for (i, (w, target)) in self.weak.iter_mut().enumerate() {
            if cleared.contains(&i) {
                *target = None;
            }
            let expected = target.map(|t| GcAny::from(self.handles[&t]));
            assert_eq!(
                self.heap.upgrade(*w).map(GcAny::from),
                expected,
                "weak handle {i}"
            );
        }
        let by_handle: BTreeMap<GcAny, u32> = self
            .handles
            .iter()
            .map(|(id, gc)| ((*gc).into(), *id))
            .collect();
        let mut got_final = BTreeSet::new();
        let mut got_callbacks = BTreeMap::<u32, usize>::new();
        while let Some(job) = self.heap.next_pending() {
            let id = by_handle[&job.object];
            match job.kind {
                PendingKind::Finalize => {
                    assert!(got_final.insert(id), "finalizer of {id} queued twice")
                }
                PendingKind::Callback => *got_callbacks.entry(id).or_default() += 1,
            }
            self.jobs.push((job, id));
        }
        assert_eq!(got_final, finalizable, "finalizers queued");
        assert_eq!(got_callbacks, callbacks, "callbacks queued");
        for id in freed {
            self.handles.remove(&id);
            self.models.remove(&id);
            self.roots.remove(&id);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn heap_agrees_with_the_reachability_oracle(ops in proptest::collection::vec(op(), 1..120)) {
        let mut world = World::default();
        for op in &ops {
            world.apply(op);
        }
        world.apply(&Op::Collect);
        world.apply(&Op::Drain { resurrect: false });
        world.roots.clear();
        world.apply(&Op::Collect);
        world.apply(&Op::Drain { resurrect: false });
        world.apply(&Op::Collect);
        prop_assert_eq!(world.heap.object_count(), 0, "everything dies once nothing is rooted");
    }
}

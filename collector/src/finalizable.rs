//! DESIGN step 4: select finalizable objects, queue their finalizers and the callbacks of the dead,
//! in topological order, and keep alive what the finalizers will see.

use hashbrown::HashMap;
use weakgc_heap::cycle::{CycleAccess, Gray};
use weakgc_heap::{GcAny, PendingKind, Watchers};

use crate::mark::Marker;

/// Counts for the report.
pub(crate) struct Queued {
    pub(crate) finalizers: u64,
    pub(crate) callbacks: u64,
}

/// Queues the finalizers of unmarked objects and the callbacks of `dead_watched`, then marks
/// everything the finalizers reach.
///
/// Order: the order in which reference counting would free the dead objects. Each dead object that no
/// other dead object refers to (a *dead root*) goes first, in cell order; after an object come the
/// objects it alone held, last edge first — a container releases its items last to first, as
/// CPython's `list_dealloc` does (embedders whose containers release first to last trace them in
/// reverse). Inside a cycle of references, objects go by cell index. For each object: its finalizer,
/// then its callbacks.
///
/// Panic safety (issue #16): ordering traces the dead objects, user code that may panic, so it
/// runs before anything is taken; finalizers are flagged and registrations taken only together
/// with queueing, which runs no user code. A panic while ordering leaves every finalizer armed and
/// every registration in place for the next cycle; a panic while marking what the finalizers reach
/// comes after the jobs are queued, and the queue is a root set, so nothing is lost either way.
///
/// Needs: step 3 done. After: every selected finalizer is queued and flagged never to be queued again;
/// the registrations of every dead watched object are gone, their live callbacks queued; every
/// object a queued finalizer reaches is marked (through ephemerons whose keys were reached in
/// steps 1-2). Ordering costs O(unmarked objects + their edges), paid only when two or more objects
/// have work; otherwise O(pages) plus marking what a lone finalizer reaches.
pub(crate) fn select_finalizable(
    cycle: &mut CycleAccess<'_>,
    marker: &mut Marker,
    dead_watched: Vec<(GcAny, Watchers)>,
) -> Queued {
    let finalizable = cycle.unmarked_finalizers();
    let mut queued = Queued {
        finalizers: 0,
        callbacks: 0,
    };
    let mut work: HashMap<GcAny, (bool, Watchers)> = HashMap::new();
    for gc in &finalizable {
        work.entry(*gc).or_default().0 = true;
    }
    let mut watched = Vec::with_capacity(dead_watched.len());
    for (target, watchers) in dead_watched {
        watched.push(target);
        if !watchers.is_empty() {
            work.entry(target).or_default().1 = watchers;
        }
    }
    let order = if work.len() <= 1 {
        // One object has no order among others, so the dead graph (a trace of every unmarked
        // object) would be wasted: the common cycle where one weakly referenced object died.
        work.keys().copied().collect()
    } else {
        DeadGraph::build(cycle).refcount_order()
    };
    // The last user code before marking has run: from here to `mark`, take and queue.
    for target in watched {
        cycle.forget_watchers(target);
    }
    for gc in order {
        if let Some((finalize, watchers)) = work.remove(&gc) {
            queue_one(cycle, &mut queued, gc, finalize, watchers);
        }
    }
    debug_assert!(
        work.is_empty(),
        "every selected object is unmarked, so in the dead graph"
    );
    if !finalizable.is_empty() {
        marker.push_roots(finalizable);
        marker.mark(cycle);
    }
    queued
}

/// Queues `gc`'s finalizer (if `finalize`), then the callbacks of `watchers` in their order (newest
/// registration first, as step 3 left them).
fn queue_one(
    cycle: &mut CycleAccess<'_>,
    queued: &mut Queued,
    gc: GcAny,
    finalize: bool,
    watchers: Watchers,
) {
    if finalize {
        cycle.queue_finalizer(gc);
        queued.finalizers += 1;
    }
    for w in watchers {
        cycle.push_pending(PendingKind::Callback, w);
        queued.callbacks += 1;
    }
}

/// The unmarked objects and the strong edges among them, in trace order.
struct DeadGraph {
    /// Node `i` is `nodes[i]`, in cell order.
    nodes: Vec<GcAny>,
    /// Successors of node `i`: `succ[succ_start[i]..succ_start[i + 1]]`.
    succ_start: Vec<usize>,
    succ: Vec<u32>,
    /// Whether another dead object refers to node `i`.
    referenced: Vec<bool>,
    /// Whether node `i` is a release holder (`Heap::note_released`).
    holder: Vec<bool>,
}

impl DeadGraph {
    /// Traces every unmarked object once. O(unmarked objects + their edges).
    fn build(cycle: &CycleAccess<'_>) -> DeadGraph {
        let nodes = cycle.unmarked_objects();
        let id_of: HashMap<GcAny, u32> = nodes
            .iter()
            .enumerate()
            .map(|(i, gc)| (*gc, i as u32))
            .collect();
        let mut graph = DeadGraph {
            succ_start: Vec::with_capacity(nodes.len() + 1),
            succ: Vec::new(),
            referenced: vec![false; nodes.len()],
            holder: vec![false; nodes.len()],
            nodes: Vec::new(),
        };
        for gc in cycle.unmarked_release_holders() {
            if let Some(&i) = id_of.get(&gc) {
                graph.holder[i as usize] = true;
            }
        }
        let mut gray = Gray::new();
        for gc in &nodes {
            graph.succ_start.push(graph.succ.len());
            gray.clear();
            cycle.trace_any(*gc, &mut gray);
            for edge in gray.take_edges() {
                if let Some(&j) = id_of.get(&edge) {
                    graph.succ.push(j);
                    graph.referenced[j as usize] = true;
                }
            }
        }
        graph.succ_start.push(graph.succ.len());
        graph.nodes = nodes;
        graph
    }

    /// Reverse postorder of a depth-first walk from the dead roots (then from whatever only cycles
    /// reach), with each strongly connected component's members by cell index. Iterative Tarjan:
    /// no recursion, so a 10-million-long dead chain is fine.
    ///
    /// Release holders start after the other dead roots, so an object both reach is claimed by
    /// the other root and dies in its order: the holder's references stand for references
    /// refcounting had already dropped when the holder was made.
    fn refcount_order(&self) -> Vec<GcAny> {
        let n = self.nodes.len();
        let mut walk = Tarjan::new(n);
        let mut sccs_sinks_first: Vec<Vec<GcAny>> = Vec::new();
        // Starts go in descending cell order: the final reversal makes them ascending, and turns
        // Tarjan's sinks-first component order into referrers first.
        let root = |i: &usize| !self.referenced[*i];
        let roots = (0..n).rev().filter(|i| root(i) && !self.holder[*i]);
        let holders = (0..n).rev().filter(|i| root(i) && self.holder[*i]);
        let rest = (0..n).rev().filter(|&i| self.referenced[i]);
        for start in roots.chain(holders).chain(rest) {
            if walk.index[start] != UNSEEN {
                continue;
            }
            walk.enter(start, self.succ_start[start]);
            while let Some(&mut (v, ref mut pos)) = walk.calls.last_mut() {
                let v = v as usize;
                if *pos < self.succ_start[v + 1] {
                    let w = self.succ[*pos] as usize;
                    *pos += 1;
                    if walk.index[w] == UNSEEN {
                        walk.enter(w, self.succ_start[w]);
                    } else if walk.on_stack[w] {
                        walk.low[v] = walk.low[v].min(walk.index[w]);
                    }
                    continue;
                }
                walk.calls.pop();
                if let Some(&(parent, _)) = walk.calls.last() {
                    let parent = parent as usize;
                    walk.low[parent] = walk.low[parent].min(walk.low[v]);
                }
                if walk.low[v] == walk.index[v] {
                    let mut scc = Vec::new();
                    while let Some(w) = walk.scc_stack.pop() {
                        walk.on_stack[w as usize] = false;
                        scc.push(self.nodes[w as usize]);
                        if w as usize == v {
                            break;
                        }
                    }
                    // Descending here, ascending after the final reversal.
                    scc.sort_unstable_by_key(|gc| std::cmp::Reverse(gc.index()));
                    sccs_sinks_first.push(scc);
                }
            }
        }
        let mut order: Vec<GcAny> = sccs_sinks_first.into_iter().flatten().collect();
        order.reverse();
        order
    }
}

/// Not yet visited.
const UNSEEN: u32 = u32::MAX;

/// The state of an iterative Tarjan walk over node ids `0..n`.
struct Tarjan {
    index: Vec<u32>,
    low: Vec<u32>,
    on_stack: Vec<bool>,
    next_index: u32,
    scc_stack: Vec<u32>,
    /// The simulated call stack: node and position in its successor list.
    calls: Vec<(u32, usize)>,
}

impl Tarjan {
    fn new(n: usize) -> Tarjan {
        Tarjan {
            index: vec![UNSEEN; n],
            low: vec![0; n],
            on_stack: vec![false; n],
            next_index: 0,
            scc_stack: Vec::new(),
            calls: Vec::new(),
        }
    }

    /// Visits `v`, whose successors start at `first_succ`.
    fn enter(&mut self, v: usize, first_succ: usize) {
        self.index[v] = self.next_index;
        self.low[v] = self.next_index;
        self.next_index += 1;
        self.on_stack[v] = true;
        self.scc_stack.push(v as u32);
        self.calls.push((v as u32, first_succ));
    }
}

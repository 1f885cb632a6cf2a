//! DESIGN step 4: select finalizable objects, queue their finalizers and the callbacks of the dead,
//! in topological order, and keep alive what the finalizers will see.

use hashbrown::HashMap;
use weakheap_heap::cycle::CycleAccess;
use weakheap_heap::{GcAny, PendingKind, Tracer, Watchers};

use crate::mark::Marker;

/// Counts for the report.
pub(crate) struct Queued {
    pub(crate) finalizers: u64,
    pub(crate) callbacks: u64,
}

/// Queues the finalizers of unmarked objects and the callbacks of `callbacks`, then marks everything
/// the finalizers reach.
///
/// Order: object by object, referrers before referents (as refcounting would free them); inside a
/// cycle of references, by cell index. For each object: its finalizer, then its callbacks.
///
/// Needs: step 3 done. After: every selected finalizer is queued and flagged never to be queued again;
/// every object a queued finalizer reaches is marked (through ephemerons whose keys were reached in
/// steps 1-2). O(unmarked objects reachable from the selected ones).
pub(crate) fn select_finalizable(
    cycle: &mut CycleAccess<'_>,
    marker: &mut Marker,
    callbacks: Vec<(GcAny, Watchers)>,
) -> Queued {
    let finalizable = cycle.take_unmarked_finalizers();
    let mut queued = Queued {
        finalizers: 0,
        callbacks: 0,
    };
    if finalizable.is_empty() && callbacks.is_empty() {
        return queued;
    }
    let mut work: HashMap<GcAny, (bool, Watchers)> = HashMap::new();
    for gc in &finalizable {
        work.entry(*gc).or_default().0 = true;
    }
    for (target, watchers) in callbacks {
        work.entry(target).or_default().1 = watchers;
    }
    let starts: Vec<GcAny> = {
        // Descending, so that after the reversal in `referrers_first` unrelated objects come out in
        // cell order.
        let mut s: Vec<GcAny> = work.keys().copied().collect();
        s.sort_unstable_by(|a, b| b.cmp(a));
        s
    };
    for gc in referrers_first(cycle, &starts) {
        if let Some((finalize, watchers)) = work.remove(&gc) {
            if finalize {
                cycle.push_pending(PendingKind::Finalize, gc);
                queued.finalizers += 1;
            }
            for w in watchers {
                cycle.push_pending(PendingKind::Callback, w);
                queued.callbacks += 1;
            }
        }
    }
    marker.push_roots(finalizable);
    marker.mark(cycle);
    queued
}

/// The unmarked objects reachable from `starts`, referrers before referents; the members of one
/// strongly connected component by cell index. Iterative Tarjan: no recursion, so a 10-million-long
/// dead chain is fine. O(nodes + edges) among unmarked objects.
fn referrers_first(cycle: &CycleAccess<'_>, starts: &[GcAny]) -> Vec<GcAny> {
    struct Node {
        gc: GcAny,
        index: u32,
        low: u32,
        on_stack: bool,
        succ: std::ops::Range<usize>,
    }
    let mut nodes: Vec<Node> = Vec::new();
    let mut id_of: HashMap<GcAny, u32> = HashMap::new();
    let mut succ: Vec<GcAny> = Vec::new();
    let mut tracer = Tracer::new();
    let mut scc_stack: Vec<u32> = Vec::new();
    let mut calls: Vec<(u32, usize)> = Vec::new();
    let mut sccs_sinks_first: Vec<Vec<GcAny>> = Vec::new();

    let mut visit =
        |gc: GcAny, nodes: &mut Vec<Node>, succ: &mut Vec<GcAny>, scc_stack: &mut Vec<u32>| {
            let id = nodes.len() as u32;
            tracer.clear();
            cycle.trace_any(gc, &mut tracer);
            let start = succ.len();
            succ.extend(
                tracer
                    .take_edges()
                    .into_iter()
                    .filter(|e| cycle.heap().is_alive(*e) && !cycle.is_marked(*e)),
            );
            nodes.push(Node {
                gc,
                index: id,
                low: id,
                on_stack: true,
                succ: start..succ.len(),
            });
            scc_stack.push(id);
            id
        };

    for &start in starts {
        if id_of.contains_key(&start) {
            continue;
        }
        let id = visit(start, &mut nodes, &mut succ, &mut scc_stack);
        id_of.insert(start, id);
        calls.push((id, 0));
        while let Some(&mut (v, ref mut pos)) = calls.last_mut() {
            let range = nodes[v as usize].succ.clone();
            if *pos < range.len() {
                let w_gc = succ[range.start + *pos];
                *pos += 1;
                match id_of.get(&w_gc) {
                    None => {
                        let w = visit(w_gc, &mut nodes, &mut succ, &mut scc_stack);
                        id_of.insert(w_gc, w);
                        calls.push((w, 0));
                    }
                    Some(&w) => {
                        if nodes[w as usize].on_stack {
                            let wi = nodes[w as usize].index;
                            let n = &mut nodes[v as usize];
                            n.low = n.low.min(wi);
                        }
                    }
                }
                continue;
            }
            calls.pop();
            if let Some(&(parent, _)) = calls.last() {
                let low = nodes[v as usize].low;
                let p = &mut nodes[parent as usize];
                p.low = p.low.min(low);
            }
            if nodes[v as usize].low == nodes[v as usize].index {
                let mut scc = Vec::new();
                while let Some(w) = scc_stack.pop() {
                    nodes[w as usize].on_stack = false;
                    scc.push(nodes[w as usize].gc);
                    if w == v {
                        break;
                    }
                }
                scc.sort_unstable_by_key(|gc| gc.index());
                sccs_sinks_first.push(scc);
            }
        }
    }
    sccs_sinks_first.into_iter().rev().flatten().collect()
}

//! Which garbage reference counting would free, and which only CPython's cyclic collector.
//!
//! minipy has no reference counts, so a collection finds every unreachable object, including
//! the temporaries reference counting frees at once in CPython (a bound method, an iterator, an
//! argument tuple). Simulating reference counting over the unreachable set splits it: count each
//! object's references from other unreachable objects, free (in the simulation) every object
//! with none and drop its references, repeat; what is left is the *cyclic garbage*, objects in a
//! reference cycle and those they reach.
//!
//! Two uses. The collections that stand for reference counting (after a statement, `--gc=eager`,
//! the stress modes) keep the cyclic garbage for the cyclic collector (`gc.collect()`, the
//! background collections), as CPython's refcounting leaves it; and `gc.collect()` counts,
//! lists (`DEBUG_COLLECTABLE`) and saves (`DEBUG_SAVEALL`) only cyclic garbage, and of that the
//! objects CPython's collector tracks (not ints, strings, dicts and tuples of atomic values, nor
//! minipy's frame namespaces).

use std::collections::{HashMap, HashSet};

use weakgc::{GcAny, HeapCore as Heap};

use crate::runtime::object::{ObjKind, Object, Value};

/// The objects of `dead` (all unreachable) that reference counting would not free: those in a
/// cycle among them or reachable from one. In `dead`'s order.
pub fn cyclic_garbage(heap: &Heap, dead: &[GcAny]) -> Vec<GcAny> {
    let index: HashMap<GcAny, usize> = dead.iter().enumerate().map(|(i, g)| (*g, i)).collect();
    let edges: Vec<Vec<usize>> = dead
        .iter()
        .enumerate()
        .map(|(i, gc)| {
            // A suspended generator holds itself among its parked temporaries (so that it is
            // rooted while it runs): minipy's edge, not a cycle CPython has.
            let generator = heap
                .downcast::<Object>(*gc)
                .is_ok_and(|v| matches!(heap.get(v).kind, ObjKind::Generator(_)));
            heap.referents(*gc)
                .unwrap_or_default()
                .iter()
                .filter_map(|r| index.get(r).copied())
                .filter(|r| !(generator && *r == i))
                .collect()
        })
        .collect();
    let mut refcount = vec![0usize; dead.len()];
    for e in edges.iter().flatten() {
        refcount[*e] += 1;
    }
    let mut freed = vec![false; dead.len()];
    let mut queue: Vec<usize> = (0..dead.len()).filter(|i| refcount[*i] == 0).collect();
    while let Some(i) = queue.pop() {
        freed[i] = true;
        for &e in &edges[i] {
            refcount[e] -= 1;
            if refcount[e] == 0 {
                queue.push(e);
            }
        }
    }
    dead.iter()
        .zip(freed)
        .filter(|(_, freed)| !freed)
        .map(|(gc, _)| *gc)
        .collect()
}

/// The frozen objects (`gc.freeze()`) among `dead` that the cyclic collector must keep: those in
/// or reachable from a cycle, with the cyclic collector ignoring frozen objects as CPython's
/// permanent generation does (reference counting still frees the others). Empty, at no cost,
/// when nothing is frozen.
pub fn frozen_cycles(heap: &Heap, dead: &[GcAny], frozen: &HashSet<GcAny>) -> Vec<GcAny> {
    if frozen.is_empty() || !dead.iter().any(|gc| frozen.contains(gc)) {
        return Vec::new();
    }
    cyclic_garbage(heap, dead)
        .into_iter()
        .filter(|gc| frozen.contains(gc))
        .collect()
}

/// `gc` as a value CPython's collector would count: a minipy object that is tracked
/// ([`is_tracked`]) and not a frame's namespace.
pub fn counted_value(heap: &Heap, gc: GcAny) -> Option<Value> {
    let v: Value = heap.downcast::<Object>(gc).ok()?;
    (is_tracked(heap, v) && !matches!(heap.get(v).kind, ObjKind::Env(_))).then_some(v)
}

/// CPython's `gc.is_tracked`: atomic values are not, nor dicts and tuples holding only atomic
/// values; everything else is.
pub fn is_tracked(heap: &Heap, v: Value) -> bool {
    match &heap.get(v).kind {
        ObjKind::Dict(d) => d
            .iter()
            .any(|e| !is_atomic(heap, e.key) || !is_atomic(heap, e.value)),
        ObjKind::Tuple(items) => items.iter().any(|v| !is_atomic(heap, *v)),
        _ => !is_atomic(heap, v),
    }
}

fn is_atomic(heap: &Heap, v: Value) -> bool {
    matches!(
        heap.get(v).kind,
        ObjKind::None
            | ObjKind::Bool(_)
            | ObjKind::Int(_)
            | ObjKind::Float(_)
            | ObjKind::Str(_)
            | ObjKind::Bytes(_)
            | ObjKind::Ellipsis
            | ObjKind::NotImplemented
    )
}

/// What CPython's collector would count of `dead`: [`cyclic_garbage`] filtered by
/// [`counted_value`], in `dead`'s order.
pub fn cpython_garbage(heap: &Heap, dead: &[GcAny]) -> Vec<Value> {
    cyclic_garbage(heap, dead)
        .into_iter()
        .filter_map(|gc| counted_value(heap, gc))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{run_captured, Options};

    fn run(src: &str) -> String {
        run_captured(src, &Options::default()).1
    }

    #[test]
    fn collect_counts_only_what_reference_counting_leaves() {
        // The bound method `c.append` and the iterator of the loop are garbage minipy finds and
        // CPython's refcounting freed: not counted.
        let src = "import gc\nclass T: pass\ngc.collect()\nb = T(); b.self = b\nc = [1]; c.append(c)\nfor x in [1, 2]: pass\ndel b, c\nprint(gc.collect())\nd = T(); d.self = d\nd.friend = [d, 'x', 3]\ndel d\nprint(gc.collect())\nprint(gc.collect())\n";
        assert_eq!(run(src), "2\n2\n0\n");
    }
}

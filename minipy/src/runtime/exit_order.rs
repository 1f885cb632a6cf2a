//! The order in which CPython 3.11 runs the finalizers of `__main__`'s objects at exit, when the
//! module's globals are cyclic garbage (a function or class defined in it refers back to them).
//!
//! CPython runs them in the order of its gc list. Objects enter that list in allocation order,
//! but every collection they survive reorders it: `move_unreachable` scans the list in order,
//! moves out (tentatively) each object no reference from outside the collected set holds, and
//! moves it back to the *end* of the list when a reachable object scanned later traverses it. At
//! exit there is always such a collection while `__main__`'s globals are still held
//! (`finalize_modules` collects before it clears the modules). So the objects a global holds
//! directly keep their allocation order, and an object held only by a container allocated after
//! it (the items of a list literal) moves behind, in the order the container traverses it: a
//! list or tuple last item first (`list_traverse`, `tuple_traverse`), a dict's values first to
//! last. A dict enters the list only when a value that can hold references goes in, so an empty
//! dict filled later sits just after its first such value. A class's namespace is a dict of its
//! own in CPython (`tp_dict`, made just before the type object), one traversal step further from
//! the globals than the class, and so are a function's defaults and closure (tuples, made just
//! before the function): minipy keeps those inline, so the simulation adds them as nodes.
//!
//! [`cpython_exit_order`] simulates that one collection over the objects reachable from the
//! globals, the globals as its only root. Automatic collections during the script can reorder
//! the list further; they depend on CPython's allocation counts, which minipy does not model.

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

use weakgc::GcAny;

use crate::runtime::cyclic::is_tracked;
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Object, Value};

/// Where one object stands in the simulated gc list's scan.
#[derive(Clone, Copy, PartialEq)]
enum Scan {
    /// Not scanned yet, and nothing reachable has traversed it.
    Unknown,
    /// Reachable: a root, or traversed by a reachable object.
    Reachable,
    /// Scanned while unknown: moved out of the list until something reachable traverses it.
    MovedOut,
}

/// An entry of the simulated gc list: an object, or one of the containers CPython gives a class
/// or a function where minipy keeps the contents inline.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Node {
    Object(GcAny),
    /// A class's `tp_dict`.
    ClassDict(GcAny),
    /// A function's `__defaults__` tuple.
    Defaults(GcAny),
    /// A function's `__closure__` tuple.
    Closure(GcAny),
}

/// Each object reachable from `globals` (CPython's tracked ones), with its place in the gc list
/// after the collection at exit described in the module doc; `globals` is first.
pub fn cpython_exit_order(interp: &Interp, globals: Value) -> HashMap<GcAny, usize> {
    let root = Node::Object(GcAny::from(globals));
    let mut members = vec![root];
    let mut seen = HashSet::from([root]);
    let mut next = 0;
    while next < members.len() {
        for r in traverse(interp, members[next]) {
            if seen.insert(r) {
                members.push(r);
            }
        }
        next += 1;
    }
    // The gc list before the collection: allocation order (oldest first), the globals first.
    let mut list = members;
    list.sort_by_key(|node| list_place(interp, *node));
    if let Some(i) = list.iter().position(|node| *node == root) {
        list[..=i].rotate_right(1);
    }
    let mut scan: HashMap<Node, Scan> = list.iter().map(|n| (*n, Scan::Unknown)).collect();
    scan.insert(root, Scan::Reachable);
    // `at[node]`: the index of its live entry in `list` (a node moved back is pushed again).
    let mut at: HashMap<Node, usize> = list.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let mut i = 0;
    while i < list.len() {
        let node = list[i];
        if at[&node] == i {
            if scan[&node] == Scan::Reachable {
                for r in traverse(interp, node) {
                    match scan.get(&r).copied() {
                        Some(Scan::Unknown) => {
                            scan.insert(r, Scan::Reachable);
                        }
                        Some(Scan::MovedOut) => {
                            scan.insert(r, Scan::Reachable);
                            at.insert(r, list.len());
                            list.push(r);
                        }
                        Some(Scan::Reachable) | None => {}
                    }
                }
            } else {
                scan.insert(node, Scan::MovedOut);
                at.insert(node, usize::MAX);
            }
        }
        i += 1;
    }
    let mut place = HashMap::new();
    for (i, node) in list.iter().enumerate() {
        if let Node::Object(gc) = node {
            if at[node] == i {
                place.insert(*gc, place.len());
            }
        }
    }
    place
}

/// Sort key of a node's place in the gc list before the collection: allocation age reversed (the
/// oldest first), then 0 for a container CPython makes before its class or function, 1 for an
/// object, 2 for a dict placed just after its first tracked value.
fn list_place(interp: &Interp, node: Node) -> (Reverse<u32>, u8) {
    let gc = match node {
        Node::ClassDict(owner) | Node::Defaults(owner) | Node::Closure(owner) => {
            return (Reverse(interp.allocation_age(owner)), 0)
        }
        Node::Object(gc) => gc,
    };
    let own = interp.allocation_age(gc);
    if let Some(ObjKind::Dict(d)) = kind(interp, gc) {
        let first_tracked = d
            .iter()
            .filter(|e| is_tracked(&interp.heap, e.value))
            .map(|e| interp.allocation_age(GcAny::from(e.value)))
            .max();
        if let Some(age) = first_tracked.filter(|age| *age < own) {
            return (Reverse(age), 2);
        }
    }
    (Reverse(own), 1)
}

fn kind(interp: &Interp, gc: GcAny) -> Option<&ObjKind> {
    let obj = interp.heap.downcast::<Object>(gc).ok()?;
    Some(&interp.heap.get(obj).kind)
}

/// The tracked nodes `node` references, in the order CPython's `tp_traverse` for its type
/// visits them.
fn traverse(interp: &Interp, node: Node) -> Vec<Node> {
    let heap = &interp.heap;
    let gc = match node {
        Node::ClassDict(class) => {
            let Some(ObjKind::Class(c)) = kind(interp, class) else {
                return Vec::new();
            };
            return tracked(interp, c.attrs.iter().map(|(_, v)| GcAny::from(v)));
        }
        Node::Defaults(func) | Node::Closure(func) => {
            let Some(ObjKind::Function(f)) = kind(interp, func) else {
                return Vec::new();
            };
            let items = if matches!(node, Node::Defaults(_)) {
                &f.defaults[..]
            } else {
                &f.closure[..]
            };
            return tracked(interp, items.iter().rev().map(|v| GcAny::from(*v)));
        }
        Node::Object(gc) => gc,
    };
    let Some(kind) = kind(interp, gc) else {
        return Vec::new();
    };
    let refs: Vec<GcAny> = match kind {
        ObjKind::List(items) | ObjKind::Tuple(items) => {
            items.iter().rev().map(|v| GcAny::from(*v)).collect()
        }
        ObjKind::Dict(d) => d
            .iter()
            .flat_map(|e| [GcAny::from(e.value), GcAny::from(e.key)])
            .collect(),
        ObjKind::Env(env) => env.vars.iter().map(|(_, v)| GcAny::from(v)).collect(),
        // `type_traverse`: the namespace first, then the MRO and the bases.
        ObjKind::Class(c) => {
            let mut out = vec![Node::ClassDict(gc)];
            let rest = c.mro.iter().flatten().chain(&c.base).chain(&c.extra_bases);
            let rest = rest.chain(&c.metaclass);
            out.extend(tracked(interp, rest.map(|v| GcAny::from(*v))));
            return out;
        }
        // `func_traverse`: globals, defaults, the attribute dict, closure, annotations.
        ObjKind::Function(f) => {
            let mut out = tracked(interp, std::iter::once(GcAny::from(f.globals)));
            if !f.defaults.is_empty() {
                out.push(Node::Defaults(gc));
            }
            out.extend(tracked(interp, f.dict.iter().map(|v| GcAny::from(*v))));
            if !f.closure.is_empty() {
                out.push(Node::Closure(gc));
            }
            let rest = f.annotations.iter().chain(&f.owner).chain(&f.doc);
            out.extend(tracked(interp, rest.map(|v| GcAny::from(*v))));
            return out;
        }
        // minipy traces an instance's class first and its attributes last to first.
        ObjKind::Instance(_) => {
            let mut r = heap.referents(gc).unwrap_or_default();
            r.reverse();
            r
        }
        _ => heap.referents(gc).unwrap_or_default(),
    };
    tracked(interp, refs.into_iter())
}

/// The nodes of those of `refs` CPython's collector tracks.
fn tracked(interp: &Interp, refs: impl Iterator<Item = GcAny>) -> Vec<Node> {
    refs.filter(|r| {
        interp
            .heap
            .downcast::<Object>(*r)
            .is_ok_and(|v| is_tracked(&interp.heap, v))
    })
    .map(Node::Object)
    .collect()
}

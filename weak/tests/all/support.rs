//! Test objects: graph nodes with edges, an id and an optional finalizer; an `int` that refuses weak
//! references.

use weakgc_heap::{Gc, GcAny, Heap, Trace, Tracer};
use weakgc_weak::Referent;

/// A test object: strong edges to other objects, an id, and whether it wants a finalizer.
pub struct Node {
    pub id: u32,
    pub edges: Vec<GcAny>,
    pub finalizer: bool,
}

impl Trace for Node {
    fn trace(&self, tracer: &mut Tracer) {
        self.edges.trace(tracer)
    }
    fn has_finalizer(&self) -> bool {
        self.finalizer
    }
    fn type_name(&self) -> &str {
        "Node"
    }
}

/// Python's `int`: cannot be weakly referenced.
pub struct Int(pub i64);

impl Trace for Int {
    fn trace(&self, _tracer: &mut Tracer) {}
    fn type_name(&self) -> &str {
        "int"
    }
    fn weakref_allowed(&self) -> bool {
        false
    }
    fn label(&self) -> Option<String> {
        Some(self.0.to_string())
    }
}

pub fn node(heap: &mut Heap, id: u32) -> Gc<Node> {
    heap.alloc(Node {
        id,
        edges: Vec::new(),
        finalizer: false,
    })
}

pub fn node_with_finalizer(heap: &mut Heap, id: u32) -> Gc<Node> {
    heap.alloc(Node {
        id,
        edges: Vec::new(),
        finalizer: true,
    })
}

pub fn nodes(heap: &mut Heap, n: u32) -> Vec<Gc<Node>> {
    (0..n).map(|i| node(heap, i)).collect()
}

pub fn link(heap: &mut Heap, from: Gc<Node>, to: impl Into<GcAny>) {
    heap.get_mut(from).edges.push(to.into());
}

pub fn referent(heap: &mut Heap, gc: impl Into<GcAny>) -> Referent {
    Referent::new(heap, gc.into()).unwrap()
}

pub fn id_of(heap: &Heap, gc: GcAny) -> u32 {
    heap.get(heap.downcast::<Node>(gc).unwrap()).id
}

pub fn ids(heap: &Heap, gcs: impl IntoIterator<Item = GcAny>) -> Vec<u32> {
    gcs.into_iter().map(|gc| id_of(heap, gc)).collect()
}

/// Allocates nodes until one lands in `dead`'s cell; returns it (a new object, new generation).
pub fn node_in_cell_of(heap: &mut Heap, dead: GcAny) -> Gc<Node> {
    let mut scratch = Vec::new();
    for i in 0..100_000 {
        let n = node(heap, 1_000_000 + i);
        if Gc::erase(n).index() == dead.index() {
            return n;
        }
        scratch.push(heap.root(n));
    }
    panic!("cell {} was never reused", dead.index())
}

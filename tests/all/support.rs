//! A small object graph type for tests: nodes with edges, an id, and an optional finalizer.

use weakgc::{Gc, GcAny, Heap, HeapCore, Trace, Tracer};

/// A test object: strong edges to other objects, a name, and whether it wants a finalizer.
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
    fn label(&self) -> Option<String> {
        Some(format!("#{}", self.id))
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

pub fn link(heap: &mut Heap, from: Gc<Node>, to: impl Into<GcAny>) {
    heap.get_mut(from).edges.push(to.into());
}

pub fn id_of(heap: &HeapCore, gc: GcAny) -> u32 {
    heap.get(heap.downcast::<Node>(gc).unwrap()).id
}

//! A named graph node with an optional finalizer, shared by the collector's integration tests.

#![allow(dead_code)]

use weakgc_heap::{Gc, GcAny, Heap, Trace, Tracer};

pub struct Node {
    pub name: &'static str,
    pub edges: Vec<GcAny>,
    pub finalizer: bool,
}

impl Trace for Node {
    fn trace(&self, tracer: &mut Tracer) {
        self.edges.trace(tracer);
    }
    fn has_finalizer(&self) -> bool {
        self.finalizer
    }
}

pub fn node(heap: &mut Heap, name: &'static str, finalizer: bool) -> Gc<Node> {
    heap.alloc(Node {
        name,
        edges: Vec::new(),
        finalizer,
    })
}

pub fn link(heap: &mut Heap, from: Gc<Node>, to: Gc<Node>) {
    heap.get_mut(from).edges.push(to.into());
}

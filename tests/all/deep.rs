//! Marking is iterative: very long chains collect without overflowing the stack.

use weakgc::{Gc, Heap, Trace, Tracer};

struct Link {
    next: Option<Gc<Link>>,
}
impl Trace for Link {
    fn trace(&self, tracer: &mut Tracer) {
        self.next.trace(tracer)
    }
}

fn chain(heap: &mut Heap, n: usize) -> Gc<Link> {
    let mut head = heap.alloc(Link { next: None });
    for _ in 1..n {
        head = heap.alloc(Link { next: Some(head) });
    }
    head
}

#[test]
fn ten_million_node_chain_is_marked_and_then_freed() {
    const N: usize = 10_000_000;
    let mut heap = Heap::new();
    let head = chain(&mut heap, N);
    let root = heap.root(head);
    let report = heap.collect();
    assert_eq!((report.marked, report.freed), (N as u64, 0));
    drop(root);
    let report = heap.collect();
    assert_eq!(report.freed, N as u64);
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn a_dead_million_node_chain_behind_a_finalizer_is_ordered_without_recursion() {
    struct Head {
        next: Gc<Link>,
    }
    impl Trace for Head {
        fn trace(&self, tracer: &mut Tracer) {
            tracer.edge(self.next)
        }
        fn has_finalizer(&self) -> bool {
            true
        }
    }
    const N: usize = 1_000_000;
    let mut heap = Heap::new();
    let next = chain(&mut heap, N);
    heap.alloc(Head { next });
    let report = heap.collect();
    assert_eq!(
        (report.finalizers_queued, report.kept_for_finalizers),
        (1, N as u64 + 1)
    );
    heap.run_pending(|_, _| {});
    assert_eq!(heap.collect().freed, N as u64 + 1);
}

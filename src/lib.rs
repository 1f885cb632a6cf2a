#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub use weakheap_collector::{collect, collect_if_due, collect_with, Collect, CycleReport, Pacing};
pub use weakheap_derive::Trace;
pub use weakheap_heap::{
    cycle, AllocError, DrainReport, FinalizerFn, Gc, GcAny, Heap, HeapError, Liveness, Pending,
    PendingKind, Root, Trace, Tracer, Watchers, Weak, WeakAny,
};
pub use weakheap_weak::*;

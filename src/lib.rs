#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod testing;

pub use weakheap_collector::{
    collect, collect_if_due, collect_with, CallbackId, Collect, Collector, CycleEvent, CycleReport,
    Pacing, Totals,
};
pub use weakheap_derive::Trace;
pub use weakheap_heap::{
    cycle, AllocError, Census, DrainReport, FinalizerFn, Gc, GcAny, Heap, HeapError, Liveness,
    PathStep, Pending, PendingKind, RetentionPath, Root, RootKind, Trace, Tracer, TypeCount,
    Watchers, Weak, WeakAny,
};
pub use weakheap_weak::*;

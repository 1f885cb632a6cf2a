//! Weak references with callbacks and heap-aware weak tables for weakheap.
//!
//! Everything here is built on the heap's public API and the collector's guarantees (DESIGN steps 2,
//! 3 and 5): no unsafe code.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod weakref;

pub use weakref::{getweakrefcount, getweakrefs, WeakRef};

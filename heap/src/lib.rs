//! weakgc's arena heap: cells, handles, roots, `Trace`, weak slots and the pending queue.
//!
//! How it stays safe, in three sentences:
//! 1. Handles are indices checked on every access: a cell index plus the generation the cell had
//!    when the object was allocated, so a handle to a collected object is a detected error, never a
//!    read of reused memory (and a typed access also checks the Rust type).
//! 2. Borrowing follows the heap: `&Heap` gives `&T`, `&mut Heap` gives `&mut T`, and collection needs
//!    `&mut Heap`, so no reference into the heap survives a collection.
//! 3. User code (`Trace`, `Drop`, finalizers, callbacks) never runs while the heap is mid-change: the
//!    collector calls `Trace` and `Drop` with the cell's bookkeeping already consistent and catches
//!    `Drop` panics, and finalizers and callbacks run only when the embedder drains the pending queue,
//!    with full `&mut Heap` access.
//!
//! This crate knows nothing of collection policy: `weakgc-collector` drives a cycle through
//! `Heap::cycle` (a hidden, collector-only API). Most users depend on the `weakgc` facade instead.
//!
//! `unsafe` lives in the `arena` module (cell memory; its invariants at the top of `arena/mod.rs`,
//! its unsafe blocks in `alloc.rs`, `access.rs`, `mark.rs` and `sweep.rs`), `header.rs`
//! (type-erased dispatch) and `side_array.rs` (a page's side arrays, reachable by reference and by
//! the allocation cursor's raw pointers); their invariants are stated at the top of each.

#![deny(missing_docs)]
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(clippy::undocumented_unsafe_blocks)]

mod arena;
// The collector's door into the heap. Public only because `weakgc-collector` is another
// crate: its operations free live objects when called out of DESIGN order, so it is hidden from
// the docs and the `weakgc` facade does not re-export it. A sealed trait would not hide it
// better (the collector must name it too); `Heap::queue_pending` is the one operation outside a
// collection that needed it, and is safe.
#[doc(hidden)]
pub mod cycle;
mod error;
mod freeze;
mod handle;
mod header;
mod heap;
mod inspect;
mod page;
mod pending;
mod roots;
mod side_array;
mod trace;
mod weak_slot;

pub use error::{AllocError, HeapError};
pub use handle::{Gc, GcAny, Weak, WeakAny};
pub use heap::{CollectorMode, GcPhase, Heap};
pub use inspect::{Census, PathStep, RetentionPath, RootKind, Shortened, TypeCount, FROZEN_ROOT};
pub use pending::{panic_message, DrainReport, FinalizerFn, Pending, PendingKind};
pub use roots::Root;
pub use trace::{Liveness, Trace, Tracer};
pub use weak_slot::Watchers;

#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod heap;
pub mod testing;

pub use heap::Heap;

pub use weakgc_collector::{
    bytes_until_step, collect, collect_if_due, collect_step, collect_with, step_if_due,
    step_is_due, CallbackId, Collect, Collector, CycleEvent, CycleReport, Generation, Observed,
    Pacing, SaveAllFilter, StepReport, Totals,
};
pub use weakgc_collector::{
    collect_minor, collect_minor_observing, collect_observing, CollectorMode, CycleKind,
    ObserveUnreachable,
};
/// Derives [`Trace`](trait@Trace): every field is traced unless marked `#[trace(skip)]`.
///
/// A type parameter is bounded by `Trace` only if a traced field's type mentions it (outside
/// `Gc<..>`, `Weak<..>` and `PhantomData<..>`); `#[trace(bound = "T: Trace")]` on the type
/// replaces the inferred bounds.
///
/// ```
/// use weakgc::{Gc, Trace};
/// struct NoTrace;
/// #[derive(Trace)]
/// struct Tagged<T> {
///     item: Gc<String>,
///     #[trace(skip)]
///     tag: Option<T>,
/// }
/// fn is_trace<T: Trace>() {}
/// is_trace::<Tagged<NoTrace>>();
/// ```
///
/// Attributes name objects for people and ask for finalizers: `#[trace(name = "..")]` sets
/// [`Trace::type_name`] (censuses, errors, retention paths), `#[trace(label)]` on one field of a
/// struct makes its `to_string()` the [`Trace::label`] (or `#[trace(label = "path::to::fn")]` on
/// the type, a `fn(&Self) -> Option<String>`, for enums), and `#[trace(finalizer)]` makes
/// [`Trace::has_finalizer`] true, so a collection queues a `Finalize` job when an object dies.
///
/// ```
/// use weakgc::{Gc, Heap, Trace};
/// #[derive(Trace)]
/// #[trace(name = "Session", finalizer)]
/// struct Session { #[trace(skip, label)] user: String, peer: Option<Gc<Session>> }
///
/// let mut heap = Heap::new();
/// let s = heap.alloc(Session { user: "alice".into(), peer: None });
/// let value = heap.get_any(s).unwrap();
/// assert_eq!((value.type_name(), value.label().as_deref()), ("Session", Some("alice")));
/// assert_eq!(heap.collect().finalizers_queued, 1);
/// ```
///
/// Misuse is a compile error naming the valid options:
///
/// ```compile_fail
/// use weakgc::Trace;
/// #[derive(Trace)]
/// struct S { #[trace(skipp)] x: u8 } // error: the valid option is `skip`
/// ```
///
/// ```compile_fail
/// use weakgc::{Gc, Trace};
/// #[derive(Trace)]
/// union U { a: u8 } // error: Trace cannot be derived for unions
/// ```
///
/// ```compile_fail
/// use weakgc::Trace;
/// #[derive(Trace)]
/// enum E { A(#[trace(skip, label)] String) } // error: use `label = "fn"` on the enum
/// ```
///
/// A field whose type does not implement `Trace` must be skipped:
///
/// ```compile_fail
/// use weakgc::Trace;
/// struct NotTraced;
/// #[derive(Trace)]
/// struct S { x: NotTraced }
/// ```
pub use weakgc_derive::Trace;
pub use weakgc_heap::{
    AllocError, Census, DrainReport, FinalizerFn, Gc, GcAny, GcPhase, HeapError, Liveness,
    PathStep, Pending, PendingKind, RetentionPath, Root, RootKind, Trace, Tracer, TypeCount,
    Watchers, Weak, WeakAny, FROZEN_ROOT,
};
pub use weakgc_weak::*;

/// The core heap [`Heap`] derefs to: every method a `Heap` has besides the collector's entry
/// points. Callbacks (`on_finalize` closures, the core's `run_pending` handlers) receive it;
/// helper functions that take `&mut HeapCore` accept `&mut Heap` too.
pub use weakgc_heap::Heap as HeapCore;

/// The heap's `cycle` module, the collector's low-level door whose operations free live objects
/// when called out of DESIGN order, is deliberately not re-exported (issue #16);
/// [`Heap::queue_pending`] is the safe operation outside a collection.
///
/// ```compile_fail
/// use weakgc::cycle::CycleAccess; // error: the facade has no `cycle` module
/// ```
#[cfg(doctest)]
pub struct NoCycleAccess;

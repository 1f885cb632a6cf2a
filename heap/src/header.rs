//! Per-type information shared by every cell of one Rust type.
//!
//! A cell's memory holds only the value; what the heap needs to handle it without knowing its type
//! (trace it, drop it, name it) is reached through a `&'static TypeInfo` its page records, once for
//! the page or per cell (see `arena/mod.rs`, A6).
//!
//! # Invariants
//! - H1: a `TypeInfo` returned by [`TypeInfo::of::<T>`] describes exactly `T`: `type_id` is
//!   `TypeId::of::<T>()`, `as_dyn` reinterprets a pointer to a `T` as a `*mut dyn Trace` for `T`,
//!   `trace` calls `T::trace` on the `T` a pointer points to, and `drop_counting` drops that `T`
//!   (after asking its `extra_bytes`).
//!   Established here, by construction; relied on by the `arena` module whenever it dispatches through a cell's
//!   type information.

use std::any::TypeId;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};

use crate::trace::{Trace, Tracer};

/// What the heap knows about one Rust type stored in it.
pub(crate) struct TypeInfo {
    /// `TypeId::of::<T>()`: checked by typed accessors, so a handle can never read a cell as the wrong type.
    pub(crate) type_id: TypeId,
    /// `true` when dropping a `T` does something; cells of other types are freed by bitmap operations.
    pub(crate) needs_drop: bool,
    /// Rebuilds the fat pointer to the cell's value.
    ///
    /// # Safety
    /// The argument must point to a live, initialised `T` (the type this `TypeInfo` was made for).
    pub(crate) as_dyn: unsafe fn(*mut u8) -> *mut dyn Trace,
    /// Asks the value's `extra_bytes`, then drops it in place; returns those bytes. One indirect call
    /// for sweep (for types that keep the default `extra_bytes`, exactly a drop).
    ///
    /// # Safety
    /// The argument must point to a live `T` that nothing else will use or drop afterwards.
    pub(crate) drop_counting: unsafe fn(*mut u8) -> usize,
    /// Calls `T::trace` on the value: one direct, monomorphic call for the mark loop, which
    /// `as_dyn` followed by a virtual call would make two indirect ones.
    ///
    /// # Safety
    /// As `as_dyn`; the value must not be mutably borrowed elsewhere.
    pub(crate) trace: unsafe fn(*mut u8, &mut Tracer),
}

/// Associates each `T: Trace` with its promoted, `'static` [`TypeInfo`].
trait HasTypeInfo {
    const INFO: TypeInfo;
}

impl<T: Trace + 'static> HasTypeInfo for T {
    const INFO: TypeInfo = TypeInfo {
        type_id: TypeId::of::<T>(),
        needs_drop: std::mem::needs_drop::<T>(),
        as_dyn: as_dyn::<T>,
        drop_counting: drop_counting::<T>,
        trace: trace::<T>,
    };
}

/// # Safety
/// `ptr` must point to a live `T`; the caller picks the lifetime of any reference made from the result.
unsafe fn as_dyn<T: Trace + 'static>(ptr: *mut u8) -> *mut dyn Trace {
    ptr.cast::<T>() as *mut dyn Trace
}

/// # Safety
/// `ptr` must point to a live `T` that nothing else will use or drop afterwards.
unsafe fn drop_counting<T: Trace + 'static>(ptr: *mut u8) -> usize {
    let ptr = ptr.cast::<T>();
    // SAFETY: the caller's contract: `ptr` is a live `T`, readable until it is dropped just below.
    let extra = catch_unwind(AssertUnwindSafe(|| unsafe { (*ptr).extra_bytes() }));
    // SAFETY: as above; this is its one drop, even if `extra_bytes` panicked.
    unsafe { std::ptr::drop_in_place(ptr) };
    extra.unwrap_or_else(|payload| resume_unwind(payload))
}

/// # Safety
/// `ptr` must point to a live `T` that is not mutably borrowed elsewhere.
unsafe fn trace<T: Trace + 'static>(ptr: *mut u8, tracer: &mut Tracer) {
    // SAFETY: the caller's contract.
    unsafe { &*ptr.cast::<T>() }.trace(tracer)
}

impl TypeInfo {
    /// The type information for `T` (H1).
    #[inline]
    pub(crate) fn of<T: Trace + 'static>() -> &'static TypeInfo {
        &<T as HasTypeInfo>::INFO
    }

    /// Whether this describes `T`.
    #[inline]
    pub(crate) fn is<T: Trace + 'static>(&self) -> bool {
        self.type_id == TypeId::of::<T>()
    }
}

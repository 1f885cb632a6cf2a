//! `Embeds`: how the weak objects find themselves inside an interpreter's one object type.

/// An object type that may hold an `E` ([`WeakRef`](crate::WeakRef) or
/// [`Finalize`](crate::Finalize)) inside it: an interpreter's one object type, usually an enum
/// with a variant per kind of object.
///
/// The weak objects register the handle of the object that *contains* them with the heap
/// (`Heap::watch`), so the collector queues that object's handle when the target dies, and the
/// calls that need the heap ([`WeakRef::get`](crate::WeakRef::get),
/// [`Finalize::call`](crate::Finalize::call), ...) take that handle and find the embedded value
/// through this trait. Every `WeakRef<C>` and `Finalize<C>` embeds itself, which is how the
/// standalone objects use the same calls.
///
/// # Examples
/// ```
/// use weakgc_heap::{Trace, Tracer};
/// use weakgc_weak::{Embeds, Finalize, WeakRef};
/// enum Obj {
///     Int(i64),
///     Ref(WeakRef<()>),
///     Finalizer(Finalize<&'static str>),
/// }
/// impl Trace for Obj {
///     fn trace(&self, tracer: &mut Tracer) {
///         match self {
///             Obj::Int(_) => {}
///             Obj::Ref(r) => r.trace(tracer),
///             Obj::Finalizer(f) => f.trace(tracer),
///         }
///     }
/// }
/// impl Embeds<WeakRef<()>> for Obj {
///     fn embedded(&self) -> Option<&WeakRef<()>> {
///         match self {
///             Obj::Ref(r) => Some(r),
///             _ => None,
///         }
///     }
///     fn embedded_mut(&mut self) -> Option<&mut WeakRef<()>> {
///         match self {
///             Obj::Ref(r) => Some(r),
///             _ => None,
///         }
///     }
/// }
/// impl Embeds<Finalize<&'static str>> for Obj {
///     fn embedded(&self) -> Option<&Finalize<&'static str>> {
///         match self {
///             Obj::Finalizer(f) => Some(f),
///             _ => None,
///         }
///     }
///     fn embedded_mut(&mut self) -> Option<&mut Finalize<&'static str>> {
///         match self {
///             Obj::Finalizer(f) => Some(f),
///             _ => None,
///         }
///     }
/// }
/// ```
pub trait Embeds<E> {
    /// The embedded value, if this object holds one.
    fn embedded(&self) -> Option<&E>;

    /// The embedded value, mutably, if this object holds one.
    fn embedded_mut(&mut self) -> Option<&mut E>;
}

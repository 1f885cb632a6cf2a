//! `Trace`: how an object tells the collector which other objects it holds.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::rc::Rc;

use crate::handle::{Gc, GcAny, Weak, WeakAny};

/// A type that can live in the heap, or be part of something that does, or be a set of extra roots
/// for one collection.
///
/// Heap objects must also be `'static` ([`Heap::alloc`](crate::Heap::alloc) asks for it); `Trace`
/// itself does not, so extra roots can borrow: `collect_with(&mut heap, &(globals, &stack))`.
///
/// `trace` reports every [`Gc`] the value holds by calling [`Tracer::edge`] (the derive macro and the
/// implementations for std containers do this for you). The provided methods let a type name itself,
/// refuse weak references, ask for a finalizer, and (for heap-aware weak tables) drop dead entries.
///
/// # Correctness
/// Memory safety never depends on `trace`: an implementation that forgets an edge, reports one twice,
/// reports a handle from another heap, or panics cannot cause undefined behaviour. A forgotten edge does
/// make the collector free an object that is still referenced; the next access through that handle is
/// then a [`HeapError::StaleHandle`](crate::HeapError::StaleHandle) error. A reported handle that is
/// stale (its object freed, its cell perhaps reused) or from another heap is not checked while
/// marking, for speed: it keeps whatever occupies that cell alive for the cycle, which is a leak, never
/// a wrong read. `trace` must not have side effects the program relies on: it runs during collection,
/// any number of times.
///
/// # Examples
/// ```
/// use weakgc_heap::{Gc, Heap, Trace, Tracer};
/// struct Node { next: Option<Gc<Node>>, value: u32 }
/// impl Trace for Node {
///     fn trace(&self, tracer: &mut Tracer) { self.next.trace(tracer) }
/// }
/// let mut heap = Heap::new();
/// let tail = heap.alloc(Node { next: None, value: 2 });
/// let head = heap.alloc(Node { next: Some(tail), value: 1 });
/// assert_eq!(heap.get(heap.get(head).next.unwrap()).value, 2);
/// ```
pub trait Trace {
    /// Reports every strong handle this value holds.
    fn trace(&self, tracer: &mut Tracer);

    /// The name shown in errors, censuses and retention paths. An interpreter returns the name of the
    /// object's class (`'int'`, `'Person'`); the default is the Rust type name without its path.
    fn type_name(&self) -> &str {
        short_type_name(std::any::type_name::<Self>())
    }

    /// Whether weak references to this object may be made. `false` makes
    /// [`Heap::downgrade`](crate::Heap::downgrade) and [`Heap::watch`](crate::Heap::watch) fail with
    /// `cannot create weak reference to '<type_name>' object`. Asked at allocation and, while the
    /// answer is `false`, again at each weak reference; a `true` answer is remembered for the
    /// object's life.
    fn weakref_allowed(&self) -> bool {
        true
    }

    /// Bytes this value owns outside its cell (a string's buffer, say) that the heap should count:
    /// in [`Heap::bytes_in_use`](crate::Heap::bytes_in_use), against
    /// [`Heap::set_limit`](crate::Heap::set_limit), and so in the pacing debt. Without it, a heap
    /// limit bounds only cells, and one small cell can own gigabytes.
    ///
    /// Asked when the value is allocated and again when it is freed, and the two answers must
    /// agree: report storage that does not change while the object lives (an immutable string's
    /// length), and leave growable containers at 0. Counted only for types with drop glue (anything
    /// that owns memory has it). If it panics while the value is freed, the value is still dropped,
    /// the panic is reported like one from `Drop`, and the bytes it reported at allocation stay
    /// counted (debug builds' consistency check after each collection then names the mismatch).
    /// Not asked of a value whose [`needs_drop`](Self::needs_drop) is `false`.
    fn extra_bytes(&self) -> usize {
        0
    }

    /// Whether dropping *this* value does anything, for a type with drop glue whose values often
    /// own nothing: an interpreter's object enum, say, whose `int` variant holds an `i64` while
    /// its `list` variant holds a `Vec`. `false` lets the sweep free the object by bitmap
    /// operations alone, without a call per object (nor is [`extra_bytes`](Self::extra_bytes)
    /// asked: such a value counts 0 there). Asked once, at allocation, so the answer must hold for
    /// the object's life: a value that `get_mut` may later give something to own must answer
    /// `true`. A wrong `false` leaks what the value owns (safe, as `std::mem::forget` is). The
    /// default, `std::mem::needs_drop::<Self>()`, is always right.
    fn needs_drop(&self) -> bool
    where
        Self: Sized,
    {
        std::mem::needs_drop::<Self>()
    }

    /// Whether the object has a finalizer (Python's `__del__`). Asked once, when the object is
    /// allocated; [`Heap::set_finalizer`](crate::Heap::set_finalizer) changes it per object later.
    fn has_finalizer(&self) -> bool {
        false
    }

    /// A short description of this object for retention paths (`Session "alice"`), if it has one.
    fn label(&self) -> Option<String> {
        None
    }

    /// Whether the object holds weak entries that the collector must prune each cycle (DESIGN step 5).
    /// Asked once, at allocation. Only heap-aware tables answer `true`.
    fn has_weak_entries(&self) -> bool {
        false
    }

    /// Drops entries whose weak part died. Called once per cycle on live objects whose
    /// [`has_weak_entries`](Self::has_weak_entries) was `true`, after weak references to unreachable
    /// objects were cleared and before any user code runs.
    fn prune_weak(&mut self, liveness: &Liveness<'_>) {
        let _ = liveness;
    }
}

/// `a::b::Foo<c::Bar>` becomes `Foo<Bar>`.
fn short_type_name(full: &'static str) -> &'static str {
    if !full.contains('<') {
        return full.rfind("::").map_or(full, |i| &full[i + 2..]);
    }
    // Generic: drop the path of every segment. Computed once per type and leaked into a static
    // table, so the name can be `&'static`; the set of types is finite.
    static SHORT: std::sync::OnceLock<std::sync::Mutex<HashMap<&'static str, &'static str>>> =
        std::sync::OnceLock::new();
    let table = SHORT.get_or_init(Default::default);
    let mut table = table
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    table.entry(full).or_insert_with(|| {
        let mut out = String::with_capacity(full.len());
        let mut segment_start = 0;
        for (i, ch) in full.char_indices() {
            if "<>,()[]&; ".contains(ch) {
                out.push_str(last_path_segment(&full[segment_start..i]));
                out.push(ch);
                segment_start = i + ch.len_utf8();
            }
        }
        out.push_str(last_path_segment(&full[segment_start..]));
        Box::leak(out.into_boxed_str())
    })
}

fn last_path_segment(s: &str) -> &str {
    s.rfind("::").map_or(s, |i| &s[i + 2..])
}

/// Collects the handles reported by [`Trace::trace`].
///
/// The collector owns one per cycle; user code can only report to the one it is given, with
/// [`edge`](Self::edge), [`edge_any`](Self::edge_any) and [`ephemeron`](Self::ephemeron). During
/// marking this tracer *is* the collector's gray stack, so nothing else is public: a `trace` that
/// could pop, take or clear it could hide live objects from marking (issue #16). Nor can user
/// code make a `Tracer` to swap in for it:
///
/// ```compile_fail
/// use weakgc_heap::{Trace, Tracer};
/// struct Saboteur;
/// impl Trace for Saboteur {
///     fn trace(&self, tracer: &mut Tracer) {
///         tracer.pop_edge(); // error: no such method
///     }
/// }
/// ```
///
/// ```compile_fail
/// use weakgc_heap::{Trace, Tracer};
/// struct Saboteur;
/// impl Trace for Saboteur {
///     fn trace(&self, tracer: &mut Tracer) {
///         tracer.clear(); // error: no such method
///     }
/// }
/// ```
///
/// ```compile_fail
/// use weakgc_heap::{Trace, Tracer};
/// struct Saboteur;
/// impl Trace for Saboteur {
///     fn trace(&self, tracer: &mut Tracer) {
///         let _ = tracer.take_edges(); // error: no such method
///     }
/// }
/// ```
///
/// ```compile_fail
/// use weakgc_heap::{Trace, Tracer};
/// struct Saboteur;
/// impl Trace for Saboteur {
///     fn trace(&self, tracer: &mut Tracer) {
///         let _ = std::mem::replace(tracer, Tracer::new()); // error: no constructor
///     }
/// }
/// ```
///
/// ```compile_fail
/// use weakgc_heap::{Trace, Tracer};
/// struct Saboteur;
/// impl Trace for Saboteur {
///     fn trace(&self, tracer: &mut Tracer) {
///         let _ = std::mem::take(tracer); // error: no `Default`
///     }
/// }
/// ```
pub struct Tracer {
    pub(crate) edges: Vec<GcAny>,
    /// Ephemerons whose value holds exactly one handle, the common entry of a weak-key table: one
    /// push each; a marker may hold them here and sift them by their keys in tight passes
    /// (`CycleAccess::sift_held`).
    pub(crate) single_ephemerons: Vec<(WeakAny, GcAny)>,
    /// The other ephemerons (two or more handles), their values in `ephemeron_values`.
    pub(crate) ephemerons: Vec<Ephemeron>,
    pub(crate) ephemeron_values: Vec<GcAny>,
}

/// A weak-key entry found while tracing: `values` (a range of `Tracer::ephemeron_values`) are
/// reachable only if `key` is.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ephemeron {
    pub(crate) key: WeakAny,
    pub(crate) start: u32,
    pub(crate) end: u32,
}

impl Tracer {
    /// A tracer with nothing recorded. Crate-internal: the collector gets one through
    /// `cycle::Gray`, the heap's own walks (`referents`, censuses) make their own.
    pub(crate) fn new() -> Tracer {
        Tracer {
            edges: Vec::new(),
            single_ephemerons: Vec::new(),
            ephemerons: Vec::new(),
            ephemeron_values: Vec::new(),
        }
    }

    /// Reports a strong edge to `gc`.
    #[inline]
    pub fn edge<T: ?Sized>(&mut self, gc: Gc<T>) {
        self.edges.push(gc.raw);
    }

    /// Reports a strong edge to a type-erased handle.
    #[inline]
    pub fn edge_any(&mut self, gc: GcAny) {
        self.edges.push(gc);
    }

    /// Reports an ephemeron: everything `value` holds is reachable only while `key` is.
    ///
    /// This is how a weak-key table traces its entries (DESIGN step 2): a value that refers back to
    /// its own key, or to another entry's key, does not keep the key alive.
    pub fn ephemeron<V: Trace + ?Sized>(&mut self, key: WeakAny, value: &V) {
        let mark = self.edges.len();
        value.trace(self);
        if self.edges.len() == mark {
            // A value without handles keeps nothing alive: nothing to wait for.
            return;
        }
        if self.edges.len() == mark + 1 {
            // The common value (one handle): a pop and a push, where `extend(drain(..))` cost
            // ~50 instructions per ephemeron (docs/benchmarks.md, "The ephemeron collection").
            let value = self.edges.pop().expect("one edge past the mark");
            self.single_ephemerons.push((key, value));
            return;
        }
        let start = self.ephemeron_values.len() as u32;
        self.ephemeron_values.extend_from_slice(&self.edges[mark..]);
        self.edges.truncate(mark);
        let end = self.ephemeron_values.len() as u32;
        self.ephemerons.push(Ephemeron { key, start, end });
    }

    // The rest is the gray stack's, never the user's: crate-internal here, and reached by the
    // collector only through `cycle::Gray`, which owns its `Tracer` and never lends it out as
    // `&mut Tracer` (so not even a swap can replace it). `trace` implementations see only the
    // three methods above.

    /// Removes and returns the strong edges recorded so far (oldest first).
    pub(crate) fn take_edges(&mut self) -> Vec<GcAny> {
        std::mem::take(&mut self.edges)
    }

    /// Pops the most recently recorded strong edge.
    #[inline]
    pub(crate) fn pop_edge(&mut self) -> Option<GcAny> {
        self.edges.pop()
    }

    /// How many strong edges are recorded and not yet taken.
    pub(crate) fn edge_count(&self) -> usize {
        self.edges.len()
    }

    /// Removes and returns the ephemerons recorded so far, as `(key, values)` pairs.
    /// Keeps the buffers' capacity (the collector reuses a tracer across cycles).
    pub(crate) fn take_ephemerons(&mut self) -> Vec<(WeakAny, Vec<GcAny>)> {
        let values = &self.ephemeron_values;
        let taken = self
            .single_ephemerons
            .drain(..)
            .map(|(key, value)| (key, vec![value]))
            .chain(
                self.ephemerons
                    .drain(..)
                    .map(|e| (e.key, values[e.start as usize..e.end as usize].to_vec())),
            )
            .collect();
        self.ephemeron_values.clear();
        taken
    }

    /// Removes the ephemerons recorded so far, asking `route(key, values)` about each: when it
    /// answers `true`, the values become strong edges (as if reported by [`edge`](Self::edge)).
    /// Allocates nothing per ephemeron, unlike [`take_ephemerons`](Self::take_ephemerons).
    pub(crate) fn route_ephemerons(&mut self, mut route: impl FnMut(WeakAny, &[GcAny]) -> bool) {
        for (key, value) in self.single_ephemerons.drain(..) {
            if route(key, std::slice::from_ref(&value)) {
                self.edges.push(value);
            }
        }
        self.route_multi_ephemerons(route);
    }

    /// [`route_ephemerons`](Self::route_ephemerons) for the ephemerons with two or more values
    /// only.
    pub(crate) fn route_multi_ephemerons(
        &mut self,
        mut route: impl FnMut(WeakAny, &[GcAny]) -> bool,
    ) {
        for e in self.ephemerons.drain(..) {
            let values = &self.ephemeron_values[e.start as usize..e.end as usize];
            if route(e.key, values) {
                self.edges.extend_from_slice(values);
            }
        }
        self.ephemeron_values.clear();
    }

    /// Forgets the ephemerons recorded and not yet routed.
    pub(crate) fn forget_ephemerons(&mut self) {
        self.single_ephemerons.clear();
        self.ephemerons.clear();
        self.ephemeron_values.clear();
    }

    /// Whether any ephemerons are recorded and not yet taken.
    #[inline]
    pub(crate) fn has_ephemerons(&self) -> bool {
        !self.single_ephemerons.is_empty() || !self.ephemerons.is_empty()
    }

    /// Bytes its buffers have reserved.
    pub(crate) fn capacity_bytes(&self) -> usize {
        self.edges.capacity() * std::mem::size_of::<GcAny>()
            + self.single_ephemerons.capacity() * std::mem::size_of::<(WeakAny, GcAny)>()
            + self.ephemerons.capacity() * std::mem::size_of::<Ephemeron>()
            + self.ephemeron_values.capacity() * std::mem::size_of::<GcAny>()
    }

    /// Forgets everything recorded.
    pub(crate) fn clear(&mut self) {
        self.edges.clear();
        self.single_ephemerons.clear();
        self.ephemerons.clear();
        self.ephemeron_values.clear();
    }
}

/// Answers "is this weak handle's referent still alive?" while tables prune (DESIGN step 5).
///
/// At that point every weak handle to an object the cycle found unreachable is already cleared, so
/// "alive" here is exactly "reachable at the start of the cycle".
pub struct Liveness<'a> {
    pub(crate) arena: &'a crate::arena::Arena,
}

impl Liveness<'_> {
    /// Whether `weak` would upgrade.
    #[inline]
    pub fn is_alive(&self, weak: WeakAny) -> bool {
        self.arena.weak_is_live(weak)
    }

    /// Whether a strong handle still names a live object.
    pub fn is_live_handle(&self, gc: GcAny) -> bool {
        self.arena.is_live(gc)
    }
}

// ---- implementations for std types ----

macro_rules! trace_nothing {
    ($($t:ty),* $(,)?) => {
        $(impl Trace for $t {
            #[inline]
            fn trace(&self, _tracer: &mut Tracer) {}
        })*
    };
}

trace_nothing!(
    (),
    bool,
    char,
    u8,
    u16,
    u32,
    u64,
    u128,
    usize,
    i8,
    i16,
    i32,
    i64,
    i128,
    isize,
    f32,
    f64,
    String,
    &'static str,
    std::num::NonZeroU32,
    std::num::NonZeroU64,
    std::num::NonZeroUsize,
    WeakAny,
);

impl Trace for GcAny {
    #[inline]
    fn trace(&self, tracer: &mut Tracer) {
        tracer.edge_any(*self)
    }
}

impl<T: ?Sized + 'static> Trace for std::marker::PhantomData<T> {
    fn trace(&self, _tracer: &mut Tracer) {}
}

impl<T: ?Sized + 'static> Trace for Gc<T> {
    #[inline]
    fn trace(&self, tracer: &mut Tracer) {
        tracer.edge(*self)
    }
}

impl<T: ?Sized + 'static> Trace for Weak<T> {
    #[inline]
    fn trace(&self, _tracer: &mut Tracer) {}
}

impl Trace for Cow<'static, str> {
    fn trace(&self, _tracer: &mut Tracer) {}
}

/// `Trace` for a smart pointer that is its pointee as far as the heap is concerned: every method
/// answers what the pointee answers (a boxed weak table is pruned, a `Box<dyn Tr>` with a
/// finalizer has it queued, and its name is the pointee's). `$get_mut` gives `&mut T` for
/// `prune_weak` if the pointer allows it.
///
/// Forgetting a method here once left a boxed table unpruned (issue #16);
/// `clippy::missing_trait_methods` now makes an impl that falls back on a default an error, and
/// `wrapper_tests` checks each answer.
macro_rules! forward_trace {
    ($($wrapper:ident => |$this:ident| $get_mut:expr;)*) => {$(
        #[deny(clippy::missing_trait_methods)]
        impl<T: Trace + ?Sized> Trace for $wrapper<T> {
            #[inline]
            fn trace(&self, tracer: &mut Tracer) {
                (**self).trace(tracer)
            }
            fn type_name(&self) -> &str {
                (**self).type_name()
            }
            fn weakref_allowed(&self) -> bool {
                (**self).weakref_allowed()
            }
            fn extra_bytes(&self) -> usize {
                (**self).extra_bytes()
            }
            /// The pointer owns its allocation (or a count of it), whatever the pointee holds.
            fn needs_drop(&self) -> bool {
                true
            }
            fn has_finalizer(&self) -> bool {
                (**self).has_finalizer()
            }
            fn label(&self) -> Option<String> {
                (**self).label()
            }
            fn has_weak_entries(&self) -> bool {
                (**self).has_weak_entries()
            }
            fn prune_weak(&mut self, liveness: &Liveness<'_>) {
                let $this = self;
                if let Some(inner) = $get_mut {
                    inner.prune_weak(liveness)
                }
            }
        }
    )*};
}

forward_trace! {
    Box => |this| Some(&mut **this);
    // A shared `Rc` gives no `&mut`: a weak table behind one is pruned only while unshared (the
    // heap cannot see the other owners, which may be borrowing it).
    Rc => |this| Rc::get_mut(this);
}

/// A borrowed value traces as the value: what lets extra roots be built on the spot,
/// `collect_with(&mut heap, &(globals, &stack))`. (Not for heap objects, which must be `'static`;
/// it has no `&mut`, so it prunes nothing.)
#[deny(clippy::missing_trait_methods)]
impl<T: Trace + ?Sized> Trace for &T {
    #[inline]
    fn trace(&self, tracer: &mut Tracer) {
        (**self).trace(tracer)
    }
    fn type_name(&self) -> &str {
        (**self).type_name()
    }
    fn weakref_allowed(&self) -> bool {
        (**self).weakref_allowed()
    }
    fn extra_bytes(&self) -> usize {
        (**self).extra_bytes()
    }
    /// A reference owns nothing.
    fn needs_drop(&self) -> bool {
        false
    }
    fn has_finalizer(&self) -> bool {
        (**self).has_finalizer()
    }
    fn label(&self) -> Option<String> {
        (**self).label()
    }
    fn has_weak_entries(&self) -> bool {
        (**self).has_weak_entries()
    }
    fn prune_weak(&mut self, liveness: &Liveness<'_>) {
        let _ = liveness;
    }
}

impl<T: Trace> Trace for Option<T> {
    #[inline]
    fn trace(&self, tracer: &mut Tracer) {
        if let Some(v) = self {
            v.trace(tracer)
        }
    }
}

impl<T: Trace, E: Trace> Trace for Result<T, E> {
    fn trace(&self, tracer: &mut Tracer) {
        match self {
            Ok(v) => v.trace(tracer),
            Err(e) => e.trace(tracer),
        }
    }
}

impl<T: Trace> Trace for [T] {
    fn trace(&self, tracer: &mut Tracer) {
        self.iter().for_each(|v| v.trace(tracer))
    }
}

impl<T: Trace, const N: usize> Trace for [T; N] {
    fn trace(&self, tracer: &mut Tracer) {
        self.iter().for_each(|v| v.trace(tracer))
    }
}

impl<T: Trace> Trace for Vec<T> {
    fn trace(&self, tracer: &mut Tracer) {
        self.iter().for_each(|v| v.trace(tracer))
    }
}

impl<T: Trace> Trace for VecDeque<T> {
    fn trace(&self, tracer: &mut Tracer) {
        self.iter().for_each(|v| v.trace(tracer))
    }
}

impl<A: smallvec::Array + 'static> Trace for smallvec::SmallVec<A>
where
    A::Item: Trace,
{
    fn trace(&self, tracer: &mut Tracer) {
        self.iter().for_each(|v| v.trace(tracer))
    }
}

impl<K: Trace, V: Trace, S: 'static> Trace for HashMap<K, V, S> {
    fn trace(&self, tracer: &mut Tracer) {
        for (k, v) in self {
            k.trace(tracer);
            v.trace(tracer);
        }
    }
}

impl<K: Trace, S: 'static> Trace for HashSet<K, S> {
    fn trace(&self, tracer: &mut Tracer) {
        self.iter().for_each(|v| v.trace(tracer))
    }
}

impl<K: Trace, V: Trace, S: 'static> Trace for hashbrown::HashMap<K, V, S> {
    fn trace(&self, tracer: &mut Tracer) {
        for (k, v) in self {
            k.trace(tracer);
            v.trace(tracer);
        }
    }
}

impl<K: Trace, S: 'static> Trace for hashbrown::HashSet<K, S> {
    fn trace(&self, tracer: &mut Tracer) {
        self.iter().for_each(|v| v.trace(tracer))
    }
}

impl<T: Trace> Trace for hashbrown::HashTable<T> {
    fn trace(&self, tracer: &mut Tracer) {
        self.iter().for_each(|v| v.trace(tracer))
    }
}

impl<K: Trace, V: Trace> Trace for BTreeMap<K, V> {
    fn trace(&self, tracer: &mut Tracer) {
        for (k, v) in self {
            k.trace(tracer);
            v.trace(tracer);
        }
    }
}

impl<K: Trace> Trace for BTreeSet<K> {
    fn trace(&self, tracer: &mut Tracer) {
        self.iter().for_each(|v| v.trace(tracer))
    }
}

macro_rules! trace_tuple {
    ($($name:ident),+) => {
        impl<$($name: Trace),+> Trace for ($($name,)+) {
            #[allow(non_snake_case)]
            fn trace(&self, tracer: &mut Tracer) {
                let ($($name,)+) = self;
                $($name.trace(tracer);)+
            }
        }
    };
}
trace_tuple!(A);
trace_tuple!(A, B);
trace_tuple!(A, B, C);
trace_tuple!(A, B, C, D);
trace_tuple!(A, B, C, D, E);
trace_tuple!(A, B, C, D, E, F);
trace_tuple!(A, B, C, D, E, F, G);
trace_tuple!(A, B, C, D, E, F, G, H);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_type_name_drops_paths_before_generics() {
        assert_eq!(short_type_name("a::b::Foo"), "Foo");
        assert_eq!(short_type_name("Foo"), "Foo");
        assert_eq!(
            short_type_name("a::Foo<b::Bar, c::Baz<d::Q>>"),
            "Foo<Bar, Baz<Q>>"
        );
    }

    #[test]
    fn ephemeron_values_are_kept_apart_from_strong_edges() {
        let a = GcAny::from_raw_parts(1, std::num::NonZeroU32::new(1).unwrap());
        let b = GcAny::from_raw_parts(2, std::num::NonZeroU32::new(1).unwrap());
        let key = WeakAny {
            index: 3,
            weak_gen: std::num::NonZeroU32::new(1).unwrap(),
        };
        let mut tracer = Tracer::new();
        tracer.edge_any(a);
        tracer.ephemeron(key, &vec![b, b]);
        assert_eq!(tracer.take_edges(), vec![a]);
        assert_eq!(tracer.take_ephemerons(), vec![(key, vec![b, b])]);
        tracer.ephemeron(key, &7u32);
        assert!(
            !tracer.has_ephemerons(),
            "a value without handles waits for nothing"
        );
    }
}

#[cfg(test)]
mod wrapper_tests {
    //! Issue #16: `Box<T>` and `Rc<T>` forwarded only `trace`, so a boxed weak table was never
    //! pruned and a boxed object with a finalizer never had it queued.

    use std::cell::Cell;
    use std::rc::Rc;

    use super::*;
    use crate::Heap;

    /// Answers every provided method differently from the default.
    struct Probe {
        pruned: Rc<Cell<bool>>,
    }
    impl Trace for Probe {
        fn trace(&self, tracer: &mut Tracer) {
            tracer.edge_any(GcAny::from_raw_parts(1, std::num::NonZeroU32::MIN));
        }
        fn type_name(&self) -> &str {
            "probe"
        }
        fn weakref_allowed(&self) -> bool {
            false
        }
        fn extra_bytes(&self) -> usize {
            7
        }
        fn has_finalizer(&self) -> bool {
            true
        }
        fn label(&self) -> Option<String> {
            Some("label".into())
        }
        fn has_weak_entries(&self) -> bool {
            true
        }
        fn prune_weak(&mut self, _: &Liveness<'_>) {
            self.pruned.set(true);
        }
        fn needs_drop(&self) -> bool {
            false
        }
    }

    fn check_forwards<W: Trace>(wrap: impl Fn(Probe) -> W) {
        let heap = Heap::new();
        let pruned = Rc::new(Cell::new(false));
        let mut w = wrap(Probe {
            pruned: pruned.clone(),
        });
        let mut tracer = Tracer::new();
        w.trace(&mut tracer);
        assert_eq!(tracer.take_edges().len(), 1);
        assert_eq!(w.type_name(), "probe");
        assert!(!w.weakref_allowed());
        assert_eq!(w.extra_bytes(), 7);
        assert!(w.has_finalizer());
        assert_eq!(w.label().as_deref(), Some("label"));
        assert!(w.has_weak_entries());
        w.prune_weak(&Liveness { arena: &heap.arena });
        assert!(pruned.get());
    }

    #[test]
    fn wrappers_forward_every_method() {
        check_forwards(Box::new);
        check_forwards(|p| Box::new(p) as Box<dyn Trace>);
        check_forwards(Rc::new);
    }

    #[test]
    fn an_owning_pointer_needs_its_drop_whatever_its_pointee_says_and_a_reference_none() {
        let probe = || Probe {
            pruned: Rc::new(Cell::new(false)),
        };
        assert!(!probe().needs_drop());
        assert!(Box::new(probe()).needs_drop());
        assert!((Box::new(probe()) as Box<dyn Trace>).needs_drop());
        assert!(Rc::new(probe()).needs_drop());
        let owned = probe();
        assert!(!<&Probe as Trace>::needs_drop(&&owned));
    }
}

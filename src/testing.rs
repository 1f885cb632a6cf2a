//! Forced-collection assertions for tests: did it die, and if not, what kept it alive.
//!
//! Each check runs a full collection (with the extra roots you pass, as your embedder would) and,
//! when an object that should have died did not, reports a shortest path from a root to it.
#![doc = include_str!("../docs/testing.md")]

use std::fmt;

use weakgc_collector::{collect_with, CycleReport};
use weakgc_heap::{Census, GcAny, Heap, RetentionPath, Shortened, Trace, WeakAny};
// `Heap` here is the core heap: `&mut weakgc::Heap` coerces to it, and callbacks that receive the
// core can call these too.

/// An object that should have died is still alive.
#[derive(Clone, Debug)]
pub struct StillAlive {
    /// The object.
    pub object: GcAny,
    /// Its type name.
    pub type_name: String,
    /// Its label, if its type gives one.
    pub label: Option<String>,
    /// Why it is alive: a shortest path from a root, whole (the message shows only its ends when it
    /// is long). `None` when nothing reaches it, which means it is being kept this cycle only for
    /// a finalizer that has not run yet.
    pub path: Option<RetentionPath>,
}

impl fmt::Display for StillAlive {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "'{}' {:?}", self.type_name, self.object)?;
        if let Some(label) = &self.label {
            write!(f, " {}", Shortened(label))?;
        }
        match &self.path {
            Some(path) => write!(
                f,
                " was expected to be collected, but is kept alive by:\n{path}"
            ),
            None => write!(
                f,
                " was expected to be collected, but is kept for a finalizer that has not run yet; \
                 drain the pending queue and collect again"
            ),
        }
    }
}

impl std::error::Error for StillAlive {}

fn still_alive<R: Trace + ?Sized>(heap: &Heap, object: GcAny, roots: &R) -> StillAlive {
    let value = heap.get_any(object).expect("checked alive");
    StillAlive {
        object,
        type_name: value.type_name().to_string(),
        label: value.label(),
        path: heap.retention_path(object, roots),
    }
}

/// Collects, then checks that every object in `objects` is gone.
///
/// # Errors
/// The first survivor, with the path that keeps it alive.
pub fn check_collected<R: Trace + ?Sized>(
    heap: &mut Heap,
    objects: impl IntoIterator<Item = GcAny>,
    roots: &R,
) -> Result<CycleReport, StillAlive> {
    let report = collect_with(heap, roots);
    for object in objects {
        if heap.is_alive(object) {
            return Err(still_alive(heap, object, roots));
        }
    }
    Ok(report)
}

/// Collects and asserts that `object` died.
///
/// # Panics
/// If it is still alive; the message shows the shortest path from a root that keeps it alive.
///
/// # Examples
/// ```
/// use weakgc::{testing::assert_collected, Heap};
/// let mut heap = Heap::new();
/// let temp = heap.alloc(String::from("temporary"));
/// assert_collected(&mut heap, temp, &());
/// ```
#[track_caller]
pub fn assert_collected<R: Trace + ?Sized>(heap: &mut Heap, object: impl Into<GcAny>, roots: &R) {
    if let Err(e) = check_collected(heap, [object.into()], roots) {
        panic!("{e}");
    }
}

/// Collects and asserts that `object` survived.
///
/// # Panics
/// If it was collected.
#[track_caller]
pub fn assert_alive<R: Trace + ?Sized>(heap: &mut Heap, object: impl Into<GcAny>, roots: &R) {
    let object = object.into();
    collect_with(heap, roots);
    assert!(
        heap.is_alive(object),
        "{object:?} was expected to survive the collection, but was freed"
    );
}

/// Collects and asserts that `weak` no longer upgrades (its referent was found unreachable).
///
/// # Panics
/// If it still upgrades; the message shows what keeps the referent alive.
#[track_caller]
pub fn assert_weak_cleared<R: Trace + ?Sized>(
    heap: &mut Heap,
    weak: impl Into<WeakAny>,
    roots: &R,
) {
    let weak = weak.into();
    collect_with(heap, roots);
    if let Some(object) = heap.upgrade_any(weak) {
        panic!(
            "the weak reference still upgrades: {}",
            still_alive(heap, object, roots)
        );
    }
}

/// Types of a census diff a leak message shows.
const DIFF_TYPES_SHOWN: usize = 20;

/// Measures what a piece of code leaves behind: a census before, a forced collection and a census
/// after.
///
/// # Examples
/// ```
/// use weakgc::{testing::LeakScope, Heap};
/// let mut heap = Heap::new();
/// let scope = LeakScope::begin(&heap);
/// let kept = heap.alloc(String::from("leaked on purpose"));
/// let _root = heap.root(kept);
/// heap.alloc(String::from("garbage"));
/// let leaked = scope.end(&mut heap, &());
/// assert_eq!(leaked.count("String"), 1);
/// ```
pub struct LeakScope {
    before: Census,
}

impl LeakScope {
    /// Takes the census to compare against (collect first if the heap holds garbage you do not want
    /// counted).
    pub fn begin(heap: &Heap) -> LeakScope {
        LeakScope {
            before: heap.census(),
        }
    }

    /// Collects with `roots` and returns what is alive now that was not before, by type.
    pub fn end<R: Trace + ?Sized>(self, heap: &mut Heap, roots: &R) -> Census {
        collect_with(heap, roots);
        heap.census().diff(&self.before)
    }

    /// Like [`end`](Self::end), and panics listing the leaked types if anything of a type named in
    /// `types` grew.
    ///
    /// # Panics
    /// If objects of any of `types` remain that were not there at [`begin`](Self::begin).
    #[track_caller]
    pub fn assert_no_leaks<R: Trace + ?Sized>(self, heap: &mut Heap, roots: &R, types: &[&str]) {
        let diff = self.end(heap, roots);
        let leaked: Vec<String> = types
            .iter()
            .filter(|t| diff.count(t) > 0)
            .map(|t| format!("{} x '{t}'", diff.count(t)))
            .collect();
        if leaked.is_empty() {
            return;
        }
        // The diff can have a line per type, and an interpreter may have a type per class: show
        // the largest changes only (issue #16). `end` returns the whole diff.
        let mut shown = String::new();
        for (name, c) in diff.largest(DIFF_TYPES_SHOWN) {
            shown.push_str(&format!(
                "{:>8} {:>10} B  {}\n",
                c.objects,
                c.bytes,
                Shortened(name)
            ));
        }
        let more = diff.iter().count().saturating_sub(DIFF_TYPES_SHOWN);
        if more > 0 {
            shown.push_str(&format!("... and {more} more types\n"));
        }
        panic!(
            "leaked: {}\ncensus diff, largest changes first:\n{shown}",
            leaked.join(", ")
        );
    }
}

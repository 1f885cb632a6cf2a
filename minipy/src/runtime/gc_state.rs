//! What the `gc` module keeps beside the heap ([`GcModule`]); its functions are `crate::modules::gc`.

use std::collections::HashSet;

use weakgc::GcAny;

/// One generation's line of `gc.get_stats()`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GenStats {
    /// Collections of this generation.
    pub collections: u64,
    /// Objects they found unreachable.
    pub collected: u64,
}

/// The `gc` module's state beside the heap: what `Collector` keeps for a Rust embedder, kept
/// here because minipy's collections are minors, steps and full cycles chosen at safepoints
/// and its callbacks are Python code that needs the interpreter (see docs/semantics.md).
#[derive(Debug, Default)]
pub struct GcModule {
    /// `gc.set_debug` flags.
    pub debug: i64,
    /// Per generation (0, 1, 2), the collections Python sees.
    pub stats: [GenStats; 3],
    /// A collection Python sees is under way (its callbacks or finalizers run): a nested
    /// `gc.collect()` does nothing and returns 0, as CPython's.
    pub collecting: bool,
    /// `DEBUG_STATS`: when the collection Python sees under way began, for its `elapsed` line.
    pub started: Option<std::time::Instant>,
    /// `gc.collect()`'s count of the collection under way, as CPython's (`gc_garbage`); the
    /// background collections, which nobody observes, count every object they free.
    pub counted: Option<u64>,
    /// What the last `gc.collect()` found (`gc.collect()` and `DEBUG_COLLECTABLE` do not count
    /// these again: a finalizer kept them through that collection, which CPython freed them in).
    pub found_before: HashSet<GcAny>,
    /// The first step of the incremental major under way was seen (its `"start"` callbacks
    /// ran); its last step's report is its `"stop"`.
    pub major_seen: bool,
    /// `gc.set_threshold(0)`: background collections are off.
    pub auto_off: bool,
    /// Objects `gc.freeze()` made old.
    pub frozen: HashSet<GcAny>,
    /// `DEBUG_SAVEALL`: the garbage of the collection under way, appended to `gc.garbage` when
    /// its queued jobs run.
    pub saving: HashSet<GcAny>,
    /// The subset of `saving` given a heap finalizer only to be kept: their jobs run no `__del__`.
    pub armed_to_save: HashSet<GcAny>,
}

//! What the `gc` module keeps beside the heap ([`GcModule`]); its functions are `crate::modules::gc`.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use weakgc::{Collector, GcAny};

/// The `gc` module's state beside the heap. The collections Python sees run through the
/// library's [`Collector`], which keeps their history and totals per kind (`gc.get_stats()`),
/// queues their start and stop events (drained by the interpreter, which calls `gc.callbacks`),
/// and keeps `DEBUG_SAVEALL`'s garbage (see docs/semantics.md, "minipy's gc module").
pub struct GcModule {
    /// The collector of the collections Python sees; its event queue is on.
    pub collector: Collector,
    /// `gc.set_debug` flags.
    pub debug: i64,
    /// A collection Python sees is under way (its callbacks or finalizers run): a nested
    /// `gc.collect()` does nothing and returns 0, as CPython's.
    pub collecting: bool,
    /// `DEBUG_STATS`: when the collection Python sees under way began, for its `elapsed` line.
    pub started: Option<std::time::Instant>,
    /// What the last `gc.collect()` found (`gc.collect()`, `DEBUG_COLLECTABLE` and
    /// `DEBUG_SAVEALL` do not count these again: a finalizer kept them through that
    /// collection, which CPython freed them in). Shared with the collector's save-all filter.
    pub found_before: Rc<RefCell<HashSet<GcAny>>>,
    /// `gc.set_threshold(0)`: background collections are off.
    pub auto_off: bool,
    /// Objects `gc.freeze()` made old.
    pub frozen: HashSet<GcAny>,
}

impl Default for GcModule {
    fn default() -> Self {
        let found_before: Rc<RefCell<HashSet<GcAny>>> = Rc::default();
        let mut collector = Collector::new();
        collector.set_event_queue(true);
        // `gc.garbage` under DEBUG_SAVEALL holds what `gc.collect()` would count: objects
        // CPython's collector tracks, found in or below a cycle, not found before.
        let before = found_before.clone();
        collector.set_save_all_filter(move |heap, dead| {
            let before = before.borrow();
            crate::runtime::cyclic::cpython_garbage(heap, &dead)
                .into_iter()
                .map(GcAny::from)
                .filter(|gc| !before.contains(gc))
                .collect()
        });
        GcModule {
            collector,
            debug: 0,
            collecting: false,
            started: None,
            found_before,
            auto_off: false,
            frozen: HashSet::new(),
        }
    }
}

impl std::fmt::Debug for GcModule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GcModule")
            .field("debug", &self.debug)
            .field("collecting", &self.collecting)
            .field("totals", &self.collector.totals())
            .finish_non_exhaustive()
    }
}

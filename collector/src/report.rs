//! What one collection did.

use std::time::Duration;

/// The figures of one collection, also recorded on its `tracing` span.
///
/// Finalizers and callbacks are *queued* by a collection and *run* when the embedder drains the heap's
/// pending queue, so this counts them as queued.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CycleReport {
    /// The cycle's number (1 for the heap's first collection).
    pub cycle: u64,
    /// Objects reachable from the roots (steps 1-2).
    pub marked: u64,
    /// Objects kept alive this cycle only because a finalizer about to run reaches them (step 4).
    pub kept_for_finalizers: u64,
    /// Objects whose weak handles were cleared (step 3).
    pub weak_cleared: u64,
    /// Finalizers queued (step 4).
    pub finalizers_queued: u64,
    /// Weak-reference callbacks queued (step 4).
    pub callbacks_queued: u64,
    /// Weak tables pruned (step 5).
    pub tables_pruned: u64,
    /// Objects freed (step 6).
    pub freed: u64,
    /// Object bytes freed (step 6).
    pub bytes_freed: u64,
    /// Object bytes in use after the cycle.
    pub bytes_after: u64,
    /// Panic messages from `Drop` implementations run by the sweep; the objects were freed anyway.
    pub drop_panics: Vec<String>,
    /// Wall-clock time of the cycle (of an incremental cycle: the sum of its steps).
    pub duration: Duration,
    /// Steps an incremental cycle took (0 for a stop-the-world collection).
    pub steps: u64,
    /// The longest of those steps (zero for a stop-the-world collection).
    pub longest_step: Duration,
    /// Which kind of collection this was.
    pub kind: CycleKind,
    /// Objects that became old (generational mode: a minor's survivors, by `promote_after`;
    /// zero for full and major cycles, after which every survivor is old).
    pub promoted: u64,
    /// Old objects a minor traced as roots: written since the last collection (the barrier's
    /// remembered set) or carried from the last minor (zero for full and major cycles).
    pub remembered: u64,
}

/// The kind of a collection ([`CycleReport::kind`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CycleKind {
    /// A full cycle: `collect()`, or an incremental cycle outside generational mode.
    #[default]
    Full,
    /// A minor collection over the young objects (`collect_minor`).
    Minor,
    /// An incremental full cycle in generational mode.
    Major,
}

impl CycleReport {
    /// Emits the cycle's `tracing` event: one `debug` event per cycle (target `weakgc`) with every
    /// figure of the report, and a `warn` per panic caught in a `Drop` during the sweep.
    pub(crate) fn emit(&self) {
        for message in &self.drop_panics {
            tracing::warn!(
                target: "weakgc",
                cycle = self.cycle,
                panic = %message,
                "a Drop implementation panicked during the sweep; the object was freed"
            );
        }
        tracing::debug!(
            target: "weakgc",
            cycle = self.cycle,
            marked = self.marked,
            kept_for_finalizers = self.kept_for_finalizers,
            weak_cleared = self.weak_cleared,
            finalizers_queued = self.finalizers_queued,
            callbacks_queued = self.callbacks_queued,
            tables_pruned = self.tables_pruned,
            freed = self.freed,
            bytes_freed = self.bytes_freed,
            bytes_after = self.bytes_after,
            drop_panics = self.drop_panics.len(),
            duration_us = self.duration.as_micros() as u64,
            steps = self.steps,
            longest_step_us = self.longest_step.as_micros() as u64,
            "collection finished"
        );
    }
}

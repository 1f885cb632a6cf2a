//! When to collect without being asked: an allocation-debt policy like Lua's `pause`.

use weakgc_heap::Heap;

/// Collect when the bytes allocated since the last collection reach `pause_percent`% of the bytes
/// that were live after it (rounded down to a whole byte), and at least `min_debt` bytes.
///
/// `pause_percent = 100` (the default) lets the heap double between collections, so total collection
/// work stays proportional to allocation (each cycle marks at most the live bytes, which the debt has
/// paid for). `min_debt` (default 32 KiB, about 1,000 small objects: the order of CPython's
/// generation-0 threshold of 700 objects) stops tiny heaps from collecting on every safepoint. It was
/// 1 MiB, then 256 KiB, then 64 KiB, each time lowered because benches/peers showed alloc_small's peak
/// RSS above the peers' (5 MB, then 3.0 MB, against 2.6-2.7 MB; at 64 KiB the heap still ran through
/// a whole 64 KiB page between collections, ~8 more page faults than at 32 KiB); a cycle over a small
/// live set costs little, and alloc_small's time did not change measurably at 64, 32 or 16 KiB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pacing {
    /// Debt as a percentage of the live bytes after the last cycle.
    pub pause_percent: u32,
    /// Debt below which no collection is due, in bytes.
    pub min_debt: usize,
    /// While an incremental cycle runs, [`step_if_due`](crate::step_if_due) takes a step once this
    /// many bytes were allocated since the last one (default 32 KiB, as `min_debt`).
    pub step_bytes: usize,
    /// A step's budget, in units (an object traced, a bitmap word swept, a value dropped), as a
    /// percentage of the bytes allocated since the last step divided by 32 (a small cell). Never
    /// less than `step_bytes` worth. The default 800 gives eight units per small object
    /// allocated. Two, the design's first guess, is break-even for a mutator whose every
    /// allocation is stored into an object already traced (one unit to mark the new object, one
    /// to retrace the regrayed one): in `examples/pause` (2M-object tree, each operation
    /// allocating and rewiring) no cycle ever finished at 200 until the runaway guard forced the
    /// atomic phase. 400 was the default until the mutator's time was split by phase: an
    /// operation costs 1.6-2.4x more while a cycle marks than between cycles, and at 400 the
    /// 10M-object run spent 6.0M of its 30M operations marking, its cycle marking 23.9M objects
    /// (3.4M regrayed) where stop-the-world marks 19.5M; at 800, 2.4M operations, 19.3M marked
    /// (1.3M regrayed), the longest step still under 1% of the stop-the-world pause, and
    /// callgrind counts the whole 500K run within 1.3% of stop-the-world's instructions (8.7%
    /// at 400; docs/benchmarks.md, "Incremental mode's total time").
    pub step_percent: u32,
    /// A fixed budget per step instead of `step_percent`'s.
    pub step_units: Option<u64>,
    /// Generational mode: [`step_if_due`](crate::step_if_due) runs a minor collection once this
    /// many bytes were allocated since the last one (default 1 MiB, chosen with
    /// `examples/generations`, docs/benchmarks.md).
    pub minor_bytes: usize,
    /// Generational mode: bytes of allocation that pay for one unit of the last minor's work
    /// ([`Heap::last_minor_work`]: an object marked, an edge of a remembered object traced); the
    /// next minor waits for `max(minor_bytes, work * minor_unit_bytes)`. A minor retraces every
    /// old object written since the last one, so without this a program appending to a large old
    /// list between minors pays that list's length per `minor_bytes` allocated: quadratic in the
    /// list's growth (`benches/minipy/list_grow.py`). Default 32 (a small cell): one unit per
    /// small object allocated, the order of a step's budget (`step_percent`); a nursery whose
    /// survivors are its own objects never reaches it, so only such retracing lengthens it.
    pub minor_unit_bytes: usize,
    /// Generational mode: a major (an incremental full cycle) starts when the old objects' bytes
    /// have grown by this percentage since the last full or major cycle (and by at least
    /// `min_debt`). Default 100, as `pause_percent`.
    pub major_percent: u32,
}

impl Default for Pacing {
    fn default() -> Self {
        Pacing {
            pause_percent: 100,
            min_debt: 32 << 10,
            step_bytes: 32 << 10,
            step_percent: 800,
            step_units: None,
            minor_bytes: 1 << 20,
            minor_unit_bytes: 32,
            major_percent: 100,
        }
    }
}

impl Pacing {
    /// The budget of an incremental step after `allocated` bytes since the previous one: see
    /// [`step_percent`](Self::step_percent). At least 1.
    pub fn step_budget(&self, allocated: u64) -> u64 {
        if let Some(units) = self.step_units {
            return units.max(1);
        }
        let debt = allocated.max(self.step_bytes as u64) as u128;
        ((debt * self.step_percent as u128 / 100 / 32).min(u64::MAX as u128) as u64).max(1)
    }
}

impl Pacing {
    /// Generational mode: whether a major is due (see [`major_percent`](Self::major_percent)).
    #[inline]
    pub fn major_is_due(&self, heap: &Heap) -> bool {
        let (old, after_major) = heap.old_bytes();
        let grown = old.saturating_sub(after_major);
        grown >= self.min_debt
            && old as u128 * 100 >= after_major as u128 * (100 + self.major_percent as u128)
    }

    /// Generational mode: whether a minor is due (see [`minor_bytes`](Self::minor_bytes) and
    /// [`minor_unit_bytes`](Self::minor_unit_bytes)).
    #[inline]
    pub fn minor_is_due(&self, heap: &Heap) -> bool {
        heap.allocated_since_minor() as u128 >= self.minor_threshold(heap)
    }

    /// Generational mode: the allocation since the last minor at which the next is due,
    /// `max(minor_bytes, last_minor_work * minor_unit_bytes)`.
    #[inline]
    fn minor_threshold(&self, heap: &Heap) -> u128 {
        (heap.last_minor_work() as u128 * self.minor_unit_bytes as u128)
            .max(self.minor_bytes as u128)
    }

    /// Generational mode, between cycles: how many more bytes `heap` can allocate before
    /// [`minor_is_due`](Self::minor_is_due) or [`major_is_due`](Self::major_is_due) can say yes;
    /// 0 if one says yes now. Only a collection changes old bytes, so allocation alone never
    /// makes a major due.
    pub fn bytes_until_minor_or_major(&self, heap: &Heap) -> u64 {
        if self.major_is_due(heap) {
            return 0;
        }
        saturate(
            self.minor_threshold(heap)
                .saturating_sub(heap.allocated_since_minor() as u128),
        )
    }

    /// How many more bytes `heap` can allocate before [`is_due`](Self::is_due) can say yes: 0 if
    /// it says yes now, `u64::MAX` while collection is disabled. Allocation raises the debt by at
    /// most what it adds to `Heap::bytes_allocated`, so until that grows by this much (and nothing
    /// but allocation happens) no collection is due.
    ///
    /// # Examples
    /// ```
    /// use weakgc_collector::Pacing;
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// let pacing = Pacing { min_debt: 64, ..Pacing::default() };
    /// let until = heap.bytes_allocated() + pacing.bytes_until_due(&heap);
    /// while heap.bytes_allocated() < until {
    ///     assert!(!pacing.is_due(&heap));
    ///     heap.alloc(0u64);
    /// }
    /// assert!(pacing.is_due(&heap));
    /// ```
    pub fn bytes_until_due(&self, heap: &Heap) -> u64 {
        if !heap.is_enabled() {
            return u64::MAX;
        }
        let debt = heap.allocated_since_collect() as u64;
        self.debt_threshold(heap).saturating_sub(debt)
    }

    /// The allocation debt (`Heap::allocated_since_collect`) at which [`is_due`](Self::is_due)
    /// says yes while collection is enabled: `max(min_debt, floor(live bytes after the last
    /// collection * pause_percent / 100))`. What Python's `gc.get_threshold()` reports in
    /// minipy.
    pub fn debt_threshold(&self, heap: &Heap) -> u64 {
        let live_after_last = heap.bytes_in_use() - heap.allocated_since_collect();
        saturate(pause_threshold(
            live_after_last,
            self.pause_percent,
            self.min_debt,
        ))
    }

    /// Whether a collection is due for `heap` (never while collection is disabled).
    ///
    /// # Examples
    /// ```
    /// use weakgc_collector::Pacing;
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// let pacing = Pacing { pause_percent: 100, min_debt: 64, ..Pacing::default() };
    /// assert!(!pacing.is_due(&heap));
    /// for i in 0..10u64 { heap.alloc(i); }
    /// assert!(pacing.is_due(&heap));
    /// heap.disable();
    /// assert!(!pacing.is_due(&heap));
    /// ```
    #[inline]
    pub fn is_due(&self, heap: &Heap) -> bool {
        if !heap.is_enabled() {
            return false;
        }
        let debt = heap.allocated_since_collect();
        // No frees happen between cycles, so what was live after the last one is the rest.
        let live_after_last = heap.bytes_in_use() - debt;
        pause_reached(debt, live_after_last, self.pause_percent, self.min_debt)
    }
}

/// `debt >= max(min_debt, floor(live_after_last * pause_percent / 100))`, without a division: this
/// runs at every safepoint, and a u128 division there was half of an allocation-heavy profile.
///
/// `min_debt` goes first because it decides nearly every call (a safepoint right after a cycle).
/// For integers, `debt >= floor(x / 100)` iff `debt * 100 + 99 >= x`; in u128 neither side can
/// overflow (`usize` by at most `u32::MAX` fits in 96 bits), so an absurd `pause_percent` only
/// makes the threshold large, never wraps it.
#[inline]
fn pause_reached(debt: usize, live_after_last: usize, pause_percent: u32, min_debt: usize) -> bool {
    if debt < min_debt {
        return false;
    }
    debt as u128 * 100 + 99 >= live_after_last as u128 * pause_percent as u128
}

/// The debt at which [`pause_reached`] says yes: `max(min_debt, floor(live_after_last *
/// pause_percent / 100))` (with the division: this runs once per quiet stretch, not per
/// safepoint).
fn pause_threshold(live_after_last: usize, pause_percent: u32, min_debt: usize) -> u128 {
    let by_pause = live_after_last as u128 * pause_percent as u128 / 100;
    by_pause.max(min_debt as u128)
}

/// `n`, or `u64::MAX` if it does not fit.
fn saturate(n: u128) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pacing rule as documented, computed the slow way.
    fn by_definition(debt: usize, live: usize, pause_percent: u32, min_debt: usize) -> bool {
        let threshold = live as u128 * pause_percent as u128 / 100;
        debt as u128 >= threshold.max(min_debt as u128)
    }

    #[test]
    fn pause_reached_is_the_documented_rule_without_a_division_and_pause_threshold_its_threshold() {
        let sizes: &[usize] = if cfg!(miri) {
            &[0, 1, 99, 100, 101, usize::MAX]
        } else {
            &[
                0,
                1,
                2,
                49,
                50,
                51,
                98,
                99,
                100,
                101,
                199,
                200,
                201,
                1000,
                32 << 10,
                (32 << 10) + 1,
                1 << 20,
                (1 << 32) - 1,
                1 << 32,
                (1 << 32) + 1,
                usize::MAX / 100,
                usize::MAX / 2,
                usize::MAX - 1,
                usize::MAX,
            ]
        };
        let pauses: &[u32] = if cfg!(miri) {
            &[0, 1, 100, u32::MAX]
        } else {
            &[
                0,
                1,
                2,
                33,
                50,
                99,
                100,
                101,
                150,
                200,
                1000,
                u32::MAX - 1,
                u32::MAX,
            ]
        };
        for &live in sizes {
            for &pause in pauses {
                for &min_debt in sizes {
                    // Debts at and around the threshold, where a rounding slip would show.
                    let threshold = (live as u128 * pause as u128 / 100).min(usize::MAX as u128);
                    let near = [threshold as usize, min_debt];
                    let debts = sizes.iter().copied().chain(
                        near.iter()
                            .flat_map(|&t| [t.saturating_sub(1), t, t.saturating_add(1)]),
                    );
                    for debt in debts {
                        let due = by_definition(debt, live, pause, min_debt);
                        let case =
                            format!("debt {debt}, live {live}, pause {pause}%, min {min_debt}");
                        assert_eq!(pause_reached(debt, live, pause, min_debt), due, "{case}");
                        // `pause_threshold` is the exact threshold.
                        let remaining =
                            pause_threshold(live, pause, min_debt).saturating_sub(debt as u128);
                        assert_eq!(remaining == 0, due, "{case}");
                        if let Ok(at) = usize::try_from(debt as u128 + remaining) {
                            assert!(by_definition(at, live, pause, min_debt), "{case}");
                            assert!(
                                due || !by_definition(at - 1, live, pause, min_debt),
                                "{case}"
                            );
                        }
                    }
                }
            }
        }
    }
}

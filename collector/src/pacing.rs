//! When to collect without being asked: an allocation-debt policy like Lua's `pause`.

use weakheap_heap::Heap;

/// Collect when the bytes allocated since the last collection reach `pause_percent`% of the bytes
/// that were live after it, and at least `min_debt` bytes.
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
}

impl Default for Pacing {
    fn default() -> Self {
        Pacing {
            pause_percent: 100,
            min_debt: 32 << 10,
        }
    }
}

impl Pacing {
    /// Whether a collection is due for `heap` (never while collection is disabled).
    ///
    /// # Examples
    /// ```
    /// use weakheap_collector::Pacing;
    /// use weakheap_heap::Heap;
    /// let mut heap = Heap::new();
    /// let pacing = Pacing { pause_percent: 100, min_debt: 64 };
    /// assert!(!pacing.is_due(&heap));
    /// for i in 0..10u64 { heap.alloc(i); }
    /// assert!(pacing.is_due(&heap));
    /// heap.disable();
    /// assert!(!pacing.is_due(&heap));
    /// ```
    pub fn is_due(&self, heap: &Heap) -> bool {
        if !heap.is_enabled() {
            return false;
        }
        let debt = heap.allocated_since_collect();
        // No frees happen between cycles, so what was live after the last one is the rest.
        let live_after_last = heap.bytes_in_use() - debt;
        let threshold = (live_after_last as u128 * self.pause_percent as u128 / 100) as usize;
        debt >= threshold.max(self.min_debt)
    }
}

//! What containers cost the heap beyond their cells: lists, dicts and sets keep their items outside
//! the heap's cells, and are charged for that storage so `--max-heap` bounds them all together.

use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::Value;

/// Largest length a sequence built in one step (repetition, `list(iterable)`, ...) may have; past
/// it, `MemoryError`, so a script cannot make the process allocate gigabytes outside the heap's
/// accounting in one operation (2**27 items is 1 GiB of handles).
pub const MAX_SEQUENCE_LEN: usize = 1 << 27;

/// The charge for storage for `new_len` items, if growing from `old_len` crosses a power of two
/// and the storage is big enough to charge; `None` when there is nothing to tell the heap.
#[inline]
pub fn items_charge(per_item: usize, old_len: usize, new_len: usize) -> Option<usize> {
    if new_len <= old_len || (old_len > 0 && new_len <= old_len.next_power_of_two()) {
        return None;
    }
    let capacity = new_len.checked_next_power_of_two().unwrap_or(usize::MAX);
    let bytes = capacity.saturating_mul(per_item);
    (bytes >= UNCHARGED_ITEM_BYTES).then_some(bytes)
}

/// Bytes charged per list item for its storage outside the heap's cells (a `Value` handle).
pub const LIST_ITEM_BYTES: usize = 8;
/// Bytes charged per dict or set entry: the entry (hash, key, value) and its index slot, an
/// estimate of `crate::runtime::dict::Dict`'s storage per entry.
pub const DICT_ENTRY_BYTES: usize = 64;
/// Item storage below this is not charged (lists under 32 items, dicts and sets under 4 entries):
/// a heap table entry per small container cost ~9% of the instructions of a script that makes a
/// small list and dict per iteration. Every container's cell is charged already (a 192-byte
/// `Object`), so uncharged storage can take a script at most ~2.3x past `--max-heap`.
pub const UNCHARGED_ITEM_BYTES: usize = 256;

impl Interp {
    /// Charges `container` (a list, dict or set: `per_item` is [`LIST_ITEM_BYTES`] or
    /// [`DICT_ENTRY_BYTES`]) for storage for `new_len` items, now that it grows from `old_len` (0
    /// for a new container): lists, dicts and sets keep their items outside
    /// the heap's cells, so without this `--max-heap` would bound each container but not all of
    /// them together. Charged like a `Vec`'s capacity, in powers of two, so the heap is told only
    /// when a power of two is crossed, and kept at its peak until the container is freed (as a
    /// `Vec`'s capacity is). Raises `MemoryError`, changing nothing, when even a collection leaves
    /// no room: callers charge before they grow.
    #[inline]
    pub fn charge_items(
        &mut self,
        container: Value,
        per_item: usize,
        old_len: usize,
        new_len: usize,
    ) -> PyResult<()> {
        match items_charge(per_item, old_len, new_len) {
            None => Ok(()),
            Some(bytes) => self.charge_storage(container, bytes),
        }
    }

    /// Raises `container`'s charge to `bytes` (see [`charge_items`](Self::charge_items)).
    #[inline(never)]
    fn charge_storage(&mut self, container: Value, bytes: usize) -> PyResult<()> {
        if bytes <= self.heap.resizable_bytes(container) {
            return Ok(());
        }
        if self.heap.set_resizable_bytes(container, bytes).is_ok() {
            return Ok(());
        }
        // As in `Interp::alloc`: queued work from this collection runs at the next statement.
        self.collect_full();
        self.heap
            .set_resizable_bytes(container, bytes)
            .map_err(|_| self.memory_error())
    }

    /// Whether growing a container by `elements` items would pass the heap limit (container storage
    /// is outside the heap's cells, but one allocation that big is a script exhausting its budget).
    pub fn over_limit(&self, elements: usize) -> bool {
        match self.opts.max_heap {
            Some(limit) => elements.saturating_mul(8) > limit,
            None => false,
        }
    }
}

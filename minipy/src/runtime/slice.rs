//! Slices as values hold them: bounds as written, and the indices they select.

/// Slice bounds as written: `lower:upper:step`, each optional.
pub type SliceBounds = (Option<i64>, Option<i64>, Option<i64>);

/// For a slice of step 1: the range `start..stop` it selects from `len` items (`start <= stop`),
/// without listing the indices.
pub fn contiguous_range(len: usize, (lower, upper, _): SliceBounds) -> (usize, usize) {
    let n = len as i64;
    let clamp = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(i) if i < 0 => (i + n).max(0),
        Some(i) => i.min(n),
    };
    let (start, stop) = (clamp(lower, 0), clamp(upper, n));
    (start as usize, stop.max(start) as usize)
}

/// `slice.indices(len)`: the slice's `(start, stop, step)` clamped to a sequence of `len` items
/// (`len >= 0`, step not zero), as CPython's `PySlice_AdjustIndices`.
pub fn adjusted_indices(len: i64, (lower, upper, step): SliceBounds) -> (i64, i64, i64) {
    let step = step.unwrap_or(1);
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(i) if i < 0 => (i.saturating_add(len)).max(lo),
        Some(i) => i.min(hi),
    };
    let (start, stop) = if step < 0 {
        (adjust(lower, hi), adjust(upper, lo))
    } else {
        (adjust(lower, lo), adjust(upper, hi))
    };
    (start, stop, step)
}

/// The indices a slice selects from a sequence of `len` items (Python's `slice.indices`).
pub fn slice_indices(len: usize, (lower, upper, step): SliceBounds) -> Vec<usize> {
    let len = len as i64;
    let step = step.unwrap_or(1);
    let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| match v {
        None => default,
        Some(i) if i < 0 => (i + len).max(lo),
        Some(i) => i.min(hi),
    };
    let mut out = Vec::new();
    if step > 0 {
        let (start, stop) = (clamp(lower, 0, 0, len), clamp(upper, len, 0, len));
        let mut i = start;
        while i < stop {
            out.push(i as usize);
            // A step near i64::MAX would overflow; past the end either way.
            match i.checked_add(step) {
                Some(next) => i = next,
                None => break,
            }
        }
    } else {
        let (start, stop) = (
            clamp(lower, len - 1, -1, len - 1),
            clamp(upper, -1, -1, len - 1),
        );
        let mut i = start;
        while i > stop {
            out.push(i as usize);
            match i.checked_add(step) {
                Some(next) => i = next,
                None => break,
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contiguous_ranges_match_the_listed_indices() {
        let bounds = [
            None,
            Some(-12),
            Some(-3),
            Some(0),
            Some(2),
            Some(7),
            Some(20),
        ];
        for len in [0usize, 1, 7] {
            for lower in bounds {
                for upper in bounds {
                    let listed = slice_indices(len, (lower, upper, None));
                    let (start, stop) = contiguous_range(len, (lower, upper, None));
                    assert_eq!(
                        listed,
                        (start..stop).collect::<Vec<_>>(),
                        "{len} {lower:?}:{upper:?}"
                    );
                }
            }
        }
    }
}

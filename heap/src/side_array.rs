//! A page's per-cell side arrays (generations, bitmaps): a boxed slice that can also hand out raw
//! pointers which stay usable while the rest of the heap reads and writes the same array through
//! references.
//!
//! A `Box<[T]>` cannot do that: every move or `&mut` reborrow of a `Box` asserts that the box is the
//! only way to its memory, which (under Rust's aliasing model, as Miri checks it) invalidates raw
//! pointers taken from it earlier. The allocation cursor (A8 in `arena/mod.rs`) keeps such pointers to
//! the page it allocates in across calls that index the same arrays by reference. Holding the
//! allocation as a raw pointer, and making every reference *from* that pointer, puts the cursor's
//! pointers and the references on an equal footing: each is derived from the same raw pointer, so
//! using one does not invalidate the other.
//!
//! # Invariants
//! - S1: `ptr` and `len` come from `Box::into_raw` of a `Box<[T]>` that this `SideArray` owns and
//!   frees exactly once, in `Drop`; its `len` elements are initialised. References made from it
//!   (`Deref`, `DerefMut`) live no longer than the borrow of `self` that made them, so Rust's borrow
//!   rules over `SideArray` are those over the slice. Raw pointers from [`SideArray::as_mut_ptr`] are
//!   valid until the `SideArray` is dropped; their user must not use them while a reference made
//!   from the array is live (the arena's A8 says when).

use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

/// A fixed-length, heap-allocated array of `T` (S1).
pub(crate) struct SideArray<T> {
    ptr: NonNull<T>,
    len: usize,
}

impl<T: Clone> SideArray<T> {
    /// `len` copies of `value`.
    pub(crate) fn new(value: T, len: usize) -> SideArray<T> {
        let boxed: Box<[T]> = vec![value; len].into_boxed_slice();
        let len = boxed.len();
        // Box::into_raw never returns null; the slice pointer's address is the first element's.
        let ptr =
            NonNull::new(Box::into_raw(boxed).cast::<T>()).expect("Box::into_raw is not null");
        SideArray { ptr, len }
    }
}

impl<T> SideArray<T> {
    /// A pointer to the first element, valid for reads and writes of every element until `self` is
    /// dropped, as long as no reference made from `self` is used in between (S1).
    #[inline]
    pub(crate) fn as_mut_ptr(&self) -> *mut T {
        self.ptr.as_ptr()
    }
}

impl<T> Deref for SideArray<T> {
    type Target = [T];

    #[inline]
    fn deref(&self) -> &[T] {
        // SAFETY: S1: `len` initialised elements at `ptr`, owned by `self`; the shared reference
        // lives no longer than the borrow of `self`.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl<T> DerefMut for SideArray<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        // SAFETY: S1, and `&mut self` is the only borrow of the array for the reference's life.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl<T> Drop for SideArray<T> {
    fn drop(&mut self) {
        let slice = std::ptr::slice_from_raw_parts_mut(self.ptr.as_ptr(), self.len);
        // SAFETY: S1: the pointer and length of a `Box<[T]>` this array owns, freed only here.
        drop(unsafe { Box::from_raw(slice) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_raw_pointer_stays_valid_across_reference_writes() {
        let mut array = SideArray::new(0u64, 4);
        let raw = array.as_mut_ptr();
        array[1] = 5;
        // SAFETY: in bounds (4 elements); no reference made from `array` is live.
        unsafe { *raw.add(2) = 7 };
        array[3] = array[1] + 1;
        // SAFETY: as above.
        assert_eq!(unsafe { *raw.add(1) }, 5);
        assert_eq!(&*array, &[0, 5, 7, 6]);
    }

    #[test]
    fn elements_with_drop_glue_are_dropped_once() {
        let counter = std::rc::Rc::new(());
        let array = SideArray::new(counter.clone(), 3);
        assert_eq!(std::rc::Rc::strong_count(&counter), 4);
        drop(array);
        assert_eq!(std::rc::Rc::strong_count(&counter), 1);
    }
}

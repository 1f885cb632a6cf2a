//! The heap's one error type.

use std::fmt;

/// What went wrong in a heap operation.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum HeapError {
    /// A handle named an object that has been collected (or a handle from another heap).
    StaleHandle {
        /// The handle's cell index.
        index: u32,
        /// The handle's generation.
        generation: u32,
    },
    /// A handle named a live object of another type than the one asked for.
    WrongType {
        /// The type that was asked for.
        expected: &'static str,
        /// The object's own `Trace::type_name`.
        found: String,
    },
    /// The object's type refuses weak references (`Trace::weakref_allowed` is false).
    NotWeakReferenceable {
        /// The object's `Trace::type_name`, e.g. `int`.
        type_name: String,
    },
    /// An allocation would pass the heap limit ([`Heap::set_limit`](crate::Heap::set_limit)),
    /// or the most pages a heap can number.
    OutOfMemory {
        /// Bytes the allocation needed.
        requested: usize,
        /// The limit in force.
        limit: usize,
        /// Object bytes in use when the allocation failed.
        in_use: usize,
    },
    /// The system allocator refused the memory for a new page: the machine, not the heap limit.
    SystemOutOfMemory {
        /// Bytes asked of the system.
        requested: usize,
    },
}

impl fmt::Display for HeapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeapError::StaleHandle { index, generation } => write!(
                f,
                "stale handle: object #{index} (generation {generation}) was collected; \
                 keep a Root or a traced reference to hold it across collect"
            ),
            HeapError::WrongType { expected, found } => {
                write!(f, "wrong type: expected {expected}, found '{found}' object")
            }
            HeapError::NotWeakReferenceable { type_name } => {
                write!(f, "cannot create weak reference to '{type_name}' object")
            }
            HeapError::OutOfMemory {
                requested,
                limit,
                in_use,
            } => write!(
                f,
                "out of memory: allocating {requested} bytes would pass the heap limit of \
                 {limit} bytes ({in_use} in use); collect, or raise the limit"
            ),
            HeapError::SystemOutOfMemory { requested } => {
                write!(f, "out of memory: the system refused {requested} bytes")
            }
        }
    }
}

impl std::error::Error for HeapError {}

/// A failed [`Heap::try_alloc`](crate::Heap::try_alloc): the error, and the value, handed back.
pub struct AllocError<T> {
    /// Why the allocation failed.
    pub error: HeapError,
    /// The value that was to be allocated.
    pub value: T,
}

impl<T> fmt::Debug for AllocError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl<T> fmt::Display for AllocError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl<T> std::error::Error for AllocError<T> {}

#[cfg(test)]
mod tests {
    use super::*;

    /// "The heap limit" and "the system refused" were one variant told apart by `limit ==
    /// usize::MAX`; a limit of `usize::MAX` set on purpose read as a system refusal.
    #[test]
    fn a_limit_and_a_system_refusal_are_two_errors() {
        let limit = HeapError::OutOfMemory {
            requested: 16,
            limit: usize::MAX,
            in_use: 0,
        };
        assert!(
            limit.to_string().contains("would pass the heap limit"),
            "{limit}"
        );
        let refused = HeapError::SystemOutOfMemory { requested: 65536 };
        assert_eq!(
            refused.to_string(),
            "out of memory: the system refused 65536 bytes"
        );
    }
}

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
    /// An allocation would pass the heap limit, or the system is out of memory.
    OutOfMemory {
        /// Bytes the allocation needed.
        requested: usize,
        /// The limit in force (`usize::MAX` when the system allocator failed).
        limit: usize,
        /// Object bytes in use when the allocation failed.
        in_use: usize,
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
            } => {
                if *limit == usize::MAX {
                    write!(f, "out of memory: the system refused {requested} bytes")
                } else {
                    write!(
                        f,
                        "out of memory: allocating {requested} bytes would pass the heap limit of \
                         {limit} bytes ({in_use} in use); collect, or raise the limit"
                    )
                }
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

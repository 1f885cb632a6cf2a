//! Integration tests of the heap-aware weak tables and `finalize`, one module per capability.

mod embed;
mod ephemerons;
mod finalize;
mod key_dict;
mod model;
mod panics;
mod support;
mod value_dict;
mod weak_set;

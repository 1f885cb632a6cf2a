//! The data model below the evaluator: values and heap objects, types, dicts, exceptions, the
//! interpreter's state and roots. Depends only on [`crate::syntax`].

pub mod basic_refs;
pub mod bigint;
pub mod builtin_id;
pub mod case_tables;
pub mod charge;
pub mod complex;
pub mod cyclic;
pub mod dict;
pub mod exceptions;
pub mod exit_order;
pub mod file;
pub mod gc_state;
pub mod generator;
pub mod interp;
pub mod interrupt;
pub mod iter_state;
pub mod marker;
pub mod mro;
pub mod object;
pub mod options;
pub mod os_error;
pub mod output;
pub mod set_order;
pub mod slice;
pub mod str_index;
pub mod str_text;
pub mod types;
pub mod unicode_error;

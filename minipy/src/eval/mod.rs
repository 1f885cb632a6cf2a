//! The tree-walking evaluator: statements, expressions, calls, names, attributes, operators and
//! iteration, as `impl Interp` blocks, one concern per file.

pub mod attr;
pub mod call;
pub mod class;
pub mod code_attr;
pub mod compare;
pub mod expr;
pub mod gen_flat;
pub mod generator;
pub mod globals_dict;
pub mod iter;
pub mod names;
pub mod ops;
pub mod pattern;
pub mod stmt;
pub mod subscript;

use crate::runtime::object::Value;

/// How a statement ended, when it did not raise.
#[derive(Debug, Clone, Copy)]
pub enum Flow {
    /// On to the next statement.
    Normal,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
    /// `return value`.
    Return(Value),
}

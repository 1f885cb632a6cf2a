//! The constants of a compilation unit: which expressions are constants (number, string and
//! bytes literals, and tuple displays of constants, nested or not), and one [`ConstSlot`] per
//! distinct constant, shared by all its occurrences in the unit, as CPython's compiler merges
//! equal constants across the code objects it makes from one source (`x = "a b"` at module level
//! and `return "a b"` in a function give the same object).
//!
//! A unary minus applied to a number literal is a constant too, as CPython folds it (`-1`,
//! `-2.5`): its slot holds what the minus made at the first evaluation.
//!
//! Equal means the same type and the same value as CPython's constant keys tell them apart:
//! `1`, `1.0` and `True` are three constants, and so are `0.0` and `-0.0`. A big integer literal
//! is keyed by its text, so two spellings of one value (`2**70` written in decimal and in hex)
//! stay two objects, where CPython would merge them.

use std::collections::HashMap;
use std::rc::Rc;

use crate::syntax::ast::{ConstSlot, Expr, ExprKind, UnaryOp};

/// What makes two constants the same one.
#[derive(PartialEq, Eq, Hash)]
enum ConstKey {
    Int(i64),
    BigInt(Rc<str>),
    /// A float's bits: `0.0` and `-0.0` differ.
    Float(u64),
    Imag(u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Bool(bool),
    None,
    Ellipsis,
    Tuple(Box<[ConstKey]>),
    /// `-` applied to a number literal.
    Neg(Box<ConstKey>),
}

/// The key of `e` if it is a constant.
fn key_of(e: &Expr) -> Option<ConstKey> {
    Some(match &e.kind {
        ExprKind::Int(i) => ConstKey::Int(*i),
        ExprKind::BigInt(text) => ConstKey::BigInt(text.clone()),
        ExprKind::Float(f) => ConstKey::Float(f.to_bits()),
        ExprKind::Imag(f) => ConstKey::Imag(f.to_bits()),
        ExprKind::Str(s) => ConstKey::Str(s.clone()),
        ExprKind::Bytes(b) => ConstKey::Bytes(b.clone()),
        ExprKind::Bool(b) => ConstKey::Bool(*b),
        ExprKind::None => ConstKey::None,
        ExprKind::Ellipsis => ConstKey::Ellipsis,
        ExprKind::Tuple(items) => {
            ConstKey::Tuple(items.iter().map(key_of).collect::<Option<Box<[_]>>>()?)
        }
        ExprKind::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } if matches!(
            operand.kind,
            ExprKind::Int(_) | ExprKind::BigInt(_) | ExprKind::Float(_) | ExprKind::Imag(_)
        ) =>
        {
            ConstKey::Neg(Box::new(key_of(operand)?))
        }
        _ => return None,
    })
}

/// One compilation unit's constants.
#[derive(Default)]
pub struct Constants {
    slots: HashMap<ConstKey, Rc<ConstSlot>>,
}

impl Constants {
    /// The slot `e` shares with the unit's equal constants, if `e` is a constant whose object
    /// is worth keeping: not `None`, `True`, `False` or `...`, which are singletons anyway.
    pub fn slot_for(&mut self, e: &Expr) -> Option<Rc<ConstSlot>> {
        if matches!(
            e.kind,
            ExprKind::Bool(_) | ExprKind::None | ExprKind::Ellipsis
        ) {
            return None;
        }
        let key = key_of(e)?;
        Some(self.slots.entry(key).or_default().clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::StmtKind;
    use crate::syntax::parser::parse_module;

    /// The slots of the values of `src`'s expression statements, in order.
    fn slots(src: &str) -> Vec<Option<Rc<ConstSlot>>> {
        let module = parse_module(src).expect("parses");
        let mut constants = Constants::default();
        module
            .body
            .iter()
            .map(|s| match &s.kind {
                StmtKind::Expr(e) => constants.slot_for(e),
                _ => panic!("expression statements only"),
            })
            .collect()
    }

    fn same(a: &Option<Rc<ConstSlot>>, b: &Option<Rc<ConstSlot>>) -> bool {
        matches!((a, b), (Some(a), Some(b)) if Rc::ptr_eq(a, b))
    }

    #[test]
    fn equal_constants_share_one_slot_and_different_types_do_not() {
        let s = slots("'a b'\n'a b'\n1\n1.0\n0.0\n-0.0\n(1, 'x', (2.5, None))\n(1, 'x', (2.5, None))\n(1, 'x', (2.5, 0))\nb'a b'\n1000\n1000\n");
        assert!(same(&s[0], &s[1]), "equal strings");
        assert!(!same(&s[2], &s[3]), "1 and 1.0");
        assert!(!same(&s[9], &s[0]), "bytes and str");
        assert!(same(&s[6], &s[7]), "equal tuples, nested");
        assert!(!same(&s[7], &s[8]), "tuples differing inside");
        assert!(same(&s[10], &s[11]), "ints");
        assert!(!same(&s[4], &s[5]), "0.0 and -0.0");
    }

    #[test]
    fn only_literals_and_tuples_of_them_are_constants() {
        let s = slots(
            "None\nTrue\n...\n(1, x)\n[1, 2]\nf'{x}'\n-x\n-'a'\nnot 1\n()\n(-1, -2.5)\nf'a'\n",
        );
        for (i, slot) in s[..9].iter().enumerate() {
            assert!(slot.is_none(), "statement {i}");
        }
        assert!(s[9].is_some(), "the empty tuple");
        assert!(s[10].is_some(), "negative numbers");
        assert!(
            s[11].is_some(),
            "f'a' without substitutions is the constant 'a'"
        );
    }
}

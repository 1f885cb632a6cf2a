//! Identifier interning: every identifier the lexer reads is one shared `Rc<str>` per distinct
//! text (per thread), so the runtime's name tables (instance shapes, class and module
//! namespaces) usually find a name by pointer before comparing text. Names made at run time
//! (`setattr(o, "x", v)`, `**kwargs` keys) are not interned; lookups fall back to comparing
//! text, so interning is only ever a shortcut, never a condition for a match.
//!
//! Interned names live as long as the thread, as CPython's interned identifiers do: their
//! number is bounded by the distinct identifiers in the source the thread compiled.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

thread_local! {
    static NAMES: RefCell<HashSet<Rc<str>>> = RefCell::new(HashSet::new());
}

/// The shared `Rc<str>` for `text`.
pub fn intern(text: &str) -> Rc<str> {
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if let Some(name) = names.get(text) {
            return name.clone();
        }
        let name: Rc<str> = Rc::from(text);
        names.insert(name.clone());
        name
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_share_one_allocation() {
        let a = intern("spam");
        let b = intern(&String::from("spam"));
        assert!(Rc::ptr_eq(&a, &b));
        assert!(!Rc::ptr_eq(&a, &intern("eggs")));
    }
}

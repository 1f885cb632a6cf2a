//! Character positions in `str` values.
//!
//! minipy keeps a `str` as UTF-8 ([`StrText`]), so `len(s)`, `s[i]` and `s[i:j]`, which count
//! characters, would each walk the string from its start: a loop over a 300 KB string by index
//! was quadratic. Two things make them cheap:
//! - an ASCII string's characters are its bytes, so positions are byte offsets;
//! - [`StrPositions`] remembers, for the long string used last, its length in characters,
//!   whether it is ASCII, and the last character position it resolved, so a loop that reads one
//!   string in order costs O(1) per step after the first, whatever its characters.
//!
//! Invariant: the remembered string is held (an `Rc` clone), so its address cannot be reused by
//! another string while it is remembered; `Rc::ptr_eq` then identifies it exactly. Only shared
//! text is long enough to remember: inline text is at most [`INLINE_CAP`] bytes.

use std::rc::Rc;

use crate::runtime::str_text::{StrText, INLINE_CAP};

/// Strings shorter than this many bytes are measured afresh each time: cheaper than a lookup.
const REMEMBER_FROM: usize = 64;

// Every string long enough to remember has shared text, which is what it is remembered by.
const _: () = assert!(INLINE_CAP < REMEMBER_FROM);

/// What indexing needs to know about a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StrShape {
    /// Length in characters (what `len()` returns).
    pub chars: usize,
    /// Whether every character is ASCII (then character `i` is byte `i`).
    pub ascii: bool,
}

/// The shape of the long string indexed last, and a checkpoint into it (see the module docs).
#[derive(Default)]
pub struct StrPositions {
    last: Option<Remembered>,
}

struct Remembered {
    text: Rc<str>,
    shape: StrShape,
    /// A character position and its byte offset, for a non-ASCII string: the last one resolved.
    checkpoint: (usize, usize),
}

impl StrPositions {
    /// Length and ASCII-ness of `s`.
    pub fn shape(&mut self, s: &StrText) -> StrShape {
        self.remembered(s).map_or_else(|| measure(s), |r| r.shape)
    }

    /// The byte offset where character `i` of `s` starts (`s.len()` for `i == chars`).
    ///
    /// # Panics
    /// If `i` is past the end of `s` (callers check against [`shape`](Self::shape) first).
    pub fn byte_offset(&mut self, s: &StrText, i: usize) -> usize {
        let Some(r) = self.remembered(s) else {
            return if s.is_ascii() { i } else { walk(s, 0, 0, i) };
        };
        if r.shape.ascii {
            return i;
        }
        let (from_char, from_byte) = if i >= r.checkpoint.0 {
            r.checkpoint
        } else {
            (0, 0)
        };
        let off = walk(&r.text, from_char, from_byte, i);
        r.checkpoint = (i, off);
        off
    }

    /// The character at position `i` of `s` (`i < chars`).
    pub fn char_at(&mut self, s: &StrText, i: usize) -> char {
        let off = self.byte_offset(s, i);
        s.char_from(off)
            .expect("position checked against the length")
    }

    /// The entry for `s`, remembering it first if it is long enough to be worth it.
    fn remembered(&mut self, text: &StrText) -> Option<&mut Remembered> {
        let s = text.as_shared()?;
        if s.len() < REMEMBER_FROM {
            return None;
        }
        let hit = self.last.as_ref().is_some_and(|r| Rc::ptr_eq(&r.text, s));
        if !hit {
            self.last = Some(Remembered {
                text: Rc::clone(s),
                shape: measure(text),
                checkpoint: (0, 0),
            });
        }
        self.last.as_mut()
    }
}

/// From the bytes: no UTF-8 check of inline text.
fn measure(s: &StrText) -> StrShape {
    let ascii = s.is_ascii();
    StrShape {
        chars: if ascii { s.len() } else { s.char_count() },
        ascii,
    }
}

/// The byte offset of character `target`, walking forward from character `from_char` at byte
/// `from_byte` (`from_char <= target`).
fn walk(s: &str, from_char: usize, from_byte: usize, target: usize) -> usize {
    let rest = &s[from_byte..];
    match rest.char_indices().nth(target - from_char) {
        Some((off, _)) => from_byte + off,
        None => s.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_agree_with_a_char_walk_in_any_order() {
        let text = StrText::from("aé€😀".repeat(40));
        let mut p = StrPositions::default();
        let expected: Vec<usize> = text.char_indices().map(|(o, _)| o).collect();
        assert_eq!(p.shape(&text).chars, expected.len());
        assert!(!p.shape(&text).ascii);
        for &i in [5, 6, 100, 3, 159, 0, 42].iter() {
            assert_eq!(p.byte_offset(&text, i), expected[i], "char {i}");
        }
        assert_eq!(p.byte_offset(&text, expected.len()), text.len());
        assert_eq!(p.char_at(&text, 3), '😀');
    }

    #[test]
    fn another_string_replaces_the_remembered_one() {
        let mut p = StrPositions::default();
        let a = StrText::from("é".repeat(100));
        let b = StrText::from("x".repeat(100));
        assert_eq!(p.byte_offset(&a, 10), 20);
        assert_eq!(
            p.shape(&b),
            StrShape {
                chars: 100,
                ascii: true
            }
        );
        assert_eq!(p.byte_offset(&b, 10), 10);
        assert_eq!(p.byte_offset(&a, 10), 20);
        let short = StrText::from("héllo");
        assert_eq!(p.byte_offset(&short, 2), 3);
        assert_eq!(p.shape(&short).chars, 5);
    }
}

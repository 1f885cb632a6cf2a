//! [`StrText`], the text of a Python `str` object: kept in the object's own heap cell when it is
//! short, shared through an `Rc<str>` when it is not.
//!
//! Most strings a program makes are short (keys, names, digits, words), and before this type each
//! one cost its 64-byte cell *and* a malloc for its text, plus the matching free and drop when the
//! sweep found it dead. Up to [`INLINE_CAP`] bytes of UTF-8 now sit inline beside a length byte, so
//! such a `str` is one cell with nothing to drop (`Object::needs_drop` says so), and the text of a
//! longer one is shared as before.
//!
//! A value never changes form: which one it takes is decided by its length when it is made, so an
//! object's text is inline or shared for the object's whole life (the heap's `needs_drop` and
//! `extra_bytes` rely on that). Equality, hashing and ordering are those of the text, whatever the
//! form.
//!
//! The crate forbids `unsafe`, so reading inline text as `&str` runs `std::str::from_utf8` over its
//! (at most [`INLINE_CAP`]) bytes; the bytes are always whole UTF-8, since every constructor copies
//! them from a `str` (and never splits a character), so the check always passes. Comparisons and
//! lengths read the bytes and skip the check.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::rc::Rc;

/// How many bytes of UTF-8 a [`StrText`] holds inline: as many as keep an `Object` within its
/// 64-byte heap cell. A `StrText` is then 56 bytes (its form's tag, the length byte and the
/// text; the shared form's `Rc<str>` overlaps the text), and `ObjKind`, already 64 bytes for its
/// weak reference variant, places its own tag in a byte that variant leaves spare. One byte more
/// makes every object 72 bytes; the assertion below fails the build if a change of layout does.
pub const INLINE_CAP: usize = 54;

const _: () = assert!(std::mem::size_of::<crate::runtime::object::Object>() <= 64);

/// The text of a `str`: inline when it is at most [`INLINE_CAP`] bytes, else a shared `Rc<str>`.
/// Derefs to `str`; compares, hashes and orders as its `str` does.
#[derive(Clone)]
pub struct StrText(Repr);

#[derive(Clone)]
enum Repr {
    /// `bytes[..len]` is the text, whole UTF-8; the rest is zero.
    Inline { len: u8, bytes: [u8; INLINE_CAP] },
    /// Text longer than [`INLINE_CAP`] bytes (never shorter: a value's form follows its length).
    Shared(Rc<str>),
}

impl StrText {
    /// The empty string.
    pub const EMPTY: StrText = StrText(Repr::Inline {
        len: 0,
        bytes: [0; INLINE_CAP],
    });

    /// `a` followed by `b`, made inline when it fits (no buffer in between); a longer result costs
    /// one `String` and the `Rc<str>` copied from it (`Interp::str_concat` joins long text in a
    /// kept buffer instead).
    pub fn concat(a: &str, b: &str) -> StrText {
        StrText::join_inline(a.as_bytes(), b.as_bytes()).unwrap_or_else(|| {
            let mut s = String::with_capacity(a.len() + b.len());
            s.push_str(a);
            s.push_str(b);
            StrText(Repr::Shared(Rc::from(s)))
        })
    }

    /// `a` followed by `b` when the result fits inline, else `None`. Reads both as bytes, so
    /// neither is checked as UTF-8 on the way (the hot path of `a + b` on short strings).
    #[inline]
    pub fn concat_inline(a: &StrText, b: &StrText) -> Option<StrText> {
        StrText::join_inline(a.as_bytes(), b.as_bytes())
    }

    /// The inline text of `a` then `b`, both whole UTF-8 (each is a `str`'s bytes), when it fits.
    #[inline]
    fn join_inline(a: &[u8], b: &[u8]) -> Option<StrText> {
        let n = a.len() + b.len();
        if n > INLINE_CAP {
            return None;
        }
        let mut bytes = [0; INLINE_CAP];
        bytes[..a.len()].copy_from_slice(a);
        bytes[a.len()..n].copy_from_slice(b);
        Some(StrText(Repr::Inline {
            len: n as u8,
            bytes,
        }))
    }

    /// The inline form of `s`, or `None` when it is longer than [`INLINE_CAP`] bytes.
    #[inline]
    fn inline(s: &str) -> Option<StrText> {
        if s.len() > INLINE_CAP {
            return None;
        }
        let mut bytes = [0; INLINE_CAP];
        bytes[..s.len()].copy_from_slice(s.as_bytes());
        Some(StrText(Repr::Inline {
            len: s.len() as u8,
            bytes,
        }))
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Inline { len, bytes } => match std::str::from_utf8(&bytes[..*len as usize]) {
                Ok(s) => s,
                // Every constructor copies whole characters from a `str`.
                Err(_) => unreachable!("inline str text is not UTF-8"),
            },
            Repr::Shared(s) => s,
        }
    }

    /// The text's UTF-8 bytes (no check needed).
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            Repr::Inline { len, bytes } => &bytes[..*len as usize],
            Repr::Shared(s) => s.as_bytes(),
        }
    }

    /// The character that starts at byte `pos`, or `None` at or past the end. `pos` must be a
    /// character boundary (a position reached by stepping over whole characters); only that
    /// character's bytes are checked, not the whole text (a `for` loop over a `str` asks once a
    /// character).
    #[inline]
    pub fn char_from(&self, pos: usize) -> Option<char> {
        let rest = self.as_bytes().get(pos..)?;
        let first = *rest.first()?;
        let width = match first {
            0..=0x7f => return Some(char::from(first)),
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            _ => 4,
        };
        std::str::from_utf8(rest.get(..width)?).ok()?.chars().next()
    }

    /// The number of characters, counted from the bytes (every byte but a UTF-8 continuation
    /// byte starts one), with no check.
    pub fn char_count(&self) -> usize {
        let bytes = self.as_bytes();
        if bytes.is_ascii() {
            return bytes.len();
        }
        bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
    }

    /// The length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        match &self.0 {
            Repr::Inline { len, .. } => *len as usize,
            Repr::Shared(s) => s.len(),
        }
    }

    /// Whether every character is ASCII (read from the bytes, no check needed).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.as_bytes().is_ascii()
    }

    /// Whether the text is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the text is held inline (it is exactly when it has at most [`INLINE_CAP`] bytes).
    #[inline]
    pub fn is_inline(&self) -> bool {
        matches!(self.0, Repr::Inline { .. })
    }

    /// The bytes held outside the value: 0 for inline text, the text's length for shared text
    /// (what `--max-heap` charges beyond the cell).
    #[inline]
    pub fn heap_bytes(&self) -> usize {
        match &self.0 {
            Repr::Inline { .. } => 0,
            Repr::Shared(s) => s.len(),
        }
    }

    /// The shared text, or `None` for inline text.
    #[inline]
    pub fn as_shared(&self) -> Option<&Rc<str>> {
        match &self.0 {
            Repr::Inline { .. } => None,
            Repr::Shared(s) => Some(s),
        }
    }

    /// The text as an `Rc<str>`, for the places that keep one (interned names, attribute keys):
    /// shared text is shared, inline text is copied into a new allocation.
    pub fn to_rc(&self) -> Rc<str> {
        match &self.0 {
            Repr::Inline { .. } => Rc::from(self.as_str()),
            Repr::Shared(s) => s.clone(),
        }
    }
}

impl Default for StrText {
    fn default() -> StrText {
        StrText::EMPTY
    }
}

impl Deref for StrText {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for StrText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for StrText {
    #[inline]
    fn from(s: &str) -> StrText {
        StrText::inline(s).unwrap_or_else(|| StrText(Repr::Shared(Rc::from(s))))
    }
}

impl From<String> for StrText {
    fn from(s: String) -> StrText {
        StrText::inline(&s).unwrap_or_else(|| StrText(Repr::Shared(Rc::from(s))))
    }
}

impl From<&String> for StrText {
    fn from(s: &String) -> StrText {
        StrText::from(s.as_str())
    }
}

/// Short text is copied inline, so a short `str` never keeps a literal's or a name's allocation
/// alive (and never needs a drop); long text is shared.
impl From<Rc<str>> for StrText {
    fn from(s: Rc<str>) -> StrText {
        StrText::inline(&s).unwrap_or(StrText(Repr::Shared(s)))
    }
}

impl From<&Rc<str>> for StrText {
    fn from(s: &Rc<str>) -> StrText {
        StrText::inline(s).unwrap_or_else(|| StrText(Repr::Shared(s.clone())))
    }
}

impl From<char> for StrText {
    fn from(c: char) -> StrText {
        StrText::from(c.encode_utf8(&mut [0; 4]) as &str)
    }
}

impl PartialEq for StrText {
    #[inline]
    fn eq(&self, other: &StrText) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for StrText {}

impl PartialEq<str> for StrText {
    fn eq(&self, other: &str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<&str> for StrText {
    fn eq(&self, other: &&str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialOrd for StrText {
    fn partial_cmp(&self, other: &StrText) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// `str`'s order is its bytes' order (UTF-8 keeps code point order), so no check is needed.
impl Ord for StrText {
    #[inline]
    fn cmp(&self, other: &StrText) -> Ordering {
        self.as_bytes().cmp(other.as_bytes())
    }
}

/// Hashes as the `str` does, so a `StrText` and its `str` land in the same bucket.
impl Hash for StrText {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl fmt::Debug for StrText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for StrText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::hash_map::DefaultHasher;

    fn hash_of<T: Hash + ?Sized>(t: &T) -> u64 {
        let mut h = DefaultHasher::new();
        t.hash(&mut h);
        h.finish()
    }

    /// The shared form of `s` whatever its length (only tests can make a short one shared).
    fn shared(s: &str) -> StrText {
        StrText(Repr::Shared(Rc::from(s)))
    }

    #[test]
    fn text_up_to_the_cap_is_inline_and_longer_text_is_shared() {
        let at = "x".repeat(INLINE_CAP);
        let over = "x".repeat(INLINE_CAP + 1);
        assert!(StrText::from(at.as_str()).is_inline());
        assert!(!StrText::from(over.as_str()).is_inline());
        assert!(StrText::from("").is_inline());
        assert_eq!(&*StrText::from(at.as_str()), at);
        assert_eq!(&*StrText::from(over.as_str()), over);
        assert_eq!(StrText::from(at.clone()).heap_bytes(), 0);
        assert_eq!(StrText::from(over.clone()).heap_bytes(), INLINE_CAP + 1);
        // A short `Rc<str>` is copied, a long one shared.
        let long: Rc<str> = Rc::from(over.as_str());
        assert!(StrText::from(Rc::from(at.as_str())).is_inline());
        let t = StrText::from(long.clone());
        assert!(Rc::ptr_eq(&t.to_rc(), &long));
    }

    #[test]
    fn multi_byte_text_at_the_boundary_keeps_whole_characters() {
        // 'é' is 2 bytes, '€' 3 and '😀' 4: text one byte over the cap is shared, never cut.
        for c in ['é', '€', '😀'] {
            let fits = INLINE_CAP / c.len_utf8();
            let s: String = std::iter::repeat_n(c, fits).collect();
            let t = StrText::from(s.as_str());
            assert!(t.is_inline());
            assert_eq!(t.as_str(), s);
            let mut over = "a".repeat(INLINE_CAP - s.len() + 1);
            over.push_str(&s);
            assert!(over.len() > INLINE_CAP);
            let t = StrText::from(over.as_str());
            assert!(!t.is_inline());
            assert_eq!(t.as_str(), over);
            assert_eq!(t.chars().count(), over.chars().count());
        }
        // Exactly at the cap with a multi-byte character last.
        let mut s = "a".repeat(INLINE_CAP - 4);
        s.push('😀');
        let t = StrText::from(s.clone());
        assert!(t.is_inline());
        assert_eq!(t.as_str(), s);
    }

    #[test]
    fn characters_are_read_from_the_bytes_in_either_form() {
        for s in ["", "abc", "aé€😀z", &"é😀".repeat(30)] {
            for t in [StrText::from(s), shared(s)] {
                assert_eq!(t.char_count(), s.chars().count());
                let mut pos = 0;
                let mut seen = Vec::new();
                while let Some(c) = t.char_from(pos) {
                    seen.push(c);
                    pos += c.len_utf8();
                }
                assert_eq!(seen, s.chars().collect::<Vec<_>>());
                assert_eq!(t.char_from(s.len() + 1), None);
            }
        }
    }

    #[test]
    fn concat_is_inline_exactly_when_the_result_fits() {
        let a = "é".repeat(10);
        let b = "x".repeat(INLINE_CAP - a.len());
        let t = StrText::concat(&a, &b);
        assert!(t.is_inline());
        assert_eq!(t.as_str(), format!("{a}{b}"));
        let t = StrText::concat(&a, &format!("{b}!"));
        assert!(!t.is_inline());
        assert_eq!(t.as_str(), format!("{a}{b}!"));
        assert!(StrText::concat("", "").is_empty());
        let (x, y) = (StrText::from(a.as_str()), StrText::from(b.as_str()));
        assert_eq!(
            StrText::concat_inline(&x, &y),
            Some(StrText::concat(&a, &b))
        );
        assert_eq!(
            StrText::concat_inline(&x, &StrText::from(format!("{b}!"))),
            None
        );
    }

    #[test]
    fn inline_and_shared_forms_of_the_same_text_are_equal_and_hash_alike() {
        for s in ["", "a", "héllo", &"z".repeat(INLINE_CAP)] {
            let i = StrText::from(s);
            let r = shared(s);
            assert!(i.is_inline() && !r.is_inline());
            assert_eq!(i, r);
            assert_eq!(i, *s);
            assert_eq!(hash_of(&i), hash_of(&r));
            assert_eq!(hash_of(&i), hash_of(s));
            assert_eq!(i.cmp(&r), Ordering::Equal);
        }
        assert_ne!(StrText::from("a"), StrText::from("b"));
    }

    #[test]
    fn order_is_str_order_across_forms() {
        let words = [
            "",
            "a",
            "ab",
            "b",
            "é",
            "\u{ffff}",
            "😀",
            &"m".repeat(INLINE_CAP),
            &"m".repeat(INLINE_CAP + 3),
        ];
        for x in words {
            for y in words {
                let want = x.cmp(y);
                assert_eq!(StrText::from(x).cmp(&StrText::from(y)), want, "{x:?} {y:?}");
                assert_eq!(shared(x).cmp(&StrText::from(y)), want);
                assert_eq!(StrText::from(x).partial_cmp(&shared(y)), Some(want));
            }
        }
    }

    #[test]
    fn display_and_debug_are_the_strs() {
        let t = StrText::from("a\"b\n");
        assert_eq!(format!("{t}"), "a\"b\n");
        assert_eq!(format!("{t:?}"), format!("{:?}", "a\"b\n"));
        assert_eq!(StrText::from('€').as_str(), "€");
        assert_eq!(StrText::default(), StrText::EMPTY);
    }
}

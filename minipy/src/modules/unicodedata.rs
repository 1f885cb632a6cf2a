//! The Rust half of `unicodedata` (`modules/py/unicodedata.py`): character names from the
//! `unicode_names2` crate, general categories from [`unicode_category`](super::unicode_category),
//! and normalization by the `unicode-normalization` crate. The Python half checks arguments and
//! words the errors as CPython does.

use unicode_normalization::UnicodeNormalization;

use crate::builtins::Builtin;
use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};

impl Interp {
    /// Calls a `unicodedata` helper: `_ucd_name(ch)` (the name or None), `_ucd_lookup(name)`
    /// (the character or None), `_ucd_category(ch)`, `_ucd_normalize(form, text)`.
    pub(super) fn unicodedata_call(&mut self, id: Builtin, args: &[Value]) -> PyResult<Value> {
        let name = id.name();
        let arity = if id == Builtin::UcdNormalize { 2 } else { 1 };
        self.check_arity(name, args, arity, arity)?;
        let mut texts = Vec::with_capacity(2);
        for a in args {
            match self.obj(*a) {
                ObjKind::Str(s) => texts.push(s.clone()),
                _ => return Err(self.type_error(format!("{name}() takes str arguments"))),
            }
        }
        let first_char = texts[0].chars().next().unwrap_or('\0');
        match id {
            Builtin::UcdName => match unicode_names2::name(first_char) {
                Some(n) => {
                    let n = n.to_string();
                    self.str_value(&n)
                }
                None => Ok(self.none()),
            },
            Builtin::UcdLookup => match unicode_names2::character(&texts[0]) {
                Some(c) => self.str_value(&c.to_string()),
                None => Ok(self.none()),
            },
            Builtin::UcdCategory => {
                let cat = super::unicode_category::category(first_char);
                self.str_value(cat)
            }
            _ => {
                let text = &texts[1];
                let out: String = match &*texts[0] {
                    "NFC" => text.nfc().collect(),
                    "NFD" => text.nfd().collect(),
                    "NFKC" => text.nfkc().collect(),
                    "NFKD" => text.nfkd().collect(),
                    _ => return Err(self.value_error("invalid normalization form")),
                };
                self.str_value(&out)
            }
        }
    }
}

//! CPython's wording of `UnicodeDecodeError` and `UnicodeEncodeError` (made by
//! `builtins::codecs`), which `str()` of such an exception prints.

use crate::runtime::exceptions::Exc;
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`: how CPython's messages and `backslashreplace` write a
/// character.
pub fn escape_char(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// `str()` of a `UnicodeDecodeError` (`data` the bytes it was given) as CPython words it.
pub fn decode_message(codec: &str, data: &[u8], start: usize, end: usize, reason: &str) -> String {
    if end == start + 1 && start < data.len() {
        format!(
            "'{codec}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            data[start]
        )
    } else {
        format!(
            "'{codec}' codec can't decode bytes in position {start}-{}: {reason}",
            end.saturating_sub(1)
        )
    }
}

/// `str()` of a `UnicodeEncodeError` (`text` the string it was given) as CPython words it.
pub fn encode_message(codec: &str, text: &str, start: usize, end: usize, reason: &str) -> String {
    match text.chars().nth(start) {
        Some(c) if end == start + 1 => format!(
            "'{codec}' codec can't encode character '{}' in position {start}: {reason}",
            escape_char(c)
        ),
        _ => format!(
            "'{codec}' codec can't encode characters in position {start}-{}: {reason}",
            end.saturating_sub(1)
        ),
    }
}

impl Interp {
    /// `str()` of a `UnicodeDecodeError`/`UnicodeEncodeError` made by a codec (five `args`), as
    /// CPython words it; `None` for other exceptions.
    pub(crate) fn unicode_error_str(&mut self, exc: Value, args: &[Value]) -> Option<String> {
        if args.len() != 5 {
            return None;
        }
        let decode = self.is_instance(exc, self.exc_class(Exc::UnicodeDecodeError));
        let encode = self.is_instance(exc, self.exc_class(Exc::UnicodeEncodeError));
        if !decode && !encode {
            return None;
        }
        let (ObjKind::Str(codec), Some(start), Some(end), ObjKind::Str(reason)) = (
            self.obj(args[0]),
            self.as_int(args[2]),
            self.as_int(args[3]),
            self.obj(args[4]),
        ) else {
            return None;
        };
        let (start, end) = (start.max(0) as usize, end.max(0) as usize);
        match self.obj(args[1]) {
            ObjKind::Bytes(data) if decode => Some(decode_message(codec, data, start, end, reason)),
            ObjKind::Str(text) if encode => Some(encode_message(codec, text, start, end, reason)),
            _ => None,
        }
    }
}

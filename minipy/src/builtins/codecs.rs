//! The three codecs minipy has (`utf-8`, `ascii`, `latin-1`), their error handlers, and
//! CPython's wording of their errors. Pure functions: `builtins::bytes` turns a [`CodecError`] into
//! the Python exception (whose message `runtime::unicode_error` words).

pub use crate::runtime::unicode_error::{decode_message, encode_message, escape_char};

/// The codecs, by CPython's canonical name (which error messages quote).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    /// `utf-8`.
    Utf8,
    /// `ascii`.
    Ascii,
    /// `latin-1` (ISO 8859-1: every byte is the code point of the same value).
    Latin1,
}

impl Codec {
    /// The codec an encoding name means, normalised as CPython's `encodings.search_function` does
    /// (case, `-` and spaces ignored), for the aliases scripts use; `None` for any other.
    pub fn lookup(name: &str) -> Option<Codec> {
        let norm: String = name
            .trim()
            .chars()
            .map(|c| match c {
                '-' | ' ' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        Some(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "ascii" | "us_ascii" | "646" | "us" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859"
            | "cp819" | "iso_8859_1:1987" => Codec::Latin1,
            _ => return None,
        })
    }

    /// The name CPython's messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The highest code point the codec encodes in one byte (`ascii`, `latin-1`).
    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 0x80,
            _ => 0x100,
        }
    }
}

/// Why encoding or decoding failed.
#[derive(Debug, PartialEq, Eq)]
pub enum CodecError {
    /// `LookupError` with this message (an unknown error handler, asked for only when an error
    /// happens, as in CPython).
    Lookup(String),
    /// `UnicodeDecodeError(codec, data, start, end, reason)`; positions in bytes.
    Decode {
        /// The codec.
        codec: Codec,
        /// First bad byte.
        start: usize,
        /// One past the last bad byte.
        end: usize,
        /// CPython's reason, e.g. `invalid start byte`.
        reason: &'static str,
    },
    /// `UnicodeEncodeError(codec, text, start, end, reason)`; positions in characters.
    Encode {
        /// The codec.
        codec: Codec,
        /// First unencodable character.
        start: usize,
        /// One past the last of the run of unencodable characters.
        end: usize,
        /// CPython's reason, e.g. `ordinal not in range(128)`.
        reason: &'static str,
    },
}

fn unknown_handler(errors: &str) -> CodecError {
    CodecError::Lookup(format!("unknown error handler name '{errors}'"))
}

/// `data.decode(codec, errors)`; `errors` is one of `strict`, `ignore`, `replace`,
/// `backslashreplace`.
pub fn decode(data: &[u8], codec: Codec, errors: &str) -> Result<String, CodecError> {
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| char::from(b)).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok(data.iter().map(|&b| char::from(b)).collect());
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b.is_ascii() {
                    out.push(char::from(b));
                    continue;
                }
                match errors {
                    "strict" => {
                        return Err(CodecError::Decode {
                            codec,
                            start: i,
                            end: i + 1,
                            reason: "ordinal not in range(128)",
                        })
                    }
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => out.push_str(&format!("\\x{b:02x}")),
                    _ => return Err(unknown_handler(errors)),
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut rest = data;
            let mut offset = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        // Rust's `error_len` is the maximal invalid subpart, as CPython reports it;
                        // `None` means the data ended inside a sequence.
                        let (bad, reason) = match e.error_len() {
                            Some(n) => {
                                let lead = rest[good];
                                let reason = if (0xc2..=0xf4).contains(&lead) {
                                    "invalid continuation byte"
                                } else {
                                    "invalid start byte"
                                };
                                (n, reason)
                            }
                            None => (rest.len() - good, "unexpected end of data"),
                        };
                        match errors {
                            "strict" => {
                                return Err(CodecError::Decode {
                                    codec,
                                    start: offset + good,
                                    end: offset + good + bad,
                                    reason,
                                })
                            }
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            "backslashreplace" => {
                                for b in &rest[good..good + bad] {
                                    out.push_str(&format!("\\x{b:02x}"));
                                }
                            }
                            _ => return Err(unknown_handler(errors)),
                        }
                        offset += good + bad;
                        rest = &rest[good + bad..];
                    }
                }
            }
        }
    }
}

/// `text.encode(codec, errors)`; `errors` is one of `strict`, `ignore`, `replace`,
/// `backslashreplace`, `xmlcharrefreplace`. A strict error spans the whole run of unencodable
/// characters, as CPython's does.
pub fn encode(text: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, CodecError> {
    if codec == Codec::Utf8 || text.is_ascii() {
        return Ok(text.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let run = chars[i..]
            .iter()
            .take_while(|c| (**c as u32) >= limit)
            .count();
        match errors {
            "strict" => {
                return Err(CodecError::Encode {
                    codec,
                    start: i,
                    end: i + run,
                    reason: if limit == 0x80 {
                        "ordinal not in range(128)"
                    } else {
                        "ordinal not in range(256)"
                    },
                })
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', run)),
            "backslashreplace" => {
                for c in &chars[i..i + run] {
                    out.extend_from_slice(escape_char(*c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for c in &chars[i..i + run] {
                    out.extend_from_slice(format!("&#{};", *c as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i += run;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalise_as_cpython() {
        assert_eq!(Codec::lookup("UTF-8"), Some(Codec::Utf8));
        assert_eq!(Codec::lookup("Latin 1"), Some(Codec::Latin1));
        assert_eq!(Codec::lookup("ASCII"), Some(Codec::Ascii));
        assert_eq!(Codec::lookup("utf-16"), None);
    }

    #[test]
    fn utf8_errors_report_cpython_spans_and_reasons() {
        let err = |d: &[u8]| decode(d, Codec::Utf8, "strict").unwrap_err();
        assert_eq!(
            err(b"a\xff"),
            CodecError::Decode {
                codec: Codec::Utf8,
                start: 1,
                end: 2,
                reason: "invalid start byte"
            }
        );
        assert_eq!(
            err(b"\xe2\x82"),
            CodecError::Decode {
                codec: Codec::Utf8,
                start: 0,
                end: 2,
                reason: "unexpected end of data"
            }
        );
        assert_eq!(
            err(b"\xe2(a"),
            CodecError::Decode {
                codec: Codec::Utf8,
                start: 0,
                end: 1,
                reason: "invalid continuation byte"
            }
        );
        assert_eq!(
            decode(b"a\xffb\xe2\x82", Codec::Utf8, "replace").unwrap(),
            "a\u{fffd}b\u{fffd}"
        );
        assert_eq!(
            decode(b"a\xff", Codec::Utf8, "backslashreplace").unwrap(),
            "a\\xff"
        );
        assert_eq!(
            decode(b"\xff", Codec::Utf8, "nope").unwrap_err(),
            CodecError::Lookup("unknown error handler name 'nope'".into())
        );
    }

    #[test]
    fn single_byte_codecs_encode_runs() {
        assert_eq!(
            encode("a\u{e9}\u{e9}b", Codec::Ascii, "strict").unwrap_err(),
            CodecError::Encode {
                codec: Codec::Ascii,
                start: 1,
                end: 3,
                reason: "ordinal not in range(128)"
            }
        );
        assert_eq!(encode("\u{e9}", Codec::Latin1, "strict").unwrap(), [0xe9]);
        assert_eq!(encode("a\u{20ac}", Codec::Ascii, "replace").unwrap(), b"a?");
        assert_eq!(
            encode("\u{20ac}", Codec::Latin1, "xmlcharrefreplace").unwrap(),
            b"&#8364;"
        );
        assert_eq!(
            encode_message("latin-1", "a\u{20ac}", 1, 2, "ordinal not in range(256)"),
            "'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)"
        );
        assert_eq!(
            decode_message("utf-8", b"\xe2\x82", 0, 2, "unexpected end of data"),
            "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"
        );
    }
}

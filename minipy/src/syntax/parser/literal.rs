//! Decoding number and string literals from their source text. The lexer has already checked their
//! shape; errors here are about values (a bad escape, an integer too long to keep).

use crate::syntax::ast::ExprKind;

/// Longest integer literal kept, in decimal digits: CPython's default `sys.get_int_max_str_digits()`.
/// It also bounds the quadratic base conversion below.
const MAX_INT_DIGITS: usize = 4300;

/// The value of a number token's text (e.g. `1_000`, `0xff`, `1.5e3`): `Int`, `BigInt` or `Float`.
pub(super) fn number(text: &str) -> Result<ExprKind, String> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    if let Some(imag) = clean.strip_suffix(['j', 'J']) {
        return imag
            .parse::<f64>()
            .map(ExprKind::Imag)
            .map_err(|_| "invalid imaginary literal".to_string());
    }
    let lower = clean.to_ascii_lowercase();
    let (radix, digits) = match lower.get(..2) {
        Some("0x") => (16, &clean[2..]),
        Some("0o") => (8, &clean[2..]),
        Some("0b") => (2, &clean[2..]),
        _ if lower.contains(['.', 'e']) => {
            return clean
                .parse::<f64>()
                .map(ExprKind::Float)
                .map_err(|_| "invalid decimal literal".to_string());
        }
        _ => (10, clean.as_str()),
    };
    if let Ok(value) = i64::from_str_radix(digits, radix) {
        return Ok(ExprKind::Int(value));
    }
    // Decimal digits per digit of `radix`, rounded up: a cheap bound checked before converting.
    let decimal_per_digit = match radix {
        16 => 1.21,
        8 => 0.91,
        2 => 0.31,
        _ => 1.0,
    };
    let estimate = (digits.len() as f64 * decimal_per_digit) as usize;
    if estimate > MAX_INT_DIGITS {
        return Err(format!(
            "Exceeds the limit ({MAX_INT_DIGITS} digits) for integer string conversion: value has \
             {estimate} digits; use sys.set_int_max_str_digits() to increase the limit - Consider \
             hexadecimal for huge integer literals to avoid decimal conversion limits."
        ));
    }
    Ok(ExprKind::BigInt(to_decimal(digits, radix).into()))
}

/// `digits` (in `radix`, no sign or underscores, all valid) as decimal digits without leading zeros.
fn to_decimal(digits: &str, radix: u32) -> String {
    const LIMB: u64 = 1_000_000_000;
    // Little-endian base-10^9 limbs.
    let mut limbs: Vec<u64> = Vec::new();
    for d in digits.chars().filter_map(|c| c.to_digit(radix)) {
        let mut carry = u64::from(d);
        for limb in &mut limbs {
            let v = *limb * u64::from(radix) + carry;
            *limb = v % LIMB;
            carry = v / LIMB;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    let mut out = match limbs.last() {
        Some(top) => top.to_string(),
        None => return "0".to_string(),
    };
    for limb in limbs.iter().rev().skip(1) {
        out.push_str(&format!("{limb:09}"));
    }
    out
}

/// The value of a string literal's `body` (the text between the quotes).
///
/// Raw bodies are kept as written. Otherwise the escapes CPython knows are decoded, a backslash before
/// a newline joins lines, and an unknown escape such as `\d` is kept as written.
pub(super) fn string(body: &str, raw: bool) -> Result<String, String> {
    if raw || !body.contains('\\') {
        return Ok(body.to_string());
    }
    let chars: Vec<char> = body.chars().collect();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = chars.get(i + 1) else {
            out.push('\\');
            break;
        };
        let mut next = i + 2;
        match e {
            '\n' => {}
            '\\' | '\'' | '"' => out.push(e),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let len = chars[i + 1..]
                    .iter()
                    .take(3)
                    .take_while(|c| c.is_digit(8))
                    .count();
                let code = chars[i + 1..i + 1 + len]
                    .iter()
                    .fold(0, |acc, c| acc * 8 + c.to_digit(8).unwrap_or(0));
                out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                next = i + 1 + len;
            }
            'x' | 'u' | 'U' => {
                let (width, name) = match e {
                    'x' => (2, "\\xXX"),
                    'u' => (4, "\\uXXXX"),
                    _ => (8, "\\UXXXXXXXX"),
                };
                let hex = chars[i + 2..]
                    .iter()
                    .take(width)
                    .take_while(|c| c.is_ascii_hexdigit())
                    .count();
                let end = i + 1 + hex;
                if hex < width {
                    return Err(unicode_error(i, end, &format!("truncated {name} escape")));
                }
                let code = chars[i + 2..i + 2 + width]
                    .iter()
                    .fold(0, |acc, c| acc * 16 + c.to_digit(16).unwrap_or(0));
                match char::from_u32(code) {
                    Some(ch) => out.push(ch),
                    None if (0xd800..0xe000).contains(&code) => {
                        return Err(format!(
                            "(unicode error) lone surrogate U+{code:04X} is not supported"
                        ));
                    }
                    None => return Err(unicode_error(i, end, "illegal Unicode character")),
                }
                next = end + 1;
            }
            'N' => {
                // `\N{NAME}`: the character's Unicode name (or alias), in any case.
                let malformed = |end| unicode_error(i, end, "malformed \\N character escape");
                if chars.get(i + 2) != Some(&'{') {
                    return Err(malformed(i + 1));
                }
                let Some(len) = chars[i + 3..].iter().position(|&c| c == '}') else {
                    return Err(malformed(chars.len() - 1));
                };
                if len == 0 {
                    return Err(malformed(i + 2));
                }
                let close = i + 3 + len;
                let name: String = chars[i + 3..close].iter().collect();
                match unicode_names2::character(&name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(unicode_error(i, close, "unknown Unicode character name"));
                    }
                }
                next = close + 1;
            }
            _ => {
                out.push('\\');
                out.push(e);
            }
        }
        i = next;
    }
    Ok(out)
}

/// The value of a bytes literal's `body` (ASCII, checked by the lexer): CPython's bytes escapes
/// (`\\xXX`, octal, the single-letter ones); `\\u`, `\\N` and unknown escapes are kept as written.
pub(super) fn bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    let b = body.as_bytes();
    if raw || !b.contains(&b'\\') {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = b.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        let mut next = i + 2;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let len = b[i + 1..]
                    .iter()
                    .take(3)
                    .take_while(|c| (b'0'..=b'7').contains(*c))
                    .count();
                let code = b[i + 1..i + 1 + len]
                    .iter()
                    .fold(0u32, |acc, c| acc * 8 + u32::from(c - b'0'));
                // CPython 3.11 wraps octal escapes above 0o377 (with a warning).
                out.push((code & 0xff) as u8);
                next = i + 1 + len;
            }
            b'x' => {
                let hex = b[i + 2..]
                    .iter()
                    .take(2)
                    .take_while(|c| c.is_ascii_hexdigit())
                    .count();
                if hex < 2 {
                    return Err(format!("(value error) invalid \\x escape at position {i}"));
                }
                let text = std::str::from_utf8(&b[i + 2..i + 4]).unwrap_or("00");
                out.push(u8::from_str_radix(text, 16).unwrap_or(0));
                next = i + 4;
            }
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
        i = next;
    }
    Ok(out)
}

/// CPython's message for a bad escape spanning characters `start..=end` of the literal's body.
fn unicode_error(start: usize, end: usize, what: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_in_every_base() {
        assert_eq!(number("1_000"), Ok(ExprKind::Int(1000)));
        assert_eq!(number("0xFF"), Ok(ExprKind::Int(255)));
        assert_eq!(number("0o17"), Ok(ExprKind::Int(15)));
        assert_eq!(number("0b101"), Ok(ExprKind::Int(5)));
        assert_eq!(number("000"), Ok(ExprKind::Int(0)));
    }

    #[test]
    fn integers_beyond_i64_become_decimal_digit_strings() {
        assert_eq!(number("9223372036854775807"), Ok(ExprKind::Int(i64::MAX)));
        assert_eq!(
            number("9223372036854775808"),
            Ok(ExprKind::BigInt("9223372036854775808".into()))
        );
        assert_eq!(
            number("0x1_0000_0000_0000_0000"),
            Ok(ExprKind::BigInt("18446744073709551616".into()))
        );
        assert_eq!(
            number("123456789012345678901234567890"),
            Ok(ExprKind::BigInt("123456789012345678901234567890".into()))
        );
    }

    #[test]
    fn absurdly_long_integers_are_rejected() {
        let err = number(&"9".repeat(5000)).unwrap_err();
        assert!(err.starts_with("Exceeds the limit (4300 digits)"), "{err}");
    }

    #[test]
    fn floats_in_python_spellings() {
        assert_eq!(number("1.5"), Ok(ExprKind::Float(1.5)));
        assert_eq!(number("1."), Ok(ExprKind::Float(1.0)));
        assert_eq!(number(".5"), Ok(ExprKind::Float(0.5)));
        assert_eq!(number("1_0e-1"), Ok(ExprKind::Float(1.0)));
        assert_eq!(number("1.e2"), Ok(ExprKind::Float(100.0)));
        assert_eq!(number("1e999"), Ok(ExprKind::Float(f64::INFINITY)));
    }

    #[test]
    fn bytes_escapes_are_decoded() {
        assert_eq!(bytes(r"a\x41\n\101\u00e9", false).unwrap(), b"aA\nA\\u00e9");
        assert_eq!(
            bytes(r"\x4", false).unwrap_err(),
            "(value error) invalid \\x escape at position 0"
        );
        assert_eq!(bytes(r"\x41", true).unwrap(), br"\x41");
    }

    #[test]
    fn escapes_are_decoded() {
        assert_eq!(
            string(r#"a\nb\t\\\'\"\x41\u00e9\U0001F600\101\0"#, false).as_deref(),
            Ok("a\nb\t\\'\"Aé😀A\0")
        );
        assert_eq!(string("a\\\nb", false).as_deref(), Ok("ab"));
    }

    #[test]
    fn unknown_escapes_and_raw_strings_keep_backslashes() {
        assert_eq!(string(r"\d+", false).as_deref(), Ok(r"\d+"));
        assert_eq!(string(r"\n", true).as_deref(), Ok(r"\n"));
    }

    #[test]
    fn truncated_escapes_report_cpython_positions() {
        assert_eq!(
            string(r"\x4", false).unwrap_err(),
            r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"
        );
        assert!(string(r"ab\u12", false)
            .unwrap_err()
            .contains("position 2-5: truncated \\uXXXX escape"));
        assert!(string(r"\U00110000", false)
            .unwrap_err()
            .ends_with("illegal Unicode character"));
        assert!(string(r"\ud800", false).unwrap_err().contains("surrogate"));
    }
}

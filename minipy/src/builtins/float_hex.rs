//! `float.hex()` and `float.fromhex()`: a float's exact value in hexadecimal, as CPython writes
//! and reads it (`0x1.8000000000000p+0` for 1.5).

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exp>` for a normal float, `0x0.<13 digits>p-1022` for a
/// subnormal one, `0x0.0p+0` for zero, `inf`/`nan` as `repr` writes them.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let fraction = bits & ((1u64 << 52) - 1);
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{fraction:013x}p{exp:+}")
}

/// `float.fromhex(s)`: the float `s` denotes, rounded to nearest; `Err` with CPython's message
/// (`ValueError` for a malformed string, `OverflowError` when it is too big: the flag says
/// which).
pub fn float_fromhex(s: &str) -> Result<f64, (bool, &'static str)> {
    const INVALID: (bool, &str) = (false, "invalid hexadecimal floating-point string");
    let t = s.trim();
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if negative { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exponent) = match body.split_once('p') {
        Some((m, e)) => {
            let e: i64 = e.parse().map_err(|_| INVALID)?;
            (m, e)
        }
        None => (body, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(INVALID);
    }
    let mut m = BigUint::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(INVALID)?;
        m = (m << 4u32) + d;
    }
    let negate = |v: f64| if negative { -v } else { v };
    if m.is_zero() {
        return Ok(negate(0.0));
    }
    let frac_digits = i64::try_from(frac_part.len()).map_err(|_| INVALID)?;
    let exp = exponent.saturating_sub(4 * frac_digits);
    // Keep 64 significant bits and a sticky bit, so that one conversion rounds correctly
    // (outside the subnormal range).
    let bits = i64::try_from(m.bits()).unwrap_or(i64::MAX);
    let (m, exp) = if bits > 64 {
        let shift = (bits - 64) as u64;
        let sticky = (&m & ((BigUint::from(1u8) << shift) - 1u8)) != BigUint::zero();
        let top = (&m >> shift).to_u64().unwrap_or(u64::MAX) | u64::from(sticky);
        (top, exp.saturating_add(shift as i64))
    } else {
        (m.to_u64().unwrap_or(0), exp)
    };
    let top_exp = exp.saturating_add(64 - i64::from(m.leading_zeros()));
    if top_exp > 1024 {
        return Err((true, "hexadecimal value too large to represent as a float"));
    }
    if top_exp < -1100 {
        return Ok(negate(0.0));
    }
    let v = ldexp(m as f64, exp);
    if v.is_infinite() {
        return Err((true, "hexadecimal value too large to represent as a float"));
    }
    Ok(negate(v))
}

/// `x * 2**e`, in steps that stay representable.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_writes_what_cpython_writes() {
        assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex(255.0), "0x1.fe00000000000p+7");
        assert_eq!(float_hex(-0.1), "-0x1.999999999999ap-4");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex(f64::INFINITY), "inf");
    }

    #[test]
    fn fromhex_reads_back_every_hex_and_rounds() {
        for x in [
            1.5,
            -0.1,
            5e-324,
            1e308,
            123.456,
            f64::MAX,
            f64::MIN_POSITIVE,
        ] {
            assert_eq!(float_fromhex(&float_hex(x)), Ok(x));
        }
        assert_eq!(float_fromhex(" 0x1p-2 "), Ok(0.25));
        assert_eq!(float_fromhex("-1.8"), Ok(-1.5));
        assert_eq!(float_fromhex("0x.8"), Ok(0.5));
        assert_eq!(float_fromhex("ff"), Ok(255.0));
        // 2**53 + 1 rounds to even; one more bit far below breaks the tie upward.
        assert_eq!(float_fromhex("0x20000000000001"), Ok(9007199254740992.0));
        assert_eq!(
            float_fromhex("0x20000000000001.00000000001"),
            Ok(9007199254740994.0)
        );
        assert!(float_fromhex("0x1p1024").is_err_and(|(overflow, _)| overflow));
        assert!(float_fromhex("0xg").is_err_and(|(overflow, _)| !overflow));
        assert!(float_fromhex("").is_err());
    }
}

//! `complex` arithmetic, hashing, parsing and repr, as CPython 3.11's `Objects/complexobject.c`
//! computes them: the same algorithms, so results agree to the last bit (division by Smith's
//! method, integer powers up to 100 by repeated squaring, other powers in polar form).
//!
//! Pure functions on `(real, imag)` pairs; the interpreter glue is in `eval::ops`.

/// A complex number as a pair of floats.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Complex {
    /// The real part.
    pub re: f64,
    /// The imaginary part.
    pub im: f64,
}

/// Why a complex operation has no result; the interpreter raises CPython's exception for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComplexError {
    /// `ZeroDivisionError: complex division by zero`.
    DivisionByZero,
    /// `ZeroDivisionError: 0.0 to a negative or complex power`.
    ZeroToNegativePower,
    /// `OverflowError: complex exponentiation`.
    PowOverflow,
}

impl ComplexError {
    /// CPython's message.
    pub fn message(self) -> &'static str {
        match self {
            ComplexError::DivisionByZero => "complex division by zero",
            ComplexError::ZeroToNegativePower => "0.0 to a negative or complex power",
            ComplexError::PowOverflow => "complex exponentiation",
        }
    }
}

const ONE: Complex = Complex { re: 1.0, im: 0.0 };

impl std::ops::Add for Complex {
    type Output = Complex;
    fn add(self, b: Complex) -> Complex {
        Complex::new(self.re + b.re, self.im + b.im)
    }
}

impl std::ops::Sub for Complex {
    type Output = Complex;
    fn sub(self, b: Complex) -> Complex {
        Complex::new(self.re - b.re, self.im - b.im)
    }
}

impl std::ops::Mul for Complex {
    type Output = Complex;
    fn mul(self, b: Complex) -> Complex {
        Complex::new(
            self.re * b.re - self.im * b.im,
            self.re * b.im + self.im * b.re,
        )
    }
}

impl Complex {
    /// `re + im*j`.
    pub fn new(re: f64, im: f64) -> Self {
        Complex { re, im }
    }

    /// `a / b` (CPython's `_Py_c_quot`: Smith's method, which avoids needless overflow).
    pub fn checked_div(self, b: Complex) -> Result<Complex, ComplexError> {
        let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return Err(ComplexError::DivisionByZero);
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Ok(Complex::new(
                (self.re + self.im * ratio) / denom,
                (self.im - self.re * ratio) / denom,
            ))
        } else if abs_im >= abs_re {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Ok(Complex::new(
                (self.re * ratio + self.im) / denom,
                (self.im * ratio - self.re) / denom,
            ))
        } else {
            // Some part is a NaN.
            Ok(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `a ** b`: an integral real exponent of at most 100 in absolute value by repeated
    /// squaring (`c_powi`), any other in polar form (`_Py_c_pow`).
    pub fn pow(self, b: Complex) -> Result<Complex, ComplexError> {
        let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
            let n = b.re as i64;
            if n > 0 {
                self.powu(n as u64)
            } else {
                ONE.checked_div(self.powu(n.unsigned_abs()))
                    .map_err(|_| ComplexError::ZeroToNegativePower)?
            }
        } else {
            self.pow_polar(b)?
        };
        if (r.re.is_infinite() || r.im.is_infinite())
            && self.re.is_finite()
            && self.im.is_finite()
            && b.re.is_finite()
            && b.im.is_finite()
        {
            return Err(ComplexError::PowOverflow);
        }
        Ok(r)
    }

    fn powu(self, n: u64) -> Complex {
        let (mut r, mut p, mut mask) = (ONE, self, 1u64);
        while mask > 0 && n >= mask {
            if n & mask != 0 {
                r = r * p;
            }
            mask <<= 1;
            p = p * p;
        }
        r
    }

    fn pow_polar(self, b: Complex) -> Result<Complex, ComplexError> {
        if b.re == 0.0 && b.im == 0.0 {
            return Ok(ONE);
        }
        if self.re == 0.0 && self.im == 0.0 {
            if b.im != 0.0 || b.re < 0.0 {
                return Err(ComplexError::ZeroToNegativePower);
            }
            return Ok(Complex::new(0.0, 0.0));
        }
        let vabs = self.re.hypot(self.im);
        let mut len = vabs.powf(b.re);
        let at = self.im.atan2(self.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        Ok(Complex::new(len * phase.cos(), len * phase.sin()))
    }

    /// `abs(z)`; `None` if it overflows (`OverflowError: absolute value too large`).
    pub fn abs(self) -> Option<f64> {
        if self.re.is_infinite() || self.im.is_infinite() {
            return Some(f64::INFINITY);
        }
        let r = self.re.hypot(self.im);
        (!r.is_infinite()).then_some(r)
    }

    /// `hash(z)`, from the parts' float hashes as CPython combines them, so that a complex
    /// with no imaginary part hashes as the equal float or int.
    pub fn hash(self, float_hash: impl Fn(f64) -> i64) -> i64 {
        const IMAG: u64 = 1_000_003;
        let h = (float_hash(self.re) as u64)
            .wrapping_add(IMAG.wrapping_mul(float_hash(self.im) as u64)) as i64;
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

/// CPython's `repr()` of a complex: `2j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`; each part as the
/// shortest repr of its float, without a trailing `.0`.
pub fn complex_repr(z: Complex, float_repr: impl Fn(f64) -> String) -> String {
    let part = |f: f64| {
        let s = float_repr(f);
        match s.strip_suffix(".0") {
            Some(t) => t.to_string(),
            None => s,
        }
    };
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{}j", part(z.im));
    }
    let im = part(z.im);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part(z.re))
}

/// Parses `complex("...")`: `1`, `2j`, `1+2j`, `-1.5e3-J`, `(1+2j)`, `inf`, `nan+nanj`, with
/// spaces around (not inside) and one pair of parentheses allowed. `None` if malformed.
pub fn parse_complex(text: &str) -> Option<Complex> {
    let mut s = text.trim();
    if let Some(inner) = s.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        s = inner.trim();
    }
    if s.is_empty() || s.contains(char::is_whitespace) {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    let Some(body) = lower.strip_suffix('j') else {
        return parse_float(&lower).map(|re| Complex::new(re, 0.0));
    };
    // The split between the parts is a sign that is not the first character and does not
    // follow an exponent's `e`.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && bytes[i - 1] != b'e');
    let (re, im) = match split {
        Some(i) => (parse_float(&body[..i])?, &body[i..]),
        None => (0.0, body),
    };
    let im = match im {
        "" | "+" => 1.0,
        "-" => -1.0,
        t => parse_float(t)?,
    };
    Some(Complex::new(re, im))
}

/// A float's text as `float()` accepts it (no spaces), lowercased already.
fn parse_float(t: &str) -> Option<f64> {
    let unsigned = t.trim_start_matches(['+', '-']);
    if t.len() - unsigned.len() > 1 {
        return None;
    }
    let negative = t.starts_with('-');
    let v = match unsigned {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        u if !u.is_empty()
            && u.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
            && u.chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || c == '.') =>
        {
            u.replace('_', "").parse::<f64>().ok()?
        }
        _ => return None,
    };
    Some(if negative { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repr(re: f64, im: f64) -> String {
        complex_repr(Complex::new(re, im), |f| {
            crate::builtins::repr::float_repr(f)
        })
    }

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(repr(0.0, 2.0), "2j");
        assert_eq!(repr(1.0, 2.0), "(1+2j)");
        assert_eq!(repr(1.5, -0.5), "(1.5-0.5j)");
        assert_eq!(repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(repr(1.0, -0.0), "(1-0j)");
        assert_eq!(repr(0.0, 0.0), "0j");
        assert_eq!(repr(0.0, 1e16), "1e+16j");
        assert_eq!(repr(f64::NAN, f64::INFINITY), "(nan+infj)");
    }

    #[test]
    fn division_and_powers_match_cpython() {
        // python3.11: (1+2j)/(3-4j), (1+2j)**3, (1+2j)**-2, (1+2j)**0.5, (-8)**(1/3).
        let z = Complex::new(1.0, 2.0);
        assert_eq!(
            z.checked_div(Complex::new(3.0, -4.0)),
            Ok(Complex::new(-0.2, 0.4))
        );
        assert_eq!(z.pow(Complex::new(3.0, 0.0)), Ok(Complex::new(-11.0, -2.0)));
        assert_eq!(
            z.pow(Complex::new(-2.0, 0.0)),
            Ok(Complex::new(-0.12, -0.16))
        );
        assert_eq!(
            z.pow(Complex::new(0.5, 0.0)),
            Ok(Complex::new(1.272019649514069, 0.7861513777574233))
        );
        assert_eq!(
            Complex::new(-8.0, 0.0).pow(Complex::new(1.0 / 3.0, 0.0)),
            Ok(Complex::new(1.0000000000000002, 1.7320508075688772))
        );
        assert_eq!(
            Complex::new(0.0, 0.0).checked_div(Complex::new(0.0, 0.0)),
            Err(ComplexError::DivisionByZero)
        );
        assert_eq!(
            Complex::new(0.0, 0.0).pow(Complex::new(-1.0, 0.0)),
            Err(ComplexError::ZeroToNegativePower)
        );
    }

    #[test]
    fn parsing_accepts_what_complex_accepts() {
        assert_eq!(parse_complex("1+2j"), Some(Complex::new(1.0, 2.0)));
        assert_eq!(
            parse_complex(" (-1.5e3-J) "),
            Some(Complex::new(-1500.0, -1.0))
        );
        assert_eq!(parse_complex("2j"), Some(Complex::new(0.0, 2.0)));
        assert_eq!(parse_complex("3"), Some(Complex::new(3.0, 0.0)));
        assert_eq!(
            parse_complex("1e-3+1e+3j"),
            Some(Complex::new(0.001, 1000.0))
        );
        assert_eq!(parse_complex("1 + 2j"), None);
        assert_eq!(parse_complex("j1"), None);
        assert_eq!(parse_complex(""), None);
        assert_eq!(parse_complex("1++2j"), None);
    }
}

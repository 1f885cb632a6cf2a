"""minipy's fractions: the Fraction type (exact rational numbers), behaving as CPython 3.11's
documentation describes: always stored in lowest terms with a positive denominator, mixed
arithmetic that stays exact with ints and Fractions and falls back to float (or complex) with
those, hashes equal to those of equal ints and floats, string parsing of "n/d" and decimal
forms. Written for minipy from that documentation and python3's observable output
(tools/diff_fractions.py compares them). No Decimal support (from_decimal is absent).
"""

import math as _math
import numbers as _numbers

__all__ = ["Fraction"]

# sys.hash_info.modulus and .inf on 64-bit builds: hash(Fraction) agrees with hash(int/float).
_HASH_PRIME = (1 << 61) - 1
_HASH_INFINITY = 314159


def _lowest_terms(num, den):
    """(num, den) divided by their gcd, with the sign carried by the numerator."""
    g = _math.gcd(num, den)
    if den < 0:
        g = -g
    return num // g, den // g


def _raw(cls, num, den):
    """A cls instance holding num/den as given (callers guarantee lowest terms, den > 0)."""
    obj = object.__new__(cls)
    obj._numerator = num
    obj._denominator = den
    return obj


def _build(num, den):
    """Fraction num/den, reduced; den must not be zero."""
    num, den = _lowest_terms(num, den)
    return _raw(Fraction, num, den)


def _exact_pair(x):
    """(numerator, denominator) of an int or Fraction; None for anything else."""
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    if isinstance(x, int):
        return int(x), 1
    return None


# ---- parsing strings ------------------------------------------------------------------------

def _digit_run(text):
    """An int from a run of decimal digits with single underscores between them, or None."""
    if not text or text[0] == "_" or text[-1] == "_" or "__" in text:
        return None
    plain = text.replace("_", "")
    for ch in plain:
        if not ch.isdecimal():
            return None
    return int(plain)


def _from_text(source):
    """(num, den) for a string such as ' -3/4 ', '1.5e-3', '.5', '2_000' (not reduced)."""
    body = source.strip()
    negative = body[:1] == "-"
    if body[:1] in ("+", "-"):
        body = body[1:]
    num = den = None
    if "/" in body:
        top, _, bottom = body.partition("/")
        num = _digit_run(top)
        den = _digit_run(bottom)
        if num is None or den is None:
            num = None
    else:
        scale = 0
        cut = max(body.find("e"), body.find("E"))
        mantissa = body
        if cut >= 0:
            power = body[cut + 1:]
            mantissa = body[:cut]
            flip = power[:1] == "-"
            if power[:1] in ("+", "-"):
                power = power[1:]
            scale = _digit_run(power)
            if scale is not None and flip:
                scale = -scale
        whole, dot, frac = mantissa.partition(".")
        if scale is not None and (whole or (dot and frac)):
            lead = _digit_run(whole) if whole else 0
            tail = _digit_run(frac) if frac else 0
            if lead is not None and tail is not None:
                digits = len(frac.replace("_", ""))
                num = lead * 10 ** digits + tail
                scale -= digits
                den = 1
                if scale >= 0:
                    num *= 10 ** scale
                else:
                    den = 10 ** -scale
    if num is None:
        raise ValueError("Invalid literal for Fraction: %r" % (source,))
    if negative:
        num = -num
    return num, den


# ---- floats -----------------------------------------------------------------------------------

def _float_pair(x):
    """Exact (num, den) of a finite float, in lowest terms."""
    if x != x:
        raise ValueError("cannot convert NaN to integer ratio")
    if x in (_math.inf, -_math.inf):
        raise OverflowError("cannot convert Infinity to integer ratio")
    num, den = x.as_integer_ratio()
    return num, den


class Fraction:
    """A rational number num/den in lowest terms (den > 0).

    Fraction(numerator=0, denominator=None): from two Rational numbers (ints or Fractions), or
    from one int, Fraction, float or string ("3/4", "-1.5e3", " 7 ")."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            pair = _exact_pair(numerator)
            if pair is not None:
                return _raw(cls, pair[0], pair[1])
            if isinstance(numerator, float):
                num, den = _float_pair(numerator)
                return _raw(cls, num, den)
            if isinstance(numerator, str):
                num, den = _from_text(numerator)
            elif isinstance(numerator, _numbers.Rational):
                num, den = numerator.numerator, numerator.denominator
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            top = _exact_pair(numerator)
            bottom = _exact_pair(denominator)
            if top is None or bottom is None:
                raise TypeError("both arguments should be Rational instances")
            num = top[0] * bottom[1]
            den = top[1] * bottom[0]
        if den == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % num)
        num, den = _lowest_terms(num, den)
        return _raw(cls, num, den)

    # -- constructors and views ---------------------------------------------------------------
    @classmethod
    def from_float(cls, f):
        """The exact value of float f (an int is accepted too)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        num, den = _float_pair(f)
        return _raw(cls, num, den)

    def as_integer_ratio(self):
        """(numerator, denominator)."""
        return self._numerator, self._denominator

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def limit_denominator(self, max_denominator=1000000):
        """The fraction closest to self among those with denominator <= max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        num, den = self._numerator, self._denominator
        if den <= max_denominator:
            return _raw(Fraction, num, den)
        # Walk the continued-fraction convergents h/k of num/den until the next one's
        # denominator would pass the limit; (h_prev, k_prev) trails one step behind.
        h_prev, k_prev, h, k = 0, 1, 1, 0
        rest_n, rest_d = num, den
        while True:
            term = rest_n // rest_d
            k_next = k_prev + term * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + term * h, k_next
            rest_n, rest_d = rest_d, rest_n - term * rest_d
        # The best other candidate is the semiconvergent with the largest allowed multiple.
        steps = (max_denominator - k_prev) // k
        semi = _build(h_prev + steps * h, k_prev + steps * k)
        conv = _build(h, k)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    # -- text -----------------------------------------------------------------------------------
    def __repr__(self):
        return "%s(%d, %d)" % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return "%d" % self._numerator
        return "%d/%d" % (self._numerator, self._denominator)

    # -- conversions ----------------------------------------------------------------------------
    def __float__(self):
        return self._numerator / self._denominator

    def __int__(self):
        q = abs(self._numerator) // self._denominator
        return -q if self._numerator < 0 else q

    def __trunc__(self):
        return int(self)

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice > self._denominator or (twice == self._denominator and q % 2 == 1):
                q += 1
            return q
        unit = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * unit), unit)
        return Fraction(round(self / unit) * unit)

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        # Fermat: d**(p-2) is d's inverse modulo the prime p (0 when p divides d)
        den_inverse = pow(self._denominator % _HASH_PRIME, _HASH_PRIME - 2, _HASH_PRIME)
        if den_inverse == 0:
            # the denominator is a multiple of the modulus: hashes like infinity
            h = _HASH_INFINITY
        else:
            h = hash(hash(abs(self._numerator)) * den_inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    # -- comparisons ----------------------------------------------------------------------------
    def __eq__(self, other):
        pair = _exact_pair(other)
        if pair is not None:
            return pair == (self._numerator, self._denominator)
        if isinstance(other, float):
            if other != other or other in (_math.inf, -_math.inf):
                return False
            return _float_pair(other) == (self._numerator, self._denominator)
        if isinstance(other, complex):
            return other.imag == 0 and self == other.real
        return NotImplemented

    def _order(self, other):
        """Sign of self - other (-1, 0, 1), or None if other is not comparable exactly; for a
        float infinity or nan, returns the float to compare 0.0 against."""
        pair = _exact_pair(other)
        if pair is None and isinstance(other, float):
            if other != other or other in (_math.inf, -_math.inf):
                return other
            pair = _float_pair(other)
        if pair is None:
            return None
        diff = self._numerator * pair[1] - pair[0] * self._denominator
        return (diff > 0) - (diff < 0)

    def __lt__(self, other):
        s = self._order(other)
        if s is None:
            return NotImplemented
        return 0.0 < s if isinstance(s, float) else s < 0

    def __le__(self, other):
        s = self._order(other)
        if s is None:
            return NotImplemented
        return 0.0 <= s if isinstance(s, float) else s <= 0

    def __gt__(self, other):
        s = self._order(other)
        if s is None:
            return NotImplemented
        return 0.0 > s if isinstance(s, float) else s > 0

    def __ge__(self, other):
        s = self._order(other)
        if s is None:
            return NotImplemented
        return 0.0 >= s if isinstance(s, float) else s >= 0

    # -- unary ------------------------------------------------------------------------------------
    def __pos__(self):
        return _raw(Fraction, self._numerator, self._denominator)

    def __neg__(self):
        return _raw(Fraction, -self._numerator, self._denominator)

    def __abs__(self):
        return _raw(Fraction, abs(self._numerator), self._denominator)

    # -- powers -----------------------------------------------------------------------------------
    def __pow__(self, other):
        pair = _exact_pair(other)
        if pair is not None and pair[1] == 1:
            e = pair[0]
            num, den = self._numerator, self._denominator
            if e < 0:
                if num == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % (den ** -e))
                num, den, e = den, num, -e
                if den < 0:
                    num, den = -num, -den
            return _raw(Fraction, num ** e, den ** e)
        if pair is not None:
            return float(self) ** float(other)
        if isinstance(other, (float, complex)):
            return float(self) ** other
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, (int, Fraction)):
            return Fraction(other) ** self
        if self._denominator == 1:
            return other ** self._numerator
        return other ** float(self)

    # -- copying and pickling -----------------------------------------------------------------
    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


# ---- binary arithmetic ------------------------------------------------------------------------
# Each operation is given on exact (num, den) pairs; the methods wrap it so that an int or
# Fraction operand gives an exact result, a float or complex one the float / complex result of
# the same operator on float(self), and anything else NotImplemented.

def _sum(a, b):
    return _build(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _difference(a, b):
    return _build(a[0] * b[1] - b[0] * a[1], a[1] * b[1])


def _product(a, b):
    return _build(a[0] * b[0], a[1] * b[1])


def _quotient(a, b):
    if b[0] == 0:
        raise ZeroDivisionError("Fraction(%d, 0)" % ((a[0] > 0) - (a[0] < 0)))
    return _build(a[0] * b[1], a[1] * b[0])


def _floor_quotient(a, b):
    return (a[0] * b[1]) // (a[1] * b[0])


def _remainder(a, b):
    return _build((a[0] * b[1]) % (b[0] * a[1]), a[1] * b[1])


def _quotient_and_remainder(a, b):
    q, r = divmod(a[0] * b[1], a[1] * b[0])
    return q, _build(r, a[1] * b[1])


def _install(name, exact, inexact):
    def forward(self, other):
        pair = _exact_pair(other)
        if pair is not None:
            return exact((self._numerator, self._denominator), pair)
        if isinstance(other, float):
            return inexact(float(self), other)
        if isinstance(other, complex):
            return inexact(complex(float(self)), other)
        return NotImplemented

    def backward(self, other):
        pair = _exact_pair(other)
        if pair is not None:
            return exact(pair, (self._numerator, self._denominator))
        if isinstance(other, _numbers.Rational):
            return exact((other.numerator, other.denominator), (self._numerator, self._denominator))
        if isinstance(other, float):
            return inexact(other, float(self))
        if isinstance(other, complex):
            return inexact(other, complex(float(self)))
        return NotImplemented

    forward.__name__ = "__%s__" % name
    backward.__name__ = "__r%s__" % name
    setattr(Fraction, forward.__name__, forward)
    setattr(Fraction, backward.__name__, backward)


_install("add", _sum, lambda x, y: x + y)
_install("sub", _difference, lambda x, y: x - y)
_install("mul", _product, lambda x, y: x * y)
_install("truediv", _quotient, lambda x, y: x / y)
_install("floordiv", _floor_quotient, lambda x, y: x // y)
_install("mod", _remainder, lambda x, y: x % y)
_install("divmod", _quotient_and_remainder, divmod)


# CPython's Fraction subclasses numbers.Rational; here it is registered as a virtual subclass.
_numbers.Rational.register(Fraction)

# minipy's `fractions`: Fraction as CPython 3.11's Lib/fractions.py computes and prints it
# (normalised by gcd, the same hash as equal ints and floats, limit_denominator's algorithm),
# without the numbers ABCs, Decimal or complex (minipy has neither). Run once on first import (see modules/stdlib.rs).

import math as _math

__all__ = ["Fraction"]

_PyHASH_MODULUS = 2305843009213693951
_PyHASH_INF = 314159


def _float_ratio(x):
    if _math.isnan(x):
        raise ValueError("cannot convert NaN to integer ratio")
    if _math.isinf(x):
        raise OverflowError("cannot convert Infinity to integer ratio")
    m, e = _math.frexp(x)
    n = int(m * 9007199254740992)
    e -= 53
    while n and n % 2 == 0 and e < 0:
        n //= 2
        e += 1
    if e >= 0:
        return (n * 2 ** e, 1)
    return (n, 2 ** -e)


def _parse(s):
    # CPython's _RATIONAL_FORMAT: sign, digits (with _), optional /den, or decimal and exponent.
    text = s.strip()
    bad = ValueError("Invalid literal for Fraction: %r" % (s,))
    if not text:
        raise bad
    sign = 1
    if text[0] in "+-":
        if text[0] == "-":
            sign = -1
        text = text[1:]

    def digits(t):
        if not t or t[0] == "_" or t[-1] == "_" or "__" in t:
            raise bad
        t = t.replace("_", "")
        if not t.isdigit() or not t.isascii():
            raise bad
        return t

    if "/" in text:
        num, _, den = text.partition("/")
        n = int(digits(num))
        d = int(digits(den))
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % (n * sign,))
        return (sign * n, d)
    exp = 0
    low = text.lower()
    if "e" in low:
        i = low.index("e")
        mant = text[:i]
        e = text[i + 1:]
        esign = 1
        if e and e[0] in "+-":
            if e[0] == "-":
                esign = -1
            e = e[1:]
        exp = esign * int(digits(e))
    else:
        mant = text
    if "." in mant:
        ip, _, fp = mant.partition(".")
        if not ip and not fp:
            raise bad
        ip = digits(ip) if ip else "0"
        fp = digits(fp) if fp else ""
        n = int(ip + fp) if (ip + fp) else 0
        exp -= len(fp)
    else:
        n = int(digits(mant))
    d = 1
    if exp >= 0:
        n *= 10 ** exp
    else:
        d = 10 ** -exp
    return (sign * n, d)


class Fraction:
    def __init__(self, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return
            if isinstance(numerator, float):
                self._numerator, self._denominator = _float_ratio(numerator)
                return
            if isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, int) and isinstance(denominator, int):
            numerator = int(numerator)
            denominator = int(denominator)
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            a = Fraction(numerator)
            b = Fraction(denominator)
            numerator = a._numerator * b._denominator
            denominator = b._numerator * a._denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        n, d = _float_ratio(f)
        return cls(n, d)

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return self

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def _op(self, other, op, reverse):
        if isinstance(other, (int, Fraction)):
            other = Fraction(other)
            if reverse:
                return op(other, self)
            return op(self, other)
        if isinstance(other, float):
            if reverse:
                return _float_op(op, other, float(self))
            return _float_op(op, float(self), other)
        return NotImplemented

    def __add__(self, other):
        return self._op(other, _add, False)

    def __radd__(self, other):
        return self._op(other, _add, True)

    def __sub__(self, other):
        return self._op(other, _sub, False)

    def __rsub__(self, other):
        return self._op(other, _sub, True)

    def __mul__(self, other):
        return self._op(other, _mul, False)

    def __rmul__(self, other):
        return self._op(other, _mul, True)

    def __truediv__(self, other):
        return self._op(other, _div, False)

    def __rtruediv__(self, other):
        return self._op(other, _div, True)

    def __floordiv__(self, other):
        return self._op(other, _floordiv, False)

    def __rfloordiv__(self, other):
        return self._op(other, _floordiv, True)

    def __mod__(self, other):
        return self._op(other, _mod, False)

    def __rmod__(self, other):
        return self._op(other, _mod, True)

    def __divmod__(self, other):
        return self._op(other, _divmod, False)

    def __rdivmod__(self, other):
        return self._op(other, _divmod, True)

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            b = Fraction(b)
            if b._denominator == 1:
                power = b._numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, float):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __index__(a):
        raise TypeError("'Fraction' object cannot be interpreted as an integer")

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            elif remainder * 2 > self._denominator:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int or isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            other = Fraction(other)
            return op(self._numerator * other._denominator, self._denominator * other._numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __bool__(a):
        return a._numerator != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


def _float_op(op, a, b):
    if op is _add:
        return a + b
    if op is _sub:
        return a - b
    if op is _mul:
        return a * b
    if op is _div:
        return a / b
    if op is _floordiv:
        return a // b
    if op is _mod:
        return a % b
    return divmod(a, b)


def _add(a, b):
    na, da = a._numerator, a._denominator
    nb, db = b._numerator, b._denominator
    g = _math.gcd(da, db)
    if g == 1:
        return Fraction(na * db + da * nb, da * db, _normalize=False)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = _math.gcd(t, g)
    if g2 == 1:
        return Fraction(t, s * db, _normalize=False)
    return Fraction(t // g2, s * (db // g2), _normalize=False)


def _sub(a, b):
    return _add(a, Fraction(-b._numerator, b._denominator, _normalize=False))


def _mul(a, b):
    na, da = a._numerator, a._denominator
    nb, db = b._numerator, b._denominator
    g1 = _math.gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = _math.gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return Fraction(na * nb, db * da, _normalize=False)


def _div(a, b):
    nb, db = b._numerator, b._denominator
    if nb == 0:
        raise ZeroDivisionError("Fraction(%s, 0)" % (a._numerator * db))
    na, da = a._numerator, a._denominator
    g1 = _math.gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = _math.gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    n, d = na * db, nb * da
    if d < 0:
        n, d = -n, -d
    return Fraction(n, d, _normalize=False)


def _floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _divmod(a, b):
    da, db = a._denominator, b._denominator
    div, n_mod = divmod(a._numerator * db, da * b._numerator)
    return div, Fraction(n_mod, da * db)


def _mod(a, b):
    da, db = a._denominator, b._denominator
    return Fraction((a._numerator * db) % (b._numerator * da), da * db)


# CPython's Fraction is a numbers.Rational subclass; here it is registered as one.
import numbers as _numbers

_numbers.Rational.register(Fraction)

# minipy's `decimal`: decimal floating point after the General Decimal Arithmetic
# specification, written for minipy (a number is a sign, an integer coefficient and an
# exponent, all Python ints). Rounding to the context precision with the eight rounding
# modes, the spec's ideal exponents for exact results, signals as flags and traps.
# exp, ln, log10 and non-integral powers come from fixed-point integer series at a
# working precision widened until the result's rounding is certain.
# Not here: three-argument pow and the logical/next_* operations (AttributeError or
# NotImplementedError).

import math as _math

__all__ = [
    "Decimal", "Context", "DecimalTuple", "getcontext", "setcontext", "localcontext",
    "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact",
    "Rounded", "Subnormal", "Overflow", "Underflow", "FloatOperation",
    "ConversionSyntax", "DivisionImpossible", "DivisionUndefined", "InvalidContext",
    "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR",
    "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "MAX_PREC", "MAX_EMAX", "MIN_EMIN",
    "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_MODES = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
          ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The order CPython's Context repr lists them in.
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
            Rounded, Subnormal, Underflow]
# Conditions reported under a main signal (flag and trap of the main one).
_MAIN = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
         DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


def _named_tuple():
    from collections import namedtuple
    return namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


DecimalTuple = _named_tuple()

# ---------------------------------------------------------------------------
# Contexts

_current = None


class Context(object):
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        self.prec = 28 if prec is None else prec
        self.rounding = ROUND_HALF_EVEN if rounding is None else rounding
        self.Emin = -999999 if Emin is None else Emin
        self.Emax = 999999 if Emax is None else Emax
        self.capitals = 1 if capitals is None else capitals
        self.clamp = 0 if clamp is None else clamp
        self.flags = _signal_dict(flags, [])
        self.traps = _signal_dict(traps, [InvalidOperation, DivisionByZero, Overflow])

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _MODES:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def __repr__(self):
        fl = ", ".join(s.__name__ for s in _SIGNALS if self.flags.get(s))
        tr = ", ".join(s.__name__ for s in _SIGNALS if self.traps.get(s))
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax,
                                              self.capitals, self.clamp, fl, tr))

    # Signal `conditions` (a list, the first decides the exception); return normally
    # when none of them is trapped.
    def _signal(self, *conditions):
        trapped = []
        for cond in conditions:
            main = _MAIN.get(cond, cond)
            self.flags[main] = True
            if self.traps.get(main):
                trapped.append(cond)
        if trapped:
            raise _MAIN.get(trapped[0], trapped[0])(trapped)

    def create_decimal(self, num="0"):
        d = Decimal(num)
        if d._special:
            return d
        return _finish(d._sign, d._int, d._exp, self)

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def abs(self, a):
        return _dec(a).__abs__(context=self)

    def add(self, a, b):
        return _dec(a).__add__(b, context=self)

    def subtract(self, a, b):
        return _dec(a).__sub__(b, context=self)

    def multiply(self, a, b):
        return _dec(a).__mul__(b, context=self)

    def divide(self, a, b):
        return _dec(a).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _dec(a).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _dec(a).__mod__(b, context=self)

    def divmod(self, a, b):
        return _dec(a).__divmod__(b, context=self)

    def power(self, a, b, modulo=None):
        if modulo is not None:
            raise NotImplementedError("decimal: power with a modulo")
        return _dec(a).__pow__(b, context=self)

    def exp(self, a):
        return _dec(a).exp(context=self)

    def ln(self, a):
        return _dec(a).ln(context=self)

    def log10(self, a):
        return _dec(a).log10(context=self)

    def plus(self, a):
        return _dec(a).__pos__(context=self)

    def minus(self, a):
        return _dec(a).__neg__(context=self)

    def sqrt(self, a):
        return _dec(a).sqrt(context=self)

    def quantize(self, a, b):
        return _dec(a).quantize(b, context=self)

    def compare(self, a, b):
        return _dec(a).compare(b, context=self)

    def max(self, a, b):
        return _dec(a).max(b, context=self)

    def min(self, a, b):
        return _dec(a).min(b, context=self)

    def normalize(self, a):
        return _dec(a).normalize(context=self)

    def to_integral_value(self, a):
        return _dec(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def fma(self, a, b, c):
        return _dec(a).fma(b, c, context=self)

    def to_sci_string(self, a):
        return _dec(a).__str__(context=self)

    def to_eng_string(self, a):
        return _dec(a).to_eng_string(context=self)


def _signal_dict(given, default_on):
    d = {}
    for s in _SIGNALS:
        d[s] = False
    if given is None:
        given = default_on
    if isinstance(given, dict):
        for k, v in given.items():
            d[k] = bool(v)
    else:
        for k in given:
            d[k] = True
    return d


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, traps=[])


def getcontext():
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


class ContextManager(object):
    def __init__(self, ctx):
        self.new = ctx

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)
        return False


def localcontext(ctx=None, **kwargs):
    new = (getcontext() if ctx is None else ctx).copy()
    for k, v in kwargs.items():
        if k not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if k in ("flags", "traps"):
            v = _signal_dict(v, [])
        setattr(new, k, v)
    return ContextManager(new)


# ---------------------------------------------------------------------------
# Coefficient rounding

def _ndigits(n):
    if n < 1000000000000000000:
        return len(str(n)) if n else 1
    # estimate from the bit length (str() of huge ints is limited), then correct
    d = (n.bit_length() - 1) * 30103 // 100000 + 1
    while n >= 10 ** d:
        d += 1
    while d > 1 and n < 10 ** (d - 1):
        d -= 1
    return d


def _drop_digits(sign, coef, k, mode):
    """Remove the last k (> 0) digits of coef under `mode`; returns (coef, inexact)."""
    p = 10 ** k
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    half = p // 2
    if mode == ROUND_DOWN:
        up = False
    elif mode == ROUND_UP:
        up = True
    elif mode == ROUND_CEILING:
        up = sign == 0
    elif mode == ROUND_FLOOR:
        up = sign == 1
    elif mode == ROUND_HALF_UP:
        up = r >= half
    elif mode == ROUND_HALF_DOWN:
        up = r > half
    elif mode == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:  # ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _finish(sign, coef, exp, ctx, ideal_exact=True):
    """Round (sign, coef, exp) to ctx's precision and exponent range, signalling."""
    prec = ctx.prec
    conds = []
    nd = _ndigits(coef)
    etiny = ctx.Emin - prec + 1
    # subnormal: the exponent may not go below Etiny
    if coef and exp + nd - 1 < ctx.Emin:
        drop = max(nd - prec, etiny - exp)
    else:
        drop = nd - prec
        if coef == 0 and exp < etiny:
            exp = etiny
            conds.append(Clamped)
    if drop > 0:
        coef, inexact = _drop_digits(sign, coef, drop, ctx.rounding)
        exp += drop
        conds.append(Rounded)
        if inexact:
            conds.insert(0, Inexact)
        if _ndigits(coef) > prec:
            coef //= 10
            exp += 1
        if coef and exp + _ndigits(coef) - 1 < ctx.Emin:
            conds.append(Subnormal)
            if inexact:
                conds.append(Underflow)
    elif coef and exp + nd - 1 < ctx.Emin:
        conds.append(Subnormal)
    if coef and exp + _ndigits(coef) - 1 > ctx.Emax:
        ctx._signal(Overflow, Inexact, Rounded)
        mode = ctx.rounding
        if (mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                or (mode == ROUND_CEILING and sign == 0) or (mode == ROUND_FLOOR and sign == 1)):
            return _special_dec(sign, "F")
        return _make(sign, 10 ** prec - 1, ctx.Emax - prec + 1)
    if ctx.clamp and exp > ctx.Emax - prec + 1:
        shift = exp - (ctx.Emax - prec + 1)
        coef *= 10 ** shift
        exp -= shift
        conds.append(Clamped)
    if conds:
        ctx._signal(*conds)
    return _make(sign, coef, exp)


def _make(sign, coef, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._special = ""
    return d


def _special_dec(sign, kind):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = 0
    d._exp = 0
    d._special = kind  # "F" infinity, "n" quiet NaN, "N" signalling NaN
    return d


def _dec(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)


def _parse(s):
    text = s.strip()
    text = text.replace("_", "")  # CPython's decimal drops every underscore
    sign = 0
    if text[:1] in ("+", "-"):
        sign = 1 if text[0] == "-" else 0
        text = text[1:]
    low = text.lower()
    if low in ("inf", "infinity"):
        return _special_dec(sign, "F")
    for prefix, kind in (("nan", "n"), ("snan", "N")):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            d = _special_dec(sign, kind)
            d._int = int(payload) if payload else 0
            return d
    exp = 0
    if "e" in low:
        i = low.index("e")
        etext = low[i + 1:]
        low = low[:i]
        body = etext[1:] if etext[:1] in ("+", "-") else etext
        if not body or not (body.isdigit() and body.isascii()):
            return None
        exp = int(etext)
    intpart, dot, frac = low.partition(".")
    if not intpart and not frac:
        return None
    for part in (intpart, frac):
        if part and not (part.isdigit() and part.isascii()):
            return None
    return _make(sign, int(intpart + frac), exp - len(frac))


# ---------------------------------------------------------------------------

class Decimal(object):
    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        if isinstance(value, Decimal):
            src = value
        elif isinstance(value, str):
            src = _parse(value)
            if src is None:
                ctx = getcontext() if context is None else context
                ctx._signal(ConversionSyntax)
                src = _special_dec(0, "n")
        elif isinstance(value, bool) or isinstance(value, int):
            v = int(value)
            src = _make(1 if v < 0 else 0, abs(v), 0)
        elif isinstance(value, float):
            ctx = getcontext() if context is None else context
            ctx._signal(FloatOperation)
            src = Decimal._from_float(value)
        elif isinstance(value, (tuple, list)):
            src = Decimal._from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
        self = object.__new__(cls)
        self._sign = src._sign
        self._int = src._int
        self._exp = src._exp
        self._special = src._special
        return self

    @staticmethod
    def _from_tuple(t):
        if len(t) != 3:
            raise ValueError("argument must be a sequence of length 3")
        sign, digits, exp = t
        if sign not in (0, 1):
            raise ValueError("sign must be an integer with the value 0 or 1")
        if exp == "F":
            return _special_dec(sign, "F")
        coef = 0
        for dgt in digits:
            if not isinstance(dgt, int) or not 0 <= dgt <= 9:
                raise ValueError("coefficient must be a tuple of digits")
            coef = coef * 10 + dgt
        if exp in ("n", "N"):
            d = _special_dec(sign, exp)
            d._int = coef
            return d
        if not isinstance(exp, int):
            raise ValueError("exponent must be an integer")
        return _make(sign, coef, exp)

    @staticmethod
    def _from_float(f):
        if f != f:
            return _special_dec(0, "n")
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        if f in (float("inf"), float("-inf")):
            return _special_dec(sign, "F")
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1  # d is 2**k
        # n / 2**k == n * 5**k / 10**k
        return _make(sign, n * 5 ** k, -k)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        d = Decimal._from_float(f)
        return d if cls is Decimal else cls(d)

    # ----- text

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._special:
            if self._special == "F":
                return sign + "Infinity"
            name = "NaN" if self._special == "n" else "sNaN"
            return sign + name + (str(self._int) if self._int else "")
        digits = str(self._int)
        exp = self._exp
        left = exp + len(digits)  # digits before the point in plain notation
        if exp <= 0 and left > -6:
            point = left
        elif not eng:
            point = 1
        elif self._int == 0:
            # zero: the exponent becomes a multiple of 3, zeros follow the point
            point = {0: 1, 1: -1, 2: 0}[exp % 3]
        else:
            point = (left - 1) % 3 + 1
        if point <= 0:
            body = "0." + "0" * (-point) + digits
        elif point >= len(digits):
            body = digits + "0" * (point - len(digits))
        else:
            body = digits[:point] + "." + digits[point:]
        e = left - point
        if e:
            ctx = getcontext() if context is None else context
            body += ("E" if ctx.capitals else "e") + ("+" if e > 0 else "-") + str(abs(e))
        return sign + body

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    # ----- predicates and parts

    def is_nan(self):
        return self._special in ("n", "N")

    def is_qnan(self):
        return self._special == "n"

    def is_snan(self):
        return self._special == "N"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        ctx = getcontext() if context is None else context
        return not self._special and self._int != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = getcontext() if context is None else context
        return not self._special and self._int != 0 and self.adjusted() < ctx.Emin

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        if self._special == "F":
            return DecimalTuple(self._sign, (0,), "F")
        digits = tuple(int(c) for c in str(self._int)) if (self._int or not self._special) else ()
        return DecimalTuple(self._sign, digits, self._special or self._exp)

    def as_integer_ratio(self):
        if self._special == "F":
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._special:
            raise ValueError("cannot convert NaN to integer ratio")
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n, d)

    def copy_abs(self):
        return self._with_sign(0)

    def copy_negate(self):
        return self._with_sign(1 - self._sign)

    def copy_sign(self, other, context=None):
        return self._with_sign(_dec(other)._sign)

    def _with_sign(self, sign):
        d = _make(sign, self._int, self._exp)
        d._special = self._special
        return d

    def canonical(self):
        return self

    def _with_int(self, n, ctx):
        return _finish(1 if n < 0 else 0, abs(n), 0, ctx)

    def radix(self):
        return Decimal(10)

    # ----- conversions

    def _to_int(self, mode):
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n, _ = _drop_digits(self._sign, self._int, -self._exp, mode)
        return -n if self._sign else n

    def __int__(self):
        return self._to_int(ROUND_DOWN)

    __trunc__ = __int__

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __float__(self):
        if self._special:
            if self._special == "F":
                return float("-inf") if self._sign else float("inf")
            if self._special == "N":
                raise ValueError("cannot convert signaling NaN to float")
            return float("-nan") if self._sign else float("nan")
        return float(self.__str__())

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_make(0, 1, -n))

    def __complex__(self):
        return complex(float(self))

    # ----- comparison and hashing

    def _cmp(self, other):
        """-1, 0, 1 comparing two non-NaN Decimals."""
        if self._special == "F" or other._special == "F":
            a = 0 if self._special != "F" else (-1 if self._sign else 1)
            b = 0 if other._special != "F" else (-1 if other._sign else 1)
            if a == b or (a == 0 and b == 0):
                if a == 0:
                    return 0
                return 0
            if a == 0 and b != 0:
                return -b
            if b == 0:
                return a
            return (a > b) - (a < b)
        if self._int == 0 and other._int == 0:
            return 0
        sa = 0 if self._int == 0 else (-1 if self._sign else 1)
        sb = 0 if other._int == 0 else (-1 if other._sign else 1)
        if sa != sb:
            return (sa > sb) - (sa < sb)
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        r = (a > b) - (a < b)
        return -r if sa < 0 else r

    def _coerce_cmp(self, other, ordering):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            getcontext()._signal(FloatOperation) if ordering else _set_flag(FloatOperation)
            return Decimal._from_float(other)
        return None

    def __eq__(self, other):
        o = self._coerce_cmp(other, False)
        if o is None:
            if hasattr(other, "numerator") and hasattr(other, "denominator"):
                if self._special:
                    return False
                return self.as_integer_ratio() == (other.numerator, other.denominator)
            return NotImplemented
        if self.is_nan() or o.is_nan():
            if self.is_snan() or o.is_snan():
                getcontext()._signal(InvalidOperation)
            return False
        return self._cmp(o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other, op):
        o = self._coerce_cmp(other, True)
        if o is None:
            if hasattr(other, "numerator") and hasattr(other, "denominator") and not self.is_nan():
                if self._special:
                    return -1 if self._sign else 1
                n, d = self.as_integer_ratio()
                a, b = n * other.denominator, other.numerator * d
                return (a > b) - (a < b)
            if isinstance(other, _PLAIN) or not _defines(type(other), _SWAPPED[op]):
                raise TypeError("'%s' not supported between instances of 'decimal.Decimal' and '%s'"
                                % (op, _typename(other)))
            return NotImplemented
        if self.is_nan() or o.is_nan():
            getcontext()._signal(InvalidOperation)
            return None
        return self._cmp(o)

    def __lt__(self, other):
        c = self._order(other, "<")
        return c if c is NotImplemented else (c is not None and c < 0)

    def __le__(self, other):
        c = self._order(other, "<=")
        return c if c is NotImplemented else (c is not None and c <= 0)

    def __gt__(self, other):
        c = self._order(other, ">")
        return c if c is NotImplemented else (c is not None and c > 0)

    def __ge__(self, other):
        c = self._order(other, ">=")
        return c if c is NotImplemented else (c is not None and c >= 0)

    def __hash__(self):
        if self._special:
            if self._special == "N":
                raise TypeError("Cannot hash a signaling NaN value.")
            if self._special == "n":
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        P = 2305843009213693951
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, P) % P
        else:
            h = self._int * pow(pow(10, -self._exp, P), P - 2, P) % P
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def compare(self, other, context=None):
        o = _dec(other)
        if self.is_nan() or o.is_nan():
            return self._nan_result(o, context)
        return Decimal(self._cmp(o))

    def _total_key(self):
        # class rank: finite 0, infinity 1, sNaN 2, NaN 3; negatives mirror below zero
        rank = {"": 0, "F": 1, "N": 2, "n": 3}[self._special]
        if self._special in ("n", "N"):
            rest = (self._int, 0)
        elif self._special:
            rest = (0, 0)
        else:
            rest = (self.copy_abs(), self._exp)
        return rank, rest

    def compare_total(self, other, context=None):
        o = _dec(other)
        if self._sign != o._sign:
            return Decimal(-1 if self._sign else 1)
        ra, (va, ea) = self._total_key()
        rb, (vb, eb) = o._total_key()
        if ra != rb:
            c = (ra > rb) - (ra < rb)
        elif ra == 0:
            c = va._cmp(vb)
            if c == 0:
                c = (ea > eb) - (ea < eb)
        else:
            c = (va > vb) - (va < vb)
        return Decimal(-c if self._sign else c)

    def compare_total_mag(self, other, context=None):
        return self.copy_abs().compare_total(_dec(other).copy_abs())

    def max(self, other, context=None):
        o = _dec(other)
        if self.is_nan() or o.is_nan():
            if self.is_qnan() and not o.is_nan():
                return o._plus(context)
            if o.is_qnan() and not self.is_nan():
                return self._plus(context)
            return self._nan_result(o, context)
        c = self._cmp(o)
        if c == 0:
            c = self._tie(o)
        return (self if c >= 0 else o)._plus(context)

    def min(self, other, context=None):
        o = _dec(other)
        if self.is_nan() or o.is_nan():
            if self.is_qnan() and not o.is_nan():
                return o._plus(context)
            if o.is_qnan() and not self.is_nan():
                return self._plus(context)
            return self._nan_result(o, context)
        c = self._cmp(o)
        if c == 0:
            c = self._tie(o)
        return (self if c <= 0 else o)._plus(context)

    def _tie(self, o):
        # equal values: positive beats negative, then the larger exponent for positives
        if self._sign != o._sign:
            return -1 if self._sign else 1
        r = (self._exp > o._exp) - (self._exp < o._exp)
        return -r if self._sign else r

    def _nan_result(self, other, context):
        ctx = getcontext() if context is None else context
        if self.is_snan() or (other is not None and other.is_snan()):
            ctx._signal(InvalidOperation)
            src = self if self.is_snan() else other
            d = _special_dec(src._sign, "n")
            d._int = src._int
            return d
        src = self if self.is_nan() else other
        d = _special_dec(src._sign, "n")
        d._int = src._int
        return d

    # ----- arithmetic

    def _plus(self, context=None):
        ctx = getcontext() if context is None else context
        if self._special:
            return self._nan_result(None, ctx) if self.is_nan() else self
        return _finish(self._sign, self._int, self._exp, ctx)

    def __pos__(self, context=None):
        ctx = getcontext() if context is None else context
        if self._special:
            return self._nan_result(None, ctx) if self.is_nan() else self
        sign = self._sign
        if self._int == 0:
            sign = 1 if (self._sign and ctx.rounding == ROUND_FLOOR) else 0
        return _finish(sign, self._int, self._exp, ctx)

    def __neg__(self, context=None):
        ctx = getcontext() if context is None else context
        if self._special:
            return self._nan_result(None, ctx) if self.is_nan() else _special_dec(1 - self._sign, "F")
        sign = 1 - self._sign
        if self._int == 0:
            sign = 1 if (ctx.rounding == ROUND_FLOOR and not self._sign) else 0
        return _finish(sign, self._int, self._exp, ctx)

    def __abs__(self, round=True, context=None):
        ctx = getcontext() if context is None else context
        if self._special:
            return self._nan_result(None, ctx) if self.is_nan() else _special_dec(0, "F")
        return _finish(0, self._int, self._exp, ctx)

    def _operand(self, other, op, reflected=False):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        # CPython's message naming decimal.Decimal, unless the other operand's class
        # may still answer through its reflected method
        if isinstance(other, _SEQUENCES):
            # the sequences' own messages, as CPython gives them
            if op == "*":
                raise TypeError("can't multiply sequence by non-int of type 'decimal.Decimal'")
            if reflected and op == "+":
                if isinstance(other, (bytes, bytearray)):
                    raise TypeError("can't concat decimal.Decimal to %s" % type(other).__name__)
                raise TypeError('can only concatenate %s (not "decimal.Decimal") to %s'
                                % (type(other).__name__, type(other).__name__))
        if (not reflected and not isinstance(other, _PLAIN) and type(other).__name__ != "Fraction"
                and _defines(type(other), _REFLECTED[op])):
            return None
        a, b = _typename(other), "decimal.Decimal"
        if not reflected:
            a, b = b, a
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, a, b))

    def __add__(self, other, context=None):
        o = self._operand(other, "+")
        if o is None:
            return NotImplemented
        return _add(self, o, getcontext() if context is None else context)

    def __radd__(self, other):
        o = self._operand(other, "+", True)
        if o is None:
            return NotImplemented
        return _add(o, self, getcontext())

    def __sub__(self, other, context=None):
        o = self._operand(other, "-")
        if o is None:
            return NotImplemented
        return _sub(self, o, getcontext() if context is None else context)

    def __rsub__(self, other):
        o = self._operand(other, "-", True)
        if o is None:
            return NotImplemented
        return _sub(o, self, getcontext())

    def __mul__(self, other, context=None):
        o = self._operand(other, "*")
        if o is None:
            return NotImplemented
        return _mul(self, o, getcontext() if context is None else context)

    def __rmul__(self, other):
        o = self._operand(other, "*", True)
        if o is None:
            return NotImplemented
        return _mul(o, self, getcontext())

    def __truediv__(self, other, context=None):
        o = self._operand(other, "/")
        if o is None:
            return NotImplemented
        return _div(self, o, getcontext() if context is None else context)

    def __rtruediv__(self, other):
        o = self._operand(other, "/", True)
        if o is None:
            return NotImplemented
        return _div(o, self, getcontext())

    def __floordiv__(self, other, context=None):
        o = self._operand(other, "//")
        if o is None:
            return NotImplemented
        return _divmod(self, o, getcontext() if context is None else context, False)[0]

    def __rfloordiv__(self, other):
        o = self._operand(other, "//", True)
        if o is None:
            return NotImplemented
        return _divmod(o, self, getcontext(), False)[0]

    def __mod__(self, other, context=None):
        o = self._operand(other, "%")
        if o is None:
            return NotImplemented
        return _divmod(self, o, getcontext() if context is None else context)[1]

    def __rmod__(self, other):
        o = self._operand(other, "%", True)
        if o is None:
            return NotImplemented
        return _divmod(o, self, getcontext())[1]

    def __divmod__(self, other, context=None):
        o = self._operand(other, "divmod()")
        if o is None:
            return NotImplemented
        return _divmod(self, o, getcontext() if context is None else context, 2)

    def __rdivmod__(self, other):
        o = self._operand(other, "divmod()", True)
        if o is None:
            return NotImplemented
        return _divmod(o, self, getcontext(), 2)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            raise NotImplementedError("decimal: three-argument pow")
        o = self._operand(other, "** or pow()")
        if o is None:
            return NotImplemented
        return _pow(self, o, getcontext() if context is None else context)

    def __rpow__(self, other):
        o = self._operand(other, "** or pow()", True)
        if o is None:
            return NotImplemented
        return _pow(o, self, getcontext())

    def remainder_near(self, other, context=None):
        ctx = getcontext() if context is None else context
        o = _dec(other)
        if self._special or o._special:
            r = _special_binary(self, o, ctx)
            if r is not None:
                return r
            if self._special == "F":
                return _invalid(ctx)
            return self._plus(ctx)
        if o._int == 0:
            return _invalid(ctx, DivisionUndefined if self._int == 0 else InvalidOperation)
        e = min(self._exp, o._exp)
        x = self._int * 10 ** (self._exp - e)
        y = o._int * 10 ** (o._exp - e)
        q, r = divmod(x, y)
        if 2 * r > y or (2 * r == y and q % 2 == 1):
            q += 1
            r -= y
        if _ndigits(q) > ctx.prec:
            return _invalid(ctx, DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign = 1 - sign
        return _finish(sign, abs(r), e, ctx)

    def fma(self, other, third, context=None):
        ctx = getcontext() if context is None else context
        o = _dec(other)
        t = _dec(third)
        # the first signalling NaN of the three, else the first quiet one, as CPython
        for kind in ("N", "n"):
            for src in (self, o, t):
                if src._special == kind:
                    return src._nan_result(None, ctx)
        if self._special or o._special:
            return _add(_mul(self, o, ctx), t, ctx)
        exact = _make(self._sign ^ o._sign, self._int * o._int, self._exp + o._exp)
        return _add(exact, t, ctx)

    def sqrt(self, context=None):
        ctx = getcontext() if context is None else context
        if self._special:
            if self.is_nan():
                return self._nan_result(None, ctx)
            if self._sign:
                ctx._signal(InvalidOperation)
                return _special_dec(0, "n")
            return self
        if self._int == 0:
            return _finish(self._sign, 0, self._exp // 2, ctx)
        if self._sign:
            ctx._signal(InvalidOperation)
            return _special_dec(0, "n")
        ideal = self._exp // 2
        c, e = self._int, self._exp
        shift = max(0, 2 * ctx.prec + 2 - _ndigits(c))
        if (e - shift) % 2:
            shift += 1
        n = c * 10 ** shift
        r = _math.isqrt(n)
        exp = (e - shift) // 2
        if r * r == n:
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        elif r % 5 == 0:
            r += 1
        saved = ctx.rounding
        ctx.rounding = ROUND_HALF_EVEN
        try:
            return _finish(0, r, exp, ctx)
        finally:
            ctx.rounding = saved

    def exp(self, context=None):
        return _exp(self, getcontext() if context is None else context)

    def ln(self, context=None):
        return _ln(self, getcontext() if context is None else context)

    def log10(self, context=None):
        return _ln(self, getcontext() if context is None else context, True)

    def logb(self, context=None):
        ctx = getcontext() if context is None else context
        if self._special:
            if self.is_nan():
                return self._nan_result(None, ctx)
            return _special_dec(0, "F")
        if self._int == 0:
            ctx._signal(DivisionByZero)
            return _special_dec(1, "F")
        return _finish(0, 0, 0, ctx)._with_int(self.adjusted(), ctx)

    def scaleb(self, other, context=None):
        ctx = getcontext() if context is None else context
        o = _dec(other)
        if self._special:
            return self
        return _finish(self._sign, self._int, self._exp + int(o), ctx)

    def normalize(self, context=None):
        ctx = getcontext() if context is None else context
        if self._special:
            return self._nan_result(None, ctx) if self.is_nan() else self
        d = _finish(self._sign, self._int, self._exp, ctx)
        if d._special:
            return d
        if d._int == 0:
            return _make(d._sign, 0, 0)
        c, e = d._int, d._exp
        while c % 10 == 0 and e < ctx.Emax - ctx.prec + 1 + (ctx.prec - _ndigits(c)) + 0:
            c //= 10
            e += 1
        return _make(d._sign, c, e)

    def quantize(self, exp, rounding=None, context=None):
        ctx = getcontext() if context is None else context
        q = _dec(exp)
        mode = ctx.rounding if rounding is None else rounding
        if self._special or q._special:
            if self.is_nan() or q.is_nan():
                return self._nan_result(q, ctx)
            if self._special == "F" and q._special == "F":
                return self
            ctx._signal(InvalidOperation)
            return _special_dec(0, "n")
        target = q._exp
        if not (ctx.Emin - ctx.prec + 1 <= target <= ctx.Emax):
            ctx._signal(InvalidOperation)
            return _special_dec(0, "n")
        return _rescale(self, target, mode, ctx, True)

    def same_quantum(self, other, context=None):
        o = _dec(other)
        if self._special or o._special:
            return (self.is_nan() and o.is_nan()) or (self.is_infinite() and o.is_infinite())
        return self._exp == o._exp

    def to_integral_value(self, rounding=None, context=None):
        ctx = getcontext() if context is None else context
        if self._special:
            return self._nan_result(None, ctx) if self.is_nan() else self
        if self._exp >= 0:
            return self
        mode = ctx.rounding if rounding is None else rounding
        c, _ = _drop_digits(self._sign, self._int, -self._exp, mode)
        return _make(self._sign, c, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = getcontext() if context is None else context
        if self._special or self._exp >= 0:
            return self.to_integral_value(rounding, ctx)
        mode = ctx.rounding if rounding is None else rounding
        return _rescale(self, 0, mode, ctx, False)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __format__(self, spec, context=None):
        return _format(self, spec, getcontext() if context is None else context)


_PLAIN = (str, bytes, bytearray, list, tuple, dict, set, frozenset, type(None), complex, float)
_REFLECTED = {"+": "__radd__", "-": "__rsub__", "*": "__rmul__", "/": "__rtruediv__",
              "//": "__rfloordiv__", "%": "__rmod__", "divmod()": "__rdivmod__",
              "** or pow()": "__rpow__"}


_SEQUENCES = (str, bytes, bytearray, list, tuple)
_SWAPPED = {"<": "__gt__", "<=": "__ge__", ">": "__lt__", ">=": "__le__"}


def _defines(cls, name):
    """Whether a class other than object gives cls the method `name`."""
    try:
        for k in cls.__mro__:
            if k is not object and name in k.__dict__:
                return True
        return False
    except Exception:
        return True


def _typename(x):
    t = type(x)
    m = getattr(t, "__module__", "builtins")
    if m in ("builtins", "__main__", None):
        return t.__name__
    return t.__name__ if t.__name__ == "Fraction" else m + "." + t.__qualname__


def _set_flag(sig):
    getcontext().flags[sig] = True


def _rescale(d, target, mode, ctx, check_prec):
    """d at exponent `target` rounding under `mode` (quantize's core)."""
    c, e = d._int, d._exp
    conds = []
    if target < e:
        c = c * 10 ** (e - target)
    elif target > e and c:
        c, inexact = _drop_digits(d._sign, c, target - e, mode)
        conds.append(Rounded)
        if inexact:
            conds.insert(0, Inexact)
    if check_prec and _ndigits(c) > ctx.prec:
        ctx._signal(InvalidOperation)
        return _special_dec(0, "n")
    if conds:
        ctx._signal(*conds)
    return _make(d._sign, c, target)


def _special_binary(a, b, ctx):
    """None when both are finite, else the NaN propagated (signalling)."""
    if a.is_nan() or b.is_nan():
        return a._nan_result(b, ctx)
    return None


def _invalid(ctx, cond=InvalidOperation):
    ctx._signal(cond)
    return _special_dec(0, "n")


def _add(a, b, ctx):
    if a._special or b._special:
        r = _special_binary(a, b, ctx)
        if r is not None:
            return r
        if a._special == "F" and b._special == "F":
            if a._sign != b._sign:
                return _invalid(ctx)
            return a
        return a if a._special == "F" else b
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    if a._sign:
        x = -x
    if b._sign:
        y = -y
    s = x + y
    if s == 0:
        if a._sign and b._sign:
            sign = 1
        elif a._sign != b._sign and ctx.rounding == ROUND_FLOOR:
            sign = 1
        else:
            sign = 0
        return _finish(sign, 0, e, ctx)
    return _finish(1 if s < 0 else 0, abs(s), e, ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _special_binary(a, b, ctx)
        if r is not None:
            return r
        if (a._special == "F" and b.is_zero()) or (b._special == "F" and a.is_zero()):
            return _invalid(ctx)
        return _special_dec(sign, "F")
    return _finish(sign, a._int * b._int, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _special_binary(a, b, ctx)
        if r is not None:
            return r
        if a._special == "F" and b._special == "F":
            return _invalid(ctx)
        if a._special == "F":
            return _special_dec(sign, "F")
        ctx._signal(Clamped)
        return _make(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, DivisionUndefined)
        ctx._signal(DivisionByZero)
        return _special_dec(sign, "F")
    ideal = a._exp - b._exp
    if a._int == 0:
        return _finish(sign, 0, ideal, ctx)
    prec = ctx.prec
    shift = prec + _ndigits(b._int) - _ndigits(a._int) + 1
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    exp = ideal - shift
    if r == 0:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    elif q % 5 == 0:
        q += 1
    return _finish(sign, q, exp, ctx)


def _sub(a, b, ctx):
    """a - b: a NaN operand propagates with its own sign (negating `b` first would flip it)."""
    if a.is_nan() or b.is_nan():
        return a._nan_result(b, ctx)
    return _add(a, b.copy_negate(), ctx)


def _divmod(a, b, ctx, want=True):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _special_binary(a, b, ctx)
        if r is not None:
            return (r, r)
        if a._special == "F":
            if b._special == "F":
                n = _invalid(ctx)
                return (n, n)
            # infinity // finite is an exact infinity; only the remainder is invalid
            if want is False:
                return (_special_dec(sign, "F"), None)
            n = _invalid(ctx)
            return (_special_dec(sign, "F") if want == 2 else n, n)
        return (_make(sign, 0, 0), a)
    if b._int == 0:
        if a._int == 0:
            n = _invalid(ctx, DivisionUndefined)
            return (n, n)
        if want is False:
            ctx._signal(DivisionByZero)
            return (_special_dec(sign, "F"), None)
        if want == 2:
            # CPython raises InvalidOperation when both are trapped
            ctx._signal(InvalidOperation, DivisionByZero)
            return (_special_dec(sign, "F"), _special_dec(0, "n"))
        n = _invalid(ctx)
        return (n, n)
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    q, r = divmod(x, y)
    if _ndigits(q) > ctx.prec:
        n = _invalid(ctx, DivisionImpossible)
        return (n, n)
    quot = _make(sign, q, 0)
    rem = _finish(a._sign, r, e, ctx) if want else None
    return (quot, rem)


def _pow(a, b, ctx):
    if a._special or b._special:
        r = _special_binary(a, b, ctx)
        if r is not None:
            return r
        raise NotImplementedError("decimal: powers with infinities")
    if b._exp < 0:
        c, ok = b._int, True
        c, inexact = _drop_digits(0, c, -b._exp, ROUND_DOWN)
        if inexact:
            return _power_frac(a, b, ctx)
        n = c
    else:
        n = b._int * 10 ** b._exp
    if b._sign:
        n = -n
    if n == 0:
        if a._int == 0:
            return _invalid(ctx)
        return _make(0, 1, 0)
    sign = a._sign if n % 2 else 0
    if a._int == 0:
        if n > 0:
            return _make(sign, 0, 0)
        return _special_dec(sign, "F")
    if abs(n) > 100000 or abs(n) * _ndigits(a._int) > 2000000:
        raise NotImplementedError("decimal: powers this large")
    if n > 0:
        return _finish(sign, a._int ** n, a._exp * n, ctx)
    p = _make(0, a._int ** -n, a._exp * -n)
    return _div(_make(sign, 1, 0), p, ctx)



# ---------------------------------------------------------------------------
# exp, ln, log10: fixed-point integer series at a working precision, widened until the
# error interval rounds (half-even, as CPython always does here) to one result.

def _atanh_frac(num, den, one):
    """atanh(num/den) * one for |num/den| <= 1/3, truncated (error: a few units)."""
    if num < 0:
        return -_atanh_frac(-num, den, one)
    total = 0
    term = one * num // den
    sq_n = num * num
    sq_d = den * den
    k = 1
    while term:
        total += term // k
        term = term * sq_n // sq_d
        k += 2
    return total


def _ln2_fixed(one):
    return 2 * _atanh_frac(1, 3, one)


def _ln10_fixed(one):
    # 10 = 2**3 * 1.25 and ln(1.25) = 2 atanh(1/9)
    return 3 * _ln2_fixed(one) + 2 * _atanh_frac(1, 9, one)


def _ln_fixed(c, e, F):
    """ln(c * 10**e) * 10**F for c > 0, error a few hundred units at most."""
    one = 10 ** F
    nd = _ndigits(c)
    E = e + nd - 1
    D = 10 ** (nd - 1)  # c / D is in [1, 10)
    j = 0
    while c * 2 > 3 * D * 2 ** j:  # bring c / (D 2**j) into [0.75, 1.5]
        j += 1
    den2 = D * 2 ** j
    r = 2 * _atanh_frac(c - den2, c + den2, one)
    if j:
        r += j * _ln2_fixed(one)
    if E:
        r += E * _ln10_fixed(one)
    return r


def _exp_fixed(X, F):
    """exp(X / 10**F) as (R, k): R / 10**F * 10**k, error a few thousand units of R."""
    one = 10 ** F
    L = _ln10_fixed(one)
    k = X // L
    r = X - k * L  # in [0, ln 10)
    s = 12
    y = r // 2 ** s
    total = one
    term = one
    n = 1
    while term:
        term = term * y // (one * n)
        total += term
        n += 1
    for _ in range(s):
        total = total * total // one
    return total, k


def _ziv(sign_value, F, expo, prec, bound, mode=ROUND_HALF_EVEN):
    """Round the interval [V - bound, V + bound] * 10**expo to prec digits half-even;
    the (sign, coef, exp) when both ends agree, else None."""
    ends = []
    for v in (sign_value - bound, sign_value + bound):
        if v == 0 or (v < 0) != (sign_value < 0):
            return None
        sg = 1 if v < 0 else 0
        c = abs(v)
        ex = expo
        nd = _ndigits(c)
        if nd > prec:
            c, _ = _drop_digits(sg, c, nd - prec, mode)
            ex += nd - prec
            if _ndigits(c) > prec:
                c //= 10
                ex += 1
        ends.append((sg, c, ex))
    return ends[0] if ends[0] == ends[1] else None


def _inexact_result(found, ctx, mode=ROUND_HALF_EVEN):
    sg, c, ex = found
    saved = ctx.rounding
    ctx.rounding = mode
    try:
        d = _finish(sg, c, ex, ctx)
    finally:
        ctx.rounding = saved
    ctx._signal(Inexact, Rounded)
    return d


def _exp(x, ctx):
    if x._special:
        if x.is_nan():
            return x._nan_result(None, ctx)
        return _make(0, 0, 0) if x._sign else x
    if x._int == 0:
        return _make(0, 1, 0)
    if x.adjusted() >= 7:
        raise NotImplementedError("decimal: exp of arguments this large")
    prec = ctx.prec
    guard = 20
    while True:
        F = prec + guard + max(0, x.adjusted() + 1)
        if x._exp >= -F:
            X = x._int * 10 ** (x._exp + F)
        else:
            X = x._int // 10 ** (-x._exp - F)
        if x._sign:
            X = -X
        R, k = _exp_fixed(X, F)
        found = _ziv(R, F, k - F, prec, 10 ** (guard // 2))
        if found is not None:
            return _inexact_result(found, ctx)
        guard += 20


def _power_frac(a, b, ctx):
    """a ** b for finite a, b with b not integral: exp(b ln a), rounded as the context says."""
    if a._sign and a._int:
        return _invalid(ctx)
    if a._int == 0:
        return _special_dec(0, "F") if b._sign else _make(0, 0, 0)
    prec = ctx.prec
    guard = 20
    lnmag = max(_ndigits(abs(a.adjusted())), 1) + 1
    while True:
        F = prec + guard + max(0, b.adjusted() + 1) + lnmag
        if guard > 100:
            raise NotImplementedError("decimal: this power")
        L = _ln_fixed(a._int, a._exp, F)
        Z = L * b._int
        Z = Z * 10 ** b._exp if b._exp >= 0 else Z // 10 ** -b._exp
        if b._sign:
            Z = -Z
        if abs(Z) >= 10 ** (F + 7):
            raise NotImplementedError("decimal: powers this large")
        R, k = _exp_fixed(Z, F)
        bound = 10 ** (guard // 2)
        found = _ziv(R, F, k - F, prec, bound, ctx.rounding)
        if found is None and guard >= 80:
            # no agreement: an exact result (4 ** 0.5); give it (CPython's libmpdec
            # sometimes lands one unit off it under directed rounding)
            found = _ziv(R, F, k - F, prec, 0)
        if found is not None:
            return _inexact_result(found, ctx, ctx.rounding)
        guard += 20


def _ln(x, ctx, base10=False):
    if x._special:
        if x.is_nan():
            return x._nan_result(None, ctx)
        if x._sign:
            return _invalid(ctx)
        return x
    if x._int == 0:
        return _special_dec(1, "F")
    if x._sign:
        return _invalid(ctx)
    c, e = x._int, x._exp
    while c % 10 == 0:
        c //= 10
        e += 1
    if c == 1:
        if e == 0:
            return _make(0, 0, 0)
        if base10:
            saved = ctx.rounding
            ctx.rounding = ROUND_HALF_EVEN
            try:
                return _finish(1 if e < 0 else 0, abs(e), 0, ctx)
            finally:
                ctx.rounding = saved
    prec = ctx.prec
    # digits lost to cancellation when x is near 1
    nd = _ndigits(c)
    if e >= 0:
        near = c * 10 ** e - 1
        dist_adj = _ndigits(abs(near)) - 1 if near else 0
    else:
        near = c - 10 ** (-e)
        dist_adj = (_ndigits(abs(near)) - 1 + e) if near else 0
    extra = max(0, -dist_adj) + _ndigits(abs(e + nd)) + 2
    guard = 20
    while True:
        F = prec + guard + extra
        V = _ln_fixed(c, e, F)
        if base10:
            V = V * 10 ** F // _ln10_fixed(10 ** F)
        found = _ziv(V, F, -F, prec, 10 ** (guard // 2))
        if found is not None:
            return _inexact_result(found, ctx)
        guard += 20


# ---------------------------------------------------------------------------
# Format specifications

def _parse_spec(spec):
    fill, align = " ", None
    i = 0
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] in ("<", ">", "=", "^"):
        align = spec[0]
        i = 1
    sign = "-"
    if spec[i:i + 1] in ("+", "-", " "):
        sign = spec[i]
        i += 1
    nozero = False
    if spec[i:i + 1] == "z":
        nozero = True
        i += 1
    if spec[i:i + 1] == "#":
        i += 1
    zero = False
    if spec[i:i + 1] == "0":
        zero = True
        i += 1
    j = i
    while j < len(spec) and spec[j].isdigit():
        j += 1
    width = int(spec[i:j]) if j > i else 0
    i = j
    group = ""
    if spec[i:i + 1] == "_":
        raise ValueError("invalid format string")
    if spec[i:i + 1] == ",":
        group = spec[i]
        i += 1
    prec = None
    if spec[i:i + 1] == ".":
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError("Invalid format specifier")
        prec = int(spec[i + 1:j])
        i = j
    typ = spec[i:]
    if typ == "n":
        typ = "g"  # minipy has only the C locale: no grouping, '.' as the point
    if len(typ) > 1 or (typ and typ not in "eEfFgG%"):
        raise ValueError("Invalid format specifier")
    if zero and align is None:
        fill, align = "0", "="
    return fill, align, sign, nozero, width, group, prec, typ


def _format(d, spec, ctx):
    fill, align, signopt, nozero, width, group, prec, typ = _parse_spec(spec)
    if align is None:
        align = ">"
    neg = d._sign == 1
    if d._special:
        body = "Infinity" if d._special == "F" else ("NaN" if d._special == "n" else "sNaN")
        if typ == "%":
            body += "%"
        intpart, frac, exptext = body, "", ""
        group = ""
    else:
        c, e = d._int, d._exp
        if typ == "%":
            e += 2
        mode = ctx.rounding
        if typ in ("e", "E"):
            if prec is not None:
                c, e = _round_sig(neg, c, e, prec + 1, mode)
                nd = _ndigits(c)
                if c and nd < prec + 1:
                    c *= 10 ** (prec + 1 - nd)
                    e -= prec + 1 - nd
            use_exp = True
        elif typ in ("f", "F", "%"):
            if prec is not None and e != -prec:
                c, e = _round_at(neg, c, e, -prec, mode)
            elif c == 0 and e > 0:
                e = 0
            use_exp = False
        else:  # g, G or none
            if prec is not None:
                p = prec if prec else 1
                c, e = _round_sig(neg, c, e, p, mode)
            left = e + _ndigits(c)
            use_exp = not (e <= 0 and left > -6)
            if typ == "" and prec is None:
                pass
        digits = str(c)
        if use_exp:
            if typ in ("e", "E"):
                point = 1
            else:
                point = 1
            expo = e + len(digits) - point
            if c == 0 and typ in ("e", "E"):
                digits = "0" * (1 + (prec or 0))
                expo = e + (prec or 0)
        else:
            point = len(digits) + e
            expo = 0
        if point <= 0:
            intpart = "0"
            frac = "0" * (-point) + digits
        elif point >= len(digits):
            intpart = digits + "0" * (point - len(digits))
            frac = ""
        else:
            intpart = digits[:point]
            frac = digits[point:]
        if use_exp:
            if typ in ("e", "E", "g", "G"):
                letter = "E" if typ in ("E", "G") else "e"
            else:
                letter = "E" if ctx.capitals else "e"
            exptext = letter + ("-" if expo < 0 else "+") + str(abs(expo))
        else:
            exptext = ""
        if typ == "%":
            exptext += "%"
        if nozero and c == 0:
            neg = False
    signtext = "-" if neg else ("" if signopt == "-" else signopt)
    if group:
        if fill == "0" and align == "=":
            need = width - len(signtext) - len(frac) - (1 if frac else 0) - len(exptext)
            while len(_group(intpart, group)) < need:
                intpart = "0" + intpart
        intpart = _group(intpart, group)
    body = intpart + ("." + frac if frac else "") + exptext
    total = len(signtext) + len(body)
    pad = width - total
    if pad <= 0:
        return signtext + body
    if align == "<":
        return signtext + body + fill * pad
    if align == ">":
        return fill * pad + signtext + body
    if align == "=":
        return signtext + fill * pad + body
    left = pad // 2
    return fill * left + signtext + body + fill * (pad - left)


def _group(intpart, sep):
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)


def _round_at(neg, c, e, target, mode):
    if target < e:
        return c * 10 ** (e - target), target
    c, _ = _drop_digits(1 if neg else 0, c, target - e, mode)
    return c, target


def _round_sig(neg, c, e, p, mode):
    nd = _ndigits(c)
    if c == 0:
        # zero keeps its exponent; only the digit count of 'e' matters
        return c, e
    if nd > p:
        c, _ = _drop_digits(1 if neg else 0, c, nd - p, mode)
        e += nd - p
        if _ndigits(c) > p:
            c //= 10
            e += 1
    return c, e

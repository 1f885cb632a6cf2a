# minipy's `cmath`: the functions scripts use most, computed as CPython's cmathmodule.c computes
# them for finite arguments (so results agree to the last bit there); special values (infinities,
# NaNs in a part) follow the same C99 annex G rules only where noted. Trigonometric and hyperbolic
# functions are not here: using one raises AttributeError naming it.
import math as _math

pi = _math.pi
e = _math.e
tau = _math.tau
inf = _math.inf
nan = _math.nan
infj = complex(0.0, _math.inf)
nanj = complex(0.0, _math.nan)


def _complex(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    raise TypeError(f"must be real number, not {type(z).__name__}")


def phase(z):
    z = _complex(z)
    return _math.atan2(z.imag, z.real)


def polar(z):
    z = _complex(z)
    return (abs(z), _math.atan2(z.imag, z.real))


def rect(r, phi):
    if _math.isinf(r) or _math.isnan(r) or _math.isinf(phi) or _math.isnan(phi):
        raise ValueError("math domain error")
    return complex(r * _math.cos(phi), r * _math.sin(phi))


def sqrt(z):
    z = _complex(z)
    if z.real == 0.0 and z.imag == 0.0:
        return complex(0.0, z.imag)
    ax, ay = abs(z.real), abs(z.imag)
    if ax < 2.2250738585072014e-308 and ay < 2.2250738585072014e-308:
        ax = _math.ldexp(ax, 53)
        s = _math.ldexp(_math.sqrt(ax + _math.hypot(ax, _math.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _math.sqrt(ax + _math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if z.real >= 0.0:
        return complex(s, _math.copysign(d, z.imag))
    return complex(d, _math.copysign(s, z.imag))


def exp(z):
    z = _complex(z)
    if not (_math.isfinite(z.real) and _math.isfinite(z.imag)):
        raise ValueError("cmath.exp: special values are not supported by minipy")
    if z.real > 708.0:
        l = _math.exp(z.real - 1.0)
        r = complex(l * _math.cos(z.imag) * _math.e, l * _math.sin(z.imag) * _math.e)
    else:
        l = _math.exp(z.real)
        r = complex(l * _math.cos(z.imag), l * _math.sin(z.imag))
    if _math.isinf(r.real) or _math.isinf(r.imag):
        raise OverflowError("math range error")
    return r


def _log(z):
    ax, ay = abs(z.real), abs(z.imag)
    if ax == 0.0 and ay == 0.0:
        raise ValueError("math domain error")
    if ax > 4.49423283715579e+307 or ay > 4.49423283715579e+307:
        return complex(
            _math.log(_math.hypot(ax / 2.0, ay / 2.0)) + _math.log(2.0),
            _math.atan2(z.imag, z.real),
        )
    if ax < 2.2250738585072014e-308 and ay < 2.2250738585072014e-308:
        h = _math.hypot(_math.ldexp(ax, 53), _math.ldexp(ay, 53))
        return complex(_math.log(h) - 53 * _math.log(2.0), _math.atan2(z.imag, z.real))
    h = _math.hypot(ax, ay)
    if 0.71 <= h <= 1.73:
        am = max(ax, ay)
        an = min(ax, ay)
        real = _math.log1p((am - 1) * (am + 1) + an * an) / 2
    else:
        real = _math.log(h)
    return complex(real, _math.atan2(z.imag, z.real))


def log(z, base=None):
    r = _log(_complex(z))
    if base is not None:
        r = r / _log(_complex(base))
    return r


def log10(z):
    r = _log(_complex(z))
    return complex(r.real / _math.log(10.0), r.imag / _math.log(10.0))


def isfinite(z):
    z = _complex(z)
    return _math.isfinite(z.real) and _math.isfinite(z.imag)


def isinf(z):
    z = _complex(z)
    return _math.isinf(z.real) or _math.isinf(z.imag)


def isnan(z):
    z = _complex(z)
    return _math.isnan(z.real) or _math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a, b = _complex(a), _complex(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or diff <= abs_tol

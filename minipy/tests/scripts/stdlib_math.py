# The math module: functions, constants and CPython's error messages.
import math
from math import sqrt, pi
print(sqrt(16), pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-0.5), math.ceil(5))
print(math.floor(1e20), math.ceil(-1e19), type(math.floor(2.5)).__name__)
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.gcd(12, 18), math.gcd(), math.gcd(-4, 6, 10), math.lcm(4, 6), math.lcm(), math.lcm(3, 0))
print(math.factorial(0), math.factorial(10), math.factorial(20), math.factorial(30))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.log1p(0))
print(math.exp(0), math.exp(1), math.expm1(1e-10), math.pow(2, 10), math.pow(2, 0.5))
print(math.fabs(-3), math.fabs(2.5), math.sin(0), math.cos(0), math.tan(0))
print(math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2), math.dist([0, 0], [3, 4]))
print(math.isqrt(10), math.isqrt(0), math.isqrt(2**62), math.comb(5, 2), math.comb(10, 0))
print(math.comb(3, 5), math.perm(5, 2), math.perm(5), math.perm(3, 5), math.comb(100, 50))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([2], start=3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.isnan(math.nan), math.isnan(1), math.isinf(-math.inf), math.isfinite(1e308))
print(math.copysign(1, -0.0), math.copysign(3, -1), math.degrees(math.pi), math.radians(180))
print(math.modf(-2.5), math.fmod(7, 3), math.fmod(-7, 3), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.remainder(5, 3), math.remainder(7, 2), math.sqrt(True), math.prod(range(1, 25)))
cases = [
    ("math.sqrt(-1)", lambda: math.sqrt(-1)),
    ("math.log(0)", lambda: math.log(0)),
    ("math.log(-1)", lambda: math.log(-1)),
    ("math.exp(1000)", lambda: math.exp(1000)),
    ("math.pow(0, -1)", lambda: math.pow(0, -1)),
    ("math.pow(10, 400)", lambda: math.pow(10, 400)),
    ("math.factorial(-1)", lambda: math.factorial(-1)),
    ("math.factorial(2.0)", lambda: math.factorial(2.0)),
    ("math.isqrt(-1)", lambda: math.isqrt(-1)),
    ("math.comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("math.comb(2, -1)", lambda: math.comb(2, -1)),
    ("math.floor(math.inf)", lambda: math.floor(math.inf)),
    ("math.floor(math.nan)", lambda: math.floor(math.nan)),
    ("math.sqrt('a')", lambda: math.sqrt('a')),
    ("math.log(10, 1)", lambda: math.log(10, 1)),
    ("math.gcd(2.0, 1)", lambda: math.gcd(2.0, 1)),
    ("math.fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("math.acos(2)", lambda: math.acos(2)),
    ("math.cosh(1000)", lambda: math.cosh(1000)),
    ("math.log1p(-1)", lambda: math.log1p(-1)),
    ("math.dist([0], [3, 4])", lambda: math.dist([0], [3, 4])),
    ("math.no_such_function", lambda: math.no_such_function),
    ("math.sqrt()", lambda: math.sqrt()),
    ("math.ldexp(1.0, 2000)", lambda: math.ldexp(1.0, 2000)),
]
for text, f in cases:
    try:
        print(text, "->", f())
    except Exception as e:
        print(text, "!!", type(e).__name__, e)
print(math.floor(-0.0), math.gcd(2**70, 6), math.gcd(2**70, 2**65 * 3), math.lcm(2**64, 3), math.isqrt(2**80), math.isqrt(10**41))
print(math.log(2**1000), math.log(2**2000), math.log2(2**2000), math.log10(10**400), math.log(10**400, 10))
print(math.sqrt(2**100), math.factorial(25) // math.factorial(23), math.comb(60, 30), int(math.pow(2, 70)))
print(math.floor(2**100), math.ceil(-(2**100)), math.trunc(2**70), math.fabs(-(2**70)), math.prod([2**40, 2**40]))
for f in [lambda: math.sqrt(2**2000), lambda: math.log(-(2**2000))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

"""Recipe scaler with fractions.Fraction, plus Egyptian fractions and continued fractions."""
from fractions import Fraction
from math import gcd, isqrt
import math

RECIPE = {
    "flour (cups)": "2 1/4",
    "sugar (cups)": "3/4",
    "butter (tbsp)": "6",
    "eggs": "1 1/2",
    "vanilla (tsp)": "1/3",
}


def parse_qty(s):
    total = Fraction(0)
    for part in s.split():
        total += Fraction(part)
    return total


def pretty(fr):
    whole, rem = divmod(fr.numerator, fr.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{fr.denominator}"
    return f"{whole} {frac}" if whole else frac


def scale(recipe, factor):
    return {k: parse_qty(v) * factor for k, v in recipe.items()}


for factor in (Fraction(1, 2), Fraction(3), Fraction(2, 3)):
    print(f"x{factor}:")
    for name, q in scale(RECIPE, factor).items():
        print(f"  {name:<15} {pretty(q):>7}")


def egyptian(fr):
    parts = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        parts.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return parts


for f in (Fraction(4, 13), Fraction(5, 6), Fraction(7, 15)):
    eg = egyptian(f)
    print(f, "=", " + ".join(str(p) for p in eg), sum(eg) == f)


def continued(fr, limit=10):
    terms = []
    while limit and fr.denominator != 0:
        a = fr.numerator // fr.denominator
        terms.append(a)
        rem = fr - a
        if rem == 0:
            break
        fr = 1 / rem
        limit -= 1
    return terms


print("cf(415/93) =", continued(Fraction(415, 93)))
approx = Fraction(math.pi).limit_denominator(1000)
print("pi ~", approx, float(approx))
print("sqrt2 ~", Fraction(2 ** 0.5).limit_denominator(100))
print(Fraction("0.125"), Fraction(3, -9), Fraction(1, 3) ** 2, Fraction(1, 3) < 0.34)
print(repr(Fraction(10, 4)), hash(Fraction(2, 1)) == hash(2), Fraction(7, 2).__round__(), round(Fraction(5, 2)))
print(gcd(84, 36), isqrt(99), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(sum(Fraction(1, n) for n in range(1, 11)))
print(f"{float(Fraction(1, 3)):.6f}", Fraction(6, 4).as_integer_ratio(), Fraction(-7, 3) // 1, Fraction(-7, 3) % 1)

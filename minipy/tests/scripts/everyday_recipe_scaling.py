from fractions import Fraction
import math
import re

RECIPE = """\
2 1/4 cups flour
1 tsp salt
3/4 cup sugar
2 eggs
1 1/2 tbsp butter
"""

UNITS = {"cup": 48, "cups": 48, "tbsp": 3, "tsp": 1}


def parse_qty(text):
    total = Fraction(0)
    for part in text.split():
        total += Fraction(part)
    return total


def parse_line(line):
    m = re.match(r"^([\d/ ]+?)\s+(cups?|tbsp|tsp)?\s*(.+)$", line)
    if not m:
        raise ValueError(line)
    qty, unit, name = m.groups()
    return parse_qty(qty), unit, name


def fmt_qty(q: Fraction) -> str:
    whole, rem = divmod(q.numerator, q.denominator)
    if rem == 0:
        return str(whole)
    frac = Fraction(rem, q.denominator)
    return f"{whole} {frac}" if whole else str(frac)


def scale(lines, factor):
    for qty, unit, name in lines:
        new = qty * factor
        if unit:
            tsp = new * UNITS[unit]
            yield f"{fmt_qty(new):>6} {unit:<5}{name}  (= {float(tsp):.2f} tsp)"
        else:
            yield f"{math.ceil(new):>6} {'':<5}{name}"


parsed = [parse_line(l) for l in RECIPE.splitlines() if l.strip()]
for factor in (Fraction(1, 2), Fraction(3), Fraction(2, 3)):
    print(f"--- x{factor} ---")
    for out in scale(parsed, factor):
        print(out)

total_tsp = sum(q * UNITS[u] for q, u, _ in parsed if u)
print("total tsp:", total_tsp, float(total_tsp), round(float(total_tsp), 1))
print(Fraction(7, 3) + Fraction(1, 6), Fraction("0.125"), Fraction(3, 9) == Fraction(1, 3))
print(math.gcd(48, 18), math.lcm(4, 6), math.isqrt(99), math.comb(6, 2), math.perm(5, 2))
print(sorted(parsed, key=lambda t: t[0])[0][2], max(parsed, key=lambda t: len(t[2]))[2])

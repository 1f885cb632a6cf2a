from functools import reduce, partial
import operator

FACTORS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mi": 1609.344, "ft": 0.3048, "in": 0.0254},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
    "time": {"s": 1, "min": 60, "h": 3600, "day": 86400},
}


class ConversionError(ValueError):
    pass


def category(unit):
    for cat, table in FACTORS.items():
        if unit in table:
            return cat
    raise ConversionError(f"unknown unit: {unit}")


def convert(value, src, dst):
    if src in ("C", "F", "K") or dst in ("C", "F", "K"):
        return convert_temp(value, src, dst)
    c1, c2 = category(src), category(dst)
    if c1 != c2:
        raise ConversionError(f"cannot convert {c1} to {c2}")
    return value * FACTORS[c1][src] / FACTORS[c1][dst]


def convert_temp(v, src, dst):
    to_k = {"C": lambda x: x + 273.15, "F": lambda x: (x - 32) * 5 / 9 + 273.15, "K": lambda x: x}
    from_k = {"C": lambda x: x - 273.15, "F": lambda x: (x - 273.15) * 9 / 5 + 32, "K": lambda x: x}
    return from_k[dst](to_k[src](v))


queries = [(5, "km", "mi"), (12, "in", "cm"), (3, "lb", "g"), (100, "C", "F"),
           (-40, "F", "C"), (1, "day", "min"), (2, "kg", "m"), (7, "parsec", "m"), (300, "K", "C")]
for v, a, b in queries:
    try:
        r = convert(v, a, b)
        print(f"{v:>6} {a:<4}= {r:>12.4f} {b:<4} | {r:.3e} | {r:g}")
    except ConversionError as e:
        print(f"{v:>6} {a:<4}-> error: {e} ({type(e).__name__}, is ValueError: {isinstance(e, ValueError)})")

km_to_ft = partial(convert, src="km", dst="ft")
print(round(km_to_ft(1.5), 2), round(km_to_ft(0.001), 5))
chain = ["mi", "km", "m", "cm", "in", "ft"]
val = 1.0
for a, b in zip(chain, chain[1:]):
    val = convert(val, a, b)
print(f"1 mi -> ft via chain: {val:,.3f}")
print(reduce(operator.mul, [2, 3, 4], 1), reduce(lambda a, b: a + b, "abc"))
print(sorted(FACTORS["length"], key=FACTORS["length"].get))
print({k: len(v) for k, v in FACTORS.items()}, max(FACTORS["mass"].items(), key=operator.itemgetter(1)))
print(f"{1234567.891:,.2f} {0.000123:.2%} {42:08.3f} {-3.5:+.1f} {255:#x} {255:#o} {5:b}")
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2))

"""Unit conversion with dimension checking and pretty-printed quantities."""
from __future__ import annotations
from dataclasses import dataclass
from fractions import Fraction
from enum import Enum
import math


class Dim(Enum):
    LENGTH = "L"
    MASS = "M"
    TIME = "T"
    TEMP = "K"
    VOLUME = "L3"


UNITS = {
    "m": (Dim.LENGTH, 1.0), "km": (Dim.LENGTH, 1000.0), "cm": (Dim.LENGTH, 0.01),
    "mi": (Dim.LENGTH, 1609.344), "ft": (Dim.LENGTH, 0.3048), "in": (Dim.LENGTH, 0.0254),
    "kg": (Dim.MASS, 1.0), "g": (Dim.MASS, 0.001), "lb": (Dim.MASS, 0.45359237),
    "oz": (Dim.MASS, 0.028349523125), "s": (Dim.TIME, 1.0), "min": (Dim.TIME, 60.0),
    "h": (Dim.TIME, 3600.0), "day": (Dim.TIME, 86400.0),
    "l": (Dim.VOLUME, 0.001), "ml": (Dim.VOLUME, 1e-6), "gal": (Dim.VOLUME, 0.003785411784),
}
TEMPS = {"C": (1.0, 273.15), "F": (5 / 9, 255.3722222222222), "K": (1.0, 0.0)}


class UnitError(ValueError):
    pass


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str

    def to(self, target: str) -> Quantity:
        if self.unit in TEMPS or target in TEMPS:
            if not (self.unit in TEMPS and target in TEMPS):
                raise UnitError(f"cannot convert {self.unit} to {target}")
            f1, o1 = TEMPS[self.unit]
            f2, o2 = TEMPS[target]
            kelvin = self.value * f1 + o1
            return Quantity((kelvin - o2) / f2, target)
        try:
            d1, f1 = UNITS[self.unit]
            d2, f2 = UNITS[target]
        except KeyError as e:
            raise UnitError(f"unknown unit {e.args[0]!r}") from None
        if d1 is not d2:
            raise UnitError(f"dimension mismatch: {d1.name} vs {d2.name}")
        return Quantity(self.value * f1 / f2, target)

    def __add__(self, other: Quantity) -> Quantity:
        return Quantity(self.value + other.to(self.unit).value, self.unit)

    def __mul__(self, k: float) -> Quantity:
        return Quantity(self.value * k, self.unit)

    __rmul__ = __mul__

    def __format__(self, spec):
        return f"{format(self.value, spec or 'g')} {self.unit}"

    def __str__(self):
        return format(self, ".4g")


def parse(text: str) -> Quantity:
    num, _, unit = text.strip().partition(" ")
    return Quantity(float(Fraction(num)), unit.strip())


requests = ["5 km -> mi", "26.2 mi -> km", "180 lb -> kg", "3/4 gal -> ml", "98.6 F -> C",
            "-40 C -> F", "0 K -> C", "90 min -> h", "12 in -> cm", "1 day -> s",
            "3 kg -> m", "10 parsec -> km", "20 C -> kg"]
for req in requests:
    src, dst = (p.strip() for p in req.split("->"))
    try:
        q = parse(src)
        r = q.to(dst)
        print(f"{str(q):>14} = {r:>12.4f}   ({r})")
    except UnitError as e:
        print(f"{src:>14} : error: {e}")

marathon = parse("26.2 mi")
total = marathon + parse("195 m") + 2 * parse("1 km")
print(f"sum: {total:.3f} | as km: {total.to('km'):.2f}")
pace = 3 * 3600 + 30 * 60
per_km = pace / marathon.to("km").value
print(f"3:30 marathon pace: {int(per_km // 60)}:{int(per_km % 60):02d} per km")
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(7, 21).limit_denominator(5))
print(math.isclose(parse("1 mi").to("ft").value, 5280), [d.value for d in Dim])
print(Quantity(1.5, "kg") == Quantity(1.5, "kg"), Quantity(1, "m"), repr(Quantity(2.0, "s")))

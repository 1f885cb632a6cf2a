import bisect
from dataclasses import dataclass
from enum import Enum
from functools import total_ordering
import math


class Zone(str, Enum):
    LOCAL = "local"
    NATIONAL = "national"
    INTERNATIONAL = "intl"


WEIGHT_BREAKS = [0.5, 1, 2, 5, 10, 20, 30]  # kg upper bounds
PRICES = {
    Zone.LOCAL: [3.10, 3.90, 4.80, 6.50, 9.00, 14.00, 19.50],
    Zone.NATIONAL: [4.50, 5.60, 7.20, 10.40, 15.80, 24.00, 33.00],
    Zone.INTERNATIONAL: [11.00, 14.50, 21.00, 35.00, 58.00, 95.00, 140.00],
}
SURCHARGE_BREAKS = [100, 150, 200]  # longest side cm
SURCHARGES = [0.0, 7.5, 15.0, 40.0]


class TooHeavy(Exception):
    pass


@total_ordering
@dataclass(frozen=True)
class Parcel:
    ref: str
    weight: float
    dims: tuple
    zone: Zone

    @property
    def volumetric(self) -> float:
        return math.prod(self.dims) / 5000

    @property
    def billable(self) -> float:
        return max(self.weight, self.volumetric)

    def __lt__(self, other):
        return (self.billable, self.ref) < (other.billable, other.ref)


def quote(p: Parcel) -> float:
    idx = bisect.bisect_left(WEIGHT_BREAKS, p.billable)
    if idx == len(WEIGHT_BREAKS):
        raise TooHeavy(f"{p.ref}: {p.billable:.2f} kg exceeds {WEIGHT_BREAKS[-1]} kg")
    base = PRICES[p.zone][idx]
    sur = SURCHARGES[bisect.bisect_right(SURCHARGE_BREAKS, max(p.dims))]
    return round(base + sur, 2)


parcels = [
    Parcel("A1", 0.3, (20, 15, 5), Zone.LOCAL),
    Parcel("A2", 0.5, (30, 20, 10), Zone.LOCAL),
    Parcel("B1", 1.2, (60, 40, 40), Zone.NATIONAL),
    Parcel("B2", 4.99, (100, 20, 20), Zone.NATIONAL),
    Parcel("C1", 9.0, (150, 30, 30), Zone.INTERNATIONAL),
    Parcel("C2", 31.0, (50, 50, 50), Zone.INTERNATIONAL),
    Parcel("D1", 2.0, (210, 10, 10), Zone("local")),
]

print(f"{'ref':<4}{'zone':<15}{'kg':>6}{'vol':>8}{'bill':>7}{'price':>9}")
total = 0.0
for p in sorted(parcels):
    try:
        price = quote(p)
    except TooHeavy as e:
        print(f"{p.ref:<4}REJECTED  {e}")
        continue
    total += price
    print(f"{p.ref:<4}{p.zone.value:<15}{p.weight:>6.2f}{p.volumetric:>8.3f}{p.billable:>7.2f}{price:>9.2f}")
print(f"{'TOTAL':>41}{total:>9.2f}")

grades = "FDCBA"
for score in (33, 60, 77, 89, 90, 100):
    print(score, grades[bisect.bisect([60, 70, 80, 90], score)], end="; ")
print()
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print(sorted_list, bisect.bisect_left(sorted_list, 5), bisect.bisect_right(sorted_list, 5))
keyed = sorted(parcels, key=lambda p: p.weight)
i = bisect.bisect_left(keyed, 2.0, key=lambda p: p.weight)
print("first >= 2kg:", keyed[i].ref)
print(Zone.LOCAL == "local", Zone.INTERNATIONAL.value, [z.name for z in Zone], isinstance(Zone.LOCAL, str))
print(Parcel("x", 1, (1, 1, 1), Zone.LOCAL) == Parcel("x", 1, (1, 1, 1), Zone.LOCAL), max(parcels[:3]).ref)
try:
    parcels[0].weight = 3
except AttributeError as e:
    print("frozen:", type(e).__name__)
print(len({parcels[0], parcels[0], parcels[1]}), math.isclose(0.1 + 0.2, 0.3), math.ceil(4.01), math.floor(-1.5))

from itertools import groupby
from operator import itemgetter, attrgetter, methodcaller
from dataclasses import dataclass
from statistics import mean
import math

LOG = [
    # vehicle, date, odometer_km, litres, price_per_litre
    ("VAN-01", "2024-04-01", 10200, 0.0, 0.0),
    ("VAN-01", "2024-04-05", 10650, 52.3, 1.789),
    ("VAN-01", "2024-04-11", 11120, 55.1, 1.812),
    ("TRK-07", "2024-04-02", 88000, 0.0, 0.0),
    ("TRK-07", "2024-04-04", 88410, 140.2, 1.745),
    ("TRK-07", "2024-04-09", 88990, 196.7, 1.755),
    ("TRK-07", "2024-04-15", 89300, 101.0, 1.801),
    ("CAR-3", "2024-04-03", 5500, 0.0, 0.0),
    ("CAR-3", "2024-04-20", 6210, 38.4, 1.829),
    ("VAN-01", "2024-04-18", 11590, 50.0, 1.799),
    ("CAR-3", "2024-04-12", 5900, 21.9, 1.801),
]


@dataclass
class Leg:
    vehicle: str
    date: str
    km: int
    litres: float
    cost: float

    @property
    def l_per_100(self) -> float:
        return self.litres / self.km * 100 if self.km else math.nan


def legs(rows):
    rows = sorted(rows, key=itemgetter(0, 2))
    for vehicle, group in groupby(rows, key=itemgetter(0)):
        group = list(group)
        for prev, cur in zip(group, group[1:]):
            yield Leg(vehicle, cur[1], cur[2] - prev[2], cur[3], round(cur[3] * cur[4], 2))


all_legs = list(legs(LOG))
print(f"{'vehicle':<8}{'date':<12}{'km':>6}{'litres':>8}{'L/100':>7}{'cost':>9}")
for leg in all_legs:
    flag = " <-- high" if leg.l_per_100 > 30 else ""
    print(f"{leg.vehicle:<8}{leg.date:<12}{leg.km:>6}{leg.litres:>8.1f}{leg.l_per_100:>7.2f}{leg.cost:>9.2f}{flag}")

print()
summary = []
for vehicle, group in groupby(sorted(all_legs, key=attrgetter("vehicle")), key=attrgetter("vehicle")):
    g = list(group)
    km = sum(l.km for l in g)
    litres = sum(l.litres for l in g)
    cost = sum(l.cost for l in g)
    summary.append((vehicle, km, litres, cost, litres / km * 100, cost / km))
summary.sort(key=itemgetter(5), reverse=True)
for v, km, litres, cost, eff, per_km in summary:
    print(f"{v:<8} {km:>5} km {litres:>7.1f} L {cost:>8.2f} EUR  {eff:5.2f} L/100  {per_km:.3f} EUR/km")

fleet_cost = sum(map(itemgetter(3), summary))
print(f"fleet total {fleet_cost:.2f}, mean L/100 {mean(s[4] for s in summary):.2f}")
best = min(summary, key=itemgetter(4))
print("most efficient:", best[0])
months = {}
for leg in all_legs:
    key = leg.date[:7]
    months[key] = months.get(key, 0) + leg.cost
print("by month:", {k: round(v, 2) for k, v in months.items()})
upper = list(map(methodcaller("upper"), ["van", "trk"]))
print(upper, itemgetter(1, 0)(("a", "b")), attrgetter("vehicle", "km")(all_legs[0]))
prices = sorted({row[4] for row in LOG if row[4]})
print("price range:", prices[0], "-", prices[-1], "spread", round(prices[-1] - prices[0], 3))
weighted = sum(r[3] * r[4] for r in LOG) / sum(r[3] for r in LOG)
print(f"volume-weighted price {weighted:.4f}")
print(Leg("X", "d", 0, 1.0, 0.0).l_per_100, math.isnan(Leg("X", "d", 0, 1.0, 0.0).l_per_100))
print(sorted(LOG, key=lambda r: (-r[3], r[0]))[0][:2], max(LOG, key=itemgetter(2))[0])

"""Progressive tax calculator using bisect over bracket thresholds."""
import bisect
from decimal import Decimal, ROUND_HALF_UP
from dataclasses import dataclass
from typing import NamedTuple


class Bracket(NamedTuple):
    floor: int
    rate: Decimal


BRACKETS = [
    Bracket(0, Decimal("0.10")),
    Bracket(11_000, Decimal("0.12")),
    Bracket(44_725, Decimal("0.22")),
    Bracket(95_375, Decimal("0.24")),
    Bracket(182_100, Decimal("0.32")),
    Bracket(231_250, Decimal("0.35")),
    Bracket(578_125, Decimal("0.37")),
]
FLOORS = [b.floor for b in BRACKETS]
CENT = Decimal("0.01")


def tax_for(income: Decimal) -> tuple[Decimal, list[tuple[Bracket, Decimal]]]:
    idx = bisect.bisect_right(FLOORS, income) - 1
    parts = []
    total = Decimal(0)
    for i in range(idx + 1):
        lo = BRACKETS[i].floor
        hi = BRACKETS[i + 1].floor if i + 1 < len(BRACKETS) else None
        top = income if hi is None or income < hi else Decimal(hi)
        portion = (top - lo) * BRACKETS[i].rate
        parts.append((BRACKETS[i], portion))
        total += portion
    return total.quantize(CENT, rounding=ROUND_HALF_UP), parts


@dataclass
class Filer:
    name: str
    wages: Decimal
    deductions: Decimal = Decimal("13850")

    @property
    def taxable(self):
        return max(Decimal(0), self.wages - self.deductions)


filers = [
    Filer("Ana", Decimal("9500")),
    Filer("Ben", Decimal("52000.50")),
    Filer("Cleo", Decimal("140000"), Decimal("27700")),
    Filer("Dev", Decimal("650000")),
    Filer("Eli", Decimal("24850")),
]

print(f"{'Name':<6}{'Wages':>14}{'Taxable':>14}{'Tax':>13}{'Eff%':>8}{'Marg%':>7}")
for f in filers:
    tax, parts = tax_for(f.taxable)
    eff = (tax / f.wages * 100).quantize(Decimal("0.1")) if f.wages else Decimal(0)
    marg = parts[-1][0].rate * 100 if parts and f.taxable > 0 else Decimal(0)
    print(f"{f.name:<6}{f.wages:>14,.2f}{f.taxable:>14,.2f}{tax:>13,.2f}{eff:>8}{marg:>7.0f}")

print()
tax, parts = tax_for(Decimal("100000"))
print("Breakdown for taxable 100,000:")
for br, portion in parts:
    print(f"  from {br.floor:>7,} at {br.rate:.0%}: {portion.quantize(CENT):>10}")
print(f"  total {tax}")

# bisect helpers
print([bisect.bisect_left(FLOORS, x) for x in (0, 11_000, 11_001, 10**6)])
thresholds = sorted([250, 100, 900])
bisect.insort(thresholds, 500)
print(thresholds, bisect.bisect(thresholds, 500))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 60, 79, 95)])
print(Decimal("1.005").quantize(CENT, ROUND_HALF_UP), Decimal("2.675") * 2, Decimal(1) / Decimal(3))
print(sum([Decimal("0.1")] * 3) == Decimal("0.3"), 0.1 * 3 == 0.3, repr(Decimal("7.50")))

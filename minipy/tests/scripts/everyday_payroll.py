from decimal import Decimal, ROUND_HALF_UP, getcontext
from dataclasses import dataclass, field
from typing import NamedTuple
import csv
import io

getcontext().prec = 28
CENT = Decimal("0.01")


class Shift(NamedTuple):
    day: str
    hours: Decimal


@dataclass(order=True)
class Employee:
    name: str
    rate: Decimal = field(compare=False)
    shifts: list = field(default_factory=list, compare=False, repr=False)

    def regular_and_overtime(self):
        total = sum((s.hours for s in self.shifts), Decimal(0))
        regular = min(total, Decimal(40))
        return regular, total - regular

    def gross(self) -> Decimal:
        reg, ot = self.regular_and_overtime()
        return (reg * self.rate + ot * self.rate * Decimal("1.5")).quantize(CENT, ROUND_HALF_UP)


def deductions(gross: Decimal) -> dict:
    return {
        "tax": (gross * Decimal("0.18")).quantize(CENT, ROUND_HALF_UP),
        "pension": (gross * Decimal("0.05")).quantize(CENT, ROUND_HALF_UP),
        "union": Decimal("12.50") if gross > 500 else Decimal("0.00"),
    }


RAW = """name,rate,day,hours
Alice,24.50,Mon,8
Bob,19.75,Mon,9.5
Alice,24.50,Tue,8.25
Carla,31.00,Mon,10
Bob,19.75,Tue,11
Carla,31.00,Tue,10
Alice,24.50,Wed,7.75
Carla,31.00,Wed,12
Carla,31.00,Thu,11.5
Bob,19.75,Wed,oops
Dan,15.00,Mon,4
"""

employees: dict[str, Employee] = {}
bad_rows = []
for lineno, row in enumerate(csv.DictReader(io.StringIO(RAW)), start=2):
    try:
        hours = Decimal(row["hours"])
    except Exception as exc:
        bad_rows.append((lineno, type(exc).__name__))
        continue
    emp = employees.setdefault(row["name"], Employee(row["name"], Decimal(row["rate"])))
    emp.shifts.append(Shift(row["day"], hours))

print("skipped rows:", bad_rows)
out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["name", "hours", "overtime", "gross", "tax", "pension", "union", "net"])
totals = Decimal(0)
for emp in sorted(employees.values()):
    reg, ot = emp.regular_and_overtime()
    g = emp.gross()
    d = deductions(g)
    net = g - sum(d.values())
    totals += net
    writer.writerow([emp.name, reg + ot, ot, g, *d.values(), net])
print(out.getvalue(), end="")
print(f"Total net payroll: {totals:>12,}")
print(f"Average net: {(totals / len(employees)).quantize(CENT)}")
top = max(employees.values(), key=Employee.gross)
print("Top earner:", top, top.shifts[0], top.shifts[0]._asdict())
print(Decimal("1.10") + Decimal("2.205"), Decimal(1) / Decimal(3), Decimal("2.675").quantize(CENT))
print(sorted(employees.values())[0] < sorted(employees.values())[1])
s = Shift("Fri", Decimal("3"))
print(s._replace(hours=Decimal("4.5")), Shift._fields, s.day)

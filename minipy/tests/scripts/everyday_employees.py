from __future__ import annotations
from dataclasses import dataclass, field
from typing import Optional, Iterator
from collections import Counter


@dataclass(eq=False)
class Employee:
    name: str
    title: str
    salary: int
    manager: Optional[Employee] = field(default=None, repr=False)
    reports: list[Employee] = field(default_factory=list, repr=False)

    def add(self, *emps: Employee) -> Employee:
        for e in emps:
            e.manager = self
            self.reports.append(e)
        return self

    def walk(self, depth=0) -> Iterator[tuple[int, Employee]]:
        yield depth, self
        for r in sorted(self.reports, key=lambda e: e.name):
            yield from r.walk(depth + 1)

    def chain(self):
        e, out = self, []
        while e:
            out.append(e.name)
            e = e.manager
        return " < ".join(out)

    @property
    def team_cost(self) -> int:
        return self.salary + sum(r.team_cost for r in self.reports)

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Employee) and self.name == other.name


ceo = Employee("Ada", "CEO", 300_000)
cto = Employee("Linus", "CTO", 250_000)
cfo = Employee("Grace", "CFO", 240_000)
ceo.add(cto, cfo)
cto.add(Employee("Ken", "Engineer", 150_000), Employee("Barbara", "Engineer", 155_000),
        Employee("Guido", "Lead", 180_000).add(Employee("Tim", "Engineer", 120_000)))
cfo.add(Employee("Paul", "Accountant", 90_000))

for depth, e in ceo.walk():
    print(f"{'  ' * depth}{'└─ ' if depth else ''}{e.name} ({e.title}) ${e.salary:,}")
everyone = [e for _, e in ceo.walk()]
by_name = {e.name: e for e in everyone}
print(by_name["Tim"].chain())
print({e.name: f"{e.team_cost / 1000:.0f}k" for e in everyone if e.reports})
print(Counter(e.title for e in everyone).most_common(2))
top3 = sorted(everyone, key=lambda e: e.salary, reverse=True)[:3]
print([f"{e.name}:{e.salary}" for e in top3])
avg_by_depth = {}
for d, e in ceo.walk():
    avg_by_depth.setdefault(d, []).append(e.salary)
print({d: sum(v) // len(v) for d, v in avg_by_depth.items()})
print(Employee("Ken", "x", 1) in everyone, len(set(everyone) | {Employee("Ken", "y", 2)}))
print(repr(by_name["Ken"]))


def lca(a: Employee, b: Employee) -> Employee:
    seen = set()
    while a:
        seen.add(a.name)
        a = a.manager
    while b.name not in seen:
        b = b.manager
    return b


print(lca(by_name["Tim"], by_name["Ken"]).name, lca(by_name["Tim"], by_name["Paul"]).name)
raise_pct = {"Engineer": 5, "Lead": 4}
for e in everyone:
    e.salary += e.salary * raise_pct.get(e.title, 0) // 100
print(ceo.team_cost, max(everyone, key=lambda e: (e.title == "Engineer", e.salary)).name)

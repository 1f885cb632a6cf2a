# Employee records: a record class with ordering and equality, grouping, sorting, reports.
from functools import total_ordering
from collections import defaultdict, namedtuple

@total_ordering
class Employee:
    def __init__(self, name, dept, salary, years):
        self.name = name
        self.dept = dept
        self.salary = salary
        self.years = years

    def __repr__(self):
        return f"Employee({self.name!r}, {self.dept!r}, {self.salary}, {self.years})"

    def __eq__(self, other):
        if not isinstance(other, Employee):
            return NotImplemented
        return (self.salary, self.name) == (other.salary, other.name)

    def __lt__(self, other):
        return (self.salary, self.name) < (other.salary, other.name)

    def raise_pct(self, pct):
        self.salary = round(self.salary * (1 + pct / 100))

staff = [
    Employee("Ada", "eng", 120000, 7),
    Employee("Grace", "eng", 135000, 12),
    Employee("Linus", "ops", 98000, 4),
    Employee("Barbara", "ops", 101000, 9),
    Employee("Ken", "eng", 99000, 2),
    Employee("Radia", "research", 125000, 15),
]

print(min(staff), max(staff).name)
print(sorted(staff)[:2])
print([e.name for e in sorted(staff, key=lambda e: (e.dept, -e.years))])
groups = defaultdict(list)
for e in staff:
    groups[e.dept].append(e)
Summary = namedtuple("Summary", "dept count avg top")
summaries = []
for dept, members in sorted(groups.items()):
    avg = sum(m.salary for m in members) / len(members)
    summaries.append(Summary(dept, len(members), avg, max(members).name))
for s in summaries:
    print(f"{s.dept:>9}: {s.count} people, avg {s.avg:,.0f}, top {s.top}")
print(summaries[0]._asdict())
for e in staff:
    if e.years >= 9:
        e.raise_pct(5)
print(sorted((e.name, e.salary) for e in staff if e.years >= 9))
print(Employee("X", "a", 1, 1) == Employee("X", "b", 1, 9), Employee("X", "a", 1, 1) >= Employee("Y", "a", 1, 1))
seniority = {e.name: "senior" if e.years > 8 else "junior" for e in staff}
print(sorted(seniority.items(), key=lambda kv: (kv[1], kv[0])))

from statistics import mean, median, stdev
from collections import namedtuple
Student = namedtuple("Student", ["name", "grades"])
roster = [Student("Ann", [88, 92, 79]), Student("Ben", [72, 65, 80]), Student("Cid", [95, 98, 100]), Student("Dee", [60, 70, 65])]
def letter(avg):
    for cutoff, l in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return l
    return "F"
report = {s.name: round(mean(s.grades), 1) for s in roster}
print(report)
for name, avg in sorted(report.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{name}: {avg:5.1f} {letter(avg)}")
all_grades = [g for s in roster for g in s.grades]
print(mean(all_grades), median(all_grades), round(stdev(all_grades), 3), max(all_grades), min(all_grades))
best = max(roster, key=lambda s: sum(s.grades))
print(best, best.name, best._asdict())
print([s.name for s in roster if any(g < 66 for g in s.grades)], all(len(s.grades) == 3 for s in roster))

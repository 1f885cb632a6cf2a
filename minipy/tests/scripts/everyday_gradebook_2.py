"""Gradebook: dataclasses, statistics, sorted with keys, f-strings."""
from dataclasses import dataclass, field
from statistics import mean, median, pstdev
from collections import defaultdict


@dataclass
class Student:
    name: str
    scores: list = field(default_factory=list)

    @property
    def average(self):
        return mean(self.scores) if self.scores else 0.0

    def letter(self):
        avg = self.average
        for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
            if avg >= cutoff:
                return grade
        return "F"


RAW = """alice,92,88,95
bob,75,64,80
carol,58,61,49
dave,85,91,78
erin,100,97,99
frank,70,70,71"""


def load(text):
    out = []
    for line in text.splitlines():
        name, *nums = line.split(",")
        out.append(Student(name.title(), [int(n) for n in nums]))
    return out


def report(students):
    print(f"{'Name':<8}{'Avg':>8}{'Grade':>7}")
    print("-" * 23)
    for s in sorted(students, key=lambda s: (-s.average, s.name)):
        print(f"{s.name:<8}{s.average:>8.2f}{s.letter():>7}")
    avgs = [s.average for s in students]
    print(f"class mean   = {mean(avgs):.3f}")
    print(f"class median = {median(avgs):.3f}")
    print(f"class pstdev = {pstdev(avgs):.3f}")


def by_grade(students):
    groups = defaultdict(list)
    for s in students:
        groups[s.letter()].append(s.name)
    for g in sorted(groups):
        print(g, "->", ", ".join(sorted(groups[g])))


students = load(RAW)
report(students)
by_grade(students)
best = max(students, key=lambda s: max(s.scores))
print("best single score:", best.name, max(best.scores))
print(repr(students[0]))
print(Student("Zed") == Student("Zed", []))

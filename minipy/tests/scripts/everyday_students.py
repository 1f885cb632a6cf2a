class Student:
    def __init__(self, name, grades):
        self.name = name
        self.grades = grades

    @property
    def average(self):
        return sum(self.grades) / len(self.grades) if self.grades else 0.0

    @staticmethod
    def letter(avg):
        for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
            if avg >= cutoff:
                return letter
        return "F"

    @classmethod
    def from_line(cls, line):
        name, *marks = line.split()
        return cls(name, [int(m) for m in marks])

    def __repr__(self):
        return f"Student({self.name!r}, {self.grades})"

    def __eq__(self, other):
        return self.name == other.name

    def __hash__(self):
        return hash(self.name)

lines = ["ann 90 85 100", "bob 70 65", "cy 88 92 79 95", "dee", "eve 55 61 58"]
students = [Student.from_line(l) for l in lines]
for s in sorted(students, key=lambda s: s.average, reverse=True):
    print(f"{s.name:<4} {s.average:6.2f} {Student.letter(s.average)}")
print(students[0])
print(len({Student("ann", []), Student("ann", [1]), Student("bob", [])}))
by_letter = {}
for s in students:
    by_letter.setdefault(Student.letter(s.average), []).append(s.name)
print(dict(sorted(by_letter.items())))
all_grades = [g for s in students for g in s.grades]
print(len(all_grades), sum(all_grades) / len(all_grades), sorted(all_grades)[len(all_grades) // 2])
top = [s.name for s in students if s.grades and max(s.grades) == 100]
print(top, [round(s.average) for s in students], divmod(sum(all_grades), 7))

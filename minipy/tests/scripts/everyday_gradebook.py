import statistics
from collections import defaultdict, OrderedDict
from dataclasses import dataclass, asdict
import json


@dataclass(frozen=True)
class Score:
    student: str
    subject: str
    points: float


RAW = """alice,math,91
bob,math,78
carol,math,85
alice,physics,88
bob,physics,92
carol,physics,70
dave,math,60
dave,physics,55
alice,art,99
bob,art,81"""

scores = [Score(n, s, float(p)) for n, s, p in (line.split(",") for line in RAW.splitlines())]


def letter(avg: float) -> str:
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"


by_student = defaultdict(list)
by_subject = defaultdict(dict)
for sc in scores:
    by_student[sc.student].append(sc.points)
    by_subject[sc.subject][sc.student] = sc.points

print(f"{'student':<8}{'n':>3}{'mean':>8}{'best':>6} grade")
for name, pts in sorted(by_student.items(), key=lambda kv: -statistics.mean(kv[1])):
    m = statistics.mean(pts)
    print(f"{name:<8}{len(pts):>3}{m:>8.2f}{max(pts):>6.0f}   {letter(m)}")

for subj in sorted(by_subject):
    vals = list(by_subject[subj].values())
    sd = statistics.stdev(vals) if len(vals) > 1 else 0.0
    top = max(by_subject[subj], key=by_subject[subj].get)
    print(f"{subj:8} median={statistics.median(vals):6.1f} sd={sd:6.3f} top={top}")

ranking = OrderedDict()
for i, (name, pts) in enumerate(sorted(by_student.items(), key=lambda kv: sum(kv[1]), reverse=True), 1):
    ranking[name] = i
ranking.move_to_end("alice")
print(list(ranking.items()), ranking.popitem(last=False))
try:
    scores[0].points = 100
except Exception as e:
    print(type(e).__name__)
print(json.dumps(asdict(scores[0]), sort_keys=True), scores[0] == Score("alice", "math", 91.0))
report = {name: {"avg": round(statistics.mean(p), 2), "grade": letter(statistics.mean(p))} for name, p in by_student.items()}
print(json.dumps(report, indent=2))
print(statistics.mode([sc.subject for sc in scores]), statistics.pvariance([1, 2, 3, 4]), statistics.median_low([1, 3, 5, 7]))

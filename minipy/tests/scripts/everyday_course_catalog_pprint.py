from pprint import pprint, pformat, PrettyPrinter
from collections import defaultdict, ChainMap
import json

COURSES = [
    {"code": "CS101", "title": "Intro to Programming", "credits": 4, "prereqs": [], "sections": [
        {"id": "A", "days": ["Mon", "Wed"], "time": "09:00", "cap": 120, "enrolled": 118},
        {"id": "B", "days": ["Tue", "Thu"], "time": "13:00", "cap": 80, "enrolled": 80}]},
    {"code": "CS201", "title": "Data Structures", "credits": 4, "prereqs": ["CS101"], "sections": [
        {"id": "A", "days": ["Mon", "Wed", "Fri"], "time": "10:00", "cap": 60, "enrolled": 41}]},
    {"code": "CS301", "title": "Algorithms", "credits": 3, "prereqs": ["CS201", "MATH210"], "sections": []},
    {"code": "MATH210", "title": "Discrete Mathematics", "credits": 3, "prereqs": ["MATH101"], "sections": [
        {"id": "A", "days": ["Tue"], "time": "08:00", "cap": 40, "enrolled": 12}]},
    {"code": "MATH101", "title": "Calculus I", "credits": 4, "prereqs": [], "sections": [
        {"id": "A", "days": ["Mon"], "time": "08:00", "cap": 200, "enrolled": 150}]},
]

by_code = {c["code"]: c for c in COURSES}


def all_prereqs(code, seen=None):
    seen = set() if seen is None else seen
    for p in by_code[code]["prereqs"]:
        if p not in seen:
            seen.add(p)
            all_prereqs(p, seen)
    return seen


def levels():
    out = defaultdict(list)
    for c in COURSES:
        out[c["code"][-3]].append(c["code"])
    return dict(out)


pprint(COURSES[1])
pprint(COURSES[0], width=60, depth=2)
pprint({"levels": levels(), "count": len(COURSES)}, sort_dicts=False)
pp = PrettyPrinter(indent=2, width=50, compact=True)
pp.pprint([list(range(15)), {"deep": {"deeper": {"deepest": list("abcdefghij")}}}])
chains = {c: sorted(all_prereqs(c)) for c in by_code}
print(pformat(chains, width=45))
fill = {c["code"]: [round(s["enrolled"] / s["cap"], 3) for s in c["sections"]] for c in COURSES}
pprint(fill)
full = [(c["code"], s["id"]) for c in COURSES for s in c["sections"] if s["enrolled"] >= s["cap"]]
print("full sections:", full)
open_seats = sum(s["cap"] - s["enrolled"] for c in COURSES for s in c["sections"])
print("open seats:", open_seats)
timetable = defaultdict(list)
for c in COURSES:
    for s in c["sections"]:
        for d in s["days"]:
            timetable[d].append(f'{s["time"]} {c["code"]}-{s["id"]}')
order = ["Mon", "Tue", "Wed", "Thu", "Fri"]
for d in order:
    print(f"{d}: {', '.join(sorted(timetable[d])) or '-'}")
defaults = {"semester": "fall", "max_credits": 18, "advisor": None}
student = {"max_credits": 21}
cli = {"advisor": "Dr. Ruiz"}
cfg = ChainMap(cli, student, defaults)
print(cfg["semester"], cfg["max_credits"], cfg["advisor"], len(cfg), sorted(cfg.keys()))
print(json.dumps(chains, indent=1)[:60].replace("\n", "|"))
pprint(tuple(range(3)))
pprint("short string")
pprint([{"a": 1, "b": [1, 2]}, (1, "x")])
pprint({"z": 1, "a": 2, "m": {"y": 0, "b": 9}})
pprint([[i * j for j in range(8)] for i in range(6)], width=40)

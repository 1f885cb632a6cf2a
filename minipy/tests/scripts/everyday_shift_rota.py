"""Build a weekly shift rota for a small clinic and check fairness constraints."""
import itertools
from collections import Counter, defaultdict
from datetime import date, timedelta
import calendar

STAFF = {
    "Asha": {"max": 5, "off": {"Sun"}, "nights": True},
    "Bruno": {"max": 4, "off": {"Mon", "Tue"}, "nights": True},
    "Chen": {"max": 5, "off": set(), "nights": False},
    "Dana": {"max": 3, "off": {"Sat", "Sun"}, "nights": True},
    "Eero": {"max": 5, "off": {"Wed"}, "nights": True},
}
SHIFTS = ["early", "late", "night"]
WEEK_START = date(2024, 7, 1)
DAYS = [WEEK_START + timedelta(d) for d in range(7)]


def day_name(d):
    return calendar.day_abbr[d.weekday()]


def eligible(person, day, shift, load, assigned_today):
    info = STAFF[person]
    if day_name(day) in info["off"] or load[person] >= info["max"]:
        return False
    if shift == "night" and not info["nights"]:
        return False
    return person not in assigned_today


def build_rota():
    rota = {}
    load = Counter()
    last_night = set()
    rotation = itertools.cycle(sorted(STAFF))
    for day in DAYS:
        today = set()
        for shift in SHIFTS:
            for _ in range(len(STAFF)):
                who = next(rotation)
                if eligible(who, day, shift, load, today) and not (shift == "early" and who in last_night):
                    break
            else:
                who = None
            rota[(day, shift)] = who
            if who:
                today.add(who)
                load[who] += 1
        last_night = {rota[(day, "night")]} - {None}
    return rota, load


rota, load = build_rota()
print(calendar.month_name[WEEK_START.month], WEEK_START.year, "- week", WEEK_START.isocalendar()[1])
header = f"{'':<7}" + "".join(f"{day_name(d) + ' ' + str(d.day):>9}" for d in DAYS)
print(header)
for shift in SHIFTS:
    print(f"{shift:<7}" + "".join(f"{rota[(d, shift)] or '--':>9}" for d in DAYS))

print("\nLoad:")
for person in sorted(STAFF):
    bar = "■" * load[person] + "□" * (STAFF[person]["max"] - load[person])
    print(f"  {person:<6}{bar}  {load[person]}/{STAFF[person]['max']}")

gaps = [(day_name(d), s) for (d, s), w in rota.items() if w is None]
print("Unfilled:", gaps or "none")

violations = []
for d1, d2 in itertools.pairwise(DAYS):
    if rota[(d1, "night")] and rota[(d1, "night")] == rota[(d2, "early")]:
        violations.append(f"{rota[(d1, 'night')]} night->early {day_name(d1)}/{day_name(d2)}")
print("Night->early violations:", violations or "none")

by_person = defaultdict(list)
for (d, s), w in sorted(rota.items()):
    if w:
        by_person[w].append(f"{day_name(d)}:{s[0].upper()}")
for p, slots in sorted(by_person.items()):
    print(f"  {p}: {' '.join(slots)}")

pairs = Counter()
for d in DAYS:
    working = sorted(w for s in SHIFTS if (w := rota[(d, s)]))
    pairs.update(itertools.combinations(working, 2))
print("Most frequent co-workers:", pairs.most_common(3))
print("Combos of 2 shifts:", list(itertools.combinations(SHIFTS, 2)))
print("Permutations count:", len(list(itertools.permutations(STAFF, 3))),
      "| product:", list(itertools.product("AB", repeat=2)))
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))

import csv
import io
from collections import defaultdict, Counter
from datetime import datetime, timedelta
from statistics import mean, median


DATA = """id,pet,species,owner,start,minutes,vet,fee
1,Rex,dog,Hill,2024-05-06 09:00,30,Dr. Stone,55.00
2,Mittens,cat,Ng,2024-05-06 09:15,20,Dr. Patel,40.00
3,Bubbles,fish,Ortiz,2024-05-06 09:30,10,Dr. Stone,15.50
4,Rex,dog,Hill,2024-05-06 09:20,45,Dr. Stone,80.00
5,Coco,parrot,Ng,2024-05-06 10:00,25,Dr. Patel,
6,Luna,cat,Silva,2024-05-06 10:10,20,Dr. Patel,40.00
7,Max,dog,Brown,2024-05-06 10:15,60,Dr. Stone,120.00
8,Nibbles,hamster,Ortiz,2024-05-07 08:45,15,Dr. Patel,22.00
9,Luna,cat,Silva,2024-05-07 09:00,30,Dr. Stone,55.00
10,Shadow,cat,"Lee, Jr.",2024-05-07 09:10,20,Dr. Stone,40.00
"""

FMT = "%Y-%m-%d %H:%M"


class Appointment:
    def __init__(self, row: dict):
        self.id = int(row["id"])
        self.pet = row["pet"]
        self.species = row["species"]
        self.owner = row["owner"]
        self.start = datetime.strptime(row["start"], FMT)
        self.end = self.start + timedelta(minutes=int(row["minutes"]))
        self.vet = row["vet"]
        self.fee = float(row["fee"]) if row["fee"] else None

    def overlaps(self, other: "Appointment") -> bool:
        return self.vet == other.vet and self.start < other.end and other.start < self.end

    def __repr__(self):
        return f"#{self.id} {self.pet}@{self.start:%H:%M}-{self.end:%H:%M}"


appts = [Appointment(r) for r in csv.DictReader(io.StringIO(DATA))]
print(f"{len(appts)} appointments loaded")

missing = [a for a in appts if a.fee is None]
print("missing fees:", missing)
known = [a.fee for a in appts if a.fee is not None]
fill = median(known)
for a in missing:
    a.fee = fill
print(f"filled with median {fill:.2f}")

by_day = defaultdict(list)
for a in appts:
    by_day[a.start.date()].append(a)
for day, items in sorted(by_day.items()):
    print(f"{day:%A %d %B}: {len(items)} appts, revenue {sum(a.fee for a in items):8.2f}")
    for vet in sorted({a.vet for a in items}):
        sched = sorted((a for a in items if a.vet == vet), key=lambda a: a.start)
        conflicts = [(x.id, y.id) for i, x in enumerate(sched) for y in sched[i + 1:] if x.overlaps(y)]
        busy = sum((a.end - a.start for a in sched), timedelta())
        print(f"   {vet:<10} busy {busy} conflicts {conflicts}")

species = Counter(a.species for a in appts)
print("species:", species.most_common())
owners = defaultdict(float)
for a in appts:
    owners[a.owner] += a.fee
print("owners by spend:")
for owner, spend in sorted(owners.items(), key=lambda kv: kv[1], reverse=True):
    print(f"  {owner:<10}{spend:>8.2f}")
print("mean fee by species:", {s: round(mean(a.fee for a in appts if a.species == s), 2) for s in sorted(species)})
repeat = [p for p, c in Counter(a.pet for a in appts).items() if c > 1]
print("repeat visitors:", sorted(repeat))
first, last = min(appts, key=lambda a: a.start), max(appts, key=lambda a: a.end)
print("span:", last.end - first.start, "|", first.start.isoformat(), "->", last.end.isoformat(sep=" "))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["id", "pet", "owner", "fee"], lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
w.writeheader()
for a in appts[-3:]:
    w.writerow({"id": a.id, "pet": a.pet, "owner": a.owner, "fee": f"{a.fee:.2f}"})
print(out.getvalue(), end="")

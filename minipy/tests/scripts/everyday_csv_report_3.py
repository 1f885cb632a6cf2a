import csv
import io
import os
import tempfile
from pathlib import Path
from collections import defaultdict
from datetime import date, datetime, timedelta
from statistics import mean

RAW = """date,region,rep,product,units,unit_price
2024-01-03,North,Ann,Widget,10,2.50
2024-01-03,South,Bob,Gadget,3,12.00
2024-01-10,North,Ann,Gadget,1,12.00
2024-01-17,East,Cy,Widget,25,2.40
2024-02-01,South,Bob,Widget,8,2.50
2024-02-14,North,Dee,Gizmo,2,99.99
2024-02-29,East,Cy,Gadget,4,11.50
2024-03-05,South,Eve,"Gizmo, Deluxe",1,149.00
"""

rows = list(csv.DictReader(io.StringIO(RAW)))
for r in rows:
    r["date"] = datetime.strptime(r["date"], "%Y-%m-%d").date()
    r["units"] = int(r["units"])
    r["revenue"] = r["units"] * float(r["unit_price"])
print(len(rows), rows[-1]["product"], rows[0]["date"].isoformat())

by_month = defaultdict(float)
by_rep = defaultdict(list)
for r in rows:
    by_month[r["date"].strftime("%Y-%m (%b)")] += r["revenue"]
    by_rep[r["rep"]].append(r["revenue"])
for m, v in sorted(by_month.items()):
    print(f"{m:<14}{v:>10.2f}")
for rep, revs in sorted(by_rep.items(), key=lambda kv: -sum(kv[1])):
    print(f"{rep:<4} n={len(revs)} total={sum(revs):8.2f} avg={mean(revs):7.2f}")

with tempfile.TemporaryDirectory() as tmp:
    out = Path(tmp) / "reports" / "summary.csv"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["region", "units", "revenue"])
        regions = sorted({r["region"] for r in rows})
        for reg in regions:
            sel = [r for r in rows if r["region"] == reg]
            w.writerow([reg, sum(r["units"] for r in sel), f"{sum(r['revenue'] for r in sel):.2f}"])
    text = out.read_text()
    print(text.replace("\r\n", "\\r\\n|"))
    print(out.name, out.suffix, out.stem, out.parent.name, out.exists(), os.path.getsize(out))
    print(sorted(p.name for p in Path(tmp).rglob("*")))
    with open(out, newline="") as f:
        back = list(csv.reader(f))
    print(back[1:], len(back))
    (Path(tmp) / "notes.txt").write_text("line1\nline2\n")
    print(sorted(os.listdir(tmp)), Path(tmp, "notes.txt").read_text().splitlines())

buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["a", "b"], quoting=csv.QUOTE_NONNUMERIC)
w.writeheader()
w.writerow({"a": "x,y", "b": 1.5})
w.writerow({"a": 'say "hi"', "b": 2})
print(repr(buf.getvalue()))
d = date(2024, 1, 31)
print(d + timedelta(days=30), (date(2024, 3, 1) - d).days, d.weekday(), d.strftime("%A %d %B %Y"))
print(max(rows, key=lambda r: r["revenue"])["date"], min(r["date"] for r in rows).isocalendar()[1])

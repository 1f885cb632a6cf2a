# Sales report: write a CSV to a temp file, read it back, aggregate and print a table.
import os
import time

rows = [
    ("2024-01-03", "books", "Dune", 2, 9.99),
    ("2024-01-04", "games", "Chess set", 1, 24.50),
    ("2024-01-04", "books", "Emma", 1, 5.25),
    ("2024-01-07", "music", "Vinyl", 3, 18.00),
    ("2024-01-09", "games", "Go board", 2, 31.75),
    ("2024-01-11", "books", "Ulysses", 1, 12.40),
]

path = f"/tmp/sales_{time.time_ns()}.csv"
with open(path, "w") as f:
    f.write("date,category,item,qty,price\n")
    for r in rows:
        f.write(",".join(str(x) for x in r) + "\n")

records = []
with open(path) as f:
    header = f.readline().strip().split(",")
    for line in f:
        values = line.rstrip("\n").split(",")
        rec = dict(zip(header, values))
        rec["qty"] = int(rec["qty"])
        rec["price"] = float(rec["price"])
        records.append(rec)
os.remove(path)

totals = {}
for rec in records:
    totals.setdefault(rec["category"], []).append(rec["qty"] * rec["price"])

print(f"{'category':<10}{'items':>6}{'revenue':>10}")
print("-" * 26)
for cat, amounts in sorted(totals.items(), key=lambda kv: -sum(kv[1])):
    print(f"{cat:<10}{len(amounts):>6}{sum(amounts):>10.2f}")
grand = sum(sum(v) for v in totals.values())
print(f"{'total':<10}{len(records):>6}{grand:>10.2f}")

best = max(records, key=lambda r: r["qty"] * r["price"])
print("best line:", best["item"], "on", best["date"])
by_day = sorted({r["date"] for r in records})
print("days:", ", ".join(d[5:] for d in by_day))
share = {cat: sum(v) / grand for cat, v in totals.items()}
for cat in sorted(share):
    print(f"  {cat}: {share[cat]:.1%}")

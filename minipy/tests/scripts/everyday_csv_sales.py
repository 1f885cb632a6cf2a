"""Sales CSV processing in a temp dir: csv, tempfile, pathlib, decimal, itertools.groupby."""
import csv
import tempfile
from decimal import Decimal, ROUND_HALF_UP
from itertools import groupby
from operator import itemgetter
from pathlib import Path

ROWS = [
    ("2024-01-03", "north", "widget", "3", "4.99"),
    ("2024-01-03", "south", "gadget", "1", "19.95"),
    ("2024-01-04", "north", "gadget", "2", "19.95"),
    ("2024-01-05", "east", "widget", "10", "4.49"),
    ("2024-01-05", "south", "widget", "4", "4.99"),
    ("2024-01-06", "north", "doohickey", "7", "0.35"),
    ("2024-01-06", "east", "gadget", "1", "21.00"),
]

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "sales.csv"
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["date", "region", "item", "qty", "price"])
        w.writerows(ROWS)
    print("file exists:", path.exists(), "name:", path.name, "suffix:", path.suffix)
    print("lines:", len(path.read_text().splitlines()))

    with path.open(newline="") as fh:
        records = list(csv.DictReader(fh))

    for r in records:
        r["qty"] = int(r["qty"])
        r["price"] = Decimal(r["price"])
        r["total"] = (r["qty"] * r["price"]).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    print("grand total:", sum((r["total"] for r in records), Decimal("0")))

    by_region = sorted(records, key=itemgetter("region"))
    for region, grp in groupby(by_region, key=itemgetter("region")):
        grp = list(grp)
        tot = sum(r["total"] for r in grp)
        print(f"{region:<6} n={len(grp)} total={tot:>8}")

    items = {}
    for r in records:
        items.setdefault(r["item"], []).append(r["qty"])
    for item, qtys in sorted(items.items()):
        print(f"{item:>10}: qty={sum(qtys):3d} orders={len(qtys)}")

    out = Path(tmp) / "summary.csv"
    with out.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["item", "qty"], lineterminator="\n")
        w.writeheader()
        for item, qtys in sorted(items.items()):
            w.writerow({"item": item, "qty": sum(qtys)})
    print(out.read_text(), end="")
    print(sorted(p.name for p in Path(tmp).iterdir()))

avg = sum(r["price"] for r in records) / len(records)
print("avg price:", avg.quantize(Decimal("0.001")))
print(Decimal("1.10") + Decimal("2.205"), Decimal(1) / Decimal(7))
print(repr(Decimal("3.50")), str(Decimal("-0.0")), Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_UP))

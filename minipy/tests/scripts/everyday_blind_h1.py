import itertools, operator
sales = [("north", "q1", 120), ("south", "q1", 80), ("north", "q2", 150), ("south", "q2", 95), ("east", "q1", 60)]
by_region = {}
for region, quarter, amount in sales:
    by_region.setdefault(region, {})[quarter] = amount
print(by_region)
totals = {r: sum(q.values()) for r, q in by_region.items()}
print(sorted(totals.items(), key=operator.itemgetter(1), reverse=True))
key = operator.itemgetter(1)
for quarter, rows in itertools.groupby(sorted(sales, key=key), key=key):
    rows = list(rows)
    print(quarter, len(rows), sum(r[2] for r in rows), max(rows, key=operator.itemgetter(2))[0])
print(list(itertools.accumulate([r[2] for r in sales], operator.add)), list(itertools.chain(*[[1], [2, 3]])))
pivot = [[r] + [by_region[r].get(q, 0) for q in ("q1", "q2")] for r in sorted(by_region)]
for row in pivot:
    print("{:<6}{:>5}{:>5}".format(*row))
print(f"{sum(a for *_, a in sales) / len(sales):.2f}")

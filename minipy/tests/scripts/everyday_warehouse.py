from collections import namedtuple, OrderedDict, ChainMap
import heapq
import bisect

Product = namedtuple("Product", ["sku", "name", "weight", "price"], defaults=[0.0])
Bin = namedtuple("Bin", "aisle shelf slot")

catalog = [Product("A100", "bolt", 0.01, 0.05), Product("B200", "hammer", 1.2, 14.5),
           Product("C300", "saw", 2.5, 29.99), Product("D400", "drill", 3.1, 89.0),
           Product("E500", "tape", 0.3)]
stock = OrderedDict()
for i, p in enumerate(catalog):
    stock[p.sku] = {"product": p, "qty": (i + 1) * 17 % 50, "bin": Bin(i % 2 + 1, i // 2, chr(65 + i))}

stock.move_to_end("A100")
print(list(stock))
stock.move_to_end("D400", last=False)
print(list(stock.keys())[:2], stock.popitem(last=True)[0])

for sku, rec in sorted(stock.items(), key=lambda kv: kv[1]["bin"]):
    p, b = rec["product"], rec["bin"]
    print(f"{sku} {p.name:<7} qty={rec['qty']:>3} bin={b.aisle}-{b.shelf}-{b.slot} value={rec['qty'] * p.price:>9.2f}")

heavy = heapq.nlargest(2, catalog, key=lambda p: p.weight)
cheap = heapq.nsmallest(3, catalog, key=lambda p: (p.price, p.sku))
print([p.name for p in heavy], [p.name for p in cheap])

reorder = []
for sku, rec in stock.items():
    heapq.heappush(reorder, (rec["qty"], sku))
while reorder:
    q, sku = heapq.heappop(reorder)
    if q > 20:
        break
    print("reorder", sku, q)

prices = sorted(p.price for p in catalog)
for budget in (0, 10, 29.99, 30, 100):
    i = bisect.bisect_right(prices, budget)
    print(f"budget {budget:>6}: {i} items affordable, next {prices[i] if i < len(prices) else None}")
grades = [60, 70, 80, 90]
print([("FDCBA")[bisect.bisect(grades, s)] for s in (33, 60, 75, 89, 90, 100)])
ins = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(ins, x)
print(ins, bisect.bisect_left(ins, 1))

defaults = {"unit": "pcs", "currency": "EUR", "tax": 0.2}
overrides = {"currency": "USD"}
cfg = ChainMap(overrides, defaults)
print(cfg["currency"], cfg["unit"], len(cfg), sorted(cfg))
cfg["tax"] = 0.1
print(defaults["tax"], overrides)
p = catalog[4]
print(p, p._fields, Product._field_defaults)
sku, *_, price = p
print(sku, price, Bin._make([3, 1, "Z"]))

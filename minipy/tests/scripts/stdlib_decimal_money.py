# Everyday money-script patterns with decimal: invoice totals, tax, splitting, formatting.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, localcontext, getcontext

CENT = Decimal("0.01")
items = [("Widget", Decimal("19.99"), 3), ("Gadget", Decimal("4.25"), 10), ("Cable", Decimal("0.99"), 7)]
subtotal = sum((price * qty for _, price, qty in items), Decimal(0))
for name, price, qty in items:
    print(f"{name:<8}{qty:>4} x {price:>7} = {price * qty:>9,.2f}")
tax = (subtotal * Decimal("0.0825")).quantize(CENT, rounding=ROUND_HALF_UP)
discount = (subtotal * Decimal("5") / 100).quantize(CENT, ROUND_HALF_UP)
total = subtotal - discount + tax
print("subtotal", subtotal, "discount", discount, "tax", tax, "total", total)
print(f"TOTAL: ${total:,.2f} ({total:.1%} of a dollar)")

# splitting a bill so the cents add up
def split(amount, n):
    share = (amount / n).quantize(CENT, rounding=ROUND_DOWN)
    parts = [share] * n
    rest = int((amount - share * n) / CENT)
    for i in range(rest):
        parts[i] += CENT
    return parts

parts = split(Decimal("100.00"), 3)
print(parts, sum(parts))
print(split(Decimal("10"), 7))

# interest compounding, rounded each month (banker's rounding vs half up)
balance = Decimal("1000.00")
rate = Decimal("0.05") / 12
for month in range(12):
    balance = (balance * (1 + rate)).quantize(CENT, ROUND_HALF_EVEN)
print("after a year", balance, repr(balance))
print([str(Decimal(x).quantize(CENT, ROUND_HALF_UP)) for x in ["2.675", "2.665", "-1.005", "0.125", "1e-3"]])
print([str(Decimal(x).quantize(CENT)) for x in ["2.675", "2.665", "-1.005", "0.125"]])

# percentages and ratios
sales = {"north": Decimal("12500.50"), "south": Decimal("8730.25"), "east": Decimal("4300")}
whole = sum(sales.values())
for region, amount in sorted(sales.items()):
    share = amount / whole * 100
    print(f"{region:>6}: {amount:>10,.2f} {share:6.2f}% {share.quantize(Decimal('0.1'))}")
print(whole, whole / 3, (whole / 3).quantize(CENT), round(whole / 7, 2), round(Decimal("2.5")), round(Decimal("-7.5")))

# parsing user input, comparing, converting
raw = ["  12.50", "3", "1_000.75", "-0.5", "1e2"]
vals = [Decimal(s) for s in raw]
print(vals, max(vals), min(vals), sorted(vals)[1], sum(vals) / len(vals))
print(int(vals[2]), float(vals[0]), vals[0] == 12.5, vals[1] == 3, Decimal("1.10") == Decimal("1.1"), str(Decimal("1.10")))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, Decimal("123456.78") * 1)
print(getcontext().prec, Decimal(1) / 7)
print(f"{Decimal('-1234.5'):+,.2f} {Decimal('0.004'):.2f} {Decimal('0.005'):.2f} {Decimal('0.015'):.2f} {Decimal('1E+3'):f} {Decimal('12.3456'):10.2f}|")
print(Decimal("19.99").as_tuple(), Decimal("19.990").normalize(), Decimal("100").normalize(), Decimal("0.10").adjusted())

from collections import defaultdict
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP

expenses = [
    ("alice", "dinner", Decimal("90.00"), ["alice", "bob", "carol"]),
    ("bob", "taxi", Decimal("25.50"), ["bob", "carol"]),
    ("carol", "tickets", Decimal("120.00"), ["alice", "bob", "carol", "dave"]),
    ("dave", "snacks", Decimal("13.37"), ["dave", "alice"]),
]

balance = defaultdict(Decimal)
for payer, what, amount, group in expenses:
    share = (amount / len(group)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    balance[payer] += amount
    for person in group:
        balance[person] -= share
    print(f"{payer:<6} paid {amount:>7} for {what:<8} share {share}")

print("-" * 30)
for name in sorted(balance):
    b = balance[name]
    sign = "+" if b >= 0 else "-"
    print(f"{name:<6} {sign}{abs(b):.2f}")

def settle(bal):
    debtors = sorted(((v, k) for k, v in bal.items() if v < 0))
    creditors = sorted(((v, k) for k, v in bal.items() if v > 0), reverse=True)
    txs = []
    i = j = 0
    debtors = [[-v, k] for v, k in debtors]
    creditors = [[v, k] for v, k in creditors]
    while i < len(debtors) and j < len(creditors):
        amt = min(debtors[i][0], creditors[j][0])
        txs.append((debtors[i][1], creditors[j][1], amt))
        debtors[i][0] -= amt
        creditors[j][0] -= amt
        if debtors[i][0] == 0:
            i += 1
        if creditors[j][0] == 0:
            j += 1
    return txs

for a, b, amt in settle(balance):
    print(f"{a} -> {b}: {amt}")

total = sum(e[2] for e in expenses)
print("total", total, type(total).__name__)
fr = Fraction(1, 3) + Fraction(1, 6)
print(fr, float(fr), fr.limit_denominator(10))
print(Decimal("1.10") + Decimal("2.20"), Decimal("10") / Decimal("4"))
print(round(Decimal("2.675"), 2), Decimal("3.14159").quantize(Decimal("0.001")))
print(sum(Fraction(1, n) for n in range(1, 6)))

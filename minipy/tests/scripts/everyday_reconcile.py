import csv
import io
from collections import defaultdict
from datetime import date
from typing import NamedTuple


class Txn(NamedTuple):
    day: date
    desc: str
    cents: int
    ref: str

    @classmethod
    def from_row(cls, row):
        amt = row["amount"].replace(",", "")
        neg = amt.startswith("(") and amt.endswith(")")
        amt = amt.strip("()$")
        whole, _, frac = amt.partition(".")
        cents = int(whole) * 100 + int((frac + "00")[:2])
        return cls(date.fromisoformat(row["date"]), row["desc"].strip(), -cents if neg else cents, row["ref"])


BANK = """date,desc,amount,ref
2024-04-01,Opening deposit,"$1,000.00",R1
2024-04-03, Coffee shop ,($4.50),R2
2024-04-05,Payroll,"$2,345.67",R3
2024-04-09,Rent,"($1,200.00)",R4
2024-04-12,Bank fee,($2.5),R9
2024-04-15,Groceries,($87.13),R5
"""

LEDGER = """date,desc,amount,ref
2024-04-01,Deposit,1000.00,R1
2024-04-03,Coffee,(4.50),R2
2024-04-05,Salary,2345.76,R3
2024-04-09,Rent April,(1200.00),R4
2024-04-15,Groceries,(87.13),R5
2024-04-20,Check #102,(45.00),R6
"""


def load(text):
    return {t.ref: t for t in map(Txn.from_row, csv.DictReader(io.StringIO(text)))}


def fmt(c):
    return f"{'-' if c < 0 else ' '}{abs(c) // 100:>6,}.{abs(c) % 100:02d}"


bank, ledger = load(BANK), load(LEDGER)
matched, mismatched = [], []
for ref in sorted(bank.keys() & ledger.keys()):
    b, l = bank[ref], ledger[ref]
    (matched if b.cents == l.cents else mismatched).append((ref, b, l))
only_bank = sorted(bank.keys() - ledger.keys())
only_ledger = sorted(ledger.keys() - bank.keys())
print(f"matched: {len(matched)}  mismatched: {len(mismatched)}")
for ref, b, l in mismatched:
    print(f"  {ref}: bank{fmt(b.cents)} ledger{fmt(l.cents)} diff{fmt(b.cents - l.cents)}")
for label, refs, src in (("bank only", only_bank, bank), ("ledger only", only_ledger, ledger)):
    for r in refs:
        t = src[r]
        print(f"  {label:<12}{r} {t.day:%b %d} {t.desc!r:14}{fmt(t.cents)}")
bal_b = sum(t.cents for t in bank.values())
bal_l = sum(t.cents for t in ledger.values())
print("balances:", fmt(bal_b), fmt(bal_l), "delta", fmt(bal_b - bal_l))
running = 0
weekly = defaultdict(int)
for t in sorted(bank.values(), key=lambda t: t.day):
    running += t.cents
    weekly[t.day.isocalendar()[1]] += t.cents
    print(f"{t.day.isoformat()} {t.desc:<16}{fmt(t.cents)}{fmt(running)}")
print(dict(weekly))
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["ref", "status", "note"])
w.writerows([[r, "mismatch", 'amount, "differs"'] for r, _, _ in mismatched])
print(out.getvalue(), end="")
print(list(csv.reader(['a,"b,c",d', '1,,"x""y"'])))

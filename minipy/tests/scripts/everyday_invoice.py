from decimal import Decimal, getcontext
from dataclasses import dataclass, field, asdict
import json

getcontext().prec = 28

@dataclass(frozen=True)
class Line:
    sku: str
    qty: int
    unit: Decimal
    taxable: bool = True

    @property
    def subtotal(self):
        return self.qty * self.unit

@dataclass
class Invoice:
    number: str
    customer: str
    lines: list = field(default_factory=list)
    tax_rate: Decimal = Decimal("0.0825")

    def add(self, *args, **kwargs):
        self.lines.append(Line(*args, **kwargs))
        return self

    def totals(self):
        net = sum((l.subtotal for l in self.lines), Decimal(0))
        taxable = sum((l.subtotal for l in self.lines if l.taxable), Decimal(0))
        tax = (taxable * self.tax_rate).quantize(Decimal("0.01"))
        return net, tax, net + tax

    def render(self):
        out = [f"INVOICE {self.number} for {self.customer}"]
        out.append("{:<8}{:>5}{:>10}{:>12}".format("SKU", "QTY", "UNIT", "SUBTOTAL"))
        for l in sorted(self.lines, key=lambda l: (-l.subtotal, l.sku)):
            flag = "" if l.taxable else " *"
            out.append(f"{l.sku:<8}{l.qty:>5}{l.unit:>10.2f}{l.subtotal:>12,.2f}{flag}")
        net, tax, gross = self.totals()
        for label, v in (("Net", net), ("Tax", tax), ("Total", gross)):
            out.append(f"{label:>23}{v:>12,.2f}")
        return "\n".join(out)

inv = Invoice("2024-001", "ACME Corp")
inv.add("WID-1", 12, Decimal("19.99")).add("GAD-7", 3, Decimal("249.50"))
inv.add("SVC-0", 1, Decimal("1200.00"), taxable=False)
inv.add(sku="BOLT", qty=500, unit=Decimal("0.07"))
print(inv.render())

d = asdict(inv)
print(sorted(d.keys()))
print(d["lines"][0])
print(json.dumps(d, default=str, indent=None)[:90])
try:
    inv.lines[0].qty = 5
except Exception as e:
    print(type(e).__name__)
print(hash(Line("A", 1, Decimal("1"))) == hash(Line("A", 1, Decimal("1.0"))))
print(Line("A", 1, Decimal("1")) == Line("A", 1, Decimal("1.00")))

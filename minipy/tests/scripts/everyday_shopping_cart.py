from dataclasses import dataclass, field
from typing import Dict, List
import operator


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    d, c = divmod(abs(cents), 100)
    return f"{sign}${d:,}.{c:02d}"


@dataclass
class Product:
    sku: str
    name: str
    price: int
    taxable: bool = True


@dataclass
class LineItem:
    product: Product
    qty: int

    @property
    def subtotal(self) -> int:
        return self.product.price * self.qty


class Discount:
    def apply(self, cart: "Cart") -> int:
        raise NotImplementedError

    def __str__(self):
        return type(self).__name__


class PercentOff(Discount):
    def __init__(self, pct):
        self.pct = pct

    def apply(self, cart):
        return -(cart.subtotal() * self.pct // 100)

    def __str__(self):
        return f"{super().__str__()}({self.pct}%)"


class BuyXGetOne(Discount):
    def __init__(self, sku, x):
        self.sku, self.x = sku, x

    def apply(self, cart):
        item = cart.items.get(self.sku)
        if not item:
            return 0
        return -(item.qty // (self.x + 1)) * item.product.price


@dataclass
class Cart:
    items: Dict[str, LineItem] = field(default_factory=dict)
    discounts: List[Discount] = field(default_factory=list)
    tax_rate_bp: int = 825

    def add(self, p: Product, qty: int = 1):
        if qty <= 0:
            raise ValueError(f"qty must be positive, got {qty}")
        if p.sku in self.items:
            self.items[p.sku].qty += qty
        else:
            self.items[p.sku] = LineItem(p, qty)
        return self

    def remove(self, sku, qty=None):
        item = self.items[sku]
        if qty is None or qty >= item.qty:
            del self.items[sku]
        else:
            item.qty -= qty

    def subtotal(self):
        return sum(i.subtotal for i in self.items.values())

    def receipt(self):
        lines = [f"{i.product.name:<14}{i.qty:>3} x {money(i.product.price):>8} = {money(i.subtotal):>9}"
                 for i in sorted(self.items.values(), key=operator.attrgetter("product.name"))]
        disc = [(str(d), d.apply(self)) for d in self.discounts]
        total = self.subtotal() + sum(a for _, a in disc)
        taxable = sum(i.subtotal for i in self.items.values() if i.product.taxable)
        tax = (taxable * self.tax_rate_bp + 5000) // 10000
        lines.append("-" * 40)
        lines.append(f"{'Subtotal':<30}{money(self.subtotal()):>10}")
        lines += [f"{name:<30}{money(a):>10}" for name, a in disc if a]
        lines.append(f"{'Tax 8.25%':<30}{money(tax):>10}")
        lines.append(f"{'TOTAL':<30}{money(total + tax):>10}")
        return "\n".join(lines)


catalog = {p.sku: p for p in [Product("A1", "Coffee beans", 1499), Product("B2", "Mug", 899),
                              Product("C3", "Milk", 349, taxable=False), Product("D4", "Grinder", 45900)]}
cart = Cart(discounts=[BuyXGetOne("B2", 2), PercentOff(10)])
cart.add(catalog["A1"], 2).add(catalog["B2"], 3).add(catalog["C3"]).add(catalog["D4"])
cart.add(catalog["A1"])
cart.remove("D4")
print(cart.receipt())
try:
    cart.add(catalog["B2"], 0)
except ValueError as e:
    print("ValueError:", e)
try:
    cart.remove("ZZ")
except KeyError as e:
    print("KeyError:", e)
print(money(-1234567), money(5), money(100000000000))
print(LineItem(catalog["C3"], 2))

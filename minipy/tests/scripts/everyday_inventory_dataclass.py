from dataclasses import dataclass, field
from typing import List, Dict, Optional
from collections import defaultdict
import json

@dataclass
class Product:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return round(self.price * self.qty, 2)

class Inventory:
    def __init__(self):
        self.items: Dict[str, Product] = {}
    def add(self, p: Product) -> None:
        if p.sku in self.items:
            raise ValueError(f"duplicate sku {p.sku!r}")
        self.items[p.sku] = p
    def find(self, sku: str) -> Optional[Product]:
        return self.items.get(sku)
    def by_tag(self):
        out = defaultdict(list)
        for p in self.items.values():
            for t in p.tags:
                out[t].append(p.name)
        return dict(sorted(out.items()))
    def total(self):
        return sum(p.value for p in self.items.values())

inv = Inventory()
inv.add(Product("A1", "Widget", 2.50, 10, ["tools", "small"]))
inv.add(Product("B2", "Gadget", 12.99, 3, ["tools"]))
inv.add(Product("C3", "Doohickey", 0.99, 100))
try:
    inv.add(Product("A1", "Dup", 1, 1))
except ValueError as e:
    print("error:", e)
print(inv.find("B2"))
print(inv.find("Z9"))
print(inv.by_tag())
print(f"total: ${inv.total():,.2f}")
print(json.dumps({s: p.value for s, p in inv.items.items()}, indent=2, sort_keys=True))
print(sorted(inv.items.values(), key=lambda p: p.value, reverse=True)[0].name)

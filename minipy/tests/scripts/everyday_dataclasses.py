# An inventory with dataclasses: defaults, factories, ordering, frozen values, asdict.
from dataclasses import dataclass, field, asdict, astuple, fields, replace, FrozenInstanceError
from typing import List, Optional


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

    def __str__(self):
        return f"{self.amount / 100:.2f} {self.currency}"


@dataclass(order=True)
class Item:
    sort_key: int = field(init=False, repr=False)
    name: str
    price: Money
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = None

    def __post_init__(self):
        self.sort_key = self.price.amount


@dataclass
class Inventory:
    items: List[Item] = field(default_factory=list)

    def add(self, *items):
        self.items.extend(items)
        return self

    def total(self):
        return Money(sum(i.price.amount for i in self.items))


inv = Inventory().add(
    Item("lamp", Money(2599), ["home"]),
    Item("pen", Money(199)),
    Item("desk", Money(15000), ["home", "office"], note="heavy"),
)
for item in sorted(inv.items):
    print(item)
print("total:", inv.total(), repr(inv.total()))
print(asdict(inv.items[1]))
print(astuple(Money(5)), [f.name for f in fields(Item)])
cheap = replace(inv.items[0], name="small lamp", price=Money(999))
print(cheap.name, cheap.price, cheap < inv.items[0], cheap == inv.items[0])
try:
    inv.total().amount = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(Money(1) == Money(1), len({Money(1), Money(1), Money(2)}), Item.__hash__)
try:
    Item("x")
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        values: list = []
except ValueError as e:
    print("ValueError:", e)

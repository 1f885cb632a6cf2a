class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item(name={self.name!r}, price={self.price}, qty={self.qty})"


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        if item.name in self._items:
            self._items[item.name].qty += item.qty
        else:
            self._items[item.name] = item

    def remove(self, name, qty=1):
        item = self._items.get(name)
        if item is None:
            raise KeyError(name)
        if item.qty < qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        if item.qty == 0:
            del self._items[name]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.name))

    def __contains__(self, name):
        return name in self._items

    def total(self):
        return sum(i.value for i in self)


inv = Inventory()
for name, price, qty in [("apple", 0.5, 10), ("pear", 0.75, 4), ("apple", 0.5, 5), ("kiwi", 1.2, 2)]:
    inv.add(Item(name, price, qty))
print(len(inv), "kinds")
for it in inv:
    print(f"  {it.name:8s} {it.qty:3d} x {it.price:5.2f} = {it.value:6.2f}")
print("total", round(inv.total(), 2))
inv.remove("kiwi", 2)
print("kiwi" in inv, "apple" in inv)
for bad in [("pear", 10), ("plum", 1)]:
    try:
        inv.remove(*bad)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(list(inv))
cheap = [i.name for i in inv if i.price < 0.6]
print(cheap, any(i.qty > 10 for i in inv), all(i.qty > 0 for i in inv))

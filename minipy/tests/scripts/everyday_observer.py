from collections import defaultdict
from typing import Callable
import weakref

class Observable:
    def __init__(self):
        self._subs: dict[str, list[Callable]] = defaultdict(list)

    def on(self, event):
        def register(fn):
            self._subs[event].append(fn)
            return fn
        return register

    def emit(self, event, *args, **kwargs):
        results = []
        for fn in list(self._subs.get(event, ())) + list(self._subs.get("*", ())):
            try:
                results.append(fn(event, *args, **kwargs))
            except Exception as e:
                results.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
        return results

    def off(self, event, fn):
        self._subs[event].remove(fn)

class Stock(Observable):
    def __init__(self, symbol, price):
        super().__init__()
        self.symbol = symbol
        self._price = price

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError("negative price")
        old, self._price = self._price, value
        change = (value - old) / old * 100
        for r in self.emit("change", self.symbol, old, value, pct=change):
            if r:
                print("  ->", r)

s = Stock("ACME", 100.0)
history = []

@s.on("change")
def logger(event, sym, old, new, pct):
    history.append(new)
    return f"{sym}: {old:.2f} -> {new:.2f} ({pct:+.1f}%)"

@s.on("change")
def alarm(event, sym, old, new, pct):
    if abs(pct) > 10:
        return f"ALARM {sym} moved {pct:+.2f}%"

@s.on("*")
def broken(event, *a, **k):
    return 1 / 0 if k.get("pct", 0) < -20 else None

for p in [101.5, 120, 90, 60, 61]:
    print(f"set {p}")
    s.price = p
s.off("change", alarm)
s.price = 10
try:
    s.price = -1
except ValueError as e:
    print("rejected:", e)
print(history, s.price)

class Listener:
    def __call__(self, *a, **k):
        return "listener"
l = Listener()
ref = weakref.ref(l)
print(ref() is l, callable(l), s.emit("none"))

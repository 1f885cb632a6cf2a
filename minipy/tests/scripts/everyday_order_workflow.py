"""Order fulfilment state machine with transition guards and an audit trail."""
from enum import Enum
from dataclasses import dataclass, field
from typing import Callable
import functools


class State(str, Enum):
    NEW = "new"
    PAID = "paid"
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


class TransitionError(RuntimeError):
    pass


TRANSITIONS: dict[State, set[State]] = {
    State.NEW: {State.PAID, State.CANCELLED},
    State.PAID: {State.PACKED, State.REFUNDED},
    State.PACKED: {State.SHIPPED, State.REFUNDED},
    State.SHIPPED: {State.DELIVERED},
    State.DELIVERED: {State.REFUNDED},
    State.CANCELLED: set(),
    State.REFUNDED: set(),
}

HOOKS: dict[State, list[Callable]] = {}


def on_enter(state):
    def register(fn):
        HOOKS.setdefault(state, []).append(fn)
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            return fn(*a, **kw)
        return wrapper
    return register


@dataclass
class Order:
    number: int
    items: dict[str, int]
    state: State = State.NEW
    history: list[tuple[int, str, str]] = field(default_factory=list)
    tick: int = 0

    @property
    def total_qty(self):
        return sum(self.items.values())

    def move(self, target: State, note=""):
        if target not in TRANSITIONS[self.state]:
            allowed = sorted(s.value for s in TRANSITIONS[self.state]) or ["(none)"]
            raise TransitionError(
                f"order {self.number}: {self.state.value} -> {target.value} not allowed; "
                f"allowed: {', '.join(allowed)}")
        self.tick += 1
        self.history.append((self.tick, self.state.value, target.value))
        self.state = target
        for hook in HOOKS.get(target, []):
            hook(self, note)


@on_enter(State.PACKED)
def check_stock(order, note):
    if order.total_qty > 5:
        print(f"  [hook] order {order.number}: large parcel ({order.total_qty} items)")


@on_enter(State.REFUNDED)
@on_enter(State.CANCELLED)
def notify(order, note):
    print(f"  [hook] order {order.number} closed as {order.state.name.lower()}: {note or 'n/a'}")


scripts = {
    101: [State.PAID, State.PACKED, State.SHIPPED, State.DELIVERED],
    102: [State.CANCELLED, State.PAID],
    103: [State.PAID, State.SHIPPED],
    104: [State.PAID, State.PACKED, State.REFUNDED],
}
items = {101: {"mug": 2, "tea": 4}, 102: {"pen": 1}, 103: {"lamp": 1}, 104: {"sock": 3}}
orders = {n: Order(n, items[n]) for n in scripts}
for num, steps in scripts.items():
    print(f"order {num}:")
    for st in steps:
        try:
            orders[num].move(st, note="customer request" if st is State.CANCELLED else "")
            print(f"  -> {st.value}")
        except TransitionError as exc:
            print(f"  !! {exc}")
            break

print()
for o in orders.values():
    path = " > ".join([o.history[0][1]] + [h[2] for h in o.history]) if o.history else o.state
    print(f"{o.number}: {o.state.value:<10} {path}")
print(State("paid") is State.PAID, State.PAID == "paid", f"{State.SHIPPED.value}")
print(check_stock.__name__, len(HOOKS[State.REFUNDED]), [s.name for s in HOOKS])
finished = [o.number for o in orders.values() if not TRANSITIONS[o.state]]
print("terminal:", finished, "| open:", [n for n in orders if n not in finished])

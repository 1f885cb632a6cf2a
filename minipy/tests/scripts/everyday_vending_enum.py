"""Vending machine state machine: enum, match statement, custom exceptions."""
from enum import Enum, IntEnum, auto, Flag


class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    DISPENSING = auto()
    OUT_OF_ORDER = auto()


class Coin(IntEnum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25
    DOLLAR = 100


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = auto()


PRICES = {"cola": 125, "chips": 75, "gum": 35}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.log = []

    def event(self, ev):
        match (self.state, ev):
            case (State.OUT_OF_ORDER, _):
                self.log.append("ignored")
            case (_, ("coin", Coin() as c)):
                self.credit += c
                self.state = State.HAS_MONEY
                self.log.append(f"+{c.name.lower()}={self.credit}")
            case (State.HAS_MONEY, ("select", str(item))) if item in PRICES:
                price = PRICES[item]
                if self.credit >= price:
                    self.state = State.DISPENSING
                    change = self.credit - price
                    self.credit = 0
                    self.log.append(f"{item} change={change}:{make_change(change)}")
                    self.state = State.IDLE
                else:
                    self.log.append(f"need {price - self.credit} more")
            case (_, ("select", item)):
                self.log.append(f"cannot select {item!r} in {self.state.name}")
            case (_, "refund"):
                self.log.append(f"refund {self.credit}")
                self.credit = 0
                self.state = State.IDLE
            case (_, "kick"):
                self.state = State.OUT_OF_ORDER
                self.log.append("broken!")
            case _:
                self.log.append(f"unknown {ev!r}")


def make_change(amount):
    out = []
    for coin in sorted(Coin, reverse=True):
        n, amount = divmod(amount, coin.value)
        out.extend([coin.name[0]] * n)
    return "".join(out) or "-"


m = Machine()
for ev in [("select", "cola"), ("coin", Coin.DOLLAR), ("select", "cola"), ("coin", Coin.QUARTER),
           ("coin", Coin.DIME), ("select", "cola"), ("coin", Coin.DOLLAR), ("select", "gum"),
           ("coin", Coin.NICKEL), "refund", ("select", "caviar"), 42, "kick", ("coin", Coin.DIME)]:
    m.event(ev)
print("\n".join(m.log))
print(m.state, repr(m.state), m.state.value, State["IDLE"], State(2).name)
print([s.name for s in State], len(State), State.IDLE in State)
print(Coin.QUARTER + Coin.DIME, Coin(25), Coin.DIME < Coin.QUARTER, int(Coin.DOLLAR))
p = Perm.READ | Perm.WRITE
print(Perm.WRITE in p, Perm.ADMIN in p, p & Perm.READ == Perm.READ, bool(Perm(0)))
print(sorted(x.name for x in Perm if x in p))
try:
    Coin(3)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(Coin.DIME, int), type(State.IDLE).__name__, State.IDLE is State.IDLE)

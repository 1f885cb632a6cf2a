from enum import Enum
from typing import Callable


class State(Enum):
    IDLE = "idle"
    SELECTING = "selecting"
    PAYING = "paying"
    DISPENSING = "dispensing"
    ERROR = "error"


class InvalidTransition(Exception):
    def __init__(self, state, event):
        self.state, self.event = state, event
        super().__init__(f"cannot handle {event!r} in {state.name}")


class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 75}

    def __init__(self):
        self.state = State.IDLE
        self.item = None
        self.paid = 0
        self.history: list[tuple[State, str, State]] = []
        self.handlers: dict[tuple[State, str], Callable] = {
            (State.IDLE, "select"): self._select,
            (State.SELECTING, "select"): self._select,
            (State.SELECTING, "coin"): self._coin,
            (State.PAYING, "coin"): self._coin,
            (State.PAYING, "cancel"): self._cancel,
            (State.SELECTING, "cancel"): self._cancel,
            (State.DISPENSING, "take"): self._take,
        }

    def fire(self, event, arg=None):
        handler = self.handlers.get((self.state, event))
        if handler is None:
            raise InvalidTransition(self.state, event)
        before = self.state
        self.state = handler(arg)
        self.history.append((before, event, self.state))
        return self.state

    def _select(self, item):
        if item not in self.PRICES:
            return State.IDLE
        self.item = item
        return State.SELECTING

    def _coin(self, cents):
        self.paid += cents
        return State.DISPENSING if self.paid >= self.PRICES[self.item] else State.PAYING

    def _cancel(self, _):
        print(f"  refund {self.paid}c")
        self.paid, self.item = 0, None
        return State.IDLE

    def _take(self, _):
        change = self.paid - self.PRICES[self.item]
        print(f"  enjoy your {self.item}; change {change // 100}.{change % 100:02d}")
        self.paid, self.item = 0, None
        return State.IDLE


vm = VendingMachine()
script = [("select", "gum"), ("select", "cola"), ("coin", 100), ("coin", 25), ("take", None),
          ("coin", 100), ("take", None), ("select", "candy"), ("cancel", None), ("select", "chips"),
          ("coin", 25), ("coin", 25), ("coin", 25), ("cancel", None), ("cancel", None)]
for ev, arg in script:
    try:
        st = vm.fire(ev, arg)
        print(f"{ev:>6}({arg!s:>5}) -> {st.value}")
    except InvalidTransition as e:
        print(f"{ev:>6}({arg!s:>5}) !! {e}")
print(len(vm.history), sum(1 for a, _, b in vm.history if a is b))
print({s.name: sum(1 for _, _, b in vm.history if b == s) for s in State})
print(State("paying"), State.ERROR in State, [s.value for s in State][:2])
match vm.history[-1]:
    case (State.PAYING, "cancel", State.IDLE):
        print("last: cancelled while paying")
    case (_, ev, _):
        print("last:", ev)

from enum import Enum, IntEnum, Flag, auto
from dataclasses import dataclass, field
from typing import Callable


class Light(Enum):
    RED = "red"
    RED_AMBER = "red+amber"
    GREEN = "green"
    AMBER = "amber"

    def next(self) -> "Light":
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    EMERGENCY = 9


class Sensor(Flag):
    NONE = 0
    CAR = auto()
    PEDESTRIAN = auto()
    BIKE = auto()


DURATION = {Light.RED: 6, Light.RED_AMBER: 1, Light.GREEN: 5, Light.AMBER: 2}


@dataclass
class Controller:
    state: Light = Light.RED
    remaining: int = DURATION[Light.RED]
    history: list = field(default_factory=list)
    listeners: list = field(default_factory=list)

    def on_change(self, fn: Callable) -> Callable:
        self.listeners.append(fn)
        return fn

    def _set(self, new: Light, t: int, reason: str):
        old, self.state = self.state, new
        self.remaining = DURATION[new]
        self.history.append((t, new))
        for fn in self.listeners:
            fn(t, old, new, reason)

    def tick(self, t: int, sensors: Sensor = Sensor.NONE, priority: Priority = Priority.NORMAL):
        if priority >= Priority.EMERGENCY and self.state is not Light.RED:
            self._set(Light.AMBER if self.state is Light.GREEN else Light.RED, t, "emergency")
            return
        if Sensor.PEDESTRIAN in sensors and self.state is Light.GREEN and self.remaining > 2:
            self.remaining = 2
        self.remaining -= 1
        if self.remaining <= 0:
            if self.state is Light.RED and not (sensors & (Sensor.CAR | Sensor.BIKE)):
                self.remaining = 1
                return
            self._set(self.state.next(), t, "timer")


ctl = Controller()
log = []


@ctl.on_change
def printer(t, old, new, reason):
    print(f"t={t:>2}: {old.value:>9} -> {new.value:<9} ({reason})")


@ctl.on_change
def counter(t, old, new, reason):
    log.append(new.name)


inputs = {3: Sensor.CAR, 4: Sensor.CAR, 5: Sensor.CAR | Sensor.BIKE, 6: Sensor.CAR, 10: Sensor.PEDESTRIAN,
          20: Sensor.BIKE, 25: Sensor.CAR}
for t in range(1, 30):
    sensors = inputs.get(t, Sensor.CAR if t > 6 else Sensor.NONE)
    prio = Priority.EMERGENCY if t in (16, 17) else Priority.NORMAL
    ctl.tick(t, sensors, prio)

print("changes:", len(ctl.history), "final:", ctl.state, ctl.remaining)
print("sequence:", "->".join(log))
print(Light("amber"), Light.GREEN.next().next(), Light["RED"].value)
print(Priority.EMERGENCY > 5, Priority(2).name, sorted([Priority.EMERGENCY, Priority.LOW, 2]), int(Priority.NORMAL) + 1)
both = Sensor.CAR | Sensor.PEDESTRIAN
print(both, Sensor.CAR in both, Sensor.BIKE in both, bool(Sensor.NONE), (both & ~Sensor.CAR) == Sensor.PEDESTRIAN)
print([m.name for m in Sensor], Light.__members__.keys() == {"RED", "RED_AMBER", "GREEN", "AMBER"}, len(Light))
try:
    Light("blue")
except ValueError as e:
    print("ValueError:", e)
print(isinstance(Light.RED, Light), Light.RED is Light("red"), {Light.RED: 1}[Light.RED], Priority.LOW.value)

# A traffic-light state machine and a permissions check, as scripts use enum.
from enum import Enum, IntEnum, Flag, auto, unique


@unique
class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

    @property
    def stop(self):
        return self is not Light.GREEN


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


state = Light.RED
for _ in range(4):
    print(state, repr(state), state.name, state.value, state.stop)
    state = state.next()
print(Light(2), Light["YELLOW"], len(Light), Light.GREEN in Light, type(Light.RED))
print([p.name for p in Light], Light.RED == Light.RED, Light.RED == 1)
try:
    Light(9)
except ValueError as e:
    print("ValueError:", e)
tasks = [("write docs", Priority.LOW), ("fix bug", Priority.HIGH), ("review", Priority.MEDIUM)]
for title, prio in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(f"{title:12} {prio.name:6} {prio}", prio > Priority.LOW, prio + 0)
rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.WRITE in rw, Perm.EXEC in rw, bool(Perm(0)))
print(Planet.EARTH.mass, Planet.MERCURY.radius, Planet.EARTH.value)
counts = {Light.RED: 3, Light.GREEN: 1}
print(counts[Light.RED], {k.name: v for k, v in counts.items()})
Animal = Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)

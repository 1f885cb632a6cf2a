from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Optional


class Size(Enum):
    SMALL = auto()
    MEDIUM = auto()
    LARGE = auto()


RATES = {Size.SMALL: 1.50, Size.MEDIUM: 2.25, Size.LARGE: 3.75}


class GarageFull(Exception):
    def __init__(self, plate: str, size: Size):
        super().__init__(f"no spot for {plate} ({size.name.lower()})")
        self.plate = plate
        self.size = size


@dataclass
class Vehicle:
    plate: str
    size: Size
    arrived: int  # minutes since opening


@dataclass
class Spot:
    number: int
    size: Size
    occupant: Optional[Vehicle] = None

    @property
    def free(self) -> bool:
        return self.occupant is None


@dataclass
class Garage:
    spots: list = field(default_factory=list)
    revenue: float = 0.0
    log: list = field(default_factory=list)

    @classmethod
    def build(cls, layout: dict) -> "Garage":
        g = cls()
        n = 1
        for size, count in layout.items():
            for _ in range(count):
                g.spots.append(Spot(n, size))
                n += 1
        return g

    def park(self, v: Vehicle) -> int:
        candidates = [s for s in self.spots if s.free and s.size.value >= v.size.value]
        if not candidates:
            raise GarageFull(v.plate, v.size)
        best = min(candidates, key=lambda s: (s.size.value, s.number))
        best.occupant = v
        self.log.append(f"{v.arrived:>4} IN  {v.plate:<8} -> spot {best.number}")
        return best.number

    def leave(self, plate: str, now: int) -> float:
        for s in self.spots:
            if s.occupant and s.occupant.plate == plate:
                v = s.occupant
                hours = max(1, -(-(now - v.arrived) // 60))
                fee = hours * RATES[v.size]
                self.revenue += fee
                s.occupant = None
                self.log.append(f"{now:>4} OUT {plate:<8} {hours}h ${fee:6.2f}")
                return fee
        raise KeyError(plate)

    def occupancy(self) -> dict:
        out = {}
        for size in Size:
            total = sum(1 for s in self.spots if s.size is size)
            used = sum(1 for s in self.spots if s.size is size and not s.free)
            out[size.name] = f"{used}/{total}"
        return out


events = [
    ("in", "ABC123", Size.SMALL, 0),
    ("in", "TRUCK1", Size.LARGE, 5),
    ("in", "VAN22", Size.MEDIUM, 12),
    ("in", "MINI9", Size.SMALL, 30),
    ("in", "BUS007", Size.LARGE, 31),
    ("out", "ABC123", None, 95),
    ("in", "BIKE5", Size.SMALL, 100),
    ("out", "TRUCK1", None, 250),
    ("out", "NOPE", None, 260),
    ("in", "BUS007", Size.LARGE, 270),
]

garage = Garage.build({Size.SMALL: 2, Size.MEDIUM: 1, Size.LARGE: 1})
for kind, plate, size, t in events:
    try:
        if kind == "in":
            garage.park(Vehicle(plate, size, t))
        else:
            garage.leave(plate, t)
    except GarageFull as e:
        print("FULL:", e, "| size value", e.size.value)
    except KeyError as e:
        print("unknown plate", e)

print("\n".join(garage.log))
print("occupancy:", garage.occupancy())
print(f"revenue: ${garage.revenue:,.2f}")
print(repr(Size.MEDIUM), Size["LARGE"], Size(1))

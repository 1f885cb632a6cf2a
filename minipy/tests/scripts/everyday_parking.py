from dataclasses import dataclass, field
from enum import Enum
from typing import Optional

class Size(Enum):
    SMALL = 1
    MEDIUM = 2
    LARGE = 3

class GarageFull(Exception):
    def __init__(self, size):
        super().__init__(f"no spot for {size.name.lower()}")
        self.size = size

@dataclass
class Spot:
    number: int
    size: Size
    plate: Optional[str] = None

    @property
    def free(self):
        return self.plate is None

@dataclass
class Garage:
    spots: list = field(default_factory=list)
    log: list = field(default_factory=list)

    @classmethod
    def build(cls, layout):
        g = cls()
        n = 1
        for size, count in layout.items():
            for _ in range(count):
                g.spots.append(Spot(n, size))
                n += 1
        return g

    def park(self, plate, size):
        for s in self.spots:
            if s.free and s.size.value >= size.value:
                s.plate = plate
                self.log.append(("in", plate, s.number))
                return s.number
        raise GarageFull(size)

    def leave(self, plate):
        for s in self.spots:
            if s.plate == plate:
                s.plate = None
                self.log.append(("out", plate, s.number))
                return s.number
        raise KeyError(plate)

    def occupancy(self):
        used = sum(1 for s in self.spots if not s.free)
        return used / len(self.spots)

g = Garage.build({Size.SMALL: 2, Size.MEDIUM: 2, Size.LARGE: 1})
cars = [("AB-1", Size.SMALL), ("CD-2", Size.LARGE), ("EF-3", Size.MEDIUM),
        ("GH-4", Size.SMALL), ("IJ-5", Size.SMALL), ("KL-6", Size.LARGE)]
for plate, size in cars:
    try:
        n = g.park(plate, size)
    except GarageFull as e:
        print(f"{plate:>6}: FAILED ({e})")
    else:
        print(f"{plate:>6}: spot #{n:02d} occupancy={g.occupancy():.1%}")
try:
    g.leave("ZZ-9")
except KeyError as e:
    print("unknown plate", e)
print("left from", g.leave("CD-2"))
print(g.park("KL-6", Size.LARGE))
for kind, plate, num in g.log:
    print(f"{kind:<3}|{plate}|{num}")
print([s.size.name for s in g.spots if s.free])
print(repr(g.spots[0]))

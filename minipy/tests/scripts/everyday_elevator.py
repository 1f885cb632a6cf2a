import sys
import argparse
from enum import Enum, auto
from dataclasses import dataclass, field

class Direction(Enum):
    UP = auto()
    DOWN = auto()
    IDLE = auto()

    def __str__(self):
        return self.name.lower()

@dataclass
class Elevator:
    floors: int
    floor: int = 0
    direction: Direction = Direction.IDLE
    stops: set = field(default_factory=set)
    moved: int = 0

    def request(self, f):
        if not 0 <= f < self.floors:
            raise ValueError(f"floor {f} out of range")
        self.stops.add(f)

    def step(self):
        if not self.stops:
            self.direction = Direction.IDLE
            return None
        above = [s for s in self.stops if s > self.floor]
        below = [s for s in self.stops if s < self.floor]
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            return f"open at {self.floor}"
        if self.direction in (Direction.UP, Direction.IDLE) and above:
            self.direction = Direction.UP
        elif below:
            self.direction = Direction.DOWN
        else:
            self.direction = Direction.UP
        self.floor += 1 if self.direction is Direction.UP else -1
        self.moved += 1
        return f"move {self.direction} to {self.floor}"

def main(argv):
    p = argparse.ArgumentParser(prog="elevator")
    p.add_argument("requests", nargs="*", type=int)
    p.add_argument("--floors", type=int, default=10)
    p.add_argument("--start", type=int, default=0)
    p.add_argument("-v", "--verbose", action="store_true")
    args = p.parse_args(argv)
    e = Elevator(args.floors, args.start)
    for r in args.requests:
        try:
            e.request(r)
        except ValueError as err:
            print("skip:", err)
    tick = 0
    while (msg := e.step()) is not None:
        tick += 1
        if args.verbose or msg.startswith("open"):
            print(f"[{tick:02d}] {msg}")
        if tick == 7:
            e.request(1)
    print(f"done: floor={e.floor} moved={e.moved} dir={e.direction} ({e.direction!r})")
    return 0 if e.moved < 20 else 3

print(list(Direction), Direction["UP"].value, Direction(3))
rc = main(["5", "2", "8", "12", "--start", "4"])
print("rc", rc)
rc = main(["9", "0", "-v", "--floors", "10"])
print("rc", rc, sys.argv[0].endswith(".py"))
sys.exit(rc)

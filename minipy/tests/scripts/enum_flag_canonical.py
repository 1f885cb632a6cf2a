# A Flag class iterates and counts its canonical members only (single bits): not the zero
# member, not named combinations; __members__ keeps every name (Python 3.11).
from enum import Flag, IntFlag, auto


class Perm(Flag):
    NONE = 0
    R = 4
    W = 2
    X = 1
    RWX = 7


print(list(Perm), len(Perm))
print(list(Perm.__members__))
print(Perm._member_names_, list(reversed(Perm)))
print(list(Perm.RWX), list(Perm.NONE), list(Perm.R | Perm.X))
print(Perm(6), repr(Perm(6)), Perm.RWX, ~Perm.R, Perm.R | Perm.W)


class Sensor(Flag):
    NONE = 0
    CAR = auto()
    BIKE = auto()


print([m.name for m in Sensor], len(Sensor), list(Sensor.__members__))


class Mode(IntFlag):
    A = 1
    B = 2
    AB = 3
    Z = 0


print(list(Mode), len(Mode), Mode._member_names_, Mode.AB, Mode(3) is Mode.AB)

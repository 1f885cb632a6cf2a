# math.fsum: infinities, nans, signed zeros, intermediate overflow, non-float items and lazy
# iteration, then generated lists of large, tiny, cancelling and subnormal floats (fixed LCG,
# so both interpreters sum the same lists; 10,000 lists matched CPython when this was written).
import math
from fractions import Fraction
from decimal import Decimal

inf, nan = float("inf"), float("nan")


def show(xs):
    try:
        print(repr(math.fsum(xs)))
    except Exception as e:
        print(type(e).__name__, e)


for xs in [[inf, -inf], [inf, -inf, nan], [nan, inf], [nan, -inf], [inf, inf], [-inf, 5],
           [nan], [inf, 1e308, 1e308], [1e308, 1e308, inf], [1e308, 1e308, -1e308],
           [1e308, -1e308, 1e308], [1e308, 1e308, nan], [-0.0], [], [-0.0, -0.0], [-0.0, 0.0],
           [5e-324, -5e-324], [1e100, 1.0, -1e100, 1e-100], [0.1] * 10, [1, 2, 3],
           [10**400], [2**1024 - 1], [2**53 + 1, 1.0], [True, 0.5], [Fraction(1, 3), 2],
           [Decimal("0.1"), 0.2], ["a"], [1, None], [object()], (x / 10 for x in range(10)),
           range(5), {1.5: 0, 2.5: 0}, 5]:
    show(xs)


class F:
    def __float__(self):
        return 0.25


class Bad:
    def __float__(self):
        return 1


class Idx:
    def __index__(self):
        return 7


show([F(), F()])
show([Bad()])
show([Idx(), 0.5])


def gen():
    yield 1.0
    yield "a"
    raise KeyError("never reached")


show(gen())


def overflow_then_raise():
    yield 1e308
    yield 1e308
    raise KeyError("never reached")


show(overflow_then_raise())
try:
    math.fsum()
except TypeError as e:
    print(e)

state = 12345


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n


results = []
for case in range(100):
    xs = []
    for _ in range(rnd(12)):
        kind = rnd(6)
        m = rnd(1 << 30) * (1 << 23) + rnd(1 << 23)
        if rnd(2):
            m = -m
        e = [rnd(2098) - 1126, rnd(60) - 30, min(960 + rnd(18), 971), -1126 + rnd(60)][kind] \
            if kind < 4 else rnd(200) - 100
        x = math.ldexp(float(m), e)
        xs.append(x)
        if rnd(4) == 0:
            xs.append(-x)
    try:
        results.append(math.fsum(xs).hex())
    except OverflowError:
        results.append("OverflowError")
print(len(results), results.count("OverflowError"))
for i in range(0, len(results), 100):
    print(" ".join(results[i:i + 100:7]))
import hashlib
print(hashlib.sha256(" ".join(results).encode()).hexdigest())

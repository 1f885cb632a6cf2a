# Generator expressions step by step: nested clauses, filters, send/throw/close, exceptions in
# the element, lifetimes of what they hold, and the builtins that drive them.
import gc
import sys
import traceback
import weakref

g = (x * y for x in range(3) if x != 1 for y in "ab" if y)
print(list(g), list(g))

g = (x for x in [1, 2, 3])
print(g.gi_running, g.gi_frame is not None, next(g), g.send(99), g.gi_frame is not None)
print(list(g), g.gi_frame)

g = (x for x in [1, 2])
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e)
print(next(g))

g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
    tb = traceback.extract_tb(e.__traceback__)
    print([f.name for f in tb])
print(list(g))

g = (x for x in range(5))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(list(g))

g = (x for x in range(5))
next(g)
print(g.close(), list(g))
g = (x for x in range(5))
g.close()
print(list(g))


def boom():
    raise StopIteration(7)


g = (boom() for x in [1])
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# Nested generator expressions and generator functions inside one.
def gen(n):
    for i in range(n):
        yield i


print(sum(sum(j for j in gen(i)) for i in range(6)))
print([list(x for x in gen(i) if x % 2) for i in range(5)])
print(max((x * x for x in gen(10) if x < 7)), min(x for x in "hello"))
print(sum((x for x in [1.5, 2.5]), 10), sum(x for x in []), sum(([x] for x in range(3)), []))


# A generator expression running inside a generator function, and one that calls one.
def outer():
    yield from (x + 1 for x in range(3))
    yield sum(y for y in gen(4))


print(list(outer()))


class Obj:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


r = weakref.ref(Obj(3))
items = [Obj(4)]
g = (o.n for o in items)
del items
print(next(g))
del g
gc.collect()
print("after del")


# Recursion through generator expressions hits the recursion limit, not the native stack.
def deep(n):
    return sum(deep(n - 1) for _ in [0]) if n else 1


try:
    deep(100000)
except RecursionError:
    print("RecursionError")
print(deep(50))

# Running generator expressions: already executing.
def self_ref():
    return next(g2)


g2 = (self_ref() for _ in [1])
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)



# sum() adds as it goes: the generator sees the partial sums' side effects in order.
class Loud:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("add", self.v, other)
        return Loud(self.v + other)


def noisy():
    for i in range(3):
        print("yield", i)
        yield i


print(sum(noisy(), Loud(0)).v)
try:
    sum(x for x in [1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sum(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(sum(range(10)), sum([1, 2], 5), sum(iter([0.5] * 4)), sum({1: 2, 3: 4}))

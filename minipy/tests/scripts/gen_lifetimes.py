import gc
import weakref

class T:
    def __init__(self, name):
        self.name = name

def holder(name):
    t = T(name)
    w = weakref.ref(t, lambda r: print("callback", name))
    yield w
    yield 2

# A generator's frame dies when it is exhausted.
g = holder("exhausted")
w = next(g)
print("alive while suspended:", w() is not None)
for _ in g:
    pass
gc.collect()
print("after exhaustion:", w() is None)

# ... or closed.
g = holder("closed")
w = next(g)
g.close()
gc.collect()
print("after close:", w() is None)

# An unfinished generator that becomes garbage is closed: its finally runs.
def with_finally(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)

g = with_finally("dropped")
next(g)
del g
gc.collect()
print("after del")

# Never started: nothing runs.
g = with_finally("never started")
del g
print("unstarted dropped")

# A generator object is weak-referenceable.
g = with_finally("weak")
wg = weakref.ref(g)
print(wg() is g)
next(g)
g = None
gc.collect()
print("weakref to generator dead:", wg() is None)

# A generator in a cycle with __del__ is closed by the cyclic collector.
class Node:
    def __del__(self):
        print("Node.__del__")

def cyc():
    n = Node()
    n.gen = me
    try:
        yield n
    finally:
        print("cycle finally")

me = cyc()
next(me)
me = None
gc.collect()
print("after collect")

# Values held across a suspension survive collections.
def keeps():
    x = [T("kept")]
    yield 1
    gc.collect()
    yield x[0].name
k = keeps()
next(k)
gc.collect()
print(next(k))

# Many generators made and dropped.
total = 0
for i in range(2000):
    gi = (j for j in range(3))
    total += next(gi)
    if i % 3 == 0:
        total += sum(gi)
print("total", total)

def deep(n):
    if n == 0:
        yield "bottom"
    else:
        yield from deep(n - 1)
print(next(deep(200)))

def recurse(n):
    return recurse(n + 1)
def gen_recursing():
    yield recurse(0)
try:
    next(gen_recursing())
except RecursionError:
    print("RecursionError")
print("end")

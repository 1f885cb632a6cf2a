# A comprehension is a scope of its own: its loop variables do not leak, its
# first iterable is evaluated outside it, and lambdas made in it capture its
# (one) cell for the loop variable, which lives as long as they do.
import weakref, gc

class T:
    def __init__(self, n):
        self.n = n

x = "module x"
squares = [x * x for x in range(4)]
print(squares, x)

def f():
    i = "f's i"
    fs = [lambda: i.n for i in [T(1), T(2), T(3)]]
    return fs, i

fs, i = f()
print([g() for g in fs], i)
print(fs[0].__closure__[0] is fs[2].__closure__[0])
last = weakref.ref(fs[0].__closure__[0].cell_contents)
del fs
gc.collect()
print("loop value dead with the lambdas:", last() is None)

class C:
    items = [1, 2]
    doubled = [v * 2 for v in items]
print(C.doubled)
try:
    class D:
        k = 3
        bad = [k for _ in range(2)]
except NameError as e:
    print("NameError:", e)

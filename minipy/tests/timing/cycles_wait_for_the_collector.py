# Reference cycles outlive the statement that dropped them, as under CPython's refcounting: they
# die at the next gc.collect(), weak reference callbacks first, then __del__ in allocation order,
# and gc.collect() counts only them (not the temporaries refcounting freed).
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


gc.collect()
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
w = weakref.ref(b, lambda r: print("callback b"))
del a, b
print("dropped the cycle")
c = Node("c")
del c
print("dropped c")
print("collected", gc.collect())

# A cycle that reaches a plain object keeps it until the collector runs.
holder = Node("holder")
holder.me = holder
holder.child = Node("child")
del holder
print("dropped holder")
print("collected", gc.collect())

# Temporaries (a bound method, an iterator) are not counted.
items = [1, 2, 3]
items.append(items)
append = items.append
for x in items[:3]:
    pass
del items, append
print("collected", gc.collect())


# An exception handled and dropped inside a function does not keep its locals past the return.
def handled():
    local = Node("local")
    try:
        raise ValueError("x")
    except ValueError:
        print("caught")
    print("returning")


handled()
print("returned")


# A frame a live traceback holds keeps its locals until the traceback goes.
def failing():
    kept = Node("kept by traceback")
    raise KeyError("k")


try:
    failing()
except KeyError as e:
    tb = e.__traceback__
print("traceback held")
del tb
print("traceback dropped")
print("end")

# weakref.getweakrefs lists an object's weak references in CPython's order: the plain ref
# without callback, the proxy without callback, then every other reference newest first
# (container entries count among the others).
import weakref


class A:
    pass


def cb1(r):
    pass


def cb2(r):
    pass


a = A()
r1 = weakref.ref(a, cb1)
p0 = weakref.proxy(a)
r0 = weakref.ref(a)
r2 = weakref.ref(a, cb2)
p1 = weakref.proxy(a, cb1)
names = {id(r1): "r1", id(p0): "p0", id(r0): "r0", id(r2): "r2", id(p1): "p1"}
print([names.get(id(x), "?") for x in weakref.getweakrefs(a)])
print(weakref.ref(a) is r0, weakref.proxy(a) is p0)

ws = weakref.WeakSet()
ws.add(a)
r3 = weakref.ref(a, cb2)
names[id(r3)] = "r3"
print([names.get(id(x), "entry") for x in weakref.getweakrefs(a)])
print(weakref.getweakrefcount(a))

del r0, p0, r2
names = {id(r1): "r1", id(r3): "r3", id(p1): "p1"}
print([names.get(id(x), "entry") for x in weakref.getweakrefs(a)])

b = A()
only_callbacks = [weakref.ref(b, cb1) for i in range(3)]
positions = {id(r): i for i, r in enumerate(only_callbacks)}
print([positions[id(x)] for x in weakref.getweakrefs(b)])

# Objects die after the statement that dropped them, young or old: minipy's generational mode
# frees young ones with a minor collection and needs a full one whenever something old may have
# died (a minor keeps old garbage and what it holds).
import gc
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Plain:
    pass


def cb(r):
    print("callback")


# Young objects dying at once.
for i in range(3):
    a = A("young %d" % i)
    a = None
    print("after", i)

# An object made old by a full collection, then dropped.
old = A("old")
gc.collect()
old = None
print("after old")

# An old container holding a young object: dropping the container frees both.
holder = [None]
gc.collect()
holder[0] = A("young in old list")
holder = None
print("after old holder")

# An old container dropped while nothing is watched yet; its young item is watched later.
c = []
gc.collect()
o = Plain()
c.append(o)
c = None
w = weakref.ref(o, cb)
o = None
print("after late watch", w() is None)

# An old object popped from a live old list, watched, then dropped.
objs = [Plain(), Plain()]
gc.collect()
x = objs.pop()
w2 = weakref.ref(x, cb)
x = None
print("after pop", w2() is None, len(objs))

# A weak reference to an old object that dies in the same statement.
store = [Plain()]
gc.collect()
w3 = weakref.ref(store.pop())
print("temporary old referent", w3() is None)

# Young cycles with a finalizer die when the last outside reference goes.
p = A("cycle head")
p.me = p
p.other = A("cycle member")
p.other.back = p
p = None
gc.collect()
print("end")

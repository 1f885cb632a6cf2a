# gc.freeze() as CPython's permanent generation: reference counting still frees frozen objects
# outside cycles, the cyclic collector keeps frozen cycles (and what they reach) until
# gc.unfreeze().
import gc
import weakref


class A:
    pass


gc.collect()
a = A()
w = weakref.ref(a)
c = A()
c.self = c
c.child = A()
wc = weakref.ref(c)
wchild = weakref.ref(c.child)
gc.freeze()
print(gc.get_freeze_count() > 10)
a = None
print("acyclic frozen freed:", w() is None)
c = None
print("collected", gc.collect())
print("frozen cycle kept:", wc() is not None, wchild() is not None)
young = A()
young.cycle = young
wy = weakref.ref(young)
del young
print("collected", gc.collect())
print("young cycle freed:", wy() is None)
gc.unfreeze()
print(gc.get_freeze_count())
print("collected", gc.collect())
print("unfrozen cycle freed:", wc() is None, wchild() is None)

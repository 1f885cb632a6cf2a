# WeakMethod equality: alive ones compare referent and function; dead ones are equal only to themselves.
import weakref, gc

class C:
    def m(self):
        pass
    def n(self):
        pass

c, other = C(), C()
w1, w2 = weakref.WeakMethod(c.m), weakref.WeakMethod(c.m)
print(w1 == w2, w1 != w2, w1 is w2, hash(w1) == hash(w2), hash(w1) == hash(c))
print(w1 == weakref.WeakMethod(c.n), w1 == weakref.WeakMethod(other.m))
print(w1 == weakref.ref(c), weakref.ref(c) == w1, w1 == c.m)
table = {w1: 'yes'}
print(table[w2], w1() == c.m, w1() is c.m)
del c
gc.collect()
print(w1 == w2, w1 == w1, w1 != w2, w2 != w2, w1() is None)
print(table.get(w2, 'gone'), hash(w1) == hash(w2))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.WeakMethod(C.m)
except TypeError as e:
    print('TypeError:', e)

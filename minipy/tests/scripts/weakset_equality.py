# WeakSet equality holds only between WeakSets (its __eq__ gives NotImplemented for a set); unhashable.
import weakref

class O:
    pass

a, b = O(), O()
s = weakref.WeakSet([a, b])
print(s == weakref.WeakSet([b, a]), s != weakref.WeakSet([b, a]))
print(s == weakref.WeakSet([a]), s != weakref.WeakSet([a]))
print(s == {a, b}, {a, b} == s, s != {a, b}, s == [a, b], s == s)
print(weakref.WeakSet() == weakref.WeakSet(), weakref.WeakSet() == set())
try:
    hash(s)
except TypeError as e:
    print(e)
try:
    weakref.WeakSet([weakref.WeakSet()])
except TypeError as e:
    print(e)

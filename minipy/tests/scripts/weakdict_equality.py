# The weak dictionaries compare as Mappings do (dict(a.items()) == dict(b.items())) and are unhashable.
import weakref, gc

class K:
    pass

a, b = K(), K()
d = weakref.WeakKeyDictionary({a: 1, b: 2})
print(d == {a: 1, b: 2}, {b: 2, a: 1} == d, d == {a: 1}, d != {a: 1, b: 3}, d == d.copy())
w = weakref.WeakValueDictionary({'a': a})
print(w == {'a': a}, w == weakref.WeakValueDictionary({'a': a}), w == {'a': b}, w == d, w == [('a', a)])
for m in (d, w):
    try:
        hash(m)
    except TypeError as e:
        print(e)
del b
gc.collect()
print(d == {a: 1}, len(d))

# keys()/values()/items() of the weak dictionaries, and iter() of every weak container, are
# generators (weakref.py and _weakrefset.py define them as generator functions).
import weakref, gc

class K:
    def __init__(self, n):
        self.n = n

a, b = K(1), K(2)
d = weakref.WeakKeyDictionary({a: 'x', b: 'y'})
w = weakref.WeakValueDictionary({'a': a, 'b': b})
s = weakref.WeakSet([a, b])
for g in (d.keys(), d.values(), d.items(), w.keys(), w.values(), w.items(), iter(d), iter(w), iter(s)):
    print(repr(g).split(' at ')[0] + '>', type(g).__name__)
try:
    len(d.keys())
except TypeError as e:
    print('TypeError:', e)
g = w.items()
print(next(g)[0], len(list(g)), list(g), next(g, 'exhausted'), iter(g) is g)
pending = d.keys()
del b
gc.collect()
print([k.n for k in pending], sorted(w), list(d.values()), [k.n for k in s])

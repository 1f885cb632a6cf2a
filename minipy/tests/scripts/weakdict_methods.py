# The weak dictionaries' dict methods, and how dead entries drop out of them.
import weakref, gc

class K:
    def __init__(self, n):
        self.n = n

a, b, c = K(1), K(2), K(3)
d = weakref.WeakKeyDictionary()
d[a] = 'a'
print(d.setdefault(b, 'b'), d.setdefault(a, 'x'), d.get(b), len(d))
d.update({c: 'c'})
print(sorted(k.n for k in d.keys()), sorted(d.values()), sorted((k.n, v) for k, v in d.items()))
print(sorted(r().n for r in d.keyrefs()), d.pop(c), c in d, len(d))
copy = d.copy()
del d[a]
print(len(d), len(copy), type(copy).__name__)
k, v = copy.popitem()
print(k.n, v, len(copy))
w = weakref.WeakValueDictionary({'a': a, 'b': b, 'c': c})
print(sorted(w.keys()), sorted(r().n for r in w.valuerefs()), w.pop('c') is c, len(w))
del b
gc.collect()
print(len(d), len(copy), sorted(w), [x.n for x in w.values()])
w.clear()
d.clear()
print(len(w), len(d), bool(w), bool(weakref.WeakKeyDictionary({a: 1})))

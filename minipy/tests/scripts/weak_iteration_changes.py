# Changing a weak container while one of its generators is suspended raises RuntimeError at the
# generator's next step; entries dying meanwhile are only skipped (CPython defers their removal).
import weakref, gc

class K:
    def __init__(self, n):
        self.n = n

a, b, c, b2 = K(1), K(2), K(3), K(4)
d = weakref.WeakKeyDictionary({a: 1, b: 2, c: 3})
g = d.keys()
print(next(g).n)
del b
gc.collect()
print([k.n for k in g], len(d))
s = weakref.WeakSet([a, c])
for label, container, change in [('dict', d, lambda: d.pop(c)), ('set', s, lambda: s.add(b2)),
                                 ('clear', s, lambda: s.clear())]:
    it = iter(container)
    next(it)
    change()
    try:
        next(it)
    except RuntimeError as e:
        print(label, 'RuntimeError:', e)
    print(label, 'then', next(it, 'finished'))
w = weakref.WeakValueDictionary({'x': a})
items = w.items()
print(next(items)[0])
w['x'] = c
print(next(items, 'finished'), len(w))

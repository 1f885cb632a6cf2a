# A proxy compares as its referent, except that a ref on the left compares referents with any weak
# reference object, proxies included (and by identity, without ReferenceError, once one died).
import weakref, gc

class C:
    pass

c, d = C(), C()
r, p, pd = weakref.ref(c), weakref.proxy(c), weakref.proxy(d)
print(r == p, p == r, r != p, r == pd, p == c, c == p, p == p, p != pd)
print(weakref.KeyedRef(c, None, 'k') == p, p in [c], c in [p])
del d
gc.collect()
print(r == pd, r != pd)
for compare in (lambda: pd == r, lambda: pd == 1, lambda: 1 == pd):
    try:
        print(compare())
    except ReferenceError as e:
        print('ReferenceError:', e)

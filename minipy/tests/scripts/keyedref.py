# weakref.KeyedRef: a ref subclass with a key attribute, which WeakValueDictionary.valuerefs() lists.
import weakref, gc

class C:
    pass

c = C()
kr = weakref.KeyedRef(c, None, 'k')
print(kr.key, kr() is c, type(kr), type(kr).__name__, isinstance(kr, weakref.ref), kr.__callback__)
print(weakref.KeyedRef(c, None, key=5).key, kr == weakref.ref(c), hash(kr) == hash(c), kr is weakref.ref(c))
kr.key = 9
print(kr.key, weakref.KeyedRef.__mro__)
for action in (lambda: weakref.KeyedRef(), lambda: weakref.KeyedRef(c, None),
               lambda: weakref.KeyedRef(c, None, 1, 2), lambda: weakref.ref(kr), lambda: kr.other):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
d = weakref.WeakValueDictionary({'first': c})
refs = d.valuerefs()
print(type(refs[0]).__name__, refs[0].key, refs[0]() is c, [type(r).__name__ for r in weakref.WeakKeyDictionary({c: 1}).keyrefs()])
calls = []
kc = weakref.KeyedRef(c, lambda r: calls.append(r.key), 'cb')
del c
gc.collect()
print(kr(), kr.key, refs[0](), calls)

# getweakrefs lists the references the weak containers and finalize hold: a KeyedRef per
# WeakValueDictionary entry, a ref per WeakKeyDictionary key or WeakSet member, and finalize's
# ref whose callback is the finalize object itself.
import weakref

class C:
    pass

c = C()
f = weakref.finalize(c, len, '')
d = weakref.WeakValueDictionary({'a': c, 'b': c})
k = weakref.WeakKeyDictionary({c: 1})
s = weakref.WeakSet([c])
r = weakref.ref(c)
print(weakref.getweakrefcount(c))
for ref in weakref.getweakrefs(c):
    print(type(ref).__name__, getattr(ref, 'key', '-'), ref() is c, ref is r)
print(weakref.getweakrefs(c)[-1].__callback__ is f)

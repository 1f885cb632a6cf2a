# The weakref types as CPython names them in reprs and messages (tp_name 'weakref.ReferenceType', ...).
import weakref

class C:
    def m(self):
        pass

c = C()
r, p, cp = weakref.ref(c), weakref.proxy(c), weakref.proxy(C.m)
print(type(r), type(p), type(cp), type(weakref.WeakMethod(c.m)))
print(type(r).__name__, type(cp).__name__, weakref.ref is weakref.ReferenceType)
print(weakref.ProxyTypes, weakref.ProxyType is weakref.CallableProxyType)
print(isinstance(p, weakref.ProxyType), isinstance(cp, weakref.CallableProxyType), callable(p), callable(cp))
for make in (lambda: weakref.ref(r), lambda: weakref.ref(p), lambda: weakref.ref(cp),
             lambda: weakref.ref(weakref.finalize(c, len, '')), lambda: hash(p), lambda: r + 1,
             lambda: r.missing):
    try:
        make()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
wm = weakref.WeakMethod(c.m)
print(weakref.ref(wm)() is wm)
try:
    wm.missing
except AttributeError as e:
    print('AttributeError:', e)

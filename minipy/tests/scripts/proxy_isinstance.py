# isinstance sees through a proxy to its referent's class (via __class__); a dead proxy raises
# ReferenceError once the referent's class is needed.
import weakref, gc

class C:
    pass

class D:
    pass

c = C()
p = weakref.proxy(c)
print(isinstance(p, C), isinstance(p, D), isinstance(p, (D, C)), isinstance(p, weakref.ProxyType))
print(isinstance(p, object), type(p) is weakref.ProxyType, p.__class__ is C, issubclass(type(p), C))
del c
gc.collect()
for spec in (weakref.ProxyType, object, C, (C, weakref.ProxyType)):
    try:
        print(isinstance(p, spec))
    except ReferenceError as e:
        print('ReferenceError:', e)

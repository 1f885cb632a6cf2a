# Which objects refuse weak references: instances of builtin classes (object(), exceptions), and
# staticmethod/classmethod/property objects; user classes, their instances and functions accept them.
import weakref

class MyError(Exception):
    pass

class Plain:
    pass

def f():
    pass

candidates = [object(), Exception('x'), ValueError(), MyError(), Plain(), f, Plain, len, [].append,
              staticmethod(f), classmethod(f), property(f), weakref.WeakSet()]
for obj in candidates:
    try:
        weakref.ref(obj)
        print('accepts', type(obj).__name__)
    except TypeError as e:
        print(e)
for make in (lambda: weakref.WeakSet([object()]), lambda: weakref.WeakKeyDictionary({Exception(): 1}),
             lambda: weakref.WeakValueDictionary({1: object()}), lambda: weakref.proxy(object()),
             lambda: weakref.finalize(object(), print)):
    try:
        make()
    except TypeError as e:
        print(e)
print(object() in weakref.WeakSet(), Exception() in weakref.WeakKeyDictionary())

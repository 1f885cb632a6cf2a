# Calling weak references, proxies and finalize objects: CPython's argument rules and errors.
import weakref, gc

class C:
    pass

def double(x):
    return 2 * x

c = C()
r, p, cp = weakref.ref(c), weakref.proxy(c), weakref.proxy(double)
f = weakref.finalize(c, len, 'ab')
print(r() is c, cp(21), f(None), f(), f(_=1))
for call in (lambda: r(1), lambda: r(x=1), lambda: p(), lambda: p(1, x=2),
             lambda: f(1, 2), lambda: f(x=1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
del c, double
gc.collect()
for call in (lambda: r(), lambda: cp(1), lambda: p()):
    try:
        print(call())
    except (TypeError, ReferenceError) as e:
        print(type(e).__name__ + ':', e)

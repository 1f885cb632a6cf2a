# Default argument values are evaluated once, in the defining scope, and live
# as long as the function; the defining frame's other locals do not.
import weakref, gc

class T:
    pass

def make():
    d = T()
    other = T()
    refs.append(weakref.ref(d))
    refs.append(weakref.ref(other))
    def f(x=d):
        return x
    g = lambda y=d: y
    return f, g

refs = []
f, g = make()
gc.collect()
print("default alive:", refs[0]() is not None, f() is g())
print("other local dead:", refs[1]() is None)
del f
gc.collect()
print("alive while g lives:", refs[0]() is not None)
del g
gc.collect()
print("dead with both:", refs[0]() is None)

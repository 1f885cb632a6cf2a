# A captured local lives exactly as long as the closure that captured it.
import weakref, gc

class T:
    pass

def make():
    t = T()
    w = weakref.ref(t, lambda r: print("captured object died"))
    return (lambda: t), w

f, w = make()
gc.collect()
print("alive while the closure lives:", w() is not None)
print(f() is w())
del f
gc.collect()
print("dead after the closure:", w() is None)

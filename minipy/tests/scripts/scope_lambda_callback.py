# A weakref callback lambda made inside a function uses none of its locals, so
# it must not keep the frame (and the referent) alive: the referent dies when
# the function returns and the callback runs.
import weakref, gc

class T:
    pass

def probe():
    t = T()
    w = weakref.ref(t, lambda r: print("callback"))
    return w

r = probe()
gc.collect()
print(r() is None)

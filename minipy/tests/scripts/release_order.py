# The order refcounting releases things in: a returning frame clears its locals in slot order (a
# rebound local keeps its slot), list.clear() goes last to first, dict.clear() and a dying instance's
# attributes (rebound ones keep their place) first to last.
import gc
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class H:
    pass
def f():
    a = T("a")
    b = T("b")
    a = T("a2")
    gc.collect()
    print("ret")
f()
gc.collect()
print("--")
def g(p):
    x = [T("x")]
    y = T("y")
    return 1
g(1)
gc.collect()
print("--")
pool = [T("a"), T("b"), T("c")]
pool.clear()
gc.collect()
print("--")
d = {"a": T("a"), "b": T("b")}
d.clear()
gc.collect()
print("--")
h = H()
h.p = T("p")
h.t = T("t")
h.d = T("d")
h.p = T("p2")
gc.collect()
h = None
gc.collect()
print("--")
h = H()
h.p = T("p")
h.t = T("t")
h.d = T("d")
del h.t
gc.collect()
h = None
gc.collect()
print("end")

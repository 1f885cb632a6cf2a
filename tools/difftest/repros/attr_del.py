# Deleting an attribute keeps the others in order; in minipy the last one takes its place (swap-remove), so they die d, t.
# minipy prints: del p / del d / del t
import gc
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class H:
    pass
h = H()
h.p = T("p")
h.t = T("t")
h.d = T("d")
del h.p
gc.collect()
h = None
gc.collect()

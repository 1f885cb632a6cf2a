# A returning frame releases its locals in slot order; minipy releases a rebound local last.
# minipy prints: del a / del b / del a2
import gc
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f():
    a = T("a")
    b = T("b")
    a = T("a2")
    gc.collect()
f()
gc.collect()

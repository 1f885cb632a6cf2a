# A returning frame releases its locals in slot order; minipy --gc=eager releases them last to first.
# minipy --gc=eager prints: del b / del a
import gc
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f():
    a = T("a")
    b = T("b")
f()
gc.collect()

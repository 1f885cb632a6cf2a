# An exception kept after its handler keeps the frames its traceback passed through, and their locals.
# minipy prints: del t / saved
import gc
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def fail():
    t = T("t")
    raise ValueError("x")
try:
    fail()
except ValueError as e:
    saved = e
gc.collect()
print("saved")
del saved
gc.collect()

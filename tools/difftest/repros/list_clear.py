# list.clear() releases the items last to first, as list_dealloc does; minipy's first to last.
# minipy prints: del a / del b
import gc
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
pool = [T("a"), T("b")]
pool.clear()
gc.collect()

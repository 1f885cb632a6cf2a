# A comprehension's scope dies with its statement; in minipy's default mode it lives to the next collection, holding b, so the list no longer releases its items last to first.
# minipy prints: ['a', 'b'] / del a / del b
import gc
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
pool = [T("a"), T("b")]
print([o.name for o in pool])
pool = []
gc.collect()

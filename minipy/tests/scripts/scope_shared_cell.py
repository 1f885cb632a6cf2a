# Two closures over one variable share one cell: a rebinding through either is
# seen by both, and the cell's object lives until the last of them dies.
import weakref, gc

class T:
    def __init__(self, name):
        self.name = name

def pair():
    x = T("first")
    def get():
        return x.name
    def put(name):
        nonlocal x
        x = T(name)
    return get, put

get, put = pair()
print(get.__closure__[0] is put.__closure__[0])
first = weakref.ref(get.__closure__[0].cell_contents)
put("second")
gc.collect()
print(get(), "first dead:", first() is None)
second = weakref.ref(get.__closure__[0].cell_contents)
del get
gc.collect()
print("alive while put lives:", second() is not None)
del put
gc.collect()
print("dead with both:", second() is None)

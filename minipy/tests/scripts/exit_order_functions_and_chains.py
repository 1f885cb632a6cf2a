# At exit: a function's defaults and closure are tuples one step from the function in CPython, and an
# object only another object holds comes after its holder.
class H:
    registry = []
    def __init__(self, n, other=None):
        self.n = n
        self.other = other
        H.registry.append(self)
    def __del__(self): print("del", self.n)
class Plain:
    def __init__(self, *kids): self.kids = kids
def factory(n):
    obj = H(n)
    def get(): return obj
    return get
def defaults(x=H("dflt")):
    return x
first = H("first")
g = factory("closed")
chain = H("c1", H("c2", H("c3")))
p = Plain(H("p1"), Plain(H("p2")))
table = {i: H("t%d" % i) for i in range(3)}
pairs = [(H("pa"), H("pb")), (H("pc"), H("pd"))]
last = H("last")
print("end", len(H.registry))

# obj.__dict__ and vars(obj) are the instance's own dict: writes through it are attribute writes,
# and attribute writes show in it; the dict keeps the attributes alive and releases them in order.
import gc


class N:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class P:
    def __init__(self):
        self.a = 1
        self.b = 2


p = P()
d = p.__dict__
print(d is p.__dict__, d is vars(p), d)
d["c"] = 3
print(p.c, hasattr(p, "c"))
p.e = 5
del p.a
print(d, vars(p))
del d["b"]
print(hasattr(p, "b"), getattr(p, "b", "gone"))
try:
    del p.b
except AttributeError as e:
    print("AttributeError", e)
d.clear()
print(vars(p), hasattr(p, "c"))
p.x = N("x")
p.y = N("y")
q = P()
print(vars(q), list(p.__dict__))
print(any(r is d for r in gc.get_referents(p)))


class Prop:
    @property
    def v(self):
        return "property"


o = Prop()
o.__dict__["v"] = "shadowed?"
print(o.v, o.__dict__)
del d
del p
gc.collect()
e = ValueError(1, 2)
e.note = "n"
print(e.__dict__, e.args)
try:
    raise KeyError("k") from e
except KeyError as k:
    print(vars(k), k.__cause__ is e)
print("end")

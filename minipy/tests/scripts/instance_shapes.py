# Instances share their class's attribute layout (shapes) until one diverges; every path must
# keep Python's attribute order, deletion, vars()/__dict__ and release order.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


p, q = P(1, 2), P(3, 4)
q.c = 5
print(vars(p), vars(q), p.__dict__)
r = P(6, 7)
r.b = 8
del r.a
r.a = 9
print(vars(r), r.a, r.b, hasattr(r, "c"))
try:
    del p.zzz
except AttributeError as e:
    print("AttributeError", e)
try:
    print(p.c)
except AttributeError as e:
    print("AttributeError", e)

s = P(None, None)
for i in range(40):
    setattr(s, "x%d" % i, i)
print(len(vars(s)), list(vars(s))[:4], list(vars(s))[-2:], s.x0, s.x39, s.a)
del s.x20
print(len(vars(s)), getattr(s, "x20", "gone"), s.x21)

# Attributes die in assignment order when their instance dies, on every layout.
t = P(Noisy("t.a"), Noisy("t.b"))
t.c = Noisy("t.c")
del t
u = P(Noisy("u.a"), Noisy("u.b"))
del u.a
u.c = Noisy("u.c")
del u
w = P(1, 2)
for i in range(35):
    setattr(w, "n%d" % i, Noisy("w.n%d" % i) if i % 11 == 0 else i)
del w
gc.collect()


print("end")

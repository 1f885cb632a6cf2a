# At exit, after a gc.collect() in the script: a two-object cycle, a list filled by append (items keep
# allocation order), a comprehension, a dict literal holding a list.
import gc
class R:
    def __init__(self, n): self.n = n; self.peer = None
    def __del__(self): print("bye", self.n)
x = R("x")
y = R("y")
x.peer = y
y.peer = x
items = []
for i in range(4):
    items.append(R(i))
items.reverse()
gc.collect()
more = [R("m%d" % i) for i in range(3)]
ob = {"a": [R("oa")], "b": R("ob")}
print("end")

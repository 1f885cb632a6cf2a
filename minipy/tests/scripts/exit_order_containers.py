# At exit, __main__'s finalizers run in CPython's gc-list order: a list or tuple literal's items after
# everything the globals hold directly, last item first; a dict literal's values in order; a class's
# namespace one step further away than the class.
class H:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class Box:
    items = [H("cls1"), H("cls2")]
    def __init__(self, *xs): self.xs = list(xs)
a = H("a")
nested = [[H("n1"), H("n2")], (H("n3"), [H("n4")])]
b = Box(H("b1"), H("b2"))
d = {"k1": H("d1"), "k2": [H("d2"), H("d3")]}
e = {}
e["x"] = H("e1")
e["y"] = H("e2")
s = set()
lst = [H("l1")]
lst.append(H("l2"))
lst.insert(0, H("l0"))
def make():
    return [H("m1"), H("m2")]
m = make()
z = H("z")
print("end")

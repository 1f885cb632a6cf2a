# A comparison's result is the object the comparison method returned: its truth is asked only
# where CPython asks it (between the links of a chain, in if/not/and), not for a lone comparison.
class R:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
    def __repr__(self): return "R(%r)" % self.v
class A:
    def __lt__(self, o): return R(True)
    def __gt__(self, o): return R(True)
    def __eq__(self, o): return R(False)
x = A() < 1
print(x)
y = A() == 1
print(y)
z = 1 < A() < 2
print(z)
z = 1 < A() == 2
print(z)
z = A() == 1 < 2
print(z)
print([A() < 1], (A() < 1,))
if A() < 1:
    print("in if")
w = not (A() < 1)
print(w)
print(A() < 1 and 5)

# str(x): an exact str comes back itself (CPython: str(s) is s); ints, big ints, bools, floats,
# str subclasses and int subclasses with their own __str__ convert as CPython does.
s = "abc" * 3
print(str(s) is s, str(s) == s, str(12345), str(-7), str(10**30), str(True), str(3.5))
class S(str): pass
t = S("xyz")
print(type(str(t)).__name__, str(t), S(s) is s, type(S(s)).__name__)
class I(int):
    def __str__(self): return "I!"
print(str(I(5)), str(), repr(str(0)))

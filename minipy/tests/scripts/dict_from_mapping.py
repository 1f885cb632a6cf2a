# dict(x), dict.update(x) and {**x}: which of a mapping's methods CPython calls.
class KeysOnly(dict):
    def keys(self):
        print("  keys()")
        return ["a"]
    def __getitem__(self, k):
        print("  getitem", k)
        return 42
class IterOnly(dict):
    def __iter__(self):
        print("  iter()")
        return iter(["a"])
class GetOnly(dict):
    def __getitem__(self, k):
        print("  getitem", k)
        return 0
class Plain(dict):
    pass
class IterKeys(dict):
    def __iter__(self):
        print("  iter()")
        return iter(["a"])
    def keys(self):
        print("  keys()")
        return ["b"]
    def __getitem__(self, k):
        print("  getitem", k)
        return -1
class Mapping:
    def keys(self):
        print("  keys()")
        return ["x", "y"]
    def __getitem__(self, k):
        print("  getitem", k)
        return k * 2
for cls in (KeysOnly, IterOnly, GetOnly, Plain, IterKeys):
    d = cls(a=1, b=2)
    print(cls.__name__)
    print(" dict():", dict(d))
    print(" {**}:", {**d})
    u = {}
    u.update(d)
    print(" update:", u)
    print(" dict(d, c=3):", dict(d, c=3))
m = Mapping()
print("Mapping")
print(" dict():", dict(m))
print(" {**}:", {**m})
u = {"z": 0}
u.update(m)
print(" update:", u)
def f(**kw):
    return kw
print(" f(**KeysOnly):", f(**KeysOnly(a=1, b=2)))
print(" f(**IterKeys):", f(**IterKeys(a=1, b=2)))
print(" f(**Mapping):", f(**m))

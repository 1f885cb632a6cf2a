# property(fget, fset, fdel, doc) and its __doc__; slice.indices; int()/float() of non-ASCII digits.
def getter(self):
    "getter doc"
    return self._x
class C:
    def _set(self, v):
        self._x = v
    def _del(self):
        print("deleting")
        del self._x
    x = property(getter, _set, _del, "the x")
    y = property(getter)
    z = property(fget=getter, doc="zdoc")
    w = property(doc="only doc")
    @property
    def v(self):
        "v doc"
        return 1
    @v.deleter
    def v(self):
        print("v deleter")
c = C()
c.x = 3
print(c.x, c.y, c.z, C.x.__doc__, C.y.__doc__, C.z.__doc__, C.w.__doc__, C.v.__doc__)
print(C.x.fget is getter, C.x.fset is C._set, C.x.fdel is C._del, C.y.fdel)
del c.x
print(hasattr(c, "_x"))
del c.v
for stmt in ["del c.y", "c.y = 1"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print("AttributeError:", e)
print(property().__doc__, property(None, None, None, None).fget)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    property(bogus=1)
except TypeError as e:
    print("TypeError:", e)
for s in [slice(1, 10, 2), slice(None, None, -1), slice(-3, None), slice(0, 100, 3),
          slice(None), slice(-100, 100), slice(5, 1, -2), slice(-1, -100, -1), slice(10, 20)]:
    print(s, [s.indices(n) for n in (0, 1, 5, 10)])
print(slice.indices(slice(2, 8), 4), range(*slice(1, None, 2).indices(7)))
for bad in [(slice(0, 1, 0), 3), (slice(0, 1), -1)]:
    try:
        bad[0].indices(bad[1])
    except ValueError as e:
        print("ValueError:", e)
for text in ["١٢٣", "１２", " ٤٥ ", "-٧", "１_０", "०१२३४५६७८९", "𝟘𝟙𝟚", "\u2003 42\u2003"]:
    print(ascii(text), int(text))
print(int("ff", 16), int("１ｆ", 16) if False else int("١٠", 2), float("１.５"), float("-٣.٢e١"))
for bad in ["²", "½", "١x", "1\u00b2"]:
    for conv in (int, float):
        try:
            conv(bad)
        except ValueError as e:
            print("ValueError:", e)

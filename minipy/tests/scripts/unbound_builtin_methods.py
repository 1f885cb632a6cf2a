# Unbound methods of builtin types are fetched as the same object each time, repr as CPython's,
# and a dunder called with a self of another type is refused.
print(dict.get is dict.get, list.append is list.append, int.__add__ is int.__add__)
print(dict.get == dict.get, hash(str.upper) == hash(str.upper))
class D(dict):
    pass
print(D.get is dict.get, D.keys is dict.keys)
for m in [dict.get, list.append, str.upper, int.__repr__, object.__init__, list.__len__,
          dict.__getitem__, dict.__contains__, set.__contains__,
          tuple.__add__, int.bit_length, str.join]:
    print(repr(m))
s = "ab"
print(s.upper == s.upper, s.upper is s.upper, [].append == [].append)
a = []
print(a.append == a.append, hash(a.append) == hash(a.append), a.append != a.pop)
print(int.__repr__(5), float.__repr__(2.5), int.__add__(True, 1))
for f, args in [(int.__repr__, ("x",)), (float.__repr__, (1,)), (int.__add__, ("a", 1)),
                (str.__len__, (b"x",)), (list.__len__, ((),)), (dict.__getitem__, ([], 0)),
                (str.upper, (1,)), (dict.get, ([], 1)), (list.append, ((1,), 2)),
                (tuple.__len__, ([],)), (str.__add__, (1, "a")), (int.__repr__, ())]:
    try:
        print("ok?", f(*args))
    except TypeError as e:
        print("TypeError:", e)
class I(int):
    pass
print(int.__repr__(I(7)), object.__repr__(3).startswith("<int object at 0x"))

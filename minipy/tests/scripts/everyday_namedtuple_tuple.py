# namedtuples and sys.version_info are real tuple subclasses.
import sys
from collections import namedtuple
P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p.x, p.y, p == (1, 0), isinstance(p, tuple), p._asdict(), p._replace(y=5), P._make([3, 4]), len(p), p[0], hash(p) == hash((1, 0)))
a, b = p
print(a, b, type(p).__mro__, P._fields, p + (9,), sorted([P(2, 1), P(1, 2)]), {p: 1}[(1, 0)], list(p), tuple(p))
match p:
    case (1, y):
        print("seq", y)
match p:
    case P(x=1, y=yy):
        print("cls", yy)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
try:
    P(z=1)
except TypeError as e:
    print(e)
import json
print(json.dumps(p), "%s,%s" % p, max(p), str(p), repr([p]), p.count(1))
class Q(namedtuple("Q", "a b")):
    __slots__ = ()
    def total(self): return self.a + self.b
print(Q(1, 2).total(), Q(1, 2))

v = sys.version_info
print(isinstance(v, tuple), v[:1] == (3,), v.major == v[0], len(v), type(v).__name__, tuple(v) == v, v >= (3, 0))

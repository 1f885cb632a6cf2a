# WeakSet's set algebra: the named methods take any iterable, the operators are the same methods.
import weakref

class O:
    def __init__(self, n):
        self.n = n

def show(s):
    return type(s).__name__ + str(sorted(x.n for x in s))

a, b, c, d = O(1), O(2), O(3), O(4)
s = weakref.WeakSet([a, b])
t = weakref.WeakSet([b, c])
print(show(s.union(t)), show(s | t), show(s | [d]))
print(show(s.intersection(t)), show(s & t), show(s & [a, d]))
print(show(s.difference(t)), show(s - t), show(s - [a, b]))
print(show(s.symmetric_difference(t)), show(s ^ t), show(s ^ [a, d]))
print(show(s - s), show(s ^ s), show(s & s), show(s.copy()))
print(s.copy() is s, show(s), show(t))
for bad in (lambda: s | 1, lambda: s & 1, lambda: s + t):
    try:
        bad()
    except TypeError as e:
        print(e)

# Dead members drop out of WeakSet algebra and comparisons.
import weakref, gc

class O:
    def __init__(self, n):
        self.n = n

a, b, c = O(1), O(2), O(3)
s = weakref.WeakSet([a, b, c])
t = weakref.WeakSet([a, c])
print(s > t, s == t)
del b
gc.collect()
print(len(s), s == t, s >= t, s <= t, s > t)
u = s | t
del c
gc.collect()
print(len(u), sorted(x.n for x in u), len(s ^ t), len(s & t))

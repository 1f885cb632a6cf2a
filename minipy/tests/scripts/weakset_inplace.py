# WeakSet's in-place operators and *_update methods change the set itself (aliases see it).
import weakref

class O:
    def __init__(self, n):
        self.n = n

def show(s):
    return sorted(x.n for x in s)

a, b, c, d = O(1), O(2), O(3), O(4)
s = weakref.WeakSet([a])
alias = s
s |= [b, c]
print(s is alias, show(alias))
s &= weakref.WeakSet([a, b, d])
print(s is alias, show(alias))
s -= [a]
print(s is alias, show(alias))
s ^= [b, c, d]
print(s is alias, show(alias))
s.update([a])
s.intersection_update([a, c, d])
print(show(s))
s.difference_update([c])
print(show(s))
s.symmetric_difference_update([a, b])
print(show(s))
s -= s
print(len(s), s is alias)

# WeakSet comparisons: subset and superset with any iterable, reflected when a WeakSet is on the right.
import weakref

class O:
    pass

a, b, c = O(), O(), O()
s = weakref.WeakSet([a, b])
t = weakref.WeakSet([a, b, c])
print(s.issubset(t), s.issubset([a, b]), s.issuperset([a]), t.issuperset(s))
print(s <= t, s < t, s >= t, s > t, s < s, s <= s)
print(s <= [a, b, c], s < [a, b], s > [a], s >= (a, b))
print([a] <= s, [a, b] < s, [a, b, c] > s, {a, b} >= s)
print(s.isdisjoint([c]), s.isdisjoint(t), s.isdisjoint([1, 'x']))
try:
    s <= 1
except TypeError as e:
    print(e)
try:
    s < t < 1
except TypeError as e:
    print(e)

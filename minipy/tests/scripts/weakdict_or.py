# The weak dictionaries' | (a new dictionary of the same kind, right side winning) and |= (update).
import weakref

class K:
    def __init__(self, n):
        self.n = n

a, b, c = K(1), K(2), K(3)
d = weakref.WeakKeyDictionary({a: 'a', b: 'b'})
e = weakref.WeakKeyDictionary({b: 'B', c: 'C'})
def show(m):
    return type(m).__name__ + str(sorted((k.n, v) for k, v in m.items()))
print(show(d | e), show(d | {c: 'x'}), show({c: 'x', a: 'y'} | d))
alias = d
d |= {c: 'new'}
print(d is alias, show(alias))
d |= [(a, 'pair')]
print(show(d))
w = weakref.WeakValueDictionary({1: a})
print(sorted((w | {2: b}).keys()), type({2: b} | w).__name__, (w | {1: c})[1] is c, w[1] is a)
for bad in (lambda: d | [], lambda: [] | d, lambda: w | 1, lambda: d - e):
    try:
        bad()
    except TypeError as err:
        print(err)
try:
    d |= 1
except TypeError as err:
    print(err)

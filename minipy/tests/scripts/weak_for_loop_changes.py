# A for loop over a weak container runs its __iter__ generator: changing the container's size in
# the body raises RuntimeError at the next step, while entries dying meanwhile are skipped.
import weakref, gc

class K:
    def __init__(self, n):
        self.n = n

ks = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary([(k, k.n) for k in ks])
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print('RuntimeError:', e, len(d))
s = weakref.WeakSet(ks)
try:
    for member in s:
        s.discard(member)
except RuntimeError as e:
    print('RuntimeError:', e, len(s))
del key, member
w = weakref.WeakValueDictionary([(k.n, k) for k in ks])
victim = K(5)
w[5] = victim
seen = []
for n in w:
    seen.append(n)
    if len(seen) == 1:
        del victim
        gc.collect()
print(seen, len(w))
for n in list(w):
    del w[n]
print(len(w))

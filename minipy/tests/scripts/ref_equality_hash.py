# ref equality and hash: live refs compare and hash as their referents; dead ones by identity only.
import weakref, gc

class K:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __hash__(self):
        return self.n

a, b, z = K(1), K(1), K(2)
ra, rb, rz = weakref.ref(a), weakref.ref(b, lambda r: None), weakref.ref(z)
print(ra == rb, ra != rb, hash(ra) == hash(a), hash(ra) == 1)
d = {ra: 'found'}
print(d[rb])
del a, b, z
gc.collect()
print(ra == rb, ra == ra, ra != rb, hash(ra))
print(d.get(rb, 'missing'), d[ra])
try:
    hash(rz)
except TypeError as e:
    print('TypeError:', e)
try:
    ra < rb
except TypeError as e:
    print('TypeError:', e)

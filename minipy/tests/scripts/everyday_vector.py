import math

class Vector:
    def __init__(self, *components):
        self.c = tuple(components)

    def __repr__(self):
        return f"Vector{self.c}"

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return math.sqrt(self @ self)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __hash__(self):
        return hash(self.c)

    def __bool__(self):
        return any(self.c)

    def __iter__(self):
        return iter(self.c)

v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, w - v, v * 2, 3 * v, -v)
print(v @ w, abs(Vector(3, 4)), len(v), v[1], v[-1], v[:2])
print(v == Vector(1, 2, 3), v != w, bool(Vector(0, 0)), bool(v))
print({v, Vector(1, 2, 3), w} == {v, w}, list(v), max(v), sum(w))
x, y, z = v
print(x, y, z, [*v, *w], tuple(map(lambda t: t ** 2, v)))
unit = v * (1 / abs(v))
print(f"{abs(unit):.6f}", [round(c, 3) for c in unit])
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
vs = [Vector(2, 1), Vector(1, 5), Vector(0, 0)]
print(sorted(vs, key=abs), min(vs, key=lambda p: p[1]))
total = Vector(0, 0)
for p in vs:
    total += p
print(total, total is not vs[0])

# A 2-D vector class with the numeric, container and formatting dunders.
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vector(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __bool__(self): return bool(self.x or self.y)
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"
    def __format__(self, spec): return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
    def __lt__(self, o): return abs(self) < abs(o)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * w, -v, abs(v), v == Vector(3, 4), v != w, bool(Vector()), len(v))
print(list(v), v[1], tuple(w), f"{v:.2f}", sorted([v, w, Vector(0, 1)]), {v, Vector(3, 4)})
x, y = v
print(x, y, max([v, w]), min(v, w))
u = Vector(1, 1); alias = u; u += v
print(u, alias is u, alias)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    v + 1
except AttributeError as e:
    print("AttributeError:", e)

# Dunder methods of builtin values called by name, object's own dunders, and classes' __getattr__/__setattr__/__delattr__.
for f in [lambda: 'a'.__add__(1), lambda: (1).__eq__('a'), lambda: (1).__lt__(1.5), lambda: (1.5).__add__(1), lambda: 'a'.__mul__(2), lambda: 'a'.__rmul__(3), lambda: {1}.__or__([1]), lambda: (1).__ne__(1), lambda: 'a'.__mod__(1), lambda: b'a'.__add__('x'), lambda: [1].__add__((2,)), lambda: (1,).__add__([2]), lambda: 'a'.__mul__('b'), lambda: [1].__mul__('x'), lambda: b'a'.__mul__(1.5), lambda: {'a':1}.__or__(1), lambda: (1).__add__(1.5), lambda: 'a'.__lt__(1), lambda: [1].__eq__((1,)), lambda: (1).__eq__(1.0), lambda: {1}.__eq__(frozenset({1})), lambda: (5).__pow__(2,3), lambda: (7).__rsub__(10), lambda: True.__add__(1), lambda: (0.0).__bool__(), lambda: (2.5).__int__(), lambda: (-3).__abs__(), lambda: [1,2].__contains__(2), lambda: 'abc'.__len__(), lambda: {'a': 1}.__getitem__('a'), lambda: int.__add__(1, 2), lambda: (1.5).__lt__(2), lambda: (1.5).__floordiv__(0), lambda: str.__len__('xy'), lambda: list(range(3).__iter__()), lambda: (3).__float__(), lambda: 'a'.__hash__() == hash('a'), lambda: (5).__neg__(), lambda: 'x'.__repr__(), lambda: (1).__str__()]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
class C: pass
c = C()
print(c.__eq__(c), c.__eq__(1), c.__ne__(c), c.__ne__(1), c.__hash__() == hash(c), object.__repr__(c)[:14], c.__class__.__name__, type(c).__name__)
class P:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, k, v):
        self.log.append(k)
        super().__setattr__(k, v * 2)
    def __getattr__(self, k):
        return 'missing ' + k
    def __delattr__(self, k):
        print('del', k)
        object.__delattr__(self, k)
    def __repr__(self):
        return 'P!' + object.__repr__(self)[:3]
p = P()
p.x = 2
p.y = 'a'
print(p.x, p.y, p.z, p.log, hasattr(p, 'q'), getattr(p, 'w', 0), repr(p), str(p))
del p.x
print(p.x)
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = D()
d['A'] = 1
print(d['a'], d['A'], dict.__len__(d), list(d))
print(c.__nope__ if hasattr(c, '__nope__') else 'no attr')
try:
    (1).__foo__()
except AttributeError as e:
    print(e)

# The functools module, as scripts use it (minipy's is embedded Python: modules/py/).
import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, "abc"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(7), partial(power, 2)(10), square.func is power, square.args, square.keywords)
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k) * 10
    return inner
@deco
def thing(x):
    return x + 1
print(thing(1), thing.__name__)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def sq(x):
    return x * x
print(sq(3), sq(3), sq(4), sq.cache_info())
@lru_cache(maxsize=2)
def ident(x):
    return x
for v in [1, 2, 1, 3, 2]:
    ident(v)
print(ident.cache_info()); ident.cache_clear(); print(ident.cache_info())
@cache
def f(x):
    return x * 2
print(f(2), f(2), f.cache_info())
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
@total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3), sorted([V(3), V(1)])[0].n)
print(repr(partial(max, 1))[:28])

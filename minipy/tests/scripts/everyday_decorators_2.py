"""Decorators: memoization, call counting, retry, registry, class decorators, functools.wraps."""
import functools
import inspect

REGISTRY = {}


def register(name=None):
    def deco(fn):
        REGISTRY[name or fn.__name__] = fn
        return fn
    return deco


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **kw)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco


def trace(fn):
    depth = [0]

    @functools.wraps(fn)
    def wrapper(*args):
        print("  " * depth[0] + f"-> {fn.__name__}{args}")
        depth[0] += 1
        result = fn(*args)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {result}")
        return result
    return wrapper


@register()
@counted
def fib_slow(n):
    """Naive fibonacci."""
    return n if n < 2 else fib_slow(n - 1) + fib_slow(n - 2)


@register("fib")
@functools.lru_cache(maxsize=None)
def fib_fast(n):
    return n if n < 2 else fib_fast(n - 1) + fib_fast(n - 2)


print(fib_slow(15), fib_slow.calls, fib_slow.__name__, fib_slow.__doc__)
print(fib_fast(80), fib_fast.cache_info())
print(sorted(REGISTRY))

state = {"n": 0}


@retry(3, (ConnectionError,))
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ConnectionError(f"timeout #{state['n']}")
    return "connected"


print(flaky())
try:
    retry(2)(lambda: 1 / 0)()
except RuntimeError as e:
    print("RuntimeError:", e)


@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


gcd(48, 18)


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*a, **kw):
        if cls not in instances:
            instances[cls] = cls(*a, **kw)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, env="dev"):
        self.env = env


print(Config("prod") is Config("test"), Config().env)
square = functools.partial(pow, exp=2)
print(square(9), functools.reduce(lambda a, b: a * b, range(1, 8)), inspect.signature(retry))


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x:#x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


print(describe(255), describe([1, 2]), describe("s"))
print(fib_slow.__wrapped__.__name__, inspect.getdoc(fib_slow))

import functools
import time

def count_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

def retry(times):
    def deco(fn):
        def wrapper(*args):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except RuntimeError as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return deco

@count_calls
def greet(name, punct="!"):
    """Say hello."""
    return f"Hello, {name}{punct}"

print(greet("ann"), greet("bob", punct="?"), greet.calls)
print(greet.__name__, greet.__doc__)

state = {"n": 0}
@retry(3)
def flaky(x):
    state["n"] += 1
    if state["n"] < 3:
        raise RuntimeError(f"flake {state['n']}")
    return x * 2

print(flaky(21))
state["n"] = -10
try:
    flaky(1)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner

@memo
def tri(n):
    return n if n < 2 else n + tri(n - 1)

print(tri(50), len(tri.cache))
start = time.time()
elapsed = time.time() - start
print(elapsed >= 0, callable(greet), callable(5))
double = functools.partial(lambda a, b: a * b, 2)
print(double(8), functools.reduce(lambda a, b: a * b, range(1, 6)), list(map(double, [1, 2])))

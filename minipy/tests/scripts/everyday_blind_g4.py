# Context managers: a timer class that suppresses KeyError, nested with, ExitStack.
import time
class Timer:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        self.start = time.perf_counter()
        print(f"start {self.label}")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        print(f"end {self.label}: ok={exc_type is None}, elapsed>=0: {self.elapsed >= 0}")
        if exc_type is KeyError:
            print("suppressing", repr(exc))
            return True
        return False
with Timer("a") as t:
    total = sum(range(1000))
print(total, t.label)
with Timer("b"):
    {}["missing"]
print("after b")
try:
    with Timer("c"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with Timer("outer"), Timer("inner") as inner:
    print("body", inner.label)
from contextlib import contextmanager, ExitStack
@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)
with ExitStack() as stack:
    files = [stack.enter_context(opened(n)) for n in "xy"]
    print(files)

import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("converted")

try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print(e)

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(42) as v:
    print(v)
with contextlib.nullcontext() as v:
    print(v)

@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2
print(decorated(3))
print(decorated(4))

@contextmanager
def stopper():
    yield

try:
    with stopper():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration passes", e)

# `with`: __enter__/__exit__, `as` targets, exceptions passed to __exit__ and suppressed by a true
# result, return/break/continue through `with`, several items, errors for non-managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else t, repr(v), tb is not None)
        return self.suppress


with CM("a") as x:
    print("body", x)

with CM("b", suppress=True) as y:
    raise ValueError("swallowed")
print("after b", y)

try:
    with CM("c"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)


def f():
    with CM("d") as v:
        return v + "!"


print(f())

for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)

with CM("e") as a, CM("f") as b:
    print("two", a, b)

with (CM("g") as p, CM("h") as q,):
    print("paren", p, q)

with (CM("i")) as r:
    print("paren expr", r)

d = {}
with CM("j") as d["k"]:
    pass
print(d)

with CM("kl") as (m, n):
    print(m, n)


class Only:
    def __enter__(self):
        return self


for bad in [1, Only()]:
    try:
        with bad:
            print("never")
    except TypeError as e:
        print("TypeError:", e)


class Raiser:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit args", len(args))
        return False


def g():
    with Raiser():
        raise KeyError("k")


try:
    g()
except KeyError as e:
    print("KeyError", e)

with CM("last"):
    raise RuntimeError("uncaught")

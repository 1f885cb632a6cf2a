def gen(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("got", x)
    return "done"

g = gen(3)
print(next(g))
print(g.send("hello"))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def outer():
    r = yield from gen(2)
    print("r =", r)
    yield 99

print(list(outer()))
print(next(x * 2 for x in range(10**9)))
print(sum(x for x in range(100) if x % 3 == 0))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
g = fin()
print(next(g))
g.close()
print(g.gi_frame, g.gi_running)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def me():
    yield next(g2)
g2 = me()
try:
    next(g2)
except ValueError as e:
    print(e)
a, b, *c = (i for i in "abcd")
print(a, b, c)
print([y for y in gen(4)])
def thrower():
    try:
        yield 1
    except KeyError as e:
        print("caught", repr(e))
        yield 2
t = thrower()
next(t)
print(t.throw(KeyError("k")))
print(type(t).__name__, t.__name__, t.__qualname__)
print(next(iter([]), "default"), next(gen(0), "empty"))
def delegate():
    try:
        v = yield from thrower()
    except ValueError:
        print("outer caught ValueError")
        yield "after"
d = delegate()
print(next(d))
print(d.throw(KeyError("x")))
print(d.throw(ValueError))
def echo():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
e = echo()
next(e)
for k in range(5):
    e.send(k)
try:
    e.send(None)
except StopIteration as s:
    print("total", s.value)
def inner_ret():
    yield 1
    return 7
def outer_ret():
    x = yield from inner_ret()
    return x * 2
print(list(outer_ret()))
try:
    gg = outer_ret(); next(gg); next(gg)
except StopIteration as s:
    print("value", s.value)
def closing():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = closing(); next(c); c.close(); c.close()
def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as err:
    print(err)
ng = gen(2)
try:
    ng.send(1)
except TypeError as err:
    print(err)
print(list(zip(gen(3), (c * 2 for c in "xyz"))))
print(dict((k, k * k) for k in range(4)))
print(sorted(x % 5 for x in range(12)), max(x for x in [3, 9, 2]))
print(" ".join(str(x) for x in range(5)))
fib = lambda: (yield 1)
print(list(fib()))
def nested(n):
    if n:
        yield n
        yield from nested(n - 1)
print(list(nested(5)))
xs = [1, 2, 3]
ge = (x * y for x in xs for y in (10, 100) if x != 2)
xs = None
print(list(ge))
def scope():
    n = 3
    return list(i * n for i in range(n))
print(scope())
def lines():
    yield "a"
    yield "b"
print(*lines(), sep="-")
print(any(x > 2 for x in range(5)), all(x < 2 for x in range(5)))
print(0 in (x for x in range(3)), 5 in (x for x in range(3)))
it = iter(gen(2))
print(it is iter(it))
print(g.gi_frame)

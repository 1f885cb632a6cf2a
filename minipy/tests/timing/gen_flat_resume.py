# Generator functions whose yields are statements inside if/while/for blocks (run without a
# coroutine): loops, branches, break/continue/return, else clauses, send/throw/close at a
# yield, exceptions, line numbers, recursion and what their frames hold.
import gc
import sys
import weakref


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(list(count_up(5)), sum(count_up(100)))


def shapes(rows):
    for r in rows:
        if r is None:
            continue
        if r == "stop":
            break
        elif isinstance(r, int):
            for k in range(r):
                yield (r, k)
        else:
            yield r
    else:
        yield "no break"
    yield "end"


print(list(shapes([2, None, "a", 1])))
print(list(shapes([1, "stop", 3])))


def with_return(n):
    while True:
        if n <= 0:
            return "done"
        yield n
        n -= 1
    yield "unreachable"


g = with_return(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "exhausted"), g.gi_frame)


def while_else(n):
    while n:
        n -= 1
        if n == 5:
            break
        yield n
    else:
        yield "else"
    yield None
    yield


print(list(while_else(3)), list(while_else(7)))

# send: the sent value is the yield statement's (discarded) value.
g = count_up(3)
print(next(g), g.send("ignored"), g.send(None))
try:
    count_up(3).send(1)
except TypeError as e:
    print("TypeError", e)

# throw and close at a yield deep inside loops.
def nested():
    for i in range(3):
        j = 0
        while j < 3:
            if (i + j) % 2 == 0:
                yield i, j
            j += 1


g = nested()
print(next(g), next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_next.tb_lineno)
print(list(g), g.gi_running, g.gi_suspended if hasattr(g, "gi_suspended") else False)

g = nested()
next(g)
print(g.close(), list(g))
g = nested()
print(g.close(), list(g))

g = nested()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError", e)

# Exceptions inside: in a loop test, in an iterable, in a statement; PEP 479.
def bad_test():
    i = 0
    while 10 // (2 - i):
        yield i
        i += 1


try:
    print(list(bad_test()))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def bad_iter():
    yield 1
    for x in 5:
        yield x


g = bad_iter()
print(next(g))
try:
    next(g)
except TypeError as e:
    print("TypeError", e)
print(list(g))


def leaks_stop():
    yield 1
    next(iter([]))
    yield 2


try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__context__).__name__)

# gi_frame while suspended, None once exhausted.
def lines():
    yield 1
    for i in range(2):
        yield i
    yield "last"


g = lines()
for v in g:
    print(v, g.gi_frame is not None, g.gi_running)
print(g.gi_frame)

# Recursive generators, and one resuming itself.
def walk(tree):
    if isinstance(tree, list):
        for t in tree:
            for x in walk(t):
                yield x
    else:
        yield tree


print(list(walk([1, [2, [3, [4]], 5], [[6]]])))


def deep(n):
    if n:
        for x in deep(n - 1):
            yield x
    else:
        yield "bottom"


print(list(deep(100)))
try:
    list(deep(100000))
except RecursionError:
    print("RecursionError")


def me():
    yield next(g2)


g2 = me()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)

# Dict changed during a for loop that yields.
def keys(d):
    for k in d:
        yield k


d = {1: 1, 2: 2}
g = keys(d)
print(next(g))
d[3] = 3
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e)


class Obj:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


# Locals die when the generator is exhausted, closed, or collected.
def holds(n):
    o = Obj(n)
    yield o.n
    yield o.n + 1


g = holds(1)
for v in g:
    print(v)
print("after loop")
g = holds(2)
next(g)
g.close()
print("after close")
g = holds(3)
next(g)
r = weakref.ref(g, lambda ref: print("gen collected"))
del g
gc.collect()
print("after collect")

# Mixed: a generator with a yield the flat runner cannot take still works.
def mixed():
    x = yield 1
    for i in range(2):
        yield x, i


g = mixed()
print(next(g), g.send("s"), next(g))

# The same generator function, many times over.
print(sum(sum(count_up(i)) for i in range(50)))
print([list(shapes([i, "x"])) for i in range(3)])

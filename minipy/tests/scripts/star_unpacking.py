# Star-unpacking: starred targets in assignments and for loops, * and ** in displays, several
# * and ** in one call, and CPython's errors for each misuse.
a, *b = range(5)
print(a, b)
*c, d = "xyz"
print(c, d)
[e, *f, g] = (1, 2, 3, 4)
print(e, f, g)
h, *i, j = 1, 2
print(h, i, j)
(k, *l), m = [1, 2, 3], 4
print(k, l, m)
for p, *q in [(1, 2, 3), (4,), "ab"]:
    print(p, q)
print([r for r, *_ in [(1, 2), (3, 4)]])
x = *[1], *(2, 3)
print(x, [*"ab", *x], {*x, 9}, {**{"a": 1}, "b": 2, **{"a": 3}})


def show(*args, **kwargs):
    return args, sorted(kwargs.items())


print(show(*[1, 2], 3, *(4,), **{"a": 1}, b=2, **{"c": 3}))
print(*[1, 2], *(3,), sep="-")


def ret():
    return *[1], 2


print(ret())
for v in *[1], 2:
    print(v)


def attempt(fn):
    try:
        fn()
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)


def too_few():
    a, *b, c = [1]


def not_iterable():
    a, *b = 5


attempt(too_few)
attempt(not_iterable)
attempt(lambda: show(**{"x": 1}, **{"x": 2}))
attempt(lambda: show(x=1, **{"x": 2}))
attempt(lambda: show(**{"x": 1}, x=2))
attempt(lambda: show(**1))
attempt(lambda: show(*1))
attempt(lambda: print(*1))
attempt(lambda: [*1])
attempt(lambda: {**[]})

# Function attributes, `@`, the old sequence protocol, slice objects, operator, str.replace(count).
import functools
import operator


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper


@counted
def square(x):
    """Square x."""
    return x * x


print(square(3), square(4), square.calls, square.__name__, square.__doc__)
print(square.__wrapped__.__name__, sorted(square.__dict__))
square.__name__ = "sq"
print(square.__name__, hasattr(square, "missing"))
del square.calls
try:
    square.calls
except AttributeError as e:
    print("AttributeError:", e)
try:
    del square.calls
except AttributeError as e:
    print("AttributeError:", e)


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, o):
        return M(self.v * o.v)

    def __rmatmul__(self, o):
        return M(o * self.v)

    def __imatmul__(self, o):
        self.v += o.v
        return self

    def __abs__(self):
        return abs(self.v)


m = M(3)
print((m @ M(4)).v, (2 @ m).v, abs(M(-7)))
m @= M(5)
print(m.v)
for a, b in [(1, 2), ([1], [2])]:
    try:
        a @ b
    except TypeError as e:
        print("TypeError:", e)


class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        self.v.append(("+", o))
        return self

    def __ior__(self, o):
        self.v.append(("|", o))
        return self

    def __ifloordiv__(self, o):
        self.v.append(("//", o))
        return self


acc = Acc([])
acc += 1
acc |= 2
acc //= 3
print(acc.v)


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 10 in Squares(), [x for x in Squares() if x % 2])


class Bag:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


print(2 in Bag(1, 2, 3), 5 in Bag(1, 2), sorted(Bag(3, 1, 2)))


class Seq:
    def __init__(self):
        self.d = list(range(10))

    def __getitem__(self, k):
        print("get", k)
        return self.d[k]

    def __setitem__(self, k, v):
        print("set", k)
        self.d[k] = v

    def __delitem__(self, k):
        print("del", k)
        del self.d[k]


s = Seq()
print(s[2:5], s[::2], s[-3:], s[1])
s[1:3] = ["a", "b", "c"]
del s[::3]
print(s.d)
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, slice(3).start, [1, 2, 3, 4, 5, 6, 7, 8, 9][sl])
print("abcdefgh"[slice(3)], type(sl).__name__, slice(None, 2), (1, 2, 3)[slice(None, None, -1)])
xs = [0, 1, 2, 3, 4]
xs[slice(1, 3)] = []
del xs[slice(None, 1)]
print(xs)

pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=operator.itemgetter(1)), operator.itemgetter(0, 1)(pairs[0]))
print(functools.reduce(operator.mul, range(1, 6)), list(map(operator.add, [1, 2], [10, 20])))
print(operator.attrgetter("v")(M(8)), operator.methodcaller("upper")("hi"), operator.neg(3))
print(operator.itemgetter(1), operator.lt(1, 2), operator.contains([1, 2], 2), operator.not_(0))
print("a-b-c-d".replace("-", "+", 2), "aaa".replace("a", "b", 0), "abc".replace("", "-", 2))
print("x.y.z".replace(".", "", -1), "abc".replace("", "-"))

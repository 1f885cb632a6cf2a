# Subclassing the immutable builtins: tuple, str, int, float, bytes.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def dist2(self):
        return self.x ** 2 + self.y ** 2


p = Point(3, 4)
print(p, p.dist2(), len(p), p == (3, 4), p[1:], isinstance(p, tuple), type(p).__name__)
x, y = p
print(x + y, sorted([Point(2, 1), Point(1, 5)]), {p: "here"}[(3, 4)], tuple(p), list(p))
seen = {Point(1, 1), (1, 1)}
print(len(seen), p + (5,), p * 2, max(p), sum(p), 4 in p, p.index(4))


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("ada")
n.note = "first"
print(n, repr(n), n.shout(), n.title(), n.note, len(n), n == "ada", n + "!", ", ".join([n, Name("bob")]))
print({n: 1}["ada"], "d" in n, n.startswith("a"), f"[{n:>6}]", n.split("d"), str(n), type(str(n)).__name__)
print(sorted([Name("b"), "a", Name("c")]), n * 2, n[::-1], "%s/%r" % (n, n), vars(n))


class Money(int):
    def __repr__(self):
        return f"${int(self)}"

    __str__ = __repr__

    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__


wallet = [Money(5), Money(10), 3]
print(sum(wallet), Money(7) * 2, -Money(2), Money(9) // 2, Money(3) == 3, Money(3) < 4, f"{Money(4)}", f"{Money(4):05d}")
print(hash(Money(8)) == hash(8), [1, 2, 3][Money(1)], range(Money(3)), abs(Money(-2)), divmod(Money(7), 2), bool(Money(0)))


class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"


d = Meters(2.5)
print(d, d * 2, d + Meters(1), round(d), int(d), f"{d:.3f}", d.is_integer(), Meters("1.5"), d > 2)


class Blob(bytes):
    def size(self):
        return len(self)


b = Blob(b"abc")
print(b, b.size(), b.decode(), b[0], b + b"d", b.upper(), isinstance(b, bytes))


class Tagged(str):
    def __new__(cls, text, tag):
        self = super().__new__(cls, text)
        self.tag = tag
        return self


t = Tagged("hello", "greeting")
print(t, t.tag, t.upper(), t.__class__.__name__, isinstance(t, Tagged))

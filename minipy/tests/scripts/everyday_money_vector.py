from __future__ import annotations
from functools import total_ordering
from decimal import Decimal
import math
import operator


class CurrencyMismatch(TypeError):
    pass


@total_ordering
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency="USD"):
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"))
        self.currency = currency

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return None

    def __add__(self, other):
        if other == 0:
            return self
        if (r := self._check(other)) is NotImplemented:
            return r
        return Money(self.amount + other.amount, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        self._check(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, k):
        if isinstance(k, Money):
            return NotImplemented
        return Money(self.amount * Decimal(str(k)), self.currency)

    __rmul__ = __mul__

    def __truediv__(self, n: int) -> list[Money]:
        cents = int(self.amount * 100)
        base, rem = divmod(cents, n)
        return [Money(Decimal(base + (1 if i < rem else 0)) / 100, self.currency) for i in range(n)]

    def __neg__(self): return Money(-self.amount, self.currency)

    def __eq__(self, other):
        if isinstance(other, (int, float)) and other == 0:
            return self.amount == 0
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        self._check(other)
        return self.amount < other.amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __bool__(self): return self.amount != 0
    def __repr__(self): return f"Money('{self.amount}', '{self.currency}')"

    def __str__(self):
        sign = "-" if self.amount < 0 else ""
        return f"{sign}{abs(self.amount):,.2f} {self.currency}"

    def __format__(self, spec):
        return format(str(self), spec)


class Vec:
    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __add__(self, o): return Vec(*map(operator.add, self.xs, o.xs))
    def __sub__(self, o): return Vec(*(a - b for a, b in zip(self.xs, o.xs)))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.xs, o.xs))
    def __mul__(self, k): return Vec(*(a * k for a in self.xs))
    def __rmul__(self, k): return self * k
    def __abs__(self): return math.sqrt(self @ self)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __iter__(self): return iter(self.xs)
    def __eq__(self, o): return isinstance(o, Vec) and self.xs == o.xs
    def __repr__(self): return f"Vec{self.xs}"


a, b = Money(19.99), Money("5.01")
print(a + b, a - b, -a, a * 3, 2 * b, repr(a * 0.5))
print(sum([a, b, Money(1)]), Money(100) / 3, [str(m) for m in Money(0.05) / 4])
print(a > b, a <= b, max(a, b, Money(7)), sorted([a, b, Money(1)]))
print(f"[{a:>14}] [{b:<12}]", bool(Money(0)), Money(0) == 0, a == Money(19.99), a != b)
print(len({Money(1), Money("1.00"), Money(1, "EUR")}))
try:
    a + Money(1, "EUR")
except CurrencyMismatch as e:
    print("mismatch:", e, isinstance(e, TypeError))
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
try:
    a * Money(2)
except TypeError as e:
    print("TypeError:", e)
v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, w - v, v @ w, 2 * v, v * 0.5, round(abs(Vec(3, 4)), 3), len(v), v[-1], list(v), v == Vec(1, 2, 3))
x, y, z = w
print(x, y, z, sum(v), max(w), v[0:2], 3 in v, Vec() == Vec(), v != w)

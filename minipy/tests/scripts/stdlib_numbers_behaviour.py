# numbers: the numeric tower ABCs, their registrations and mixin methods.
import numbers
from fractions import Fraction

print(sorted(numbers.__all__))
tower = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for v in [3, True, 2.5, Fraction(1, 3), 2j, "x", None]:
    print(repr(v), [isinstance(v, c) for c in tower])
for c in tower:
    print(c.__name__, [issubclass(c, d) for d in tower], c.__hash__ is None)
print(sorted(numbers.Complex.__abstractmethods__))
print(sorted(numbers.Real.__abstractmethods__))
print(sorted(numbers.Rational.__abstractmethods__))
print(sorted(numbers.Integral.__abstractmethods__))
for c in tower:
    try:
        c()
        print(c.__name__, "made")
    except TypeError as e:
        print(c.__name__, "TypeError", str(e).split(" with ")[0])


class MyReal(numbers.Real):
    def __init__(self, v):
        self.v = float(v)

    def __float__(self):
        return self.v

    def __repr__(self):
        return "MyReal(%r)" % self.v

    def __floordiv__(self, o):
        return MyReal(self.v // float(o))

    def __rfloordiv__(self, o):
        return MyReal(float(o) // self.v)

    def __mod__(self, o):
        return MyReal(self.v % float(o))

    def __rmod__(self, o):
        return MyReal(float(o) % self.v)

    def __neg__(self):
        return MyReal(-self.v)

    def __pos__(self):
        return self

    def __abs__(self):
        return MyReal(abs(self.v))

    def __eq__(self, o):
        return self.v == float(o)

    def __lt__(self, o):
        return self.v < float(o)

    def __le__(self, o):
        return self.v <= float(o)

    def __trunc__(self):
        return int(self.v)

    def __floor__(self):
        return int(self.v // 1)

    def __ceil__(self):
        return -int(-self.v // 1)

    def __round__(self, nd=None):
        return round(self.v, nd)

    def __add__(self, o):
        return MyReal(self.v + float(o))

    __radd__ = __add__

    def __mul__(self, o):
        return MyReal(self.v * float(o))

    __rmul__ = __mul__

    def __truediv__(self, o):
        return MyReal(self.v / float(o))

    def __rtruediv__(self, o):
        return MyReal(float(o) / self.v)

    def __pow__(self, o):
        return MyReal(self.v ** float(o))

    def __rpow__(self, o):
        return MyReal(float(o) ** self.v)

    __hash__ = object.__hash__


r = MyReal(7.5)
print(r.real, r.imag, r.conjugate(), complex(r), bool(r), bool(MyReal(0)))
print(divmod(r, 2), divmod(17, r))
print(r - 1, 10 - r)
print(isinstance(r, numbers.Complex), isinstance(r, numbers.Rational))


class MyInt(numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v

    def __repr__(self):
        return "MyInt(%d)" % self.v

    def __pos__(self):
        return self


for name in sorted(numbers.Integral.__abstractmethods__):
    if not hasattr(MyInt, name) or getattr(getattr(MyInt, name), "__isabstractmethod__", False):
        setattr(MyInt, name, lambda self, *a: NotImplemented)
MyInt.__abstractmethods__ = frozenset()
i = MyInt(5)
print(float(i), i.numerator, i.denominator, i.__index__(), [10, 20, 30, 40, 50, 60][i])


class Odd:
    pass


numbers.Integral.register(Odd)
print(isinstance(Odd(), numbers.Number), issubclass(Odd, numbers.Real))
print(numbers.Number.__slots__ if hasattr(numbers.Number, "__slots__") else "none")

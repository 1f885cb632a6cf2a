import math
from decimal import Decimal
from fractions import Fraction
d = Decimal("3.456")
print("%.2f" % d, "%e" % Fraction(1, 3), "%g" % d, math.sqrt(Decimal(2)), math.isclose(Decimal("0.1"), 0.1))
class Idx:
    def __index__(self):
        return 7
print("%.1f" % Idx(), math.floor(Decimal("2.5")), math.exp(Fraction(0)))
class Bad:
    def __float__(self):
        return 1
try:
    math.sqrt(Bad())
except TypeError as e:
    print(e)
try:
    "%f" % "x"
except TypeError as e:
    print(e)

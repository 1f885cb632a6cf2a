# statistics on Decimal and Fraction values: exact sums through as_integer_ratio(), results of
# the data's own type, as CPython's.
import math
import statistics
from decimal import Decimal
from fractions import Fraction
D, F = Decimal, Fraction
print(repr(statistics.mean([D("1.5"), D("2.5"), D("3")])))
print(repr(statistics.mean([D("0.1"), D("0.2")])), repr(statistics.mean([D(1), 2, 3])))
print(repr(statistics.mean([F(1, 3), F(2, 3), F(1, 2)])), repr(statistics.mean([F(1, 2), 1])))
print(repr(statistics.median([D("1.5"), D("2.5")])), repr(statistics.median([F(1, 3), F(1, 2)])))
print(repr(statistics.median([D("4"), D("1"), D("2")])), repr(statistics.median_low([F(1), F(3)])))
print(repr(statistics.fmean([D("1.5"), D("2.5")])), repr(statistics.fmean([F(1, 3), F(2, 3)])))
print(math.fsum([F(1, 3)] * 3), math.fsum([D("0.1")] * 10), math.fsum([F(1, 10), 0.2, D("0.3")]))
print(repr(statistics.variance([D("1"), D("2"), D("4")])), repr(statistics.pvariance([F(1), F(2), F(4)])))
print(repr(statistics.stdev([F(1), F(2), F(4)])), repr(statistics.pstdev([F(1), F(3)])))
print(repr(statistics.mode([D("1.5"), D("1.5"), D("2")])), repr(statistics.harmonic_mean([F(1, 2), F(1, 4)])))
try:
    statistics.mean([D("1"), F(1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    statistics.mean([D("1"), 1.5])
except TypeError as e:
    print("TypeError:", e)

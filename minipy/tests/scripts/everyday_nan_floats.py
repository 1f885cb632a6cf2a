# NaN compares unequal to itself but is found by identity; float repr and big-int division
# round as CPython's.
import math

readings = [1.5, float("nan"), 2.25, math.nan, 3.0]
clean = [r for r in readings if r == r]
print(clean, len(readings) - len(clean), "missing")
x = readings[1]
print(x == x, x != x, x in readings, readings.count(x), [x] == [x], math.isnan(x))
print(sum(clean) / len(clean), 2 ** 70 / 3, 45227573224586713092538032 / 30517578128)
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.0).as_integer_ratio())
print(round(1482017119277569.25, 1), 1482017119277569.25, 161221156822618.125)

# A NaN is not equal to itself, but containers test identity first (PyObject_RichCompareBool).
import math
x = float("nan")
print(x == x, x != x, [x] == [x], x in [x], (x,) == (x,), {x: 1}[x], x is x, math.nan == math.nan)
y = float("nan")
print(x == y, [x] == [y], x in [y], {x} == {x}, sorted([3.0, 1.0]) == [1.0, 3.0], max(x, 1.0), min(1.0, x))
d = {x: "a"}
print(d.get(x), d.get(y), x in d, y in d, [1, x].count(x), [1, x].index(x))

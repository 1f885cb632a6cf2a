# Mixed int/float arithmetic as the evaluator's fast path computes it: the int converted as
# CPython converts it, division by zero left to the general path's error.
print(1.5 + 2, 2 + 1.5, 3 * 0.1, 1 / 3.0, 2.0 / 4, 7 - 0.5, 10**18 * 1.0, 9007199254740993 + 0.0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(e)
print(True + 0.5, 1.5 // 0.5, 2 ** 0.5)
x = 0.5
for i in range(1000):
    x = x * 1.000001 + 0.25 - i / 7
print(x)

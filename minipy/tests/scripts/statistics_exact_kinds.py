# statistics' exact means and variances: each result comes back in the data's kind of number
# (int when exact, float, Fraction), mixes coerce as CPython's do, infinities and NaNs
# propagate, and standard deviations are correctly rounded roots. (Decimal data:
# statistics_decimal.py.)
import statistics as S
from fractions import Fraction as F

inf, nan = float("inf"), float("nan")


def show(label, f, *args, **kwargs):
    try:
        result = repr(f(*args, **kwargs))
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(label, result)


datasets = [
    [1, 2, 3, 4], [1, 2], [2, 4, 4, 4, 5, 5, 7, 9], [True, False], [True, True],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [0.1] * 10, [1, 2.0], [-0.0, -0.0], [1e308, -1e308],
    [1e300, 1e-300], [2 ** 80 + 1, 3, 5], [F(1, 3), F(2, 7), F(5, 4)], [F(1, 3), 2.0],
    [1.0, inf], [inf, -inf], [-inf, -inf], [1, 2, nan], ["a", "b"], [None], [], [7],
    [1, 2, 2 ** 1100],
]
for i, data in enumerate(datasets):
    for name in ["mean", "variance", "pstdev"] if i % 2 else ["mean", "pvariance", "stdev"]:
        show(f"{i} {name}", getattr(S, name), data)
show("mean(iter)", S.mean, iter([1, 2]))

for centre, data in [(0, [1, 2, 3, 4]), (2.5, [1, 2, 3, 4]), (F(1, 2), [1, 2, 3, 4]),
                     (0.1, [1.0, 2.0, 7.5]), (inf, [1, 2]), (nan, [1, 2]), (1e200, [1e-200, 3.0])]:
    show(f"variance xbar={centre!r} {data!r}", S.variance, data, centre)
    show(f"pstdev mu={centre!r} {data!r}", S.pstdev, data, centre)

# Correctly rounded roots.
print([S.pstdev([0, k]) for k in range(1, 12)], [S.stdev([0.5, k, 2]) for k in range(9)])
print([S.stdev([F(1, k), F(2, k + 1), F(k, 3)]) for k in range(1, 7)])
print(issubclass(S.StatisticsError, ValueError), S.StatisticsError.__mro__[1].__name__)

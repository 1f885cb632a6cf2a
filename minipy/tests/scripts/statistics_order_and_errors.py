# statistics' order statistics, modes, quantiles and the float means (fmean, geometric_mean,
# harmonic_mean with and without weights), with every error CPython 3.11 raises for them.
import statistics as S
from decimal import Decimal as D
from fractions import Fraction as F

inf, nan = float("inf"), float("nan")


def show(label, f, *args, **kwargs):
    try:
        result = repr(f(*args, **kwargs))
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(label, result)


datasets = [
    [], [5], [1, 3], [3, 1, 2], [1, 2, 3, 4], [1, 2, 3, 4.0], [True, False],
    [D("2.00"), D("3.00")], [F(1), F(2)], ["b", "a", "c"], [1, "a"], [-0.0], [1, 1, 2, 2],
    "aabbc", [2.5, 1.5, 10, 7, 7.25], [nan, nan], [[1]], [0, 1], [-1, 1], [1, 2, 4],
    [D(1), D(3)], [F(1, 2), 2], [inf, 1], [nan, 1], [0.0, 1], [1e308, 1e308], [D(2), D(8)],
]
for i, data in enumerate(datasets):
    for name in ["median", "median_low", "median_high", "mode", "multimode", "fmean",
                 "geometric_mean", "harmonic_mean", "quantiles"]:
        show(f"{i} {name}", getattr(S, name), data)

show("multimode iter", S.multimode, iter([1, 1, 2]))
show("median iter", S.median, iter([4, 1, 2]))
for n in [1, 2, 3, 4, 5, 10, 0, -1]:
    for method in ["exclusive", "inclusive"]:
        show(f"quantiles n={n} {method}", S.quantiles, [3, 1, 2, 9, 7.5, 4], n=n, method=method)
show("quantiles decimals", S.quantiles, [D(1), D(5), D("2.5")], n=3)
show("quantiles fractions", S.quantiles, [F(1), F(5)], n=3)
show("quantiles bad method", S.quantiles, [1, 2], method="x")
show("quantiles one point", S.quantiles, [1], method="x")
show("quantiles float n", S.quantiles, [1, 2], n=2.0)
show("quantiles positional n", S.quantiles, [1, 2], 4)

show("fmean iter", S.fmean, iter([1, 2]))
show("fmean w", S.fmean, [1, 2, 4], weights=[0.25, 0.5, 0.25])
show("fmean w iter", S.fmean, [1, 2], weights=iter([1, 3]))
show("fmean w short", S.fmean, [1, 2], weights=[1])
show("fmean w zero", S.fmean, [1, 2], weights=[0, 0])
show("fmean w empty", S.fmean, [], weights=[])
show("fmean str", S.fmean, ["a"])
show("fmean inf-inf", S.fmean, [inf, -inf])
show("fmean overflow", S.fmean, [1e308, 1e308])
show("fmean decimals", S.fmean, [D(1), D(2)])

for data, weights in [([1, 2], [1, 2]), ([0, 1], [1, 1]), ([0, 2], [0, 1]), ([2, 0], [1, 0]),
                      ([0, 2], [1, 0]), ([1, 2], [1]), ([1, 2], [-1, 1]), ([1, 2], [0, 0]),
                      ([2], [3]), ([2], [0]), ([0], [1]), ([F(1, 2), 1], [1, 2.0]),
                      ([1, 2], [1, F(1, 2)]), ([1, 2], [F(1, 2), F(1, 2)]),
                      ([D(1), D(3)], [1, 1]), ([D(450), F(147, 18)], [1, 0]),
                      ([nan, 1], [1, 1]), ([1, 2], [nan, 1]), ([1, 2], [inf, 1]),
                      ([1, 2], ["a", 1]), ([1, 2], [1, D(1)]), ([0, 2], [1, -1])]:
    show(f"harmonic {data!r} {weights!r}", S.harmonic_mean, data, weights)
for data in [[3], [3.0], [F(1, 3)], [True], [nan], [-inf], [None], ["a"], [None, 1],
             [0, "a"], [0, -1], [-1, 0], [D(0), D(1)], [F(0)], [1, 2 ** 2000], [1e-320, 1],
             [D("Infinity"), D(1)], [D(1), 2.0], [1, 2.0]]:
    show(f"harmonic {data!r}", S.harmonic_mean, data)
show("harmonic iter", S.harmonic_mean, iter([1, 2]))
for data in [[], [0, 1], [-1, 1], ["a"], [F(1, 2), 2], [inf, 1], [1.5, 2.5, 3.5]]:
    show(f"geometric {data!r}", S.geometric_mean, data)
try:
    S.mean([])
except S.StatisticsError as e:
    print("caught", type(e).__name__, isinstance(e, ValueError), e)

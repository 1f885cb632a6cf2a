# statistics on Decimal data: exact means and variances come back as Decimals (divided in the
# current context), standard deviations are the context's correctly rounded roots, Decimal
# infinities and NaNs propagate or signal, and mixing with floats fails as in CPython.
import statistics as S
from decimal import Decimal as D, getcontext


def show(label, f, *args, **kwargs):
    try:
        result = repr(f(*args, **kwargs))
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(label, result)


datasets = [
    [D("1.1"), D("2.2"), D("3.35")], [D("1"), D("2"), D("2")], [D("1.50"), D("1.50")],
    [D("1E+10"), D("3E+10")], [D(1), D(2), D(4)], [D("0.01"), D("0.03")], [D(0), D(0)],
    [D(2), D(6)], [1, D("2.5")], [D("1.1"), 2.0], [2.0, D("1.1")], [D("NaN"), D(1)],
    [D("Infinity"), D(1)], [D("-Infinity"), D(2)], [D("Infinity"), D("-Infinity")],
]
for i, data in enumerate(datasets):
    for name in ["mean", "variance", "pstdev"] if i % 2 else ["mean", "pvariance", "stdev"]:
        show(f"{i} {name}", getattr(S, name), data)
for name in ["median", "median_low", "mode", "fmean", "harmonic_mean", "quantiles"]:
    show(name, getattr(S, name), [D("2.00"), D("3.00"), D("1.5")])
show("variance xbar", S.variance, [D(1), D(2), D(4)], D("1.5"))
show("stdev xbar", S.stdev, [D(1), D(2)], D(0))
show("variance int xbar", S.variance, [1, 2, 3], D(1))
show("variance float xbar", S.variance, [1.0, 2.0], D(1))
print([str(S.pstdev([D(k), D(k * k), D(3)])) for k in range(1, 6)])
getcontext().prec = 12
print(S.mean([D(1), D(2), D(2)]), S.stdev([D(1), D(2), D(4)]), S.variance([D(1), D(2), D(4)]))
getcontext().prec = 28

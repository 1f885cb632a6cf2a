"""Sensor time series: bisect for range queries, statistics, moving averages, binning, sorted insertions."""
import bisect
import statistics
from collections import deque, namedtuple
from itertools import islice

Reading = namedtuple("Reading", "t value")

VALUES = [12.1, 12.4, 13.0, 15.2, 14.8, 14.9, 18.3, 21.0, 19.5, 17.2, 16.0, 15.1, 13.3, 12.9, 12.0, 11.7]
readings = [Reading(t * 15, v) for t, v in enumerate(VALUES)]
times = [r.t for r in readings]


def window(t0, t1):
    lo = bisect.bisect_left(times, t0)
    hi = bisect.bisect_right(times, t1)
    return readings[lo:hi]


for a, b in [(0, 60), (100, 150), (200, 1000), (31, 44)]:
    w = window(a, b)
    avg = statistics.fmean(r.value for r in w) if w else float("nan")
    print(f"[{a:>4},{b:>4}] n={len(w)} mean={avg:.3f}")


def moving_average(seq, n):
    it = iter(seq)
    d = deque(islice(it, n - 1), maxlen=n)
    s = sum(d)
    for x in it:
        d.append(x)
        s += x
        yield s / n
        s -= d[0]


print("ma3:", [round(x, 2) for x in moving_average(VALUES, 3)])
print("mean %.4f median %.2f mode %s" % (statistics.mean(VALUES), statistics.median(VALUES),
                                          statistics.mode([1, 2, 2, 3, 3, 3])))
print("stdev %.4f variance %.4f" % (statistics.stdev(VALUES), statistics.variance(VALUES)))
print("quantiles:", [round(q, 3) for q in statistics.quantiles(VALUES, n=4)])
print("median_low/high:", statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print("harmonic %.4f geometric %.4f" % (statistics.harmonic_mean([2, 4, 8]), statistics.geometric_mean([2, 4, 8])))
xs = list(range(len(VALUES)))
slope, intercept = statistics.linear_regression(xs, VALUES)
print(f"trend slope={slope:.4f} intercept={intercept:.4f} corr={statistics.correlation(xs, VALUES):.4f}")

BREAKS = [13, 15, 17, 19]
LABELS = ["cold", "cool", "mild", "warm", "hot"]
bins = [LABELS[bisect.bisect(BREAKS, v)] for v in VALUES]
print(" ".join(f"{v}:{b}" for v, b in zip(VALUES[:6], bins)))
print({label: bins.count(label) for label in LABELS})

top = []
for v in VALUES:
    bisect.insort(top, v)
    if len(top) > 5:
        top.pop(0)
print("top5:", top)
peaks = [r for prev, r, nxt in zip(readings, readings[1:], readings[2:]) if r.value > prev.value and r.value > nxt.value]
print("peaks:", [(p.t, p.value) for p in peaks])
print(Reading(0, 1.0)._replace(value=2.0), Reading._fields, readings[3]._asdict())
print(bisect.bisect_left([1, 2, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 2, 3], 2),
      bisect.bisect_left([10, 20, 30], 25, key=None))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
print(statistics.NormalDist(10, 2).cdf(12).__round__(4), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))

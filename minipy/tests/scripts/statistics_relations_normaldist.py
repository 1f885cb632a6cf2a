# statistics' relations between two variables (covariance, correlation, linear_regression),
# median_grouped and NormalDist, against CPython's digits; data from a fixed recurrence.
import statistics as st
from statistics import NormalDist as N

state = 12345
xs = []
for _ in range(400):
    state = (state * 1103515245 + 12345) % 2 ** 31
    xs.append(state / 2 ** 31 * 60.0 - 30.0)


def rec(label, v):
    print(label, repr(v))


for k in range(20):
    a = xs[k*8:k*8+8]; b = xs[k*8+1:k*8+9]
    rec('cov', st.covariance(a, b)); rec('cor', st.correlation(a, b)); rec('lr', st.linear_regression(a, b)); rec('lrp', st.linear_regression(a, b, proportional=True))
    ints = [int(v) for v in a]
    rec('cov_i', st.covariance(ints, [int(v) for v in b])); rec('mg', st.median_grouped(ints)); rec('mg2', st.median_grouped(ints, 2)); rec('mgf', st.median_grouped(a, 0.5))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([7]))
print(st.linear_regression([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]), st.linear_regression([1,2,3],[1,2,4]).slope, st.correlation([1,2,3],[3,2,1]))
for bad in [([1], [2]), ([1, 2], [1]), ([1, 1, 1], [1, 2, 3])]:
    for f in (st.covariance, st.correlation, st.linear_regression):
        try: print(f(*bad))
        except st.StatisticsError as e: print(f.__name__, e)
try: st.median_grouped([])
except st.StatisticsError as e: print(e)
n = N(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance, N(), N.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
for x in [70, 85, 100, 115, 130, 100.5]:
    rec('pdf', n.pdf(x)); rec('cdf', n.cdf(x)); rec('z', n.zscore(x))
for p in [0.001, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.975, 0.99, 0.999, 1e-10, 1-1e-10, 0.3, 0.7, 1e-300]:
    rec('inv', N().inv_cdf(p)); rec('inv2', n.inv_cdf(p))
print(n.quantiles(), N(0, 1).quantiles(10))
print(round(N(2.4, 1.6).overlap(N(3.2, 2.0)), 12), round(N(0,1).overlap(N(1, 1)), 12), round(N(0, 1).overlap(N(0, 2)), 12))
print(n + 5, n - 5, n * 2, n / 2, 2 * n, 5 + n, 5 - n, -n, +n, n + N(0, 20), n - N(0, 20), n == N(100, 15), n == 3, hash(n) == hash(N(100, 15)))
for bad in [lambda: N(0, -1), lambda: N(0, 0).pdf(1), lambda: N(0, 0).cdf(1), lambda: N().inv_cdf(0), lambda: N().inv_cdf(1), lambda: N(0,0).zscore(1), lambda: N(0,0).inv_cdf(0.5)]:
    try: bad()
    except st.StatisticsError as e: print(e)
print(len(N(5, 2).samples(10, seed=3)), sorted(st.__all__)[:3])

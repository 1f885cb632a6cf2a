import statistics as st
import math
from dataclasses import dataclass
from typing import Sequence


@dataclass
class Fit:
    slope: float
    intercept: float
    r: float

    def predict(self, x: float) -> float:
        return self.slope * x + self.intercept

    def __str__(self):
        sign = "+" if self.intercept >= 0 else "-"
        return f"y = {self.slope:.4f}x {sign} {abs(self.intercept):.4f} (r={self.r:.5f})"


def least_squares(xs: Sequence[float], ys: Sequence[float]) -> Fit:
    if len(xs) != len(ys):
        raise ValueError("length mismatch")
    if len(xs) < 2:
        raise ValueError("need at least two points")
    mx, my = st.fmean(xs), st.fmean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    slope = sxy / sxx
    return Fit(slope, my - slope * mx, sxy / math.sqrt(sxx * syy))


def remove_outliers(pairs, k=2.0):
    fit = least_squares(*zip(*pairs))
    residuals = [y - fit.predict(x) for x, y in pairs]
    sd = st.pstdev(residuals)
    kept = [p for p, r in zip(pairs, residuals) if abs(r) <= k * sd]
    dropped = [p for p, r in zip(pairs, residuals) if abs(r) > k * sd]
    return kept, dropped


reference = [0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0]
sensor = [0.42, 10.61, 20.35, 31.02, 40.88, 58.90, 61.12, 71.30, 81.05, 91.44, 101.20]

fit = least_squares(reference, sensor)
print("raw fit:", fit)
kept, dropped = remove_outliers(list(zip(reference, sensor)), k=1.5)
print("dropped:", dropped)
fit2 = least_squares(*zip(*kept))
print("clean fit:", fit2)

builtin = st.linear_regression([x for x, _ in kept], [y for _, y in kept])
print(f"statistics.linear_regression: slope={builtin.slope:.4f} intercept={builtin.intercept:.4f}")
print(f"correlation: {st.correlation(reference, sensor):.5f}")


def calibrate(reading: float, f: Fit = fit2) -> float:
    return (reading - f.intercept) / f.slope


print(f"{'reading':>8} {'true':>8}")
for r in (0.5, 25.0, 50.0, 99.9):
    print(f"{r:8.2f} {calibrate(r):8.3f}")

errors = [s - r for r, s in zip(reference, sensor)]
print("mean err", round(st.mean(errors), 4), "median", st.median(errors), "mode of rounded", st.mode(round(e) for e in errors))
print("stdev", f"{st.stdev(errors):.4f}", "pvariance", f"{st.pvariance(errors):.4f}")
print("quantiles", [round(q, 3) for q in st.quantiles(errors, n=4)])
print("median_low/high", st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([1, 3, 5, 7]))
print("harmonic", round(st.harmonic_mean([40, 60]), 3), "geometric", round(st.geometric_mean([1, 10, 100]), 6))
print("multimode", st.multimode("aabbbccdd" + "dd"))
try:
    least_squares([1], [2])
except ValueError as e:
    print("error:", e)
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.log10(1000), math.log2(8), math.log(math.e ** 2), round(math.degrees(math.pi / 3), 6), math.gcd(84, 36), math.lcm(4, 6))
print(round(2.5), round(3.5), round(-0.5), round(1.23456, 3), round(1234, -2), f"{2.675:.2f}", 7 // -2, -7 % 3, divmod(-7, 2))
print(float("nan") == float("nan"), math.isnan(float("nan")), math.inf > 1e308, math.trunc(-3.7), int("ff", 16), 1e16, 1.5e-7, 123456789.0 * 10)

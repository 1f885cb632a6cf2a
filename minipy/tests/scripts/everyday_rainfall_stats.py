"""Monthly rainfall statistics for several weather stations."""
import statistics as st
import math
from collections import defaultdict
from itertools import groupby, accumulate, pairwise
from operator import itemgetter

DATA = """
station,month,mm
Kew,1,61.2
Kew,2,40.8
Kew,3,42.1
Kew,4,44.0
Kew,5,49.3
Kew,6,45.1
Kew,7,44.5
Kew,8,49.9
Kew,9,49.6
Kew,10,68.5
Kew,11,59.0
Kew,12,55.2
Oban,1,190.4
Oban,2,140.2
Oban,3,150.0
Oban,4,90.7
Oban,5,80.3
Oban,6,85.6
Oban,7,100.9
Oban,8,120.0
Oban,9,150.2
Oban,10,200.8
Oban,11,190.1
Oban,12,210.0
Leeds,1,70.0
Leeds,2,55.5
Leeds,3,52.0
Leeds,5,48.0
Leeds,6,60.1
Leeds,7,50.0
Leeds,8,65.0
"""

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

rows = []
for line in DATA.strip().splitlines()[1:]:
    station, month, mm = line.split(",")
    rows.append((station, int(month), float(mm)))

rows.sort(key=itemgetter(0, 1))
by_station = {k: [r[2] for r in g] for k, g in groupby(rows, key=itemgetter(0))}
months_present = {k: {r[1] for r in rows if r[0] == k} for k in by_station}

print(f"{'Station':<7}{'n':>3}{'mean':>8}{'median':>8}{'stdev':>8}{'min':>7}{'max':>7}  missing")
for name, vals in by_station.items():
    missing = [MONTHS[m - 1] for m in range(1, 13) if m not in months_present[name]]
    print(f"{name:<7}{len(vals):>3}{st.mean(vals):>8.2f}{st.median(vals):>8.2f}"
          f"{st.stdev(vals):>8.2f}{min(vals):>7.1f}{max(vals):>7.1f}  {','.join(missing) or '-'}")

kew = by_station["Kew"]
oban = by_station["Oban"]
print()
print("Kew quartiles:", [round(q, 2) for q in st.quantiles(kew, n=4)])
print("Oban pstdev: %.3f  variance: %.3f" % (st.pstdev(oban), st.variance(oban)))
print(f"Correlation Kew/Oban: {st.correlation(kew, oban):+.4f}")
slope, intercept = st.linear_regression(range(1, 13), oban)
print(f"Oban trend: {slope:+.3f} mm/month, intercept {intercept:.2f}")
print("Geometric mean Kew:", round(st.geometric_mean(kew), 3))
print("Harmonic mean Kew:", round(st.harmonic_mean(kew), 3))
print("Mode of rounded Kew:", st.mode(round(v, -1) for v in kew))

cum = list(accumulate(oban))
half = next(i for i, c in enumerate(cum) if c >= cum[-1] / 2)
print(f"Oban passes half its annual total in {MONTHS[half]} ({cum[half]:.1f} of {cum[-1]:.1f})")
jumps = [(MONTHS[i + 1], round(b - a, 1)) for i, (a, b) in enumerate(pairwise(kew))]
print("Largest Kew rise:", max(jumps, key=lambda j: j[1]))
print("Largest Kew fall:", min(jumps, key=lambda j: j[1]))

seasons = defaultdict(list)
for m, v in enumerate(oban, 1):
    seasons[["Winter", "Spring", "Summer", "Autumn"][(m % 12) // 3]].append(v)
for s, vals in seasons.items():
    print(f"{s:<7}{sum(vals):>8.1f} {'*' * round(sum(vals) / 50)}")
print(math.fsum(kew), sum(kew), math.isclose(math.fsum(kew), sum(kew)))
try:
    st.mean([])
except st.StatisticsError as e:
    print("error:", e)
print(st.fmean([1, 2, 3, 4]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))

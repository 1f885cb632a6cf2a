readings = {
    "mon": [12.5, 15.0, 14.2],
    "tue": [9.8, 11.1],
    "wed": [],
    "thu": [20.0, 22.5, 21.0, 19.5],
}

def c_to_f(c):
    return c * 9 / 5 + 32

stats = {}
for day, temps in readings.items():
    if not temps:
        print(f"{day}: no data")
        continue
    avg = sum(temps) / len(temps)
    stats[day] = (min(temps), max(temps), avg)
    print(f"{day}: min={min(temps):5.1f} max={max(temps):5.1f} avg={avg:6.2f} ({c_to_f(avg):.1f}F)")

hottest = max(stats, key=lambda d: stats[d][1])
print("hottest", hottest, stats[hottest])
all_temps = sorted(t for ts in readings.values() for t in ts)
n = len(all_temps)
median = (all_temps[n // 2 - 1] + all_temps[n // 2]) / 2 if n % 2 == 0 else all_temps[n // 2]
mean = sum(all_temps) / n
var = sum((t - mean) ** 2 for t in all_temps) / n
print(f"n={n} median={median} mean={mean:.3f} std={var ** 0.5:.3f}")
bins = {}
for t in all_temps:
    b = int(t // 5 * 5)
    bins[b] = bins.get(b, 0) + 1
for b in sorted(bins):
    print(f"{b:3d}-{b + 4:<3d} {'#' * bins[b]}")
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), 7 / 2, 7 // 2, -7 // 2, -7 % 3)
print(f"{1e6:g} {0.0001:g} {123456789.0:e} {0.1 + 0.2} {1/3:.10f} {2.0} {float('inf')}")
print(abs(-3.5), int(3.99), int(-3.99), float("1e3"), 10 ** -2, 3.0 == 3, (0.1).is_integer(), (2.0).is_integer())

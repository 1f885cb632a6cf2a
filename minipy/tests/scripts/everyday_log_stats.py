# Web server log statistics: parse lines, count by status and path, percentiles, a histogram.
from collections import Counter

LOG = """\
10.0.0.1 - GET /index.html 200 512 0.012
10.0.0.2 - GET /about.html 200 1024 0.020
10.0.0.1 - POST /login 302 0 0.150
10.0.0.3 - GET /missing 404 128 0.004
10.0.0.2 - GET /index.html 200 512 0.010
10.0.0.4 - GET /api/items 500 64 1.250
10.0.0.1 - GET /api/items 200 2048 0.300
10.0.0.3 - GET /index.html 304 0 0.002
10.0.0.5 - GET /api/items 200 2100 0.280
"""

entries = []
for line in LOG.splitlines():
    ip, _, method, path, status, size, secs = line.split()
    entries.append({"ip": ip, "method": method, "path": path, "status": int(status),
                    "size": int(size), "secs": float(secs)})

status_counts = Counter(e["status"] for e in entries)
print(sorted(status_counts.items()))
print(Counter(e["path"] for e in entries).most_common(2))
errors = [e for e in entries if e["status"] >= 400]
print(f"{len(errors)} errors ({len(errors) / len(entries):.0%}):", ", ".join(f"{e['path']}={e['status']}" for e in errors))
times = sorted(e["secs"] for e in entries)
def percentile(values, p):
    k = (len(values) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)
for p in (50, 90, 99):
    print(f"p{p}: {percentile(times, p) * 1000:.1f} ms")
per_ip = {}
for e in entries:
    per_ip[e["ip"]] = per_ip.get(e["ip"], 0) + e["size"]
for ip, total in sorted(per_ip.items(), key=lambda kv: (-kv[1], kv[0])):
    bar = "#" * (total // 256)
    print(f"{ip:<10} {total:>5} {bar}")
classes = {f"{s // 100}xx" for s in status_counts}
print(sorted(classes), max(entries, key=lambda e: e["secs"])["path"])

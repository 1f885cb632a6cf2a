import re
from collections import Counter, defaultdict
from datetime import datetime

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 0.012s
2024-03-01 12:00:02 INFO  [web] GET /about 200 0.020s
2024-03-01 12:00:05 WARN  [db] slow query took 1.532s
2024-03-01 12:01:10 ERROR [web] GET /api/users 500 0.301s
2024-03-01 12:01:11 INFO  [web] POST /api/login 302 0.045s
garbage line here
2024-03-01 12:02:00 ERROR [auth] invalid token for user=bob ip=10.0.0.7
2024-03-01 12:03:30 INFO  [web] GET /index.html 304 0.002s
2024-03-01 12:04:45 DEBUG [cache] hit ratio=0.93
2024-03-01 12:05:00 ERROR [web] GET /api/orders 503 1.100s
"""

LINE = re.compile(r"^(?P<ts>\S+ \S+) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$")
REQ = re.compile(r"(?P<method>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<secs>[\d.]+)s")
KV = re.compile(r"(\w+)=(\S+)")

levels = Counter()
by_comp = defaultdict(list)
requests = []
bad = 0
first = last = None
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad += 1
        print(f"line {lineno}: unparseable {line!r}")
        continue
    ts = datetime.strptime(m["ts"], "%Y-%m-%d %H:%M:%S")
    first = first or ts
    last = ts
    levels[m["level"]] += 1
    by_comp[m["comp"]].append(m["level"])
    if r := REQ.search(m["msg"]):
        requests.append((r["method"], r["path"], int(r["status"]), float(r["secs"])))
    if kv := dict(KV.findall(m["msg"])):
        print(f"{ts:%H:%M} {m['comp']}: {kv}")

print("levels:", levels.most_common())
print("components:", {k: Counter(v) for k, v in sorted(by_comp.items())})
print("span:", last - first, (last - first).total_seconds())
errs = [r for r in requests if r[2] >= 500]
print(f"{len(requests)} requests, {len(errs)} errors, {len(errs) / len(requests):.1%}")
print("slowest:", max(requests, key=lambda r: r[3])[:2])
paths = Counter(p for _, p, _, _ in requests)
print("top path:", paths.most_common(1)[0], "unique:", len(paths))
avg = sum(r[3] for r in requests) / len(requests)
print(f"avg latency {avg * 1000:.1f} ms")
status_groups = Counter(f"{s // 100}xx" for _, _, s, _ in requests)
print(sorted(status_groups.items()))
c2 = Counter("abracadabra")
print(c2 + Counter("aab"), c2 - Counter("aaaaaaa"), c2 & Counter("rrr"), (c2 | Counter(z=2))["z"])
print(c2.total(), list(c2.elements())[:6], c2["q"])
print(re.sub(r"\d+\.\d+\.\d+\.\d+", "<ip>", LOG.splitlines()[6]).split("] ")[1])

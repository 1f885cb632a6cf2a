"""Web access log analysis with a generator pipeline, re named groups, itertools."""
import re
from collections import Counter, defaultdict
from itertools import islice, takewhile, dropwhile, chain, accumulate, pairwise

LOG = """\
10.0.0.1 - - [12/Mar/2024:10:00:01] "GET /index.html HTTP/1.1" 200 5120
10.0.0.2 - - [12/Mar/2024:10:00:03] "GET /about.html HTTP/1.1" 200 2048
10.0.0.1 - - [12/Mar/2024:10:00:07] "POST /login HTTP/1.1" 302 0
garbage line here
10.0.0.3 - - [12/Mar/2024:10:01:15] "GET /missing HTTP/1.1" 404 512
10.0.0.2 - - [12/Mar/2024:10:01:20] "GET /index.html HTTP/1.1" 200 5120
10.0.0.4 - - [12/Mar/2024:10:02:00] "GET /api/data?id=7 HTTP/1.1" 500 128
10.0.0.1 - - [12/Mar/2024:10:02:30] "GET /api/data?id=8 HTTP/1.1" 200 4096
10.0.0.3 - - [12/Mar/2024:10:03:00] "DELETE /api/data?id=8 HTTP/1.1" 403 64
"""

PATTERN = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) - - \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+)'
)


def lines(text):
    yield from text.splitlines()


def parse(src):
    for n, line in enumerate(src, 1):
        m = PATTERN.match(line)
        if not m:
            print(f"skip line {n}: {line!r}")
            continue
        d = m.groupdict()
        d["status"] = int(d["status"])
        d["size"] = int(d["size"])
        d["path"] = d["path"].split("?", 1)[0]
        yield d


def only(status_pred, records):
    return (r for r in records if status_pred(r["status"]))


records = list(parse(lines(LOG)))
print("parsed", len(records))
print("by status:", sorted(Counter(r["status"] for r in records).items()))
print("errors:", [(r["ip"], r["path"]) for r in only(lambda s: s >= 400, records)])
bytes_by_ip = defaultdict(int)
for r in records:
    bytes_by_ip[r["ip"]] += r["size"]
for ip, total in sorted(bytes_by_ip.items(), key=lambda kv: -kv[1]):
    print(f"  {ip:<10}{total:>7,d}")
print("first 2 paths:", [r["path"] for r in islice(records, 2)])
print("leading 200s:", len(list(takewhile(lambda r: r["status"] == 200, records))))
print("after first non-200:", [r["status"] for r in dropwhile(lambda r: r["status"] == 200, records)])
print("running bytes:", list(accumulate(r["size"] for r in records)))
print("method set:", sorted({r["method"] for r in records}))
print("status changes:", sum(1 for a, b in pairwise(records) if a["status"] != b["status"]))


def chunked(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk


print([len(c) for c in chunked(records, 3)])
gen = (r["size"] for r in records)
print(next(gen), next(gen), sum(gen))
print(list(chain.from_iterable([r["ip"].split(".")[-1]] for r in records)))


def counter_coroutine():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


co = counter_coroutine()
next(co)
for v in (5, 10, 20):
    print("running:", co.send(v))
try:
    co.send(None)
except StopIteration as e:
    print("final:", e.value)
m = PATTERN.match(LOG.splitlines()[0])
print(m.group("ip", "status"), m.span("path"), m.start("ts"))

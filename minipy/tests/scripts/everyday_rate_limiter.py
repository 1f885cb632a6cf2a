"""Token-bucket and sliding-window rate limiters tested with a simulated clock."""
from collections import deque, defaultdict
from dataclasses import dataclass, field
import math


class FakeClock:
    def __init__(self, start=0.0):
        self.now = start

    def __call__(self):
        return self.now

    def __repr__(self):
        return f"FakeClock(now={self.now})"

    def advance(self, dt):
        self.now = round(self.now + dt, 6)


@dataclass
class TokenBucket:
    rate: float          # tokens per second
    capacity: int
    clock: FakeClock
    tokens: float = field(init=False)
    last: float = field(init=False)

    def __post_init__(self):
        self.tokens = float(self.capacity)
        self.last = self.clock()

    def allow(self, cost=1):
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

    def wait_time(self, cost=1):
        missing = cost - self.tokens
        return 0.0 if missing <= 0 else math.ceil(missing / self.rate * 1000) / 1000


class SlidingWindow:
    def __init__(self, limit, window, clock):
        self.limit, self.window, self.clock = limit, window, clock
        self.hits = defaultdict(deque)

    def allow(self, key):
        now = self.clock()
        q = self.hits[key]
        while q and q[0] <= now - self.window:
            q.popleft()
        if len(q) < self.limit:
            q.append(now)
            return True
        return False


clock = FakeClock()
bucket = TokenBucket(rate=2.0, capacity=5, clock=clock)
pattern = [0, 0, 0, 0, 0, 0, 0, 0.2, 0.3, 0.5, 0, 0, 1.5, 0, 0, 0, 0, 0]
line = []
for dt in pattern:
    clock.advance(dt)
    ok = bucket.allow()
    line.append("+" if ok else "-")
    if not ok:
        print(f"t={clock.now:4.1f}s denied; tokens={bucket.tokens:.2f} retry in {bucket.wait_time()}s")
print("bucket:", "".join(line), f"({line.count('+')}/{len(line)} allowed)")

clock2 = FakeClock(100)
sw = SlidingWindow(limit=3, window=10, clock=clock2)
events = [("alice", 0), ("alice", 1), ("bob", 1), ("alice", 2), ("alice", 3),
          ("bob", 4), ("alice", 9), ("alice", 11), ("alice", 12), ("bob", 20)]
start = clock2.now
results = defaultdict(list)
for user, t in events:
    clock2.now = start + t
    results[user].append((t, sw.allow(user)))
for user, rs in sorted(results.items()):
    shown = " ".join(f"{t}{'✓' if ok else '✗'}" for t, ok in rs)
    print(f"{user:<6} {shown}")


def limited(limiter):
    def deco(fn):
        def wrapper(*args):
            if not limiter.allow():
                raise RuntimeError(f"{fn.__name__}: rate limit exceeded")
            return fn(*args)
        return wrapper
    return deco


c3 = FakeClock()
@limited(TokenBucket(rate=1, capacity=2, clock=c3))
def fetch(url):
    return f"GET {url} -> 200"


for i, url in enumerate(["/a", "/b", "/c", "/d", "/e"]):
    c3.advance(0.6 if i == 3 else 0.1)
    try:
        print(fetch(url))
    except RuntimeError as e:
        print("error:", e)
print(bucket, "| stored users:", len(sw.hits))

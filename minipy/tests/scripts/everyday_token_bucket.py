import functools

class FakeClock:
    def __init__(self):
        self.t = 0.0
    def __call__(self):
        return self.t
    def advance(self, dt):
        self.t += dt

class RateLimited(Exception):
    def __init__(self, wait):
        self.wait = wait
        super().__init__(f"retry in {wait:.2f}s")

class TokenBucket:
    def __init__(self, rate, capacity, clock):
        self.rate, self.capacity, self.clock = rate, capacity, clock
        self.tokens = capacity
        self.last = clock()

    def _refill(self):
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now

    def take(self, n=1):
        self._refill()
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False

    def wait_time(self, n=1):
        self._refill()
        return max(0.0, (n - self.tokens) / self.rate)

def rate_limited(bucket):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            if not bucket.take():
                raise RateLimited(bucket.wait_time())
            return fn(*args, **kwargs)
        wrapper.bucket = bucket
        return wrapper
    return deco

clock = FakeClock()
bucket = TokenBucket(rate=2, capacity=3, clock=clock)

@rate_limited(bucket)
def fetch(url, *, verbose=False):
    """Pretend to fetch a URL."""
    return f"GET {url}" + (" (v)" if verbose else "")

print(fetch.__name__, fetch.__doc__, fetch.__wrapped__.__name__)
timeline = [0, 0, 0, 0, 0.25, 0.5, 0.5, 2.0, 0, 0, 0, 0]
ok = fail = 0
for i, dt in enumerate(timeline):
    clock.advance(dt)
    try:
        r = fetch(f"/item/{i}", verbose=i % 2 == 0)
    except RateLimited as e:
        fail += 1
        print(f"t={clock():5.2f} #{i:<2} limited: {e} tokens={bucket.tokens:.2f}")
    else:
        ok += 1
        print(f"t={clock():5.2f} #{i:<2} {r}")
print(f"ok={ok} fail={fail} ratio={ok / (ok + fail):.3f}")
print(fetch.bucket is bucket, round(bucket.tokens, 4))

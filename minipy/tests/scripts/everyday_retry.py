import functools
import itertools

class TransientError(Exception):
    pass

class FatalError(Exception):
    pass

def retry(times=3, exceptions=(Exception,), backoff=2.0, log=None):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = 0.1
            for attempt in range(1, times + 1):
                try:
                    result = fn(*args, **kwargs)
                except exceptions as e:
                    if log is not None:
                        log.append(f"{fn.__name__} attempt {attempt} failed: {e!r}; sleep {delay:.2f}")
                    if attempt == times:
                        raise
                    delay *= backoff
                else:
                    wrapper.stats["ok"] += 1
                    return result
                finally:
                    wrapper.stats["calls"] += 1
        wrapper.stats = {"ok": 0, "calls": 0}
        return wrapper
    return decorator

log = []
counter = itertools.count(1)

@retry(times=4, exceptions=(TransientError,), log=log)
def flaky(threshold):
    n = next(counter)
    if n < threshold:
        raise TransientError(f"try {n}")
    return n

@retry(times=3, log=log)
def always_fatal():
    raise FatalError("boom")

@retry(times=5, exceptions=(TransientError,), log=log)
def wrong_kind():
    raise KeyError("k")

print(flaky(3))
counter = itertools.count(1)
try:
    flaky(10)
except TransientError as e:
    print("gave up:", e)
try:
    always_fatal()
except FatalError as e:
    print("fatal:", e, type(e).__mro__[1].__name__)
try:
    wrong_kind()
except KeyError as e:
    print("passed through:", e)
for line in log:
    print(line)
print(flaky.stats, always_fatal.stats, wrong_kind.stats)
print(flaky.__name__, flaky.__wrapped__.__name__)

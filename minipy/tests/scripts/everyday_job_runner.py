"""Job runner with rich exception handling: chaining, traceback module, ExceptionGroup, except*, finally."""
import sys
import traceback


class JobError(Exception):
    def __init__(self, job, reason):
        self.job, self.reason = job, reason
        super().__init__(job, reason)

    def __str__(self):
        return f"job {self.job!r} failed: {self.reason}"


def parse_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise JobError("parse", f"not an int: {s!r}") from e


def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        raise JobError("divide", "zero denominator")


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise JobError("lookup", f"missing {k}") from None


JOBS = [("parse", lambda: parse_int("12")), ("parse", lambda: parse_int("1x")),
        ("divide", lambda: divide(1, 0)), ("lookup", lambda: lookup({}, "k")),
        ("index", lambda: [1, 2][5]), ("ok", lambda: "fine")]

for name, fn in JOBS:
    try:
        result = fn()
    except JobError as e:
        cause = e.__cause__
        ctx = e.__context__
        print(f"{name:<7} JobError: {e} | cause={type(cause).__name__ if cause else None}"
              f" | context={type(ctx).__name__ if ctx else None} | suppress={e.__suppress_context__}")
    except Exception as e:
        print(f"{name:<7} {type(e).__name__}: {e}")
        print("        only:", traceback.format_exception_only(type(e), e)[-1].strip())
    else:
        print(f"{name:<7} result={result!r}")
    finally:
        pass

try:
    parse_int("zz")
except JobError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    text = "".join(lines)
    print("chained message present:", "The above exception was the direct cause" in text)
    print("last line:", lines[-1].strip())
    frames = traceback.extract_tb(e.__traceback__)
    print("frames:", [f.name for f in frames])


def cleanup_order():
    order = []
    try:
        try:
            order.append("try")
            raise RuntimeError("inner")
        finally:
            order.append("inner finally")
    except RuntimeError:
        order.append("except")
    finally:
        order.append("outer finally")
    return order


print(cleanup_order())


def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")


print(returns_in_finally())

errors = []
for i, v in enumerate(["3", "x", "0", "y"]):
    try:
        10 / int(v)
    except (ValueError, ZeroDivisionError) as e:
        errors.append(e)
try:
    raise ExceptionGroup("batch failed", errors)
except* ValueError as eg:
    print("value errors:", len(eg.exceptions), [str(x) for x in eg.exceptions])
except* ZeroDivisionError as eg:
    print("zero errors:", len(eg.exceptions))

eg = ExceptionGroup("g", [KeyError("a"), ValueError("b"), ExceptionGroup("sub", [TypeError("c")])])
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print(sys.exc_info() == (None, None, None))
try:
    raise ValueError("with note")
except ValueError as e:
    e.add_note("extra context here")
    print(e.__notes__, traceback.format_exception_only(e)[-1].strip())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
print(issubclass(JobError, Exception), JobError("j", "r").args)

# SystemExit.code and StopIteration.value, read by scripts that catch them (argument parsers,
# hand-driven generators), for exceptions raised with none, one or several arguments.
import sys

for args in [(), (3,), ("unknown option --bogus",), (1, 2)]:
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(repr(e), e.code, e.args)
try:
    sys.exit("bye")
except SystemExit as e:
    print("exit code:", e.code)


class UsageError(SystemExit):
    pass


try:
    raise UsageError(2)
except SystemExit as e:
    print(type(e).__name__, e.code)

print(StopIteration(1, 2).value, StopIteration().value)


def gen():
    yield 1
    return "result"


g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
try:
    ValueError().code
except AttributeError as e:
    print(e)

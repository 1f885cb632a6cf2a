# contextlib.ExitStack (exits last first, an exception passed along and suppressed, callbacks,
# pop_all), bin/hex/oct of big ints and of __index__ objects, and __import__.
from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name, swallow=False):
    print("enter", name)
    try:
        yield name
    except KeyError as e:
        print(name, "saw", repr(e))
        if not swallow:
            raise
    finally:
        print("exit", name)


with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in "ab"]
    stack.callback(print, "callback ran", names)
    print("body", names)

with ExitStack() as stack:
    stack.enter_context(resource("outer", swallow=True))
    stack.enter_context(resource("inner"))
    {}["missing"]
print("suppressed by outer")

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise ValueError("first")
except ZeroDivisionError as e:
    print("raised", repr(e), "context", repr(e.__context__))

with ExitStack() as stack:
    stack.enter_context(resource("kept"))
    later = stack.pop_all()
print("stack closed, kept still open")
later.close()
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print("TypeError:", e)


class Index:
    def __index__(self):
        return 2**70 + 5


print(bin(2**100)[:12], hex(-(2**70))[3:], oct(2**64), bin(Index())[-5:], hex(Index())[2:])
os_path = __import__("os.path")
print(os_path.__name__, __import__("os.path", fromlist=["join"]) is os_path.path, __import__("math").sqrt(16))

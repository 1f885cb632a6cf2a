# The builtin exception classes scripts name most often after the common ones, with their bases.
names = [
    "ConnectionError", "ConnectionAbortedError", "ConnectionRefusedError",
    "ConnectionResetError", "TimeoutError", "BrokenPipeError", "BlockingIOError",
    "InterruptedError", "ChildProcessError", "ProcessLookupError", "IndentationError",
    "TabError", "BufferError", "FloatingPointError", "StopAsyncIteration",
    "UnicodeTranslateError",
]
for name in names:
    cls = eval(name)
    print(name, [c.__name__ for c in cls.__mro__])
print(IOError is OSError, EnvironmentError is OSError, IOError.__name__)

try:
    raise ConnectionRefusedError("no listener")
except ConnectionError as e:
    print("caught", type(e).__name__, e, isinstance(e, OSError))

try:
    raise TimeoutError
except OSError as e:
    print("timeout", repr(e))

try:
    raise IOError("io")
except EnvironmentError as e:
    print(type(e).__name__, e)


def waits():
    raise BrokenPipeError(32, "Broken pipe")


try:
    waits()
except (BrokenPipeError, ConnectionResetError) as e:
    print(e.args)

try:
    raise TabError("inconsistent use of tabs")
except SyntaxError as e:
    print(type(e).__name__, isinstance(e, IndentationError))


class Retry(TimeoutError):
    pass


print(issubclass(Retry, OSError), Retry.__mro__[1].__name__)

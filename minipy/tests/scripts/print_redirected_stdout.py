# print(), input() and tracebacks follow a reassigned sys.stdout / sys.stderr; contextlib's
# redirect_stdout, redirect_stderr and chdir.
import contextlib
import io
import os
import sys
import traceback

print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)

buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print("captured", 1, 2, sep="-")
print("second line")
sys.stdout.write("direct\n")
sys.stdout = old
print("back", repr(buf.getvalue()))

with contextlib.redirect_stdout(io.StringIO()) as f:
    print("inside")
print("redirected:", repr(f.getvalue()))

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    try:
        1 / 0
    except ZeroDivisionError:
        traceback.print_exc()
print(repr(err.getvalue().splitlines()[0]), err.getvalue().splitlines()[-1])


class Upper:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

    def flush(self):
        pass


u = Upper()
sys.stdout = u
print("hello", "world")
sys.stdout = sys.__stdout__
print(u.parts)

sys.stdout = None
print("lost")
sys.stdout = sys.__stdout__
print("after None")

sys.stdin = io.StringIO("first\nsecond\n")
cap = io.StringIO()
with contextlib.redirect_stdout(cap):
    a = input("prompt> ")
    b = input()
print(a, b, repr(cap.getvalue()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
sys.stdin = sys.__stdin__

here = os.getcwd()
with contextlib.chdir("/"):
    print(os.getcwd())
print(os.getcwd() == here)


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


print(issubclass(Plain, contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager))


class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("exit")


with Managed() as m:
    print(type(m).__name__)

# An uncaught exception's traceback goes to the replaced sys.stderr too.
sys.stderr = sys.stdout
raise ValueError("shown on stdout")

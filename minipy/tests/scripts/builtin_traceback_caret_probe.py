# CPython 3.11 tracebacks include ^^^^ caret lines under the failing expression
import traceback
def f(d):
    return int(d["x"])
try:
    f({"x": "abc"})
except ValueError:
    print(traceback.format_exc().replace(__file__, "FILE"), end="")

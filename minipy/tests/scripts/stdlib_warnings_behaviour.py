# warnings: warn and its filters (actions, once-per-location registries), showwarning and
# formatwarning hooks, catch_warnings, WarningMessage.
import io
import os
import re
import sys
import warnings

print(sorted(warnings.__all__))
print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)


def show(message, category, filename, lineno, file=None, line=None):
    print("show:", os.path.basename(filename), lineno, category.__name__, repr(message), type(message).__name__, file, line)


warnings.showwarning = show


def hello(n):
    warnings.warn("hello %d" % (n % 2))


for i in range(4):
    hello(i)
warnings.warn("plain")
warnings.warn(RuntimeWarning("instance"), UserWarning)
warnings.warn("deprecated here", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)


def lib():
    warnings.warn("from lib, blamed on caller", stacklevel=2)


lib()
lib()
for action in ["once", "always", "module", "default", "ignore"]:
    with warnings.catch_warnings():
        warnings.simplefilter(action)
        print("--", action)
        for i in range(2):
            hello(0)
            hello(1)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    hello(5)
    warnings.warn("bytes!", BytesWarning)
    print(len(log), [(str(w.message), w.category.__name__, os.path.basename(w.filename), w.line, w.file, w.source) for w in log])
    print(str(log[0]).replace(log[0].filename, "F"))
with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("always", module="__main__")
    warnings.filterwarnings("error", message="boom", category=RuntimeWarning)
    warnings.filterwarnings("ignore", message="QUIET")
    try:
        warnings.warn("boom now", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))
    warnings.warn("quiet please")
    warnings.warn("loud", RuntimeWarning)
    print([str(w.message) for w in log])
    print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][1].pattern, warnings.filters[0][1].flags & 2)
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter("ignore", UserWarning, append=True)
    warnings.simplefilter("error", append=True)
    warnings.simplefilter("error", append=True)
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("ignore", UserWarning)
    print([(f[0], f[2].__name__) for f in warnings.filters])
    warnings.warn("x")
    try:
        warnings.warn("y", FutureWarning)
    except FutureWarning as e:
        print("error action:", e)
for bad in [("bogus",), ("ignore", 5), ("ignore", "", int), ("ignore", "", "x"), ("ignore", "", Warning, 3), ("ignore", "", Warning, "", -1)]:
    try:
        warnings.filterwarnings(*bad)
    except AssertionError as e:
        print("AssertionError", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError", e)
try:
    warnings.warn("x", "notaclass")
except TypeError as e:
    print("TypeError", e)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
with warnings.catch_warnings(record=True, action="always", category=UserWarning) as log:
    hello(0)
    hello(0)
    print(len(log))
print(warnings.formatwarning("msg", UserWarning, "f.py", 3), end="")
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  x = 1  "), end="")
print(warnings.formatwarning(ValueError("v"), SyntaxWarning, "g.py", 0, ""), end="")
warnings.showwarning = warnings._showwarning_orig
buf = io.StringIO()
warnings.showwarning("to buffer", UserWarning, "h.py", 7, buf, "line here")
print(repr(buf.getvalue()))
m = warnings.WarningMessage("m", UserWarning, "w.py", 9)
print(str(m), m.file, m.line, m.source)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.formatwarning = lambda message, category, filename, lineno, line=None: "FORMATTED %s %s\n" % (message, lineno)
    old_stderr = sys.stderr
    sys.stderr = io.StringIO()
    warnings.warn("custom format")
    warnings.warn_explicit("explicit", UserWarning, "e.py", 42)
    warnings.warn_explicit("explicit", UserWarning, "e.py", 42, module="mod", registry={})
    text = sys.stderr.getvalue()
    sys.stderr = old_stderr
    warnings.formatwarning = warnings._formatwarning_orig
    print(text, end="")
with warnings.catch_warnings():
    warnings.simplefilter("always")
    sys.stderr = io.StringIO()
    warnings.warn("to stderr")
    warnings.warn_explicit("explicit", RuntimeWarning, "e.py", 42)
    text = sys.stderr.getvalue()
    sys.stderr = old_stderr
    print(re.sub(r"\S*stdlib_warnings_behaviour[.]py", "F", text), end="")
with warnings.catch_warnings():
    warnings.filterwarnings("once")
    reg = {}
    sys.stderr = io.StringIO()
    for i in range(3):
        warnings.warn_explicit("explicit once", UserWarning, "e.py", 40 + i, registry=reg)
    text = sys.stderr.getvalue()
    sys.stderr = old_stderr
    print(repr(text))
    warnings.showwarning = 5
    try:
        warnings.warn_explicit("x", UserWarning, "e.py", 1, registry={})
    except TypeError as e:
        print("TypeError", e)
    warnings.showwarning = warnings._showwarning_orig
with warnings.catch_warnings():
    warnings.filters.insert(0, ("weird", None, Warning, None, 0))
    try:
        warnings.warn("x")
    except RuntimeError as e:
        print("RuntimeError", str(e).split("\n")[0])

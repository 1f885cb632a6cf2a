"""Context managers: class-based, contextlib, ExitStack, suppress, redirect_stdout."""
import contextlib
import io
import os
import tempfile


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False

    def print(self, text):
        print("    " * self.level + text)


with Indenter() as ind:
    ind.print("level 1")
    with ind:
        ind.print("level 2")
        with ind:
            ind.print("level 3")
    ind.print("back to 1")


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"  (swallowed KeyError {e})")
    finally:
        print(f"</{name}>")


with tag("html"):
    with tag("body") as t:
        print("  content", t)
with tag("div"):
    {}["missing"]
print("continued after swallow")


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"rolled back due to {et.__name__}: {ev}")
            return True
        print("committed")


db = {"a": 1}
with Transaction(db) as s:
    s["b"] = 2
with Transaction(db) as s:
    s["c"] = 3
    raise ValueError("bad write")
print(sorted(db.items()))

with contextlib.suppress(FileNotFoundError):
    os.remove("/definitely/not/here")
print("suppressed ok")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("another")
print("captured:", buf.getvalue().splitlines())

with tempfile.TemporaryDirectory() as d:
    names = [os.path.join(d, f"f{i}.txt") for i in range(3)]
    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(open(n, "w")) for n in names]
        for i, f in enumerate(files):
            f.write(f"file {i}\n")
        stack.callback(print, "exit stack closing")
    print([open(n).read().strip() for n in names], all(f.closed for f in files))

with contextlib.nullcontext(42) as v:
    print("nullcontext gave", v)


class closing_thing:
    def close(self):
        print("closed thing")


with contextlib.closing(closing_thing()):
    print("using thing")
try:
    with tag("p"):
        raise TypeError("not swallowed")
except TypeError as e:
    print("propagated:", e)

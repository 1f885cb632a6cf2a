# CPython 3.11's marker lines under the failing expression of each traceback entry, as
# traceback.format_exc() gives them (rules in docs/semantics.md, "Caret lines").
import traceback


class C:
    def m(self, a):
        raise ValueError(a)


def fail(d):
    return int(d["x"])


cases = [
    lambda: 1 / 0,
    lambda: (1) / (0),
    lambda: 1 + (2 // 0) + 3,
    lambda: 0 ** -1,
    lambda: {}["k"],
    lambda: {"a": {}}["a"]["b"],
    lambda: C().m(1) + 2,
    lambda: C().nope,
    lambda: undefined_name_q + 1,
    lambda: str(fail({"x": "abc"})),
    lambda: -"x",
    lambda: 1 < "a",
    lambda: fail({"x": "é"}),
]

for case in cases:
    try:
        case()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))


def raiser():
    x = 1; raise KeyError("k")  # a comment


def multi(a, b):
    raise TypeError("t")


def stores():
    d = ()
    d[0] = 1


def asserts():
    x = 1
    assert x == 2, "two"


for f in (raiser, lambda: multi(1,
                                  2), stores, asserts):
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))

# Tracebacks through list, set and dict comprehensions: each has a frame of its own
# (<listcomp>, <setcomp>, <dictcomp>), and the enclosing frame marks the whole comprehension.
import sys
import traceback


def inv(x):
    return 1 / x


def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)
    print("--")


def in_list():
    return [inv(x) for x in range(-1, 2)]


def in_set():
    s = {inv(x) for x in (3, 0)}
    return s


def in_dict():
    return {x: inv(x) for x in [0]}


def in_condition():
    return [x for x in range(3) if inv(x - 1)]


def in_first_iterator():
    return [x for x in 1 / 0]


def in_inner_iterator():
    return [y for x in range(2) for y in range(1 // x)]


def nested():
    return [[inv(y) for y in range(x)] for x in range(3)]


def whole_line():
    [inv(x) for x in [0]]


def ok():
    return [inv(x) for x in (1, 2)] + sorted({x % 2 for x in range(5)})


for fn in (in_list, in_set, in_dict, in_condition, in_first_iterator, in_inner_iterator, nested, whole_line):
    show(fn)
print(ok())
try:
    in_dict()
except ZeroDivisionError as e:
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
in_set()

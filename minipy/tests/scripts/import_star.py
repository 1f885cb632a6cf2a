# `from module import *` at module level: __all__ when the module has one, else public names.
before = set(globals())
from tempfile import *
print(sorted(set(globals()) - before - {"before"}))
from math import *
print(pi, sqrt(16.0), floor(2.5), "_" + "x" not in globals())
d = {}
exec("from math import *\nr = sqrt(81.0)", d)
print(d["r"], "tau" in d)
g, l = {}, {}
exec("from string import *", g, l)
print("ascii_letters" in l, "ascii_letters" in g, "Template" in l)
from collections import *
print(Counter("abca").most_common(1), deque([1, 2]), OrderedDict)
def uses_star():
    return sqrt(4.0) + pi * 0
print(uses_star())
for src in ["def f():\n    from math import *\n", "class C:\n    from math import *\n",
            "def f():\n    def g():\n        from os import *\n"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
try:
    exec("from nosuchmodule_xyz import *")
except ImportError as e:
    print(type(e).__name__, e)

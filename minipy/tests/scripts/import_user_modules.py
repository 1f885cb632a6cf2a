# The import system over modules the script writes at run time into a temporary directory.
import os
import sys
import tempfile

root = tempfile.mkdtemp()


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def short(text):
    return str(text).replace(root, "ROOT")


write("plain.py", "X = 1\nprint('plain runs', __name__, __package__ == '')\nif __name__ == '__main__':\n    print('never')\n")
write("pkg/__init__.py", "from . import helper\nfrom .helper import twice\nVALUE = twice(21)\n")
write("pkg/helper.py", "def twice(x):\n    return 2 * x\nNAME = __name__\nPKG = __package__\n")
write("pkg/sub/__init__.py", "")
write("pkg/sub/deep.py", "from .. import helper\nfrom ..helper import NAME\nfrom . import sibling\nWHO = (NAME, sibling.S)\n")
write("pkg/sub/sibling.py", "S = 'sib'\n")
write("circ_a.py", "import circ_b\nA = 'a'\ndef get():\n    return circ_b.B\n")
write("circ_b.py", "import circ_a\nB = 'b'\nSEEN = hasattr(circ_a, 'A')\n")
write("circ_c.py", "from circ_d import D\nC = 1\n")
write("circ_d.py", "from circ_c import C\nD = 1\n")
write("bad_syntax.py", "x = (\n")
write("raises.py", "def f():\n    return 1 / 0\n")
write("fails.py", "FLAG = 1\nraise ValueError('module failed')\n")
write("counter.py", "count = 0\n")
write("rel_top.py", "from . import plain\n")
write("textwrap.py", "SHADOW = True\n")

sys.path.insert(0, root)
print(sys.path[0] == root, type(sys.modules).__name__)

import plain
import plain as again
print(plain.X, plain is again, "plain" in sys.modules, sys.modules["plain"] is plain)
print(short(plain.__file__), plain.__name__)

import pkg
print(pkg.VALUE, pkg.helper.NAME, pkg.helper.PKG, short(pkg.__path__), pkg.__package__)
import pkg.sub.deep
print(pkg.sub.deep.WHO, pkg.sub.deep.__package__)
from pkg.sub import deep as d2
print(d2 is pkg.sub.deep)
from pkg import sub
print(sub.__name__)

import circ_a
print(circ_a.get(), sys.modules["circ_b"].SEEN)

try:
    import circ_c
except ImportError as e:
    print(type(e).__name__, short(e))

try:
    import bad_syntax
except SyntaxError as e:
    print(type(e).__name__, short(e.filename), e.lineno)

import raises
try:
    raises.f()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("in", tb.tb_frame.f_code.co_name if hasattr(tb.tb_frame, "f_code") else "f", tb.tb_lineno)

try:
    import fails
except ValueError as e:
    print(e, "fails" in sys.modules)

try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e, e.name if hasattr(e, "name") else "")
try:
    import pkg.nothere
except ModuleNotFoundError as e:
    print(e)
try:
    from plain import missing
except ImportError as e:
    print(short(e))
try:
    from . import plain
except ImportError as e:
    print(e)
try:
    import rel_top
except ImportError as e:
    print(e)

import importlib
c = importlib.import_module("counter")
c.count += 5
print(c.count, importlib.reload(c) is c, c.count)
print(importlib.import_module("pkg.helper").twice(4))

# A pure-Python standard module is shadowed from the script's path entry; a built-in one is not.
import textwrap
print(getattr(textwrap, "SHADOW", False))
write("math.py", "SHADOW = True\n")
import math
print(getattr(math, "SHADOW", False), math.sqrt(16))

del sys.modules["counter"]
import counter
print(counter is c, counter.count)

import json
print(json.dumps({"ok": [1, 2]}))

import shutil
shutil.rmtree(root)
print(os.path.exists(root))

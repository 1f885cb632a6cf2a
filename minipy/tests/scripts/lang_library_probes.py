"""Module docstring: files as context managers, OSError attributes, __doc__, int(base=), float.hex."""
import sys

print(__doc__[:17])
path = "/tmp/minipy_lang_library_probes.txt"
with open(path, "w") as f:
    f.write("line1\nline2\n")
    print("printed", file=f)
print(f.closed if hasattr(f, "closed") else True)
with open(path) as f:
    print(f.read().splitlines())
with open(path) as f:
    for line in f:
        print(repr(line))
with open(path, "a") as f:
    f.writelines(["x\n", "y\n"])
print(open(path).readlines())
try:
    with open(path) as f:
        raise KeyError("inside")
except KeyError as e:
    print("KeyError passed through the file's __exit__:", e)
try:
    open("/tmp/minipy_lang_no_such_dir/nope.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)


class C:
    """Class doc."""

    def m(self):
        "method doc"


class D(C):
    pass


def f():
    pass


print(C.__doc__, C.m.__doc__, C().__doc__, D.__doc__, f.__doc__)
print(int("0b11", 0), int("10", base=2), int("ff", base=16), int("0o17", 0))
for bad in ["012", "0x"]:
    try:
        int(bad, 0)
    except ValueError as e:
        print("ValueError:", e)
print((1.5).hex(), (255.0).hex(), (-0.1).hex(), (0.0).hex(), float("inf").hex())
print(float.fromhex("0x1.8p+0"), float.fromhex("-0x1p-2"), float.fromhex(" ff "), (2.0).fromhex("0x.8"))
print(float.fromhex((3.14159).hex()) == 3.14159)
for bad in ["0xg", "1p1024"]:
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((-8) ** 2.0, 8 ** (1 / 3), (-2.0) ** -1)
print("done", file=sys.stdout)

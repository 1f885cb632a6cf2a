# argparse's usage line: wrapping at $COLUMNS with a long program name, an explicit usage=,
# an empty parser, a required group of one member, the version action and reprs.
import argparse
import os

os.environ["COLUMNS"] = "40"
p = argparse.ArgumentParser(prog="a-rather-long-program-name-here")
p.add_argument("inputs", nargs="+", metavar="IMAGE")
p.add_argument("output", nargs="?", default="out")
p.add_argument("-W", "--width", type=int, default=640)
p.add_argument("--point", nargs=2, metavar=("X", "Y"), type=int)
g = p.add_mutually_exclusive_group()
g.add_argument("--fast", action="store_true")
g.add_argument("--small", action="store_true")
p.add_argument("--color", action=argparse.BooleanOptionalAction)
p.print_usage()
os.environ["COLUMNS"] = "30"
p.prog = "short"
p.print_usage()
del os.environ["COLUMNS"]

p = argparse.ArgumentParser(prog="tiny", add_help=False, usage="%(prog)s [stuff]")
p.add_argument("x")
p.print_help()
q = argparse.ArgumentParser(prog="empty")
print(repr(q.format_usage()))
q.print_help()
single = argparse.ArgumentParser(prog="one")
g = single.add_mutually_exclusive_group(required=True)
g.add_argument("--only")
single.print_usage()
v = argparse.ArgumentParser(prog="ver")
v.add_argument("--version", action="version", version="%(prog)s 3.2")
try:
    v.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
print(repr(argparse.ArgumentParser(prog="r")))
print(repr(argparse.FileType("w")), repr(argparse.FileType("rb", 0, encoding="utf-8")))

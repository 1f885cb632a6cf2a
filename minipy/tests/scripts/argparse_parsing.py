# argparse parsing: actions, nargs, types, choices, '--', negative numbers, prefix matching,
# combined short flags, errors (printed to stderr with exit status 2), parse_known_args,
# exit_on_error=False and Namespace behaviour.
import argparse
import sys

p = argparse.ArgumentParser(prog="calc")
p.add_argument("numbers", nargs="*", type=float)
p.add_argument("-o", "--op", choices=["add", "mul"], default="add")
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("-n", "--no-total", dest="total", action="store_false")
p.add_argument("-C", "--const", action="store_const", const=42)
p.add_argument("-a", "--append", action="append", type=int)
p.add_argument("-k", action="append_const", const="k", dest="ks", help=argparse.SUPPRESS)
p.add_argument("-v", action="count")
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("--pair", nargs=2, help=argparse.SUPPRESS)
p.add_argument("--maybe", nargs="?", const="CONST", default="DEF")
p.add_argument("--level", type=int, default="7")
p.add_argument("--verbose-mode", action="store_true", help=argparse.SUPPRESS)
p.add_argument("--verify", action="store_true")


def attempt(argv, parser=p, known=False):
    print(">>>", argv)
    try:
        if known:
            print(parser.parse_known_args(argv))
        else:
            print(parser.parse_args(argv))
    except SystemExit as e:
        sys.stderr.flush()
        print("exit", e.code)


attempt(["1", "2.5", "-o", "mul"])
attempt(["-qvvv", "-a1", "-a", "2", "-kk", "--ext", "a", "b", "--ext", "c"])
attempt(["--pair", "x", "y", "--maybe", "--", "-5", "-6"])
attempt(["--maybe", "val", "-C", "--level=3", "--op=add"])
attempt(["--verbose", "1"])
attempt(["--ver"])
attempt(["--lev", "9", "--no-t"])
attempt(["-o", "div"])
attempt(["x"])
attempt(["--pair", "1"])
attempt(["--level", "ten"])
attempt(["--unknown", "3", "-z"])
attempt(["--unknown", "3", "-z", "4"], known=True)
attempt(["-vq", "-n", "--", "--op"])
attempt(["-1", "-2"])
sys.argv[1:] = ["--op", "bogus"]
p.parse_args()

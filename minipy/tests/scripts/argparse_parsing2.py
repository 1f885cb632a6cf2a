# argparse parsing, continued: negative-number options, allow_abbrev=False, required
# arguments, REMAINDER, mutually exclusive groups, type functions raising ArgumentTypeError,
# exit_on_error=False, definition errors, Namespace, defaults, conflict_handler='resolve' and
# parse_intermixed_args.
import argparse
import sys

p = argparse.ArgumentParser(prog="calc")
p.add_argument("numbers", nargs="*", type=float)
p.add_argument("-o", "--op", choices=["add", "mul"], default="add")
p.add_argument("--level", type=int, default="7")


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


neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("-1", dest="one", action="store_true")
neg.add_argument("x", nargs="?")
attempt(["-1"], neg)
attempt(["-2"], neg)

strict = argparse.ArgumentParser(prog="strict", allow_abbrev=False)
strict.add_argument("--long-name")
attempt(["--long", "x"], strict)
attempt(["--long-name=x"], strict)

req = argparse.ArgumentParser(prog="req")
req.add_argument("src")
req.add_argument("dst", nargs="+")
req.add_argument("--mode", required=True)
rest = req.add_argument_group()
attempt([], req)
attempt(["a", "b", "c", "--mode", "m"], req)

rem = argparse.ArgumentParser(prog="run")
rem.add_argument("cmd")
rem.add_argument("args", nargs=argparse.REMAINDER)
attempt(["ls", "-l", "--color", "x"], rem)

mx = argparse.ArgumentParser(prog="mx")
g = mx.add_mutually_exclusive_group(required=True)
g.add_argument("--on", action="store_true")
g.add_argument("--off", action="store_true")
attempt(["--on", "--off"], mx)
attempt([], mx)
attempt(["--off"], mx)


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


ty = argparse.ArgumentParser(prog="ty", exit_on_error=False)
ty.add_argument("--n", type=positive)
try:
    ty.parse_args(["--n", "-3"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)
try:
    ty.parse_args(["--n", "0"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
print(ty.parse_args(["--n", "5"]))

try:
    p.add_argument("--op")
except argparse.ArgumentError as e:
    print("conflict:", e)
for bad in [dict(nargs=0), dict(action="store_true", nargs=1), dict(action="nope")]:
    try:
        p.add_argument("--bad", **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    p.add_argument("pos", required=True)
except TypeError as e:
    print("TypeError", e)

ns = argparse.Namespace(a=1, b=[2])
print(ns, "a" in ns, "c" in ns, ns == argparse.Namespace(a=1, b=[2]), ns != argparse.Namespace(a=1))
print(vars(ns), p.get_default("level"), p.get_default("op"))
p.set_defaults(op="mul", extra=True)
print(p.parse_args([]))
res = argparse.ArgumentParser(prog="res", conflict_handler="resolve")
res.add_argument("-x", "--ex", help="first")
res.add_argument("-x", help="second")
res.print_help()
print(p.parse_args(["3"], namespace=argparse.Namespace(preset=1)))
im = argparse.ArgumentParser(prog="im")
im.add_argument("--foo")
im.add_argument("cmd")
im.add_argument("rest", nargs="*", type=int)
print(im.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
print(im.parse_known_intermixed_args("doit 1 --foo bar 2 --zz 3".split()))
sys.argv[1:] = ["--on", "x"]
mx.parse_args()

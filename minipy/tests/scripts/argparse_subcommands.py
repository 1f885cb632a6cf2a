# argparse subcommands: add_subparsers (dest, required, title, help, metavar), aliases,
# set_defaults, parents=, per-subcommand help and errors.
import argparse
import sys

common = argparse.ArgumentParser(add_help=False)
common.add_argument("--config", default="app.toml", help="config file")
common.set_defaults(debug=False)
grp = common.add_argument_group("auth")
grp.add_argument("--token")

p = argparse.ArgumentParser(prog="app", parents=[common], description="An application.")
p.add_argument("-v", "--verbose", action="store_true")
sub = p.add_subparsers(dest="command", required=True, help="what to do")
run = sub.add_parser("run", help="run the service", aliases=["r"], parents=[common])
run.add_argument("target", nargs="?", default="all")
run.add_argument("--port", type=int, default=8080)
run.set_defaults(handler="do_run")
build = sub.add_parser("build", help="build %(prog)s artifacts")
build.add_argument("--release", action="store_true")
build.add_argument("files", nargs="*")
build.set_defaults(handler="do_build")
sub.add_parser("silent")


def attempt(argv, parser=p):
    print(">>>", argv)
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        sys.stderr.flush()
        print("exit", e.code)


p.print_help()
attempt(["run", "--port", "9000", "web"])
attempt(["-v", "r"])
attempt(["build", "--release", "a.c", "b.c", "--config", "x"])
attempt([])
attempt(["deploy"])
attempt(["run", "-h"])
print(p.parse_known_args(["silent", "extra", "--flag"]))

t = argparse.ArgumentParser(prog="tool")
cmds = t.add_subparsers(title="commands", description="Available commands.", metavar="CMD")
cmds.add_parser("init", help="create a repository")
cmds.add_parser("status", help="show the state")
t.print_help()
attempt([], t)
attempt(["init"], t)
try:
    cmds.add_parser("init")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    t.add_subparsers()
except SystemExit as e:
    print("exit", e.code)

# A command-line tool's argument handling, driven with explicit argument lists.
import argparse
import sys

parser = argparse.ArgumentParser(prog="resize", description="Resize images in bulk.")
parser.add_argument("images", nargs="+", help="image files to resize")
parser.add_argument("-W", "--width", type=int, default=800, help="target width (default: %(default)s)")
parser.add_argument("--format", choices=["png", "jpg"], default="png")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--dry-run", action="store_true", help="only show what would happen")
parser.add_argument("--exclude", action="append", default=[], metavar="PATTERN")
parser.add_argument("--version", action="version", version="%(prog)s 2.1")

args = parser.parse_args(["a.png", "b.png", "-W", "640", "-vv", "--exclude", "*.tmp", "--dry-run"])
print(args)
for image in args.images:
    print("would resize" if args.dry_run else "resizing", image, "to", args.width, args.format)

parser.print_help()


def attempt(argv):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        sys.stderr.flush()
        print("exit status", e.code)


attempt([])
attempt(["x.png", "--format", "gif"])
attempt(["x.png", "--width", "wide"])
attempt(["x.png", "--colour"])
attempt(["--version"])

tool = argparse.ArgumentParser(prog="todo")
commands = tool.add_subparsers(dest="command", required=True)
add = commands.add_parser("add", help="add an item")
add.add_argument("text")
add.add_argument("--priority", type=int, default=1)
done = commands.add_parser("done", help="mark an item done")
done.add_argument("ids", type=int, nargs="*")
print(tool.parse_args(["add", "buy milk", "--priority", "3"]))
print(tool.parse_args(["done", "1", "4"]))
tool.print_help()
try:
    tool.parse_args(["add"])
except SystemExit as e:
    print("exit status", e.code)

# argparse's formatter classes: RawDescriptionHelpFormatter keeps the description's lines,
# RawTextHelpFormatter keeps help lines too, ArgumentDefaultsHelpFormatter adds defaults,
# MetavarTypeHelpFormatter names arguments after their types.
import argparse

DESCRIPTION = """First line of the description.
    an indented line   with  spaces"""

for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter):
    p = argparse.ArgumentParser(prog="fmt", formatter_class=cls, description=DESCRIPTION,
                                epilog="kept:\n  as written")
    p.add_argument("src", nargs="?", default="in.txt", help="line one\n  line two")
    p.add_argument("--n", type=int, default=3, help="how many")
    p.add_argument("--flag", action="store_true", help="with %(default)s already")
    p.print_help()

m = argparse.ArgumentParser(prog="mt", formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument("width", type=int)
m.add_argument("--ratio", type=float, default=1.5)
m.print_help()

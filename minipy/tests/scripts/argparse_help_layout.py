# argparse's help layout at 80 columns: argument groups, mutually exclusive groups,
# metavars, choices, %(default)s / %(prog)s, SUPPRESS, BooleanOptionalAction and epilogs.
import argparse
import os
import sys


def build(formatter_class, prog="imgtool"):
    p = argparse.ArgumentParser(
        prog=prog, formatter_class=formatter_class,
        description="""Process images in bulk.

    Indented lines   keep their layout
    only with a raw formatter.""",
        epilog="Report bugs to %(prog)s's tracker; see the manual for the long story.")
    p.add_argument("inputs", nargs="+", metavar="IMAGE", help="images to process")
    p.add_argument("output", nargs="?", default="out", help="where to write (default: %(default)s)")
    p.add_argument("-W", "--width", type=int, default=640, help="target width")
    p.add_argument("--quality", type=float, choices=[0.5, 0.75, 1.0], help="one of %(choices)s")
    p.add_argument("--point", nargs=2, metavar=("X", "Y"), type=int, help="anchor point")
    p.add_argument("--hidden", help=argparse.SUPPRESS)
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True,
                   help="colour output")
    fmt = p.add_argument_group("format options", "How the output files are encoded.")
    fmt.add_argument("--format", choices=["png", "jpg", "webp"], default="png")
    mode = fmt.add_mutually_exclusive_group()
    mode.add_argument("--fast", action="store_true", help="speed over size")
    mode.add_argument("--small", action="store_true", help="size over speed")
    need = p.add_mutually_exclusive_group(required=True)
    need.add_argument("--resize", metavar="WxH")
    need.add_argument("--crop", metavar="BOX")
    return p


build(argparse.HelpFormatter).print_help()

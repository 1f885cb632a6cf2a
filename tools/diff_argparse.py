#!/usr/bin/env python3
"""Differential check of minipy's argparse against python3's.

usage: tools/diff_argparse.py MINIPY [N_CASES] [SEED] [--keep DIR]

Generates N random programs (default 300), each defining a random parser (optionals and
positionals with random actions, nargs, types, choices, defaults, metavars, help strings,
argument groups, mutually exclusive groups, subparsers, parents, formatter classes, prefix
matching on or off, '+' prefix characters, type functions raising ArgumentTypeError or
TypeError, FileType, '@' argument files that do not exist, conflict_handler='resolve') and then
printing its help and usage and parsing a dozen random command lines (parse_args,
parse_known_args or parse_intermixed_args; each parse's Namespace, or the SystemExit code /
ArgumentError). Every program also ends with one real parse_args() of a random sys.argv so that
the process's exit status is checked. Each program runs under python3 and under MINIPY with a
random $COLUMNS; stdout, stderr and the exit status must agree byte for byte (addresses and the
indented lines of tracebacks are dropped first, as the corpus compares). Prints the disagreeing
cases (kept under DIR with --keep) and a last line 'N cases, N agree'.
"""
import os
import random
import re
import subprocess
import sys
import tempfile

WORDS = ["alpha", "beta", "gamma", "delta", "file", "name", "count", "mode", "out", "in",
         "verbose", "level", "x", "size", "path", "dry-run", "max", "min", "ab", "abc"]
TEXT = ("the quick brown fox jumps over the lazy dog while a configuration file is read "
        "and every option is checked twice before anything runs").split()


def sentence(rng, lo=1, hi=20):
    return " ".join(rng.choice(TEXT) for _ in range(rng.randint(lo, hi)))


def gen_argument(rng, used, positional, allow_remainder, chars="-"):
    """Source text of one add_argument call (on the name `target`)."""
    kw = {}
    if positional:
        name = rng.choice(WORDS).replace("-", "_")
        while name in used:
            name = name + "2"
        used.add(name)
        args = [repr(name)]
        action = rng.choice(["store"] * 6 + ["append", "extend", "store_const"])
    else:
        c = rng.choice(chars)
        long_name = rng.choice(WORDS)
        while c + c + long_name in used:
            long_name = long_name + "x"
        short = c + rng.choice("abcdefgijklmnopqrstuvwxyzABCDEFG123")
        args = []
        choice = rng.random()
        if choice < 0.3 and short not in used:
            args.append(short)
            used.add(short)
        if choice > 0.1 or not args:
            args.append(c + c + long_name)
            used.add(c + c + long_name)
        action = rng.choice(["store"] * 5 + ["store_true", "store_false", "store_const",
                                             "append", "append_const", "count", "extend",
                                             "BooleanOptionalAction", "version"])
        args = [repr(a) for a in args]
    takes_values = action in ("store", "append", "extend")
    if takes_values:
        r = rng.random()
        if r < 0.35:
            nargs = None
        else:
            nargs = rng.choice(["'?'", "'*'", "'+'", "1", "2", "3"]
                               + (["argparse.REMAINDER"] if allow_remainder else []))
        if action == "extend" and nargs is None:
            nargs = "'+'"
        if nargs is not None:
            kw["nargs"] = nargs
        t = rng.random()
        if t < 0.25:
            kw["type"] = "int"
        elif t < 0.33:
            kw["type"] = "float"
        elif t < 0.37:
            kw["type"] = "checked"
        elif t < 0.39:
            kw["type"] = "argparse.FileType('r')"
        if rng.random() < 0.2:
            if kw.get("type") == "int":
                kw["choices"] = repr(rng.sample(range(-2, 6), rng.randint(1, 4)))
            elif "type" not in kw:
                kw["choices"] = repr(rng.sample(WORDS[:8], rng.randint(1, 4)))
        if nargs == "'?'" and not positional and rng.random() < 0.5:
            kw["const"] = repr(rng.choice(["C", "7"]))
        if rng.random() < 0.25:
            m = rng.choice(["VAL", "N", "file_name", "X"])
            if nargs in ("2", "3") and rng.random() < 0.5:
                m = tuple("%s%d" % (m, i) for i in range(int(nargs)))
            kw["metavar"] = repr(m)
    if action in ("store_const", "append_const"):
        kw["const"] = repr(rng.choice([1, "k", None, 3.5]))
    if action == "version":
        kw["version"] = repr("%(prog)s " + rng.choice(["1.0", "2.3.4 (" + sentence(rng, 1, 12) + ")"]))
    if rng.random() < 0.3 and action not in ("version",):
        kw["default"] = repr(rng.choice([0, "def", [1, 2], None, "12", 4.5, False]))
    if not positional and action not in ("version", "help") and rng.random() < 0.12:
        kw["required"] = "True"
    r = rng.random()
    if r < 0.6:
        h = sentence(rng, 1, 25)
        if rng.random() < 0.3:
            h += rng.choice([" (default: %(default)s)", " for %(prog)s", " from %(choices)s",
                             " %(dest)s", " 100%%"])
        kw["help"] = repr(h)
    elif r < 0.68:
        kw["help"] = "argparse.SUPPRESS"
    if positional and rng.random() < 0.2 and "dest" not in kw and action == "store":
        pass
    if not positional and rng.random() < 0.1:
        kw["dest"] = repr(rng.choice(["dd", "target", "other"]))
    if action == "BooleanOptionalAction":
        action_src = "argparse.BooleanOptionalAction"
    else:
        action_src = repr(action)
    parts = args + ["action=" + action_src] + ["%s=%s" % kv for kv in kw.items()]
    return "target.add_argument(%s)" % ", ".join(parts)


def gen_parser(rng, lines, var, prog, depth):
    chars = rng.choice(["-"] * 8 + ["+-", "+"])
    fc = rng.choice(["argparse.HelpFormatter"] * 3 + [
        "argparse.RawDescriptionHelpFormatter", "argparse.RawTextHelpFormatter",
        "argparse.ArgumentDefaultsHelpFormatter"])
    kw = ["prog=%r" % prog, "formatter_class=" + fc]
    if rng.random() < 0.5:
        desc = sentence(rng, 3, 40)
        if rng.random() < 0.3:
            desc = desc.replace(" the ", "\n  the ", 2) + "\n\nsecond paragraph %(prog)s"
        kw.append("description=%r" % desc)
    if rng.random() < 0.3:
        kw.append("epilog=%r" % sentence(rng, 3, 30))
    if rng.random() < 0.1:
        kw.append("usage=%r" % "%(prog)s [opts] stuff")
    if rng.random() < 0.15:
        kw.append("add_help=False")
    if rng.random() < 0.15:
        kw.append("allow_abbrev=False")
    if rng.random() < 0.1:
        kw.append("exit_on_error=False")
    if rng.random() < 0.1:
        kw.append("argument_default=argparse.SUPPRESS")
    if chars != "-":
        kw.append("prefix_chars=%r" % chars)
    if rng.random() < 0.1:
        kw.append("fromfile_prefix_chars='@'")
    if rng.random() < 0.1:
        kw.append("conflict_handler='resolve'")
    if rng.random() < 0.1:
        kw.append("parents=[parent]")
        lines.append("parent = argparse.ArgumentParser(add_help=False)")
        lines.append("parent.add_argument('--shared', default='S', help='from the parent')")
        lines.append("pg = parent.add_argument_group('parent group')")
        lines.append("pg.add_argument('--pg', type=int)")
        lines.append("parent.set_defaults(from_parent=1)")
    lines.append("%s = argparse.ArgumentParser(%s)" % (var, ", ".join(kw)))
    used = set(["-h", "--help"] if "-" in chars else [chars[0] + "h", chars[0] * 2 + "help"])
    groups = [var]
    mutex = []
    n = rng.randint(0, 7)
    positional_count = 0
    for i in range(n):
        r = rng.random()
        if r < 0.12:
            g = "g%d_%d" % (depth, i)
            gk = []
            gk.append(repr(rng.choice(["input", "output options", "Advanced"])))
            if rng.random() < 0.5:
                gk.append("description=%r" % sentence(rng, 2, 25))
            lines.append("%s = %s.add_argument_group(%s)" % (g, var, ", ".join(gk)))
            groups.append(g)
        elif r < 0.2:
            g = "m%d_%d" % (depth, i)
            req = "True" if rng.random() < 0.3 else "False"
            parent = rng.choice(groups)
            lines.append("%s = %s.add_mutually_exclusive_group(required=%s)" % (g, parent, req))
            mutex.append(g)
    for i in range(n):
        positional = rng.random() < 0.35
        if positional:
            positional_count += 1
        target = rng.choice(groups + ([] if positional else mutex * 2))
        src = gen_argument(rng, used, positional, allow_remainder=positional and i == n - 1,
                           chars=chars)
        lines.append("try:")
        lines.append("    " + src.replace("target.", target + "."))
        lines.append("except Exception as e:")
        lines.append("    print('definition error:', type(e).__name__, e)")
    if rng.random() < 0.2:
        lines.append("%s.set_defaults(extra=%r)" % (var, rng.choice([1, "x"])))
    return used


def gen_command_line(rng, used, sub_names):
    opts = sorted(o for o in used if o.startswith("-"))
    out = []
    for _ in range(rng.randint(0, 7)):
        r = rng.random()
        if r < 0.4 and opts:
            o = rng.choice(opts)
            rr = rng.random()
            if rr < 0.15 and o.startswith("--") and len(o) > 4:
                o = o[:rng.randint(3, len(o) - 1)]
            elif rr < 0.3:
                o = o + "=" + rng.choice(["v", "3", "", "a=b"])
            elif rr < 0.35 and not o.startswith("--"):
                o = o + rng.choice(["5", "x"])
            out.append(o)
        elif r < 0.75:
            out.append(rng.choice(["v", "3", "-1", "-2.5", "0", "alpha", "beta", "gamma",
                                   "12", "x y", "", "file", "1.5"]))
        elif r < 0.8:
            out.append("--")
        elif r < 0.87 and sub_names:
            out.append(rng.choice(sub_names))
        elif r < 0.9:
            out.append(rng.choice(["--zzz", "-q", "-", "--zz=1", "-qq", "+", "++x", "@nofile",
                                   "+1", "x1", "-3x"]))
        else:
            out.append(rng.choice(WORDS))
    return out


def gen_case(rng):
    lines = ["import argparse", "import sys", "",
             "def checked(text):",
             "    if text.startswith('x'):",
             "        raise argparse.ArgumentTypeError('%r starts with x' % text)",
             "    if text == '0':",
             "        raise TypeError('zero')",
             "    return text.upper()", ""]
    used = gen_parser(rng, lines, "p", rng.choice(["prog", "tool", "a-much-longer-program-name"]), 0)
    sub_names = []
    if rng.random() < 0.25:
        kw = []
        if rng.random() < 0.5:
            kw.append("dest='cmd'")
        if rng.random() < 0.3:
            kw.append("title='commands'")
        if rng.random() < 0.3:
            kw.append("required=True")
        if rng.random() < 0.3:
            kw.append("help=%r" % sentence(rng, 1, 8))
        if rng.random() < 0.2:
            kw.append("metavar='COMMAND'")
        lines.append("sp = p.add_subparsers(%s)" % ", ".join(kw))
        for j in range(rng.randint(1, 3)):
            name = ["run", "build", "clean"][j]
            sub_names.append(name)
            skw = [repr(name)]
            if rng.random() < 0.6:
                skw.append("help=%r" % sentence(rng, 1, 10))
            if rng.random() < 0.2:
                skw.append("aliases=['%s%d']" % (name[0], j))
                sub_names.append("%s%d" % (name[0], j))
            lines.append("s%d = sp.add_parser(%s)" % (j, ", ".join(skw)))
            su = set(["-h", "--help"])
            for k in range(rng.randint(0, 3)):
                src = gen_argument(rng, su, rng.random() < 0.4, False)
                lines.append("try:")
                lines.append("    " + src.replace("target.", "s%d." % j))
                lines.append("except Exception as e:")
                lines.append("    print('definition error:', type(e).__name__, e)")
            if rng.random() < 0.3:
                lines.append("s%d.set_defaults(func=%r)" % (j, name))
            used |= su
    lines.append("")
    lines.append("def attempt(argv):")
    lines.append("    print('>>>', argv)")
    lines.append("    try:")
    lines.append("        if len(argv) % 3 == 2:")
    lines.append("            ns, rest = p.parse_known_args(argv)")
    lines.append("            print(ns, rest)")
    lines.append("        elif len(argv) % 4 == 3:")
    lines.append("            print(p.parse_intermixed_args(argv))")
    lines.append("        else:")
    lines.append("            print(p.parse_args(argv))")
    lines.append("    except SystemExit as e:")
    lines.append("        print('exit', e.code)")
    lines.append("    except argparse.ArgumentError as e:")
    lines.append("        print('ArgumentError', e)")
    lines.append("    except Exception as e:")
    lines.append("        print('raised', type(e).__name__, e)")
    lines.append("    sys.stdout.flush()")
    lines.append("    sys.stderr.flush()")
    lines.append("")
    lines.append("try:")
    lines.append("    print(p.format_usage(), end='')")
    lines.append("    print(p.format_help(), end='')")
    for j in range(len([n for n in sub_names if not n[-1].isdigit()])):
        lines.append("    print(s%d.format_help(), end='')" % j)
    lines.append("except Exception as e:")
    lines.append("    print('help raised', type(e).__name__, e)")
    for _ in range(12):
        lines.append("attempt(%r)" % (gen_command_line(rng, used, sub_names),))
    lines.append("sys.argv[1:] = %r" % (gen_command_line(rng, used, sub_names),))
    lines.append("print(p.parse_args())")
    return "\n".join(lines) + "\n"


HEX = re.compile(rb"0x[0-9a-fA-F]+")


def normalise(data):
    # As the corpus compares: addresses hidden, a traceback's indented lines dropped.
    out = []
    in_tb = False
    for line in HEX.sub(b"0x?", data).split(b"\n"):
        if line.startswith(b"Traceback (most recent call last):"):
            in_tb = True
            out.append(line)
            continue
        if in_tb and (line.startswith(b" ") or line == b""):
            continue
        in_tb = False
        out.append(line)
    return b"\n".join(out)


def run(cmd, path, columns):
    env = dict(os.environ, COLUMNS=str(columns), PYTHONUNBUFFERED="1")
    r = subprocess.run(cmd + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                       timeout=60)
    return normalise(r.stdout), normalise(r.stderr), r.returncode


def main(argv):
    keep = None
    if "--keep" in argv:
        i = argv.index("--keep")
        keep = argv[i + 1]
        del argv[i:i + 2]
        os.makedirs(keep, exist_ok=True)
    minipy = argv[0]
    count = int(argv[1]) if len(argv) > 1 else 300
    seed = int(argv[2]) if len(argv) > 2 else 1
    agree = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(count):
            rng = random.Random(seed * 100003 + i)
            src = gen_case(rng)
            columns = rng.choice([80, 80, 60, 100, 40, 120, 30])
            path = os.path.join(tmp, "case%d.py" % i)
            with open(path, "w") as f:
                f.write(src)
            want = run([sys.executable], path, columns)
            got = run([minipy], path, columns)
            if want == got:
                agree += 1
            else:
                what = [n for n, a, b in zip(["stdout", "stderr", "status"], want, got) if a != b]
                print("case %d (COLUMNS=%d) differs in %s" % (i, columns, ", ".join(what)))
                if keep:
                    with open(os.path.join(keep, "case%d.py" % i), "w") as f:
                        f.write("# COLUMNS=%d\n" % columns + src)
    print("%d cases, %d agree" % (count, agree))
    return 0 if agree == count else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Differential test: generated weakref/gc programs through CPython and through minipy.

usage: run.py [--seed S] [--count N | --dir DIR] [--time-budget SECONDS] [--timeout SECONDS]
              [--out DIR] [--min-agreement PERCENT] [--quiet] [-- MINIPY [ARGS...]]

Each program runs as `python3 PROGRAM` and as `MINIPY ARGS... PROGRAM` (default: this checkout's
target/release/minipy, default GC mode), stdout and stderr merged, and the two outputs are compared
after compare.py's normalisation (../shared/conformance/compare.py, imported). A mismatch is written to
--out as NNNN.py with NNNN.cpython and NNNN.minipy beside it (triage.py sorts them into causes).
Prints agreement per category (from each program's `# categories:` line), then `N passed, N failed`;
exits 1 when the agreement is below --min-agreement.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(REPO, "..", "shared", "conformance"))

import gen  # noqa: E402

try:
    from compare import normalise  # noqa: E402
except ImportError:
    sys.exit("run.py: needs ../shared/conformance/compare.py beside the repository (for its normalise)")


def run(cmd, path, timeout):
    """The merged output of `cmd path`, and a note when it did not finish."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    try:
        r = subprocess.run(cmd + [path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return "", "timed out after %ss" % timeout
    return r.stdout.decode("utf-8", "replace"), None


def categories(source):
    for line in source.splitlines()[:3]:
        if line.startswith("# categories:"):
            return [c.strip() for c in line.split(":", 1)[1].split(",") if c.strip()]
    return ["uncategorised"]


def programs(args):
    """(name, source) pairs: from --dir, or generated from --seed."""
    if args.dir:
        for name in sorted(os.listdir(args.dir)):
            if name.endswith(".py"):
                with open(os.path.join(args.dir, name), encoding="utf-8") as f:
                    yield name[:-3], f.read()
        return
    for i in range(args.count):
        yield "%04d" % i, gen.generate(args.seed, i)[0]


def check_tools(python, minipy):
    """Fails loudly, before running anything, when either interpreter is missing."""
    for cmd, hint in ((python, "CPython 3.11 is the reference"),
                      (minipy, "build it: cargo build --release -p minipy")):
        if not shutil.which(cmd):
            sys.exit("run.py: %s not found (%s)" % (cmd, hint))
    version = subprocess.run([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                             stdout=subprocess.PIPE, check=True).stdout.decode().strip()
    if version != "3.11":
        print("note: %s is Python %s; the programs and their messages follow 3.11" % (python, version))


def prepare_out(out, minipy):
    """Removes a previous run's mismatches (only those) and records the command for triage.py."""
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.endswith(".cpython"):
            for suffix in (".py", ".cpython", ".minipy", ".rewritten.py"):
                path = os.path.join(out, name[:-len(".cpython")] + suffix)
                if os.path.exists(path):
                    os.remove(path)
    with open(os.path.join(out, "command"), "w") as f:
        json.dump(minipy, f)


def save_mismatch(out, name, source, expected, got):
    for suffix, text in ((".py", source), (".cpython", expected), (".minipy", got)):
        with open(os.path.join(out, name + suffix), "w", encoding="utf-8") as f:
            f.write(text)


def main(argv):
    minipy = [os.path.join(REPO, "target", "release", "minipy")]
    if "--" in argv:
        argv, minipy = argv[:argv.index("--")], argv[argv.index("--") + 1:]
    if os.sep in minipy[0]:
        minipy[0] = os.path.abspath(minipy[0])
    ap = argparse.ArgumentParser(usage=__doc__.split("\n\n")[1])
    ap.add_argument("--seed", default="1")
    ap.add_argument("--count", type=int, default=800)
    ap.add_argument("--dir", help="run the .py files of DIR instead of generating")
    ap.add_argument("--time-budget", type=float, help="start no program after this many seconds")
    ap.add_argument("--timeout", type=float, default=20, help="per program and interpreter")
    ap.add_argument("--out", default="difftest-mismatches", help="where mismatches are written")
    ap.add_argument("--min-agreement", type=float, default=0.0, help="percent; below it, exit 1")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--quiet", action="store_true", help="no line per mismatch")
    args = ap.parse_args(argv)
    check_tools(args.python, minipy[0])
    prepare_out(args.out, minipy)

    start = time.monotonic()
    tally = {}                       # category -> [passed, programs]
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="difftest-") as tmp:
        for name, source in programs(args):
            if args.time_budget is not None and time.monotonic() - start > args.time_budget:
                print("time budget of %gs used up after %d programs" % (args.time_budget, passed + failed))
                break
            path = os.path.join(tmp, name + ".py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            expected, _ = run([args.python], path, args.timeout)
            got, note = run(minipy, path, args.timeout)
            ok = note is None and normalise(got) == normalise(expected)
            passed, failed = passed + ok, failed + (not ok)
            for c in categories(source):
                tally.setdefault(c, [0, 0])
                tally[c][0] += ok
                tally[c][1] += 1
            if not ok:
                save_mismatch(args.out, name, source, expected, got + ("[%s]\n" % note if note else ""))
                if not args.quiet:
                    print("FAIL   %s%s" % (name, " (%s)" % note if note else ""))

    total = passed + failed
    agreement = 100.0 * passed / total if total else 0.0
    print("\n%-20s %7s %6s" % ("category", "agree", "of"))
    for c, (ok, n) in sorted(tally.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])):
        print("%-20s %6.1f%% %6d" % (c, 100.0 * ok / n, n))
    print("\nminipy: %s" % " ".join(minipy))
    print("agreement: %.1f%% of %d programs in %.1fs; mismatches in %s"
          % (agreement, total, time.monotonic() - start, args.out))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if total == 0 or agreement < args.min_agreement else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

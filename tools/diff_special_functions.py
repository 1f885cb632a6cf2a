#!/usr/bin/env python3
"""Counts where minipy's last digits differ from python3's for the functions docs/semantics.md
says may differ: math.cbrt, exp2, erf, erfc, gamma, lgamma, ulp, nextafter over 5,023 arguments,
and statistics.NormalDist.inv_cdf over 26,006 probabilities (both sets drawn here, by python3).

Usage: python3 tools/diff_special_functions.py [path/to/minipy]   (default target/release/minipy)
"""
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter

MINIPY = sys.argv[1] if len(sys.argv) > 1 else "target/release/minipy"

PROGRAM = """import math
from statistics import NormalDist
xs = [float(l) for l in open(XS)]
for name in ['cbrt', 'exp2', 'erf', 'erfc', 'gamma', 'lgamma', 'ulp']:
    f = getattr(math, name)
    for x in xs:
        try:
            print(name, repr(f(x)))
        except Exception as e:
            print(name, type(e).__name__, e)
for x in xs[:40]:
    for y in (0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan, 5e-324):
        print('nextafter', repr(math.nextafter(x, y)))
n = NormalDist()
for p in [float(l) for l in open(PS)]:
    print('inv_cdf', repr(n.inv_cdf(p)))
"""


def main():
    r = random.Random(7)
    xs = [0.0, -0.0, 1.0, 2.0, 0.5, -0.5, -1.5, 1e-300, 5e-324, 171.6, 171.7, -171.5, -200.5,
          1e308, -1e308, float("inf"), float("-inf"), float("nan"), 3.0, 10.0, 25.5, -2.0, -1.0]
    xs += [r.uniform(-30, 30) for _ in range(3000)] + [r.uniform(-0.01, 0.01) for _ in range(500)]
    xs += [r.uniform(0, 180) for _ in range(1000)] + [r.lognormvariate(0, 5) for _ in range(500)]
    r = random.Random(11)
    ps = [r.random() for _ in range(20000)] + [10 ** -r.uniform(1, 300) for _ in range(3000)]
    ps += [1 - 10 ** -r.uniform(1, 16) for _ in range(3000)] + [0.5, 0.425, 0.075, 0.925, 1e-300, 5e-324]
    with tempfile.TemporaryDirectory() as d:
        xs_path, ps_path, prog = (os.path.join(d, n) for n in ("xs.txt", "ps.txt", "prog.py"))
        with open(xs_path, "w") as f:
            f.write("\n".join(map(repr, xs)))
        with open(ps_path, "w") as f:
            f.write("\n".join(map(repr, ps)))
        with open(prog, "w") as f:
            f.write(f"XS = {xs_path!r}\nPS = {ps_path!r}\n" + PROGRAM)
        ours = subprocess.run([MINIPY, prog], capture_output=True, text=True).stdout.splitlines()
        theirs = subprocess.run([sys.executable, prog], capture_output=True, text=True).stdout.splitlines()
    if len(ours) != len(theirs):
        sys.exit(f"minipy printed {len(ours)} lines, python3 {len(theirs)}")
    total, differ = Counter(), Counter()
    for a, b in zip(theirs, ours):
        name = a.split()[0]
        total[name] += 1
        differ[name] += a != b
    for name in total:
        print(f"{name:10} {total[name]:6} arguments, {differ[name]:5} differ "
              f"({100 * differ[name] / total[name]:.1f}%)")


if __name__ == "__main__":
    main()

# Differential check of minipy's `statistics` (minipy/src/modules/py/statistics.py) against
# python3's: generates many random datasets (ints, floats with nan/inf/-0.0 edge cases,
# Fractions, Decimals, mixes, empty, single values, duplicates, large values), writes one
# program that calls every function of the module on each of them and prints, line by line,
# the repr of each result or the exception's type and message, runs that program in python3 and
# in minipy, and reports how many lines were compared and how many agree (then the first
# disagreements).
#
#   python3 tools/stats_diff.py [--seed N] [--count N] [--minipy PATH] [--keep DIR]
#
# The datasets come from python3's `random` with a fixed seed, so a run is repeatable.
# Use --module-dir DIR to run the python3 side against a statistics.py placed in DIR instead
# (e.g. minipy's module under python3, to try changes without a build).

import argparse
import os
import random
import subprocess
import sys
import tempfile

FUNCS = ["mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low",
         "median_high", "mode", "multimode", "variance", "pvariance", "stdev", "pstdev"]


def lit_int(rng):
    r = rng.random()
    if r < 0.6:
        return repr(rng.randint(-20, 100))
    if r < 0.8:
        return repr(rng.randint(0, 10 ** 6))
    if r < 0.95:
        return repr(rng.randint(-(10 ** 30), 10 ** 30))
    return "True" if rng.random() < 0.5 else "False"


def lit_float(rng, odd=True):
    r = rng.random()
    if odd and r < 0.04:
        return rng.choice(["float('nan')", "float('inf')", "float('-inf')", "-0.0", "0.0"])
    if r < 0.5:
        return repr(round(rng.uniform(-50, 150), rng.randint(0, 3)))
    if r < 0.8:
        return repr(rng.uniform(0, 1000))
    if r < 0.9:
        return repr(rng.gauss(0, 1) * 10.0 ** rng.randint(-300, 300))
    return repr(float(rng.randint(-1000, 1000)))


def lit_fraction(rng):
    return f"F({rng.randint(-50, 200)}, {rng.randint(1, 30)})"


def lit_decimal(rng, odd=True):
    r = rng.random()
    if odd and r < 0.04:
        return rng.choice(["D('NaN')", "D('Infinity')", "D('-Infinity')", "D('-0')", "D('0.00')"])
    if r < 0.5:
        return f"D('{rng.randint(-200, 2000) / 10 ** rng.randint(0, 3)!s}')"
    if r < 0.8:
        return f"D('{rng.randint(0, 10 ** 8)}E{rng.randint(-8, 3)}')"
    return f"D('{rng.randint(-999, 999)}')"


def dataset(rng):
    kind = rng.choice(["int", "int", "float", "float", "floatplain", "fraction", "decimal",
                       "decimalplain", "intfloat", "intfraction", "fracfloat", "intdecimal",
                       "decfloat", "dups", "positive", "str"])
    # No Decimal with Fraction: CPython names the pair in its coercion error in an order that
    # varies from run to run (it walks a set of types).
    r = rng.random()
    size = 0 if r < 0.05 else 1 if r < 0.15 else 2 if r < 0.25 else rng.randint(3, 12)
    makers = {
        "int": [lit_int], "float": [lit_float], "floatplain": [lambda g: lit_float(g, False)],
        "fraction": [lit_fraction], "decimal": [lit_decimal],
        "decimalplain": [lambda g: lit_decimal(g, False)],
        "intfloat": [lit_int, lambda g: lit_float(g, False)], "intfraction": [lit_int, lit_fraction],
        "fracfloat": [lit_fraction, lambda g: lit_float(g, False)],
        "intdecimal": [lit_int, lambda g: lit_decimal(g, False)],
        "decfloat": [lit_decimal, lit_float],
        "dups": [lambda g: repr(g.randint(1, 4))], "positive": [lambda g: repr(g.randint(1, 9) / 4)],
        "str": [lambda g: repr(g.choice("abc")), lit_int],
    }[kind]
    return "[" + ", ".join(rng.choice(makers)(rng) for _ in range(size)) + "]"


def program(seed, count):
    rng = random.Random(seed)
    out = ["from fractions import Fraction as F",
           "from decimal import Decimal as D",
           "import statistics as S",
           "def show(label, f, *a, **k):",
           "    try:",
           "        r = repr(f(*a, **k))",
           "    except Exception as e:",
           "        r = type(e).__name__ + ': ' + str(e)",
           "    print(label, r)"]
    for case in range(count):
        data = dataset(rng)
        out.append(f"d = {data}")
        for name in FUNCS:
            out.append(f"show('{case} {name}', S.{name}, d)")
        centre = rng.choice(["0", "2.5", "F(1, 3)", "D('1.5')", "S.mean(d)"])
        out.append(f"show('{case} variance-xbar', lambda d: S.variance(d, {centre}), d)")
        out.append(f"show('{case} pstdev-mu', lambda d: S.pstdev(d, {centre}), d)")
        out.append(f"show('{case} stdev-xbar', lambda d: S.stdev(d, {centre}), d)")
        out.append(f"show('{case} mean-iter', lambda d: S.mean(iter(d)), d)")
        # Decimal data get int weights only: with a Fraction and a float weight three kinds meet,
        # and which pair CPython names in its coercion error varies from run to run.
        choices = ["1", "2", "0", "3", "1"] if "D(" in data else ["1", "2", "0", "0.5", "F(1, 3)"]
        w = "[" + ", ".join(rng.choice(choices)
                            for _ in range(len(eval(data, {"F": lambda *a: 0, "D": lambda *a: 0,
                                                               "float": float}))
                                           + (1 if rng.random() < 0.05 else 0))) + "]"
        out.append(f"show('{case} fmean-w', lambda d: S.fmean(d, {w}), d)")
        out.append(f"show('{case} harmonic-w', lambda d: S.harmonic_mean(d, {w}), d)")
        n = rng.choice([1, 2, 3, 4, 4, 5, 10, 0])
        m = rng.choice(["'exclusive'", "'exclusive'", "'inclusive'"])
        out.append(f"show('{case} quantiles', lambda d: S.quantiles(d, n={n}, method={m}), d)")
    return "\n".join(out) + "\n"


def run(cmd, path, env=None):
    done = subprocess.run(cmd + [path], capture_output=True, text=True, env=env)
    if done.returncode:
        sys.stderr.write(f"{cmd}: exit {done.returncode}\n{done.stderr[-2000:]}\n")
    return done.stdout.splitlines()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=400)
    ap.add_argument("--minipy", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"),
                                                      "release", "minipy"))
    ap.add_argument("--module-dir", help="run this dir's statistics.py under python3 as 'minipy'")
    ap.add_argument("--keep", help="write the generated program here")
    args = ap.parse_args()
    src = program(args.seed, args.count)
    tmp = tempfile.mkdtemp()
    path = os.path.join(tmp, "stats_cases.py")
    with open(path, "w") as f:
        f.write(src)
    if args.keep:
        with open(args.keep, "w") as f:
            f.write(src)
    expected = run(["python3"], path)
    if args.module_dir:
        env = dict(os.environ, PYTHONPATH=args.module_dir)
        got = run(["python3", "-c", "import sys; sys.path.insert(0, sys.argv.pop(1)); "
                   "exec(open(sys.argv[1]).read())", args.module_dir], path, env)
    else:
        got = run([args.minipy], path)
    agree = sum(1 for a, b in zip(expected, got) if a == b)
    print(f"compared {len(expected)} lines, {agree} agree"
          + ("" if len(expected) == len(got) else f" (minipy printed {len(got)})"))
    shown = 0
    for a, b in zip(expected, got):
        if a != b and shown < 40:
            print(f"  python3: {a}\n  minipy:  {b}")
            shown += 1
    return 0 if agree == len(expected) == len(got) else 1


if __name__ == "__main__":
    sys.exit(main())

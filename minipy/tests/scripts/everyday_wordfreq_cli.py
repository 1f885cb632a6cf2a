import argparse
import re
import sys
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

STOP = frozenset("it was the of a an and".split())


def build_parser():
    p = argparse.ArgumentParser(prog="wordfreq", description="count words")
    p.add_argument("-n", "--top", type=int, default=5, help="how many")
    p.add_argument("--min-len", type=int, default=1)
    p.add_argument("--no-stop", action="store_true", help="drop stop words")
    p.add_argument("--case", choices=["lower", "keep"], default="lower")
    p.add_argument("words", nargs="*", help="words to look up")
    return p


def run(argv):
    args = build_parser().parse_args(argv)
    words = re.findall(r"[A-Za-z']+", TEXT)
    if args.case == "lower":
        words = [w.lower() for w in words]
    if args.no_stop:
        words = [w for w in words if w.lower() not in STOP]
    words = [w for w in words if len(w) >= args.min_len]
    counts = Counter(words)
    print(f"argv={argv} total={len(words)} unique={len(counts)}")
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    width = max(len(w) for w, _ in ranked[:args.top])
    for rank, (w, c) in enumerate(ranked[:args.top], 1):
        print(f"  {rank}. {w:<{width}} {c:>3} {'*' * c}")
    for w in args.words:
        print(f"  lookup {w!r}: {counts.get(w, 0)}")
    return 0


for argv in (["-n", "3"], ["--no-stop", "--top=4", "--min-len", "5"],
             ["--case", "keep", "-n2", "Light", "light", "hope"]):
    run(argv)

ns = build_parser().parse_args(["--top", "7", "x", "y"])
print(vars(ns))
bigrams = Counter(zip(TEXT.lower().split(), TEXT.lower().split()[1:]))
print(bigrams.most_common(2))
lengths = Counter(len(w) for w in re.findall(r"\w+", TEXT))
print(sorted(lengths.items()))
print(sys.argv[0].endswith("b29_wordfreq_cli.py"), len(sys.argv))
try:
    build_parser().parse_args(["--case", "upper"])
except SystemExit as e:
    print("SystemExit code", e.code)
sys.exit(run(["-n", "1", "--no-stop"]) + 3)

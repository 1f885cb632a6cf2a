#!/usr/bin/env python3
"""How much of each embedded Python module (minipy/src/modules/py/) repeats CPython's Lib file of
the same name, line for line: the share of its code lines longer than 35 characters (comments
left out) that also appear, stripped, in CPython's file. A reviewer's measure, not a verdict:
public signatures and error messages must match CPython's to behave as it does, so a module
written anew still shares some lines; a copy shares nearly all.

Usage: python3 tools/provenance.py [MODULE ...]   (run with the CPython whose Lib to compare)
"""
import os
import sys
import sysconfig

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "minipy", "src", "modules", "py")
LIB = sysconfig.get_paths()["stdlib"]


def code_lines(path):
    with open(path, encoding="utf-8") as f:
        lines = [line.strip() for line in f]
    return [line for line in lines if len(line) > 35 and not line.startswith("#")]


def cpython_file(name):
    for candidate in (f"{name}.py", os.path.join(name, "__init__.py")):
        path = os.path.join(LIB, candidate)
        if os.path.exists(path):
            return path
    return None


def main(names):
    names = names or sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py"))
    print(f"against {LIB}")
    for name in names:
        ours = code_lines(os.path.join(HERE, f"{name}.py"))
        theirs = cpython_file(name.replace("_", ".") if name == "urllib_parse" else name)
        if theirs is None:
            print(f"{name:18} {len(ours):5} lines  (no CPython Lib file of that name)")
            continue
        theirs = set(code_lines(theirs))
        same = sum(1 for line in ours if line in theirs)
        share = 100 * same / max(1, len(ours))
        print(f"{name:18} {len(ours):5} lines  {same:4} identical to CPython's ({share:.0f}%)")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Shared driver for the differential checkers tools/diff_contextlib.py, diff_queue.py,
diff_graphlib.py, diff_fractions.py, diff_calendar.py.

A checker builds a list of small programs (strings); `run` puts them all in one script that
execs each in a fresh namespace and prints its output (or the exception's type and message)
after a separator line, runs that script under python3 and under the candidate, and compares
the two outputs case by case.

Candidate: `MINIPY` (the binary) or `MINIPY --module PATH`, which drops PATH next to the script
as NAME.py, so that it shadows the embedded module (minipy's importer puts the script's
directory first, as CPython does): a quick check of a rewrite without rebuilding.
"""
import os
import subprocess
import sys
import tempfile

RUNNER = r'''
import sys
def __run(i, src):
    print('#### case', i)
    try:
        exec(compile(src, '<case>', 'exec'), {'__name__': 'case'})
    except BaseException as e:
        print('!!', type(e).__name__ + ':', e)
    sys.stdout.flush()
for __i, __src in enumerate(CASES):
    __run(__i, __src)
print('#### end')
'''


def split(out, n):
    parts = {}
    cur = None
    for line in out.split('\n'):
        if line.startswith('#### case '):
            cur = int(line[10:])
            parts[cur] = []
        elif line == '#### end':
            cur = None
        elif cur is not None:
            parts[cur].append(line)
    return ['\n'.join(parts[i]) if i in parts else '<missing>' for i in range(n)]


def run(name, cases, argv, prelude=''):
    args = list(argv)
    minipy = args.pop(0)
    module = None
    if args and args[0] == '--module':
        module = args[1]
        del args[:2]
    src = prelude + 'CASES = ' + repr(cases) + '\n' + RUNNER
    with tempfile.TemporaryDirectory() as tmp:
        ref = os.path.join(tmp, 'ref')
        cand = os.path.join(tmp, 'cand')
        os.mkdir(ref)
        os.mkdir(cand)
        for d in (ref, cand):
            with open(os.path.join(d, 'cases.py'), 'w') as f:
                f.write(src)
        if module:
            with open(module) as f, open(os.path.join(cand, name + '.py'), 'w') as g:
                g.write(f.read())
        want = subprocess.run([sys.executable, 'cases.py'], capture_output=True, text=True, cwd=ref)
        got = subprocess.run([minipy, 'cases.py'], capture_output=True, text=True, cwd=cand)
    if want.returncode != 0:
        print('python3 failed:', want.stderr[-2000:])
    if got.returncode != 0:
        print('candidate failed:', got.stderr[-2000:])
    wl = split(want.stdout, len(cases))
    gl = split(got.stdout, len(cases))
    agree = 0
    shown = 0
    for i, c in enumerate(cases):
        if wl[i] == gl[i]:
            agree += 1
        elif shown < 12:
            shown += 1
            print('---- case', i)
            print(c)
            print('  python3:', wl[i].replace('\n', '\n           '))
            print('  minipy: ', gl[i].replace('\n', '\n           '))
    print('%d cases, %d agree' % (len(cases), agree))
    return 0 if agree == len(cases) else 1


def main(name, make_cases, default_n):
    """A checker's command line, `MINIPY [--module PATH] [N] [SEED]`: builds N cases (default
    `default_n`) with `make_cases(rng, n)` from a `random.Random(SEED)` and runs them; the exit
    status of `run`."""
    import random

    args = sys.argv[1:]
    head = args[:1]
    rest = args[1:]
    if rest and rest[0] == '--module':
        head += rest[:2]
        rest = rest[2:]
    n = int(rest[0]) if rest else default_n
    seed = int(rest[1]) if len(rest) > 1 else 1
    return run(name, make_cases(random.Random(seed), n), head)

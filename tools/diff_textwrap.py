#!/usr/bin/env python3
"""Differential check of minipy's textwrap against python3's.

usage: tools/diff_textwrap.py MINIPY [N_CASES] [SEED]
       tools/diff_textwrap.py --module PATH [N_CASES] [SEED]

Generates N random cases (default 3000). Texts are built from words of random lengths
(including words longer than the width), hyphenated words and dash runs ("a-b", "--x",
"state-of-the-art", "x--y"), digits, punctuation, sentence endings (lowercase + . ! ? and a
quote), tabs, newlines, \\r \\f \\v, runs of spaces, and leading/trailing whitespace. Each
case calls wrap, fill, shorten, dedent or indent (with and without a predicate), or a
TextWrapper, with a random combination of every option (width including 0 and negatives,
initial/subsequent indents, expand_tabs, tabsize, replace_whitespace, fix_sentence_endings,
break_long_words, drop_whitespace, break_on_hyphens, max_lines, placeholder). All cases go
into one script whose output (repr of each result, or the exception's type and message) is
compared line by line between python3 and MINIPY. With --module PATH the script instead runs
under python3 with PATH imported as textwrap (quick check while developing).
Prints the disagreeing cases and 'N cases compared, N agree'.
"""
import os
import random
import subprocess
import sys
import tempfile

WORDCH = "abcdefghijklmnopqrstuvwxyzABCXYZ"


def word(rng):
    r = rng.random()
    if r < 0.55:
        return ''.join(rng.choice(WORDCH) for _ in range(rng.choice([1, 1, 2, 3, 4, 5, 6, 8, 12])))
    if r < 0.70:
        parts = [word(rng) if rng.random() < 0.8 else rng.choice(['1', '22', 'x', '']) for _ in range(rng.randint(2, 4))]
        return rng.choice(['-', '-', '--', '---']).join(parts)
    if r < 0.78:
        return ''.join(rng.choice(WORDCH) for _ in range(rng.randint(15, 40)))
    if r < 0.86:
        return word(rng) + rng.choice(['.', '!', '?', '."', ".'", ',', ';', ':', '.)', 'E.'])
    if r < 0.90:
        return rng.choice(['--', '-', '---x', 'x--', '-x-', '12-34', 'a1-b2', '_a-_b', 'é-ü-ö', 'ab-c', 'a-bc', 'ab-cd-ef'])
    if r < 0.95:
        return ''.join(rng.choice('0123456789-.,!?"\'&_') for _ in range(rng.randint(1, 6)))
    return ''.join(rng.choice(WORDCH + '-') for _ in range(rng.randint(3, 25)))


def gap(rng):
    r = rng.random()
    if r < 0.75:
        return ' '
    return ''.join(rng.choice([' ', ' ', '\t', '\n', '  ', '\r', '\x0b', '\x0c', '\n    ']) for _ in range(rng.randint(1, 3)))


def text(rng):
    n = rng.choice([0, 1, 2, 3, 5, 8, 12, 20, 30])
    out = ''
    if rng.random() < 0.25:
        out += rng.choice(['  ', '\t', '\n', ' \n  ', '    '])
    for i in range(n):
        if i:
            out += gap(rng)
        out += word(rng)
    if rng.random() < 0.25:
        out += rng.choice(['  ', '\t', '\n', ' \n', '   '])
    return out


def block(rng):
    lines = []
    for _ in range(rng.randint(0, 6)):
        pad = rng.choice(['', ' ', '  ', '    ', '\t', ' \t', '\t ', '        '])
        body = rng.choice(['', 'x', 'hello world', 'a  b', '  ', '\t', 'end ', '\r'])
        lines.append(pad + body)
    return '\n'.join(lines) + rng.choice(['', '\n', '\n  ', '\n\n'])


def options(rng):
    kw = {}
    if rng.random() < 0.5:
        kw['initial_indent'] = rng.choice(['', '* ', '    ', '>>> ', '-'])
    if rng.random() < 0.5:
        kw['subsequent_indent'] = rng.choice(['', '  ', '    ', '| ', '..........'])
    for name in ['expand_tabs', 'replace_whitespace', 'fix_sentence_endings', 'break_long_words',
                 'drop_whitespace', 'break_on_hyphens']:
        if rng.random() < 0.35:
            kw[name] = rng.random() < 0.5
    if rng.random() < 0.2:
        kw['tabsize'] = rng.choice([0, 1, 2, 4, 8])
    if rng.random() < 0.35:
        kw['max_lines'] = rng.choice([1, 1, 2, 3, 4])
    if rng.random() < 0.3:
        kw['placeholder'] = rng.choice([' [...]', '...', ' ~', '', '  ...  ', ' [more text here]'])
    return kw


def case(rng):
    c = pick(rng)
    kw = c[3]
    # python3 itself loops forever when an indent leaves no room on a line: keep clear of that
    for name in ('initial_indent', 'subsequent_indent'):
        if isinstance(c[2], int) and c[2] > 0 and len(kw.get(name, '')) >= c[2]:
            del kw[name]
    return c


def pick(rng):
    r = rng.random()
    width = rng.choice([1, 2, 3, 5, 7, 10, 12, 15, 20, 25, 30, 40, 70, 0, -3])
    if r < 0.40:
        return ('wrap', text(rng), width, options(rng))
    if r < 0.60:
        return ('fill', text(rng), width, options(rng))
    if r < 0.75:
        kw = options(rng)
        kw.pop('max_lines', None)
        return ('shorten', text(rng), width, kw)
    if r < 0.85:
        return ('dedent', rng.choice([block(rng), text(rng)]), 0, {})
    if r < 0.95:
        return ('indent', rng.choice([block(rng), text(rng)]), rng.choice(['> ', '  ', '']), {})
    return ('indent_all', block(rng), '+', {})


RUNNER = r'''
import textwrap
def run(kind, text, width, kw):
    try:
        if kind == 'wrap':
            return repr(textwrap.wrap(text, width, **kw))
        if kind == 'fill':
            return repr(textwrap.fill(text, width=width, **kw))
        if kind == 'shorten':
            return repr(textwrap.shorten(text, width, **kw))
        if kind == 'dedent':
            return repr(textwrap.dedent(text))
        if kind == 'indent':
            return repr(textwrap.indent(text, width))
        if kind == 'indent_all':
            return repr(textwrap.indent(text, width, lambda line: True))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
for c in CASES:
    print(run(*c))
'''


def main():
    args = sys.argv[1:]
    module = None
    if args and args[0] == '--module':
        module = args[1]
        args = args[2:]
        minipy = None
    else:
        minipy = args[0]
        args = args[1:]
    n = int(args[0]) if args else 3000
    seed = int(args[1]) if len(args) > 1 else 1
    rng = random.Random(seed)
    cases = [case(rng) for _ in range(n)]
    src = 'CASES = ' + repr(cases) + '\n' + RUNNER
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'twcases.py')
        with open(path, 'w') as f:
            f.write(src)
        want = subprocess.run([sys.executable, path], capture_output=True, text=True, cwd=tmp)
        if module:
            env = dict(os.environ)
            moddir = os.path.join(tmp, 'mod')
            os.mkdir(moddir)
            with open(module) as f, open(os.path.join(moddir, 'textwrap.py'), 'w') as g:
                g.write(f.read())
            env['PYTHONPATH'] = moddir
            got = subprocess.run([sys.executable, path], capture_output=True, text=True, cwd=tmp, env=env)
        else:
            got = subprocess.run([minipy, path], capture_output=True, text=True, cwd=tmp)
    wl = want.stdout.split('\n')
    gl = got.stdout.split('\n')
    if got.returncode != 0:
        print('candidate failed:', got.stderr[-2000:])
    agree = 0
    shown = 0
    for i, c in enumerate(cases):
        w = wl[i] if i < len(wl) else '<missing>'
        g = gl[i] if i < len(gl) else '<missing>'
        if w == g:
            agree += 1
        elif shown < 15:
            shown += 1
            print('case', i, repr(c))
            print('  python3:', w)
            print('  minipy: ', g)
    print('%d cases compared, %d agree' % (n, agree))
    return 0 if agree == n else 1


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""Differential check of minipy's shutil against python3's.

usage: tools/diff_shutil.py MINIPY [N_PROGRAMS] [SEED]

Generates N random programs (default 60). Each builds a random tree in an empty temporary
directory (nested folders, files with random contents and modes, .pyc/.log files to ignore,
symlinks to files, to folders and dangling ones), then runs 25 random operations on random
existing, missing or clashing paths: copyfile/copy/copy2 (follow_symlinks both ways, into
folders, onto themselves), copymode, copystat (mode and mtime compared), copyfileobj,
copytree (symlinks, ignore_patterns, dirs_exist_ok, a recording copy_function, into an
existing tree), rmtree (raising, ignore_errors, a recording onerror, on files, links and
missing paths), move (files, folders, into folders, onto existing names, a folder into
itself), which (PATH entries and path=, modes) and get_terminal_size ($COLUMNS/$LINES).
After each operation the program prints its result or the exception (type, errno, filename,
message; shutil.Error's list of errors) and a listing of the whole tree (kinds, contents,
permission bits, link targets). All paths are relative, so the output of python3 and of
MINIPY, each run in its own fresh directory, must agree byte for byte.
Prints the disagreeing programs and 'N programs compared, N agree'.
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile

PRELUDE = r'''
import os, shutil, stat
def show(tag, value):
    print(tag, '->', repr(value))
def fail(tag, e):
    if isinstance(e, shutil.Error):
        print(tag, '!!', type(e).__name__, sorted(map(repr, e.args[0])) if isinstance(e.args[0], list) else e.args)
    elif isinstance(e, OSError):
        print(tag, '!!', type(e).__name__, e.errno, repr(e.filename), str(e))
    else:
        print(tag, '!!', type(e).__name__, str(e))
def listing(top='w'):
    out = []
    def walk(p):
        for name in sorted(os.listdir(p)):
            q = p + '/' + name
            if os.path.islink(q):
                out.append(q + ' -> ' + os.readlink(q))
            elif os.path.isdir(q):
                out.append(q + '/ ' + oct(stat.S_IMODE(os.stat(q).st_mode)))
                walk(q)
            else:
                with open(q) as f:
                    out.append(q + ' ' + oct(stat.S_IMODE(os.stat(q).st_mode)) + ' ' + repr(f.read()))
    walk(top)
    print('  ' + '\n  '.join(out))
calls = []
def recorder(s, d):
    calls.append((os.path.basename(str(s)), os.path.basename(str(d))))
    return shutil.copy(s, d)
def onerr(func, path, info):
    print('   onerror', func.__name__, path, info[0].__name__)
'''


def build(rng):
    lines = ["os.makedirs('w')"]
    dirs = ['w']
    files = []
    for _ in range(rng.randint(2, 5)):
        parent = rng.choice(dirs)
        d = parent + '/d%d' % len(dirs)
        lines.append('os.mkdir(%r)' % d)
        dirs.append(d)
    for i in range(rng.randint(3, 9)):
        d = rng.choice(dirs)
        name = d + '/f%d%s' % (i, rng.choice(['.txt', '.txt', '.pyc', '.log', '']))
        body = ''.join(rng.choice('abc\n') for _ in range(rng.randint(0, 12)))
        lines.append('with open(%r, "w") as f: f.write(%r)' % (name, body))
        lines.append('os.chmod(%r, %s)' % (name, rng.choice(['0o644', '0o600', '0o755', '0o640'])))
        files.append(name)
    links = []
    for i in range(rng.randint(0, 3)):
        d = rng.choice(dirs)
        target = rng.choice(['f0.txt', 'missing', '../f1.txt'])
        name = d + '/l%d' % i
        lines.append('os.symlink(%r, %r)' % (target, name))
        links.append(name)
    if len(dirs) > 1 and rng.random() < 0.5:
        lines.append("os.symlink('d1', 'w/ldir')")
        links.append('w/ldir')
    return lines, dirs, files, links


def op(rng, k, dirs, files, links):
    anyp = lambda: rng.choice(dirs + files + links + ['w/none', 'w/new%d' % rng.randint(0, 3), 'w/d1/none/x'])
    r = rng.random()
    t = 'op%d' % k
    if r < 0.25:
        fn = rng.choice(['copyfile', 'copy', 'copy2'])
        kw = rng.choice(['', ', follow_symlinks=False'])
        src = rng.choice(files + links + ['w/none', rng.choice(dirs)])
        dst = rng.choice(dirs + files + ['w/new%d' % rng.randint(0, 3), src])
        code = 'show(%r, shutil.%s(%r, %r%s))' % (t, fn, src, dst, kw)
        if fn == 'copy2':
            code += '; print(os.stat(%r).st_mtime == os.stat(%r).st_mtime if os.path.isfile(%r) and not os.path.isdir(%r) else None)' % (src, dst, dst, dst)
    elif r < 0.32:
        fn = rng.choice(['copymode', 'copystat'])
        src = rng.choice(files + links)
        dst = rng.choice(files + dirs + ['w/none'])
        code = 'show(%r, shutil.%s(%r, %r)); print(oct(os.stat(%r).st_mode & 0o777))' % (t, fn, src, dst, dst)
    elif r < 0.35:
        src = rng.choice(files)
        code = ('with open(%r, "rb") as a, open("w/obj", "wb") as b: shutil.copyfileobj(a, b, %d)\n'
                'show(%r, open("w/obj").read())') % (src, rng.choice([0, 1, 3, 100]), t)
    elif r < 0.60:
        src = rng.choice(dirs + ['w/none', rng.choice(files)])
        dst = rng.choice(['w/t%d' % rng.randint(0, 2), rng.choice(dirs)])
        if (dst + '/').startswith(src + '/'):
            dst = 'w/t%d' % rng.randint(0, 2)
            if src == 'w':
                src = rng.choice(dirs)
            if (dst + '/').startswith(src + '/'):
                src = 'w/none'
        kw = []
        if rng.random() < 0.5:
            kw.append('symlinks=%r' % (rng.random() < 0.5))
        if rng.random() < 0.5:
            kw.append('ignore=shutil.ignore_patterns(%s)' % ', '.join(repr(p) for p in rng.sample(['*.pyc', '*.log', 'd2', 'f1*', 'l*'], rng.randint(1, 3))))
        if rng.random() < 0.4:
            kw.append('dirs_exist_ok=True')
        if rng.random() < 0.3:
            kw.append('copy_function=recorder')
        if rng.random() < 0.2:
            kw.append('ignore_dangling_symlinks=True')
        code = 'calls.clear(); show(%r, shutil.copytree(%r, %r%s)); print(sorted(calls))' % (
            t, src, dst, ''.join(', ' + a for a in kw))
    elif r < 0.72:
        p = rng.choice(dirs[1:] + files + links + ['w/none', 'w/t0', 'w/t1'])
        kw = rng.choice(['', ', ignore_errors=True', ', onerror=onerr'])
        code = 'show(%r, shutil.rmtree(%r%s))' % (t, p, kw)
    elif r < 0.88:
        # (not w/ldir: minipy's os.rename of a link to a folder onto a file fails, python3's works)
        src = rng.choice(dirs[1:] + files + [l for l in links if l != 'w/ldir'] + ['w/none'])
        dst = rng.choice(dirs + files + ['w/m%d' % rng.randint(0, 2), src + '/inner'])
        code = 'show(%r, shutil.move(%r, %r))' % (t, src, dst)
    elif r < 0.95:
        exe = rng.choice(files)
        code = ('os.chmod(%r, 0o755)\n'
                'show(%r, [shutil.which(%r, path=%r), shutil.which(%r), shutil.which(%r, path="w:" + os.path.dirname(%r)), shutil.which(%r, mode=os.F_OK, path=%r), shutil.which("no-such-thing-xyz")])') % (
            exe, t, os.path.basename(exe), os.path.dirname(exe), exe, os.path.basename(exe), exe,
            os.path.basename(rng.choice(files)), os.path.dirname(exe))
    else:
        env = rng.choice(["", "os.environ['COLUMNS'] = '120'; ", "os.environ['LINES'] = 'x'; os.environ['COLUMNS'] = '-4'; "])
        code = "%sshow(%r, (shutil.get_terminal_size(), shutil.get_terminal_size((33, 44)), tuple(shutil.get_terminal_size((7, 8)))))" % (env, t)
    body = '\n'.join('    ' + line for line in code.split('\n'))
    return 'try:\n%s\nexcept Exception as e:\n    fail(%r, e)\nlisting()\n' % (body, t)


def program(rng):
    lines, dirs, files, links = build(rng)
    src = PRELUDE + '\n'.join(lines) + '\nlisting()\n'
    for k in range(25):
        src += op(rng, k, dirs, files, links)
    return src


def run(cmd, src):
    tmp = tempfile.mkdtemp()
    try:
        with open(os.path.join(tmp, 'prog.py'), 'w') as f:
            f.write(src)
        env = dict(os.environ)
        env.pop('COLUMNS', None)
        env.pop('LINES', None)
        p = subprocess.run(cmd + ['prog.py'], capture_output=True, text=True, cwd=tmp, env=env, timeout=60)
        return p.stdout + '\n--stderr--\n' + p.stderr[-300:] + '\n--rc %d' % p.returncode
    finally:
        subprocess.run(['rm', '-rf', tmp])


def main():
    minipy = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    rng = random.Random(seed)
    agree = 0
    for i in range(n):
        src = program(rng)
        want = run([sys.executable], src)
        got = run([minipy], src)
        if want == got:
            agree += 1
        else:
            print('program', i, 'differs')
            wl, gl = want.split('\n'), got.split('\n')
            for j in range(max(len(wl), len(gl))):
                a = wl[j] if j < len(wl) else '<end>'
                b = gl[j] if j < len(gl) else '<end>'
                if a != b:
                    print('  line', j, '\n    python3:', a, '\n    minipy: ', b)
                    break
            if '--keep' in sys.argv:
                with open('/tmp/shutil_prog_%d.py' % i, 'w') as f:
                    f.write(src)
    print('%d programs compared, %d agree' % (n, agree))
    return 0 if agree == n else 1


if __name__ == '__main__':
    sys.exit(main())

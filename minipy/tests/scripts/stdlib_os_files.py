# The os file-system functions (stat, makedirs, scandir, walk, rename, errors) and os.path
# additions, and universal newlines in text-mode open().
import os
import stat
import tempfile

old = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('d/e/f', exist_ok=True)
    os.makedirs('d/e/f', exist_ok=True)
    try:
        os.makedirs('d/e')
    except FileExistsError as e:
        print(e, e.errno, e.filename)
    for n in ['d/a.py', 'd/b.txt', 'd/e/c.py']:
        with open(n, 'w') as f:
            f.write(n)
    st = os.stat('d/a.py')
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat('d').st_mode), st[6], len(st))
    print(os.path.getsize('d/a.py'), os.path.getmtime('d/a.py') == st.st_mtime, os.lstat('d').st_size > 0)
    print(sorted((d, sorted(ds), sorted(fs)) for d, ds, fs in os.walk('d')))
    print([d for d, _, _ in os.walk('d', topdown=False)][-1])
    with os.scandir('d') as it:
        entries = sorted(it, key=lambda e: e.name)
    print([(e.name, e.path, e.is_file(), e.is_dir()) for e in entries], repr(entries[0]))
    os.rename('d/a.py', 'd/z.py')
    print(os.path.exists('d/z.py'), os.path.exists('d/a.py'))
    os.replace('d/z.py', 'd/b.txt')
    print(sorted(os.listdir('d')), open('d/b.txt').read())
    for f in [lambda: os.rename('d/nope', 'd/x'), lambda: os.rmdir('d'),
              lambda: os.rmdir('d/b.txt'), lambda: os.mkdir('d'), lambda: os.remove('d/e'),
              lambda: os.stat('nope'), lambda: os.listdir('d/b.txt'), lambda: open('d/e')]:
        try:
            f()
        except OSError as e:
            print(type(e).__name__, e)
    fd = os.open('fd.txt', os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    print(os.write(fd, b'hello\n'))
    os.close(fd)
    with open('fd.txt') as f:
        print(repr(f.read()))
    with open('crlf.txt', 'wb') as f:
        f.write(b'a\r\nb\rc\nd')
    print(open('crlf.txt').readlines(), repr(open('crlf.txt', newline='').read()))
    print(repr(open('crlf.txt').read()), repr(open('crlf.txt', newline='\n').read()))
    print(list(open('crlf.txt', 'rb')), [len(line) for line in open('crlf.txt')])
    for nl in ['x', '\r\n']:
        try:
            open('crlf.txt', 'rb', newline=nl)
        except ValueError as e:
            print(e)
    os.remove('crlf.txt')
    os.unlink('fd.txt')
    os.chdir(old)
print(os.path.normpath('a//b/../c/.'), os.path.normpath('/../x'), os.path.normpath(''))
print(os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'))
print(os.path.commonpath(['a/b/c', 'a/b/d']), os.path.commonprefix(['abc', 'abd']))
print(os.path.islink('.'), os.path.lexists('.'), os.fspath('x'), os.path.expanduser('x'))
print(os.path.realpath('/') == '/', os.path.isabs(os.path.realpath('.')), os.path.exists(tmp))
print(isinstance(next(os.scandir('.')), os.PathLike), isinstance('x', os.PathLike))

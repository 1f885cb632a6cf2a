# shutil in a scratch directory: copies, trees (symlinks, ignore, dirs_exist_ok, errors),
# rmtree's error routes, move, which and get_terminal_size; only relative paths are printed.
import os, shutil, stat, tempfile

def tree(top):
    out = []
    for here, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(dirs + files):
            p = os.path.join(here, name)
            if os.path.islink(p):
                out.append(p + ' -> ' + os.readlink(p))
            elif os.path.isfile(p):
                with open(p) as f:
                    out.append('%s %s %r' % (p, oct(stat.S_IMODE(os.stat(p).st_mode)), f.read()))
            else:
                out.append(p + '/')
    return sorted(out)

def err(e):
    if isinstance(e, shutil.Error):
        return 'Error %r' % (e.args[0],)
    return '%s %s %r' % (type(e).__name__, getattr(e, 'errno', None), getattr(e, 'filename', None))

home = os.getcwd()
with tempfile.TemporaryDirectory() as scratch:
    os.chdir(scratch)
    os.makedirs('src/sub/deep')
    for name, body, mode in [('src/a.txt', 'alpha\n', 0o644), ('src/b.pyc', 'junk', 0o600),
                             ('src/sub/c.txt', 'gamma', 0o755), ('src/sub/deep/d.log', '', 0o640)]:
        with open(name, 'w') as f:
            f.write(body)
        os.chmod(name, mode)
    os.symlink('a.txt', 'src/link')
    os.symlink('nowhere', 'src/dangling')

    print(shutil.copyfile('src/a.txt', 'one.txt'), oct(os.stat('one.txt').st_mode & 0o777))
    print(shutil.copy('src/sub/c.txt', '.'), oct(os.stat('c.txt').st_mode & 0o777))
    os.utime('src/a.txt', (1000000000, 1200000000))
    print(shutil.copy2('src/a.txt', 'two.txt'), os.stat('two.txt').st_mtime)
    shutil.copymode('src/b.pyc', 'two.txt')
    print(oct(os.stat('two.txt').st_mode & 0o777))
    print(shutil.copy('src/link', 'linkcopy', follow_symlinks=False), os.readlink('linkcopy'))
    for args in [('src/a.txt', 'src/a.txt'), ('src/missing', 'x'), ('src/a.txt', 'src/sub'),
                 ('src/dangling', 'y')]:
        try:
            shutil.copyfile(*args)
        except (OSError, shutil.Error) as e:
            print('copyfile', args, err(e), type(e).__mro__[1].__name__)

    print(shutil.copytree('src', 'dst1', ignore=shutil.ignore_patterns('*.pyc', 'deep'),
                          ignore_dangling_symlinks=True))
    print(tree('dst1'))
    print(shutil.copytree('src', 'dst2', symlinks=True))
    print(tree('dst2'))
    try:
        shutil.copytree('src', 'dst2')
    except FileExistsError as e:
        print('again:', err(e))
    try:
        shutil.copytree('src', 'dst2', dirs_exist_ok=True)
    except shutil.Error as e:
        print('dangling:', [(s, d, m.split(':')[0]) for s, d, m in e.args[0]])
    seen = []
    def record(s, d):
        seen.append((s, d))
        return shutil.copy(s, d)
    shutil.copytree('src/sub', 'dst3', copy_function=record)
    print(sorted(seen))
    try:
        shutil.copytree('nothere', 'dst4')
    except OSError as e:
        print('no source:', err(e))

    print(shutil.move('one.txt', 'dst3'), os.path.exists('one.txt'))
    print(shutil.move('dst3', 'moved'), tree('moved'))
    try:
        shutil.move('two.txt', 'moved/one.txt') or print('renamed over')
        shutil.move('c.txt', 'moved')
    except shutil.Error as e:
        print('move:', e)
    try:
        shutil.move('moved', 'moved/inside')
    except shutil.Error as e:
        print('move:', e)

    shutil.rmtree('moved')
    print(os.path.exists('moved'))
    try:
        shutil.rmtree('moved')
    except FileNotFoundError as e:
        print('rmtree:', err(e))
    shutil.rmtree('moved', ignore_errors=True)
    log = []
    shutil.rmtree('moved', onerror=lambda f, p, info: log.append((f.__name__, p, info[0].__name__)))
    shutil.rmtree('dst2/link', onerror=lambda f, p, info: log.append((f.__name__, p, str(info[1]))))
    shutil.rmtree('src/a.txt', onerror=lambda f, p, info: log.append((f.__name__, p, info[0].__name__)))
    print(log)
    shutil.rmtree('dst2')
    print(sorted(os.listdir('.')))

    os.mkdir('bin')
    with open('bin/tool', 'w') as f:
        f.write('#!/bin/sh\n')
    os.chmod('bin/tool', 0o755)
    with open('bin/plain', 'w') as f:
        f.write('')
    print(shutil.which('tool', path='bin'), shutil.which('plain', path='bin'),
          shutil.which('plain', mode=os.F_OK, path='bin'), shutil.which('bin/tool'),
          shutil.which('tool', path=''), shutil.which('tool', path='nope:bin:bin'))
    os.chdir(home)

saved = {k: os.environ.pop(k) for k in ('COLUMNS', 'LINES') if k in os.environ}
print(shutil.get_terminal_size((100, 30)), tuple(shutil.get_terminal_size()))
os.environ['COLUMNS'] = '132'
size = shutil.get_terminal_size()
print(size.columns, size.lines, size[0], len(size))
os.environ['LINES'] = 'oops'
print(shutil.get_terminal_size((1, 2)))
os.environ.pop('COLUMNS'); os.environ.pop('LINES')
os.environ.update(saved)

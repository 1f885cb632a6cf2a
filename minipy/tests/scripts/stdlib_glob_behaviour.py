# glob's public API over a tree made in a temporary directory (only relative paths printed):
# wildcards, hidden names, recursive '**', trailing slashes, root_dir, symlinks, escape,
# has_magic, glob0/glob1 and the errors for wrong arguments.
import glob
import os
import tempfile

def show(label, paths):
    print(label, sorted(paths))

old = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('d/e/f')
    os.makedirs('d/.hid/k')
    os.makedirs('x[1]')
    for n in ['d/a.py', 'd/b.txt', 'd/e/c.py', 'd/e/f/g.py', 'd/.h.py', 'd/.hid/i.py',
              'd/.hid/k/j.py', 'top.py', 'x[1]/in.txt', 'd/e/f/.dot', 'q?.txt', 'star*.txt']:
        with open(n, 'w') as f:
            f.write(n)
    os.symlink('e', 'd/link_to_e')
    os.symlink('missing', 'd/broken')
    show('star', glob.glob('d/*'))
    show('star.py', glob.glob('d/*.py'))
    show('hidden', glob.glob('d/.*'))
    show('include_hidden', glob.glob('d/*', include_hidden=True))
    show('qmark', glob.glob('d/?.*'))
    show('set', glob.glob('d/[ab].*'))
    show('negset', glob.glob('d/[!a]*'))
    show('dirs', glob.glob('d/*/'))
    show('deep', glob.glob('d/*/*.py'))
    show('deeper', glob.glob('*/*/*/*'))
    show('rec', glob.glob('d/**/*.py', recursive=True))
    show('rec hidden', glob.glob('d/**/*.py', recursive=True, include_hidden=True))
    show('not rec', glob.glob('d/**/*.py'))
    show('rec all', glob.glob('d/**', recursive=True))
    show('rec dirs', glob.glob('d/**/', recursive=True))
    show('rec top', glob.glob('**', recursive=True))
    show('rec top dirs', glob.glob('**/', recursive=True))
    show('rec twice', glob.glob('d/**/**/*.py', recursive=True))
    show('rec mid', glob.glob('**/f/*', recursive=True))
    show('rec suffix', glob.glob('d/**.py', recursive=True))
    show('root_dir', glob.glob('*', root_dir='d'))
    show('root_dir rec', glob.glob('**/*.py', root_dir='d', recursive=True))
    show('root_dir literal', glob.glob('e/c.py', root_dir='d') + glob.glob('e/nope', root_dir='d'))
    show('root_dir dir', glob.glob('e/', root_dir='d'))
    show('literal', glob.glob('d/a.py') + glob.glob('d/zz') + glob.glob('d/e/') + glob.glob('d/a.py/'))
    show('broken', glob.glob('d/bro*') + glob.glob('d/broken'))
    show('link', glob.glob('d/link_to_e/*'))
    show('escape', glob.glob(glob.escape('x[1]') + '/*') + glob.glob('x[1]/*'))
    show('escaped names', glob.glob(glob.escape('q?.txt')) + glob.glob(glob.escape('star*.txt')))
    show('dot', glob.glob('./d/*.txt') + glob.glob('d/./e/*') + glob.glob('d/e/../*.txt'))
    show('empty', glob.glob(''))
    show('nothing', glob.glob('nothing/*') + glob.glob('*.nothing'))
    show('pathlike', glob.glob('*.py', root_dir=os.path.join(os.curdir, 'd')))
    it = glob.iglob('d/e/*')
    print(type(it).__name__ in ('generator', 'chain', 'list_iterator'), hasattr(it, '__next__'), sorted(it))
    print(sorted(glob.glob1('d', '*.py')), glob.glob1('d', 'nope*'), glob.glob0('d', 'a.py'),
          glob.glob0('d', 'zz'), glob.glob0('d', ''))
    first = glob.glob('d/**', recursive=True)[0]
    print('first', first)
    os.chdir(old)
print(os.path.exists(tmp))

for s in ['abc', 'a*c', 'a?', '[x]', 'a]b', '', 'a\\*', 'x{1}']:
    print(repr(s), glob.has_magic(s), repr(glob.escape(s)))
print(glob.has_magic(b'a*'), glob.has_magic(b'ab'), glob.escape(b'a*[b]?'))
print(glob.__all__, bool(glob.magic_check.search('a[')), glob.magic_check.pattern)
print(glob.glob('/nonexistent_dir_for_minipy/*'), glob.glob('/nonexistent_dir_for_minipy/x'))

for call in [lambda: glob.glob(3), lambda: glob.glob('*', root_dir=3), lambda: glob.glob('*', bogus=1),
             lambda: glob.glob('*', 'd'), lambda: glob.escape(3), lambda: glob.has_magic(3)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

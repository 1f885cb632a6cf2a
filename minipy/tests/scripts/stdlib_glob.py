# glob over files made in a temporary directory (relative paths, cwd restored).
import glob
import os
import tempfile

old = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('d/e/f')
    for n in ['d/a.py', 'd/b.txt', 'd/e/c.py', 'd/e/f/g.py', 'd/.h.py', 'top.py']:
        with open(n, 'w') as f:
            f.write(n)
    print(sorted(glob.glob('d/*.py')))
    print(sorted(glob.glob('d/**/*.py', recursive=True)))
    print(sorted(glob.glob('d/**/*.py')))
    print(sorted(glob.glob('**', root_dir='d', recursive=True)))
    print(sorted(glob.glob('d/?.*')), sorted(glob.glob('*.py')), glob.glob('nothing*'))
    print(sorted(glob.glob('d/*', include_hidden=True)), sorted(glob.glob('d/.*')))
    print(sorted(glob.iglob('d/e/*')), glob.glob('d/b.txt'), glob.glob('d/zz.txt'))
    print(glob.escape('a[b]*?'), glob.has_magic('a*'), glob.has_magic('abc'))
    os.chdir(old)
print(os.path.exists(tmp))

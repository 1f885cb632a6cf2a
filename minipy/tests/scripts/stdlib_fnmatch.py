# fnmatch: translate, fnmatch, fnmatchcase, filter.
import fnmatch

for pat in ['*.py', 'a*b*c?[!x-z]', '[abc]', '[!]]', '[a-', 'x**y', '*']:
    print(pat, fnmatch.translate(pat))
print(fnmatch.fnmatch('Foo.PY', '*.py'), fnmatch.fnmatch('foo.py', '*.py'))
print(fnmatch.fnmatchcase('Foo.py', 'f*'), fnmatch.fnmatchcase('foo.py', 'f*'))
print(fnmatch.filter(['a.py', 'b.txt', '.x.py', 'dir/c.py'], '*.py'))
print(fnmatch.filter(['a1', 'a2', 'b1', 'ab'], '[a]?'), fnmatch.fnmatch('a[b', 'a[[]b'))
print([n for n in ['data_2023.csv', 'data_x.csv', 'readme'] if fnmatch.fnmatch(n, 'data_[0-9]*.csv')])

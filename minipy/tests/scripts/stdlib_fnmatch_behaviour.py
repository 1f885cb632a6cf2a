# fnmatch's public API: translate's regexes, matching with and without case folding,
# filter, and the errors for wrong argument types.
import fnmatch

pats = ['*.py', 'a*b*c', '*a*', '**', '?x', '[abc]', '[!abc]', '[a-z]*', '[]]', '[!]]',
        '[', '[a-', '[z-a]', '[!z-a]', 'a[b-d-f]', '[\\]', 'a.b+c', '*a*b*', '[a&&b]',
        '[a--b]', '[~x]', '[a||b]', 'x[^y]', '***a', '[[]', 'a[!]b', '*?*', '[a-b-c]',
        '[+--]', '[-a]', '[!-a]', '[]-a]', '[z-a^]', '[!^]', '', 'plain', '[a-cz-ab]', 'a]b']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))

names = ['a.py', 'A.PY', 'b.txt', '.hidden.py', 'dir/c.py', 'abc', 'axbxc', 'a]b', 'a\nb', '[x', '-']
for p in ['*.py', '*.PY', 'a*', '?b?', '[a-c]*', '[!a]*', 'a?b', '*', '[[]x', '[-]', 'a*b*c']:
    print(p, [n for n in names if fnmatch.fnmatch(n, p)], [n for n in names if fnmatch.fnmatchcase(n, p)])
    print('  filter', fnmatch.filter(names, p))

print(sorted(fnmatch.__all__))
print(fnmatch.filter((n for n in ['x1', 'y1', 'x2']), 'x?'))

for call in [lambda: fnmatch.fnmatch(1, 'a'), lambda: fnmatch.fnmatch('a', 1),
             lambda: fnmatch.fnmatchcase(1, 'a'), lambda: fnmatch.fnmatchcase('a', None),
             lambda: fnmatch.filter(['a'], 3), lambda: fnmatch.filter([1], 'a'),
             lambda: fnmatch.translate(5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

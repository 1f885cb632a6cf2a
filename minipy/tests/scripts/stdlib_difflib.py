# difflib: SequenceMatcher (ratios, blocks, opcodes, autojunk), get_close_matches, the unified,
# context and ndiff formats, Differ's '?' hint lines and restore.
import difflib
import sys

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine!\n', 'ten\n']
sm = difflib.SequenceMatcher(None, a, b)
print(sm.get_matching_blocks())
print(sm.get_opcodes())
print(round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
print(list(sm.get_grouped_opcodes(1)))
print(sm.find_longest_match(0, len(a), 0, len(b)))
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_opcodes())
s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7} a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, 'abxcd'[i1:i2], 'abcd'[j1:j2]))
long_a = 'xxxyxxxz' * 2
long_b = 'x' * 200 + 'yz'
for junk in (True, False):
    m = difflib.SequenceMatcher(None, long_a, long_b, autojunk=junk)
    print(junk, sorted(m.bpopular), len(m.get_matching_blocks()), round(m.ratio(), 4))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'heel', 'whale', 'wheels'], n=2, cutoff=0.5))
try:
    difflib.get_close_matches('x', [], n=0)
except ValueError as e:
    print(e)
sys.stdout.writelines(difflib.unified_diff(a, b, fromfile='before.txt', tofile='after.txt',
                                           fromfiledate='2020-01-01', tofiledate='2020-01-02'))
sys.stdout.writelines(difflib.unified_diff(a, b, n=0))
sys.stdout.writelines(difflib.context_diff(a, b, fromfile='before.txt', tofile='after.txt'))
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')))
print(list(difflib.unified_diff([], [])))
diff = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
sys.stdout.writelines(diff)
sys.stdout.writelines(difflib.restore(diff, 1))
sys.stdout.writelines(difflib.restore(diff, 2))
d = difflib.Differ()
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
sys.stdout.writelines(d.compare(text1, text2))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
try:
    list(difflib.unified_diff([b'a'], [b'b']))
except TypeError as e:
    print(e)
print(list(difflib.ndiff(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])))

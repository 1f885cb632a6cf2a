# Which WeakSet operations raise TypeError for objects that refuse weak references, and which answer.
import weakref

class O:
    pass

a = O()
s = weakref.WeakSet([a])
print(1 in s, 'x' not in s, s.isdisjoint([1]), len(s.intersection([1, a])))
for name, call in [('add', lambda: s.add(1)), ('discard', lambda: s.discard(1)),
                   ('remove', lambda: s.remove(1)), ('difference', lambda: s.difference([1])),
                   ('issubset', lambda: s.issubset([a, 1])), ('update', lambda: s.update([2])),
                   ('<', lambda: s < [1]), ('^=', lambda: s.symmetric_difference_update([1]))]:
    try:
        call()
        print(name, 'ok')
    except TypeError as e:
        print(name, e)
print(s.issuperset([O(), 1]), len(s))
try:
    {a} | s
except TypeError as e:
    print(e)

# repr(WeakSet) is the repr of its set of weak references.
import weakref, gc

class Node:
    pass

def f():
    pass

s = weakref.WeakSet()
print(repr(s), str(s))
n = Node()
s.add(n)
print(s)
s.remove(n)
s.add(f)
print(repr(s))
del f
s.clear()
s.add(n)
del n
gc.collect()
print(s, len(s))

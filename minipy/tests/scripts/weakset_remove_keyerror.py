# WeakSet.remove raises KeyError carrying the weak reference it looked for; pop of an empty one too.
import weakref

class O:
    pass

a, b = O(), O()
s = weakref.WeakSet([a])
s.discard(b)
try:
    s.remove(b)
except KeyError as e:
    r = e.args[0]
    print(type(r).__name__, r() is b, r is weakref.ref(b))
    print(repr(e))
s.remove(a)
print(len(s))
try:
    s.pop()
except KeyError as e:
    print(repr(e))
s.add(b)
print(s.pop() is b, len(s))

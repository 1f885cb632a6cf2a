# The weakref classes' Python-level methods take their parameters by keyword too, with Python's errors.
import weakref

class C:
    pass

a, b = C(), C()
s, t = weakref.WeakSet([a]), weakref.WeakSet([b])
d, w = weakref.WeakKeyDictionary({a: 1}), weakref.WeakValueDictionary({1: a})
f = weakref.finalize(a, len, '')
calls = [lambda: len(s.union(other=t)), lambda: s.union(other=t, x=1), lambda: s.union(t, other=t),
         lambda: s.add(item=b), lambda: d.get(key=a), lambda: d.get(a, default=5),
         lambda: d.get(default=5), lambda: d.get(C(), default=5), lambda: w.pop(key=1) is a,
         lambda: w.setdefault(key=2, default=b) is b, lambda: f.peek(x=1), lambda: s.copy(x=1),
         lambda: len(weakref.WeakSet.union(s, other=t)), lambda: d.update(dict={b: 2}),
         lambda: w.update(other=b), lambda: sorted(w.keys(), key=str), lambda: d.pop(a, default=1)]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)

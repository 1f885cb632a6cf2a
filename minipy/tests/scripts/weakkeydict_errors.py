# WeakKeyDictionary looks keys up through ref(key): TypeError for keys that refuse weak references,
# and a KeyError carrying the weak reference; `in` answers False instead.
import weakref

class K:
    pass

k, absent = K(), K()
d = weakref.WeakKeyDictionary({k: 1})
def delete(key):
    del d[key]
print(1 in d, [] in d, absent in d, k in d)
for label, action in [('d[1]', lambda: d[1]), ('d.get(1)', lambda: d.get(1)),
                      ('d.pop(1)', lambda: d.pop(1)), ('d[1] = 2', lambda: d.update({1: 2})),
                      ('d.setdefault(1)', lambda: d.setdefault(1)), ('del d[1]', lambda: delete(1))]:
    try:
        action()
    except TypeError as e:
        print(label, '->', e)
for label, action in [('d[absent]', lambda: d[absent]), ('d.pop(absent)', lambda: d.pop(absent))]:
    try:
        action()
    except KeyError as e:
        print(label, '->', type(e.args[0]).__name__, e.args[0]() is absent, e.args[0] is weakref.ref(absent))
try:
    del d[absent]
except KeyError as e:
    print('del ->', repr(e))
print(d.get(absent), d.get(absent, 'default'), d.pop(absent, 'default'), len(d))
try:
    weakref.WeakKeyDictionary().popitem()
except KeyError as e:
    print(repr(e))

# WeakValueDictionary: keys are ordinary (KeyError carries the key, unhashable keys raise), values
# must accept weak references.
import weakref

class V:
    pass

v = V()
d = weakref.WeakValueDictionary({'a': v})
def delete(key):
    del d[key]
print('a' in d, 'b' in d, d.get('b'), d.get('b', 0), d.pop('b', 'default'))
for label, action in [("d['b']", lambda: d['b']), ("d.pop('b')", lambda: d.pop('b')),
                      ("del d['b']", lambda: delete('b')), ('d.popitem() of empty', lambda: weakref.WeakValueDictionary().popitem())]:
    try:
        action()
    except KeyError as e:
        print(label, '->', repr(e))
for label, action in [('[] in d', lambda: [] in d), ('d.get([])', lambda: d.get([])),
                      ("d['x'] = 1", lambda: d.update(x=1)), ("d.setdefault('n')", lambda: d.setdefault('n')),
                      ('WeakValueDictionary({1: 2})', lambda: weakref.WeakValueDictionary({1: 2}))]:
    try:
        action()
    except TypeError as e:
        print(label, '->', e)
d.update(b=v, c=v)
print(sorted(d.keys()), d.setdefault('a', None) is v, len(d))
e = weakref.WeakValueDictionary([('x', v)], y=v)
print(sorted(e.keys()), e['y'] is v)

# Argument errors of the weak containers' constructors and methods read as their Python definitions.
import weakref

class C:
    pass

c = C()
calls = [lambda: weakref.WeakKeyDictionary(a=1), lambda: weakref.WeakKeyDictionary({}, {}),
         lambda: weakref.WeakSet([], []), lambda: weakref.WeakSet(a=1),
         lambda: weakref.WeakValueDictionary({}, {}), lambda: weakref.WeakKeyDictionary().get(),
         lambda: weakref.WeakKeyDictionary().get(c, 1, 2), lambda: weakref.WeakValueDictionary().pop(),
         lambda: weakref.WeakKeyDictionary().pop(c, 1, 2), lambda: weakref.WeakKeyDictionary().clear(1),
         lambda: weakref.WeakValueDictionary().keys(1), lambda: weakref.WeakKeyDictionary().update({}, {}),
         lambda: weakref.WeakKeyDictionary().update(a=1), lambda: weakref.WeakKeyDictionary().update([1]),
         lambda: weakref.WeakKeyDictionary().update([(c, 1, 2)]), lambda: weakref.WeakSet().union(),
         lambda: weakref.WeakSet().add(), lambda: weakref.WeakValueDictionary().setdefault(),
         lambda: weakref.WeakSet.union(), lambda: weakref.WeakKeyDictionary.get()]
for call in calls:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(len(weakref.WeakKeyDictionary(dict={c: 1})), len(weakref.WeakSet(data=[c])), weakref.WeakValueDictionary().pop(1, 2, 3))
print(weakref.WeakKeyDictionary().update(None), len(weakref.WeakValueDictionary(None)))

# Methods of the weakref classes written in Python print as Python functions and bound methods.
import weakref

class C:
    pass

c = C()
s = weakref.WeakSet()
d = weakref.WeakKeyDictionary()
v = weakref.WeakValueDictionary()
f = weakref.finalize(c, len, '')
for m in (s.add, s.union, d.get, d.clear, v.valuerefs, f.peek):
    print(m, type(m).__name__, m.__name__)
for m in (weakref.WeakSet.add, weakref.WeakKeyDictionary.get, weakref.WeakValueDictionary.clear, weakref.finalize.detach):
    print(repr(m).split(' at ')[0], type(m).__name__)
print(weakref.proxy, weakref.getweakrefcount, type(weakref.proxy).__name__)
for call in (lambda: weakref.getweakrefcount(c, x=1), lambda: weakref.proxy(c, callback=None),
             lambda: weakref.getweakrefs(), lambda: weakref.proxy()):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

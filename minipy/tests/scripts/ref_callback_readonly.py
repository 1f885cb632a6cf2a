# ref.__callback__: the callback while the referent lives, None after; assigning or deleting it fails.
import weakref, gc

class C:
    pass

def cb(r):
    print('callback; __callback__ is now', r.__callback__)

c = C()
r = weakref.ref(c, cb)
print(r.__callback__ is cb, weakref.ref(c).__callback__)
for value in (None, cb):
    try:
        r.__callback__ = value
    except AttributeError as e:
        print('AttributeError:', e)
try:
    del r.__callback__
except AttributeError as e:
    print('AttributeError:', e)
try:
    r.other = 1
except AttributeError as e:
    print('AttributeError:', e)
del c
gc.collect()
print(r.__callback__, r())

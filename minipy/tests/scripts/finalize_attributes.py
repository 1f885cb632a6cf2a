# finalize's attributes: alive is read-only, atexit writable, peek/detach while alive, repr, no weakrefs.
import weakref, gc

class Obj:
    pass

obj = Obj()
f = weakref.finalize(obj, print, 'finalized', sep='')
print(f.alive, f.atexit, f.peek()[0] is obj, f.peek()[1] is print, f.peek()[2], f.peek()[3])
print(repr(f).split(';')[1])
f.atexit = False
print(f.atexit)
for action in (lambda: setattr(f, 'alive', False), lambda: delattr(f, 'alive'),
               lambda: delattr(f, 'atexit'), lambda: setattr(f, 'peek', 1),
               lambda: setattr(f, 'other', 1), lambda: f.other):
    try:
        action()
    except AttributeError as e:
        print('AttributeError:', e)
for action in (lambda: weakref.ref(f), lambda: weakref.finalize(1, print),
               lambda: weakref.finalize(obj), lambda: f.peek(1)):
    try:
        action()
    except TypeError as e:
        print('TypeError:', e)
del obj
gc.collect()
print(f.alive, f.peek(), f.detach(), repr(f).split(';')[1])

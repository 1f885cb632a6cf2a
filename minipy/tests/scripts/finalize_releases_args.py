# A finalize object lets go of its function and arguments once called, detached, or triggered,
# so objects only it held can die.
import weakref, gc

class Obj:
    pass

class Arg:
    pass

def report(arg, *rest, **kw):
    print('finalizer ran with', type(arg).__name__, len(rest), sorted(kw))

def watch(label, f, arg):
    r = weakref.ref(arg)
    del arg
    gc.collect()
    print(label, 'alive:', f.alive, 'arg alive:', r() is not None)
    return r

target = Obj()
f1 = weakref.finalize(target, report, Arg(), Arg(), key=Arg())
r1 = watch('before call', f1, f1.peek()[2][0])
print(f1(), f1(), f1.alive, f1.peek())
gc.collect()
print('after call arg alive:', r1() is not None)
f2 = weakref.finalize(target, report, Arg())
r2 = weakref.ref(f2.peek()[2][0])
info = f2.detach()
print(f2.alive, f2.detach(), f2(), r2() is not None)
del info
gc.collect()
print('after detach arg alive:', r2() is not None)
f3 = weakref.finalize(target, report, Arg())
r3 = weakref.ref(f3.peek()[2][0])
del target
gc.collect()  # runs the finalizer, which drops its argument
gc.collect()  # minipy frees what a finalizer dropped at the next collection; CPython at once
print(f3.alive, r3() is None)

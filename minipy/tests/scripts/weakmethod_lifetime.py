# A WeakMethod holds its object and its function weakly: it dies with either, calling back once.
import weakref, gc

class C:
    def m(self):
        return 'm'

def cb(wm):
    print('callback got', type(wm).__name__, wm())

c = C()
wm = weakref.WeakMethod(c.m, cb)
print(wm()(), wm() == c.m, wm() is wm(), repr(wm).split(';')[1])
print(weakref.getweakrefcount(c), weakref.getweakrefs(c)[0] is wm, weakref.getweakrefcount(C.m))
print(isinstance(wm, weakref.ref), type(wm).__mro__)
del c
gc.collect()
print(wm(), repr(wm).split(';')[1], wm.__callback__)

class D:
    def m(self):
        return 1

d = D()
wd = weakref.WeakMethod(d.m, cb)
func_refs = weakref.getweakrefs(D.m)
print(len(func_refs), type(func_refs[0]).__name__, func_refs[0]() is D.m)
del D.m, func_refs
gc.collect()
print(wd(), wd == wd, weakref.getweakrefcount(d), hasattr(d, 'm'))
del d
gc.collect()
print('end')

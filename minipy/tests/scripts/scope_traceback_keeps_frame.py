# A saved exception keeps its traceback, and so the locals of every frame it
# passed (the one that raised it and the one that caught it), after those
# functions returned; dropping the exception or its traceback frees them.
import weakref, gc

class T:
    pass

def inner():
    t = T()
    refs.append(weakref.ref(t))
    raise ValueError("boom")

def catcher():
    c = T()
    refs.append(weakref.ref(c))
    try:
        inner()
    except ValueError as e:
        return e

refs = []
saved = catcher()
gc.collect()
print("kept by the traceback:", [r() is not None for r in refs])
print(type(saved.__traceback__).__name__, saved.__traceback__.tb_next is not None)
saved.__traceback__ = None
gc.collect()
print("traceback cleared:", [r() is None for r in refs])

refs = []
saved = catcher()
del saved
gc.collect()
print("exception dropped:", [r() is None for r in refs])

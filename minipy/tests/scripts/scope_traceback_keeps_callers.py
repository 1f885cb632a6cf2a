# A saved exception's traceback keeps the frame that caught it, and that
# frame keeps its callers' frames (f_back), so their locals outlive the calls
# too; all of them die with the exception.
import weakref, gc

class T:
    pass

def catcher():
    try:
        1 // 0
    except ZeroDivisionError as e:
        return e

def caller():
    d = T()
    refs.append(weakref.ref(d))
    return catcher()

def top():
    u = T()
    refs.append(weakref.ref(u))
    return caller()

def unrelated():
    n = T()
    refs.append(weakref.ref(n))

refs = []
saved = top()
unrelated()
gc.collect()
print("callers kept, others not:", [r() is None for r in refs])
saved = None
gc.collect()
print("all dead:", [r() is None for r in refs])

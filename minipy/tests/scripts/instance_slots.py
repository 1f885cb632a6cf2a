# __slots__: no attributes beyond the slots (unless a class lacks __slots__ or lists __dict__),
# weak references only with __weakref__, and slots released before the dict, class by class,
# each sorted, when an instance dies.
import gc
import weakref
class S:
    __slots__ = ("a", "b")
s = S()
try:
    s.a
except AttributeError as e:
    print(e)
s.b = 1
s.a = 2
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    s.__dict__
except AttributeError as e:
    print(e)
try:
    weakref.ref(s)
except TypeError as e:
    print(e)
try:
    del s.c
except AttributeError as e:
    print(e)
del s.a
try:
    del s.a
except AttributeError as e:
    print(e)
class W:
    __slots__ = "__weakref__"
w = W()
print(weakref.ref(w)() is w)
class Sub(S):
    pass
x = Sub(); x.z = 1; print(x.z, vars(x))
class Sub2(S):
    __slots__ = ("c",)
y = Sub2(); y.c = 1; y.a = 2
try:
    y.d = 1
except AttributeError as e:
    print(e)
class DD:
    __slots__ = ("a", "__dict__")
d = DD(); d.q = 1; print(vars(d))
try:
    vars(s)
except TypeError as e:
    print(e)
d.a = 5
print(vars(d), d.__dict__, d.a)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    weakref.ref(object())
except TypeError as e:
    print(e)
def release_order():
    class N:
        def __init__(self, n): self.n = n
        def __del__(self): print("del", self.n)
    class B:
        __slots__ = ("z", "y")
    class S(B):
        __slots__ = ("b", "a")
    s = S()
    s.y = N("y")
    s.a = N("a")
    s.z = N("z")
    s.b = N("b")
    del s
    gc.collect()
release_order()
print("end")

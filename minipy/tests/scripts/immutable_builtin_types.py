# Builtin types refuse attribute stores and deletions, as CPython's static types do; classes
# deriving from them, and their instances, do not.
import weakref

for t in (int, str, list, dict, object, type, ValueError, KeyError, zip, weakref.ref):
    try:
        t.foo = 5
    except TypeError as e:
        print(e)
    try:
        del t.__doc__
    except TypeError as e:
        print(e)
    try:
        setattr(t, "bar", 1)
    except TypeError as e:
        print(e)
    print(hasattr(t, "foo"), hasattr(t, "bar"))


class MyInt(int):
    pass


MyInt.foo = 1
print(MyInt.foo, MyInt(3).foo)
del MyInt.foo
print(hasattr(MyInt, "foo"))


class MyError(ValueError):
    pass


MyError.code = 7
print(MyError("x").code)

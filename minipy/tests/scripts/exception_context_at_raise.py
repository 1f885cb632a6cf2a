# __context__ is set when an exception is raised, by a raise statement or natively, and not again as
# it leaves handlers: a context set to None stays None, and re-raising an old exception rechains it.
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e.__context__), e.__suppress_context__, repr(e.__cause__))
def a():
    try:
        raise KeyError(1)
    except KeyError:
        with CM():
            try:
                raise ValueError(2)
            except ValueError as v:
                v.__context__ = None
                raise
def b():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError as v:
            v.__context__ = None
            raise
def c():
    try:
        raise KeyError(1)
    except KeyError:
        with CM():
            e = ValueError(3)
            raise e from None
def d():
    e = ValueError(4)
    try:
        raise KeyError(1)
    except KeyError:
        with CM():
            raise e
def f():
    try:
        raise KeyError(1)
    except KeyError as k:
        with CM():
            try:
                raise ValueError(5)
            except ValueError as v:
                v.__context__ = None
        raise TypeError(6)
for g in (a, b, c, d, f):
    show(g)
try:
    try:
        raise KeyError(1)
    except KeyError:
        e = ValueError(2)
        raise e
except ValueError as v:
    saved = v
print(repr(saved.__context__))
try:
    raise IndexError(3)
except IndexError:
    try:
        raise saved
    except ValueError as v:
        print(repr(v.__context__))
def g():
    return 1 / 0
def h():
    raise OSError("h")
for fn in (g, h):
    try:
        try:
            raise KeyError("outer")
        except KeyError:
            fn()
    except Exception as ex:
        print(type(ex).__name__, repr(ex.__context__))
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            {}["b"]
        except KeyError as inner:
            inner.__context__ = None
            raise
except KeyError as ex:
    print(repr(ex), repr(ex.__context__))
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("t")
        finally:
            pass
except TypeError as ex:
    print(repr(ex.__context__))

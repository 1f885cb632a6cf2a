# Exception chaining: raise ... from (cause, from None), implicit __context__ from except,
# finally and __exit__, cycles cut as CPython cuts them, and the chained traceback.
class AppError(Exception):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError("bad input %r" % s) from e


try:
    parse("x")
except AppError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__, e.__context__ is e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k") from None
except KeyError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError("a")
    finally:
        raise TypeError("b")
except TypeError as e:
    print(repr(e.__context__))

try:
    try:
        raise ValueError("a")
    except ValueError:
        undefined_name
except NameError as e:
    print(repr(e.__context__))

try:
    raise ValueError from 5
except TypeError as e:
    print(e, repr(e.__context__))

e1 = ValueError("fresh")
print(e1.__cause__, e1.__context__, e1.__suppress_context__)
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print(e.__context__)


def inner():
    raise KeyError("inner")


def outer():
    try:
        inner()
    except KeyError as exc:
        raise RuntimeError("outer failed") from exc


try:
    try:
        outer()
    except RuntimeError:
        raise IndexError("third")
except IndexError as e:
    print(repr(e.__context__), repr(e.__context__.__cause__))

try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise KeyError("b")
        except KeyError as b:
            raise a
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))


class Exiting:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise RuntimeError("in exit")


try:
    with Exiting():
        raise ValueError("in body")
except RuntimeError as e:
    print(repr(e.__context__))

try:
    1 / 0
except ZeroDivisionError:
    outer()

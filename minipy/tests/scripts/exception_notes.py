# BaseException.add_note and __notes__, and the notes printed after the exception's line.
import traceback

e = ValueError("bad value")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nspans lines")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(err)
print("".join(traceback.format_exception_only(type(e), e)), end="")


def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        exc.add_note(f"while parsing {text!r}")
        raise


try:
    parse("x1")
except ValueError as exc:
    print(exc.__notes__)
    print(traceback.format_exc().splitlines()[-2:])

k = KeyError("k")
k.__notes__ = ("from a tuple",)
print(traceback.format_exception(k)[-2:])
k.__notes__ = "not a list"
try:
    k.add_note("more")
except TypeError as err:
    print(err)


class Custom(Exception):
    pass


c = Custom("custom")
c.add_note("custom note")
raise c

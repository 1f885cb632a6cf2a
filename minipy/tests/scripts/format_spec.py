# format(), str.format and the format-spec mini-language, as CPython 3.11.
print("{:,}".format(1234567), "{:_}".format(1234567), "{:,.2f}".format(1234567.891))
print("{:>10}|{:<10}|{:^10}|{:*^9}|".format("a", "b", "c", "d"))
print("{0} {1} {0}".format("x", "y"), "{a}{b}".format(a=1, b=2), "{}{}".format(1, 2))
print("{:08.3f} {:+d} {:x} {:#b} {:o} {:e} {:.3g} {:%}".format(3.14159, 5, 255, 5, 8, 1234.5, 0.000123456, 0.25))
print(format(3.5), format(42, "05d"), format("ab", ">4"), format(True), format(True, "d"))
print("{!r} {!s} {!a}".format("a", "b", "é"))
class P:
    def __init__(self):
        self.x = [4, 5]
print("{0[1]} {0[a]} {1.x} {1.x[1]} {2[0]}".format({1: "one", "a": "A"}, P(), [9]))
print("{:{w}.{p}f}|{:>{}}".format(3.14159, "x", 4, w=8, p=2))
for spec in ["010,", "09,", "08,", "07,", "0=10,", "x<010,", "#010x", "_x", "#_b", "010_x", "X", "#o", "c", "n", "+", " ", "=+6", "e", "%"]:
    print(repr(spec), repr(format(1234, spec)))
for spec in ["", ".3", ".0", "10", "z.1f", ",g", "G", "010f", "+.2%", "#g", "#.0e", "012,.2f", ".2e", "E", ".10g", "_f", "^12.4", "n"]:
    print(repr(spec), repr(format(1234.5, spec)), repr(format(-0.0001, spec)), repr(format(2.0, spec)))
for v in [float("inf"), float("nan"), 1e16, 1e-5, 0.1, 123456789.0, 1e300]:
    print(format(v, ""), format(v, "g"), format(v, ".3"), format(v, "10.2f"), format(v, "e"))
print(repr(format("abc", ".2")), repr(format("abc", "^7")), repr(format("a", "05")), repr(format("é", "*>3")))
for v, spec in [(1, "5.2x"), (1.5, "x"), ("a", "x"), (1, "abc"), (1, ",_"), (1, "."), ("a", "=5"),
                ("a", "+5"), (1, ",x"), (1, ".3"), (1, "z5"), ("a", ","), (None, ">5"), ([1], "x")]:
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__, e)
for fmt in ["{", "}", "{0", "{0!x}", "{2}", "{} {0}", "{0} {}", "{x}", "{0.}"]:
    try:
        print(repr(fmt.format(1, 2)))
    except Exception as e:
        print(type(e).__name__, e)
class Money:
    def __format__(self, spec):
        return "$" + spec
print("{:abc}".format(Money()), format(Money(), "x"), "{{}} {{{0}}}".format(7))
print(format(None), "{}".format([1, "a"]), "{:5}|".format(12), "{:5}|".format("12"))

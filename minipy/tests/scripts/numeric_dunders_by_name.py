# The numbers' round/floor/ceil/trunc/divmod/invert/format dunders called by name, as library
# code does (`x.__round__(4)`, `int.__floor__(n)`), with NotImplemented for an operand the type
# does not handle.
print((2.5).__round__(), (3.5).__round__(), (2.567).__round__(2), (1234.5).__round__(-2))
print((7).__round__(), int.__round__(1234, -2), (15).__round__(-1), True.__round__())
print((-2.5).__floor__(), (-2.5).__ceil__(), (-2.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__())
print((7).__floor__(), (7).__ceil__(), (7).__trunc__(), True.__trunc__(), (10 ** 30).__floor__())
print(float.__floor__(1e20), type(float.__ceil__(1.5)).__name__)
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0), (-7.5).__divmod__(2), (7.0).__rdivmod__(2))
print((3).__invert__(), (-1).__invert__(), True.__invert__())
print(repr((3.5).__format__(">8.2f")), repr((42).__format__("05d")), repr((255).__format__("#o")), repr((1.0).__format__("")))
for bad in (lambda: (1.5).__format__(3), lambda: (1).__floor__(2), lambda: (1.5).__round__(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
for x in (float("inf"), float("nan")):
    for f in ("__floor__", "__round__"):
        try:
            getattr(x, f)()
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
print(sorted(n for n in ("__round__", "__floor__", "__ceil__", "__trunc__", "__divmod__", "__format__") if hasattr(1.5, n)))

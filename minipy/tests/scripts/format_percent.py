# %-formatting, exactly as CPython 3.11 prints it.
print("%05d" % 42, "%03d" % 7, "%-5d|" % 3, "%+d" % 5, "% d" % 5)
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%.2f %10.3f %-10.1f| %e %g %g %g" % (3.14159, 2.5, 1.25, 12345.678, 0.0001, 1e20, 123456789.0))
print("%s %r %c %c %%" % ("a", "b", 65, "z"))
print("%(a)s-%(b)d" % {"a": 1, "b": 2})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print(repr("%05f" % float("inf")), repr("%+05d" % 3), repr("%#05x" % 255), repr("%.3d" % -5))
print(repr("%5.3d" % 5), repr("%d" % 3.9), repr("%x" % -255), repr("%.1s" % "abc"))
print(repr("% 05.1f" % 2.25), repr("%#.0f" % 2), repr("%g" % 1e-5), repr("%#g" % 1.5))
print(repr("%(x)05.1f" % {"x": 2}), repr("%E %G" % (1.5, 1e-10)), "%s" % [1, 2], "%s" % (None,))
print("%a" % "é", "%i|%u" % (4, 5), "abc" % {"a": 1}, "abc" % [])
for fmt, arg in [("%d", "a"), ("%x", 1.5), ("%f", "a"), ("%c", "ab"), ("%y", 1), ("%", 1),
                 ("%d %d", (1,)), ("%d", (1, 2)), ("%(a)s", 1), ("%(a)s", {}), ("abc", 5)]:
    try:
        print(repr(fmt % arg))
    except Exception as e:
        print(type(e).__name__, e)

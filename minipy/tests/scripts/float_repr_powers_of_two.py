# repr of every power of two a float holds: next to a power of two the gap below is half the gap
# above, so the nearest 16 digits of 2**-44 (5.684341886080801e-14) read back as the float below;
# CPython prints the shortest digits that read back (5.684341886080802e-14).
import math

for e in range(-1074, 1024):
    x = math.ldexp(1.0, e)
    print(e, repr(x), repr(-x), float(repr(x)) == x)
print(2.0 ** -44, 2.0 ** 100, 1482017119277569.25)

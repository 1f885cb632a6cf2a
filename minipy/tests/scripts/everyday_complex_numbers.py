# Complex numbers as scripts use them: a quadratic solver, points of the Mandelbrot set, a small
# discrete Fourier transform, then the type's edges (constructor, repr, hashing, errors).
import cmath
import math


def solve_quadratic(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 8)]:
    print(coeffs, solve_quadratic(*coeffs))


def escapes(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return None


rows = []
for y in range(5, -6, -2):
    rows.append("".join("#" if escapes(complex(x / 10, y / 5)) is None else "." for x in range(-20, 6)))
print("\n".join(rows))


def dft(xs):
    n = len(xs)
    return [sum(x * cmath.exp(-2j * math.pi * k * t / n) for t, x in enumerate(xs)) for k in range(n)]


print([round(abs(v), 6) for v in dft([1, 0, -1, 0])])
print([complex(round(v.real, 9), round(v.imag, 9)) for v in dft([1, 2, 3, 4])])
z = 1 + 2j
z = 1 + 2j
w = complex(3, -4)
print(z, w, z + w, z - w, z * w, z / w, z ** 2, z ** -2, z ** 0.5, 2j, -2j, 1j * 1j, 0j, -0j)
print(type(z), type(z).__name__, z.real, z.imag, z.conjugate(), abs(w), abs(3j), -z, +z, z == complex(1, 2), z != 1)
print(complex(), complex(2), complex(2.5), complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-1.5e3J"), complex(1j, 1j), complex(True))
print(hash(complex(1, 0)) == hash(1), hash(2.5 + 0j) == hash(2.5), complex(1, 0) == 1, 1.5 == complex(1.5, 0), {1: "a"}[complex(1, 0)])
print((-8) ** (1 / 3), (-1) ** 0.5, 1e308j * 10, 2 + 3j == 2 + 3j, bool(0j), bool(1e-300j), str(1 + 0j), repr(1.5 - 0.5j))
print([z, w], {z: 1}, (1 + 1j) ** 10, 1 / (1 + 1j), 2 ** (1 + 1j), (1 + 1j) ** (1 + 1j), isinstance(z, complex))
for bad in ["1 + 2j", "j1", "", "1+2k"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", e)
for expr in [lambda: z // 2, lambda: z % 2, lambda: z < w, lambda: 0j ** -1, lambda: z / 0, lambda: complex("1", 2), lambda: complex([]), lambda: int(z), lambda: float(z), lambda: round(z), lambda: f"{z:.2f}" if False else 1 / 0j]:
    try:
        print(expr())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(f"{z}", f"{z!r:>10}", "%s" % z, str(z), sum([1j, 2, 3.5]), complex(1, 2) * 2, 3 - z, 2.5 / z)
z = 3 + 4j
for f in [lambda: math.sqrt(z), lambda: pow(z, 2), lambda: pow(z, 2, 3), lambda: divmod(z, 1), lambda: sorted([1j, 2j]), lambda: max(1j, 2j), lambda: math.isclose(1, z)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
match z:
    case 1 + 2j:
        print("no")
    case 3 + 4j:
        print("matched literal")
match 2j:
    case complex(imag=i):
        print("imag", i)
print(1j.imag, (1+2j).real, 10j.conjugate(), 1_0j, 1.e1j, .5j, 0j == 0, [1j] * 2)
class Z:
    def __complex__(self): return 1+2j
class F:
    def __float__(self): return 2.5
print(complex(Z()), complex(F()), complex(Z(), 1), complex(-2.0, -0.0), complex(1j, -0.0))
try:
    complex(1, Z())
except TypeError as e:
    print("TypeError", e)

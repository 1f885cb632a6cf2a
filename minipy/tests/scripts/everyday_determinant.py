from fractions import Fraction
from copy import deepcopy


class SingularMatrix(ArithmeticError):
    pass


def det(m):
    a = [[Fraction(x) for x in row] for row in m]
    n = len(a)
    sign = 1
    result = Fraction(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != col:
            a[col], a[pivot] = a[pivot], a[col]
            sign = -sign
        result *= a[col][col]
        for r in range(col + 1, n):
            f = a[r][col] / a[col][col]
            a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return sign * result


def det_laplace(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det_laplace([row[:j] + row[j + 1:] for row in m[1:]])
               for j in range(len(m)))


def inverse(m):
    n = len(m)
    a = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = next((r for r in range(c, n) if a[r][c]), None)
        if p is None:
            raise SingularMatrix("matrix is singular")
        a[c], a[p] = a[p], a[c]
        pv = a[c][c]
        a[c] = [x / pv for x in a[c]]
        for r in range(n):
            if r != c and a[r][c]:
                f = a[r][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [row[n:] for row in a]


def show(m):
    cells = [[str(x) for x in row] for row in m]
    w = max(len(c) for row in cells for c in row)
    return "\n".join("[ " + " ".join(c.rjust(w) for c in row) + " ]" for row in cells)


A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
for name, m in (("A", A), ("B", B), ("H", H)):
    print(name, "det =", det(m), "laplace =", det_laplace(m))
print(show(inverse(A)))
print(show(inverse(H)))
try:
    inverse(B)
except ArithmeticError as e:
    print(type(e).__name__, "-", e)
I = [[sum(a * b for a, b in zip(row, col)) for col in zip(*inverse(A))] for row in A]
print(I == [[1, 0, 0], [0, 1, 0], [0, 0, 1]], [[int(x) for x in r] for r in I])
C = deepcopy(A)
C[0][0] = 100
print(A[0][0], det(C), float(det(H)), f"{float(det(H)):.3e}")
big = [[(i * j + 1) ** 2 for j in range(5)] for i in range(5)]
print(det(big), det([[10 ** 20, 1], [1, 10 ** 20]]))
print(Fraction(3, 4) ** 2, Fraction(-7, 2).limit_denominator(10), Fraction(1, 3) < 0.34, abs(Fraction(-1, 2)))

"""Matrix class with dunder methods: arithmetic, equality, indexing, iteration, determinant, inverse."""
from fractions import Fraction
from functools import reduce
from itertools import product


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __len__(self):
        return len(self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def __pow__(self, e):
        return reduce(lambda a, b: a @ b, [self] * e, Matrix.identity(len(self)))

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def det(self):
        n, m = self.shape
        if n == 1:
            return self[0, 0]
        return sum((-1) ** j * self[0, j] * self.minor(0, j).det() for j in range(m))

    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])

    def inverse(self):
        d = Fraction(self.det())
        if d == 0:
            raise ZeroDivisionError("singular matrix")
        n = len(self)
        cof = Matrix([[(-1) ** (i + j) * self.minor(i, j).det() for j in range(n)] for i in range(n)])
        return cof.T * (1 / d)

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)


A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
B = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
print(A, end="\n\n")
print(A + B, end="\n\n")
print(A @ B)
print("shape", A.shape, "len", len(A), "A[1,2] =", A[1, 2], "det A =", A.det(), "det B =", B.det())
Ai = A.inverse()
print(Ai)
print("A @ A^-1 == I:", A @ Ai == Matrix.identity(3))
F = Matrix([[1, 1], [1, 0]])
print("fib via matrix:", [(F ** n)[0, 1] for n in range(1, 12)])
print(2 * A == A * 2, A - A == Matrix([[0] * 3] * 3), list(Matrix([[1, 2], [3, 4]]).T))
print(repr(Matrix([[1, 2]])), sum(x for row in A for x in row), max(A, key=sum))
try:
    A @ Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    A * A
except TypeError as e:
    print("TypeError:", e)
M = Matrix.identity(2)
M[0, 1] = 5
print(M, [(i, j) for i, j in product(range(2), repeat=2) if M[i, j]])

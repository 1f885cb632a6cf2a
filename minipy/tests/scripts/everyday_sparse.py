from collections import defaultdict
from numbers import Number
import operator

class SparseMatrix:
    def __init__(self, rows, cols, data=None):
        self.shape = (rows, cols)
        self.data = {k: v for k, v in (data or {}).items() if v != 0}

    @classmethod
    def from_dense(cls, dense):
        return cls(len(dense), len(dense[0]),
                   {(i, j): v for i, row in enumerate(dense) for j, v in enumerate(row)})

    @classmethod
    def identity(cls, n):
        return cls(n, n, {(i, i): 1 for i in range(n)})

    def __getitem__(self, key):
        i, j = key
        if not (0 <= i < self.shape[0] and 0 <= j < self.shape[1]):
            raise IndexError(f"index {key} out of range for shape {self.shape}")
        return self.data.get(key, 0)

    def __setitem__(self, key, value):
        if value == 0:
            self.data.pop(key, None)
        else:
            self.data[key] = value

    def _binop(self, other, op):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        keys = self.data.keys() | other.data.keys()
        return SparseMatrix(*self.shape, {k: op(self.data.get(k, 0), other.data.get(k, 0)) for k in keys})

    def __add__(self, other):
        return self._binop(other, operator.add)

    def __sub__(self, other):
        return self._binop(other, operator.sub)

    def __mul__(self, other):
        if isinstance(other, Number):
            return SparseMatrix(*self.shape, {k: v * other for k, v in self.data.items()})
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError("inner dimensions differ")
        cols = defaultdict(list)
        for (k, j), v in other.data.items():
            cols[k].append((j, v))
        result = defaultdict(int)
        for (i, k), a in self.data.items():
            for j, b in cols.get(k, ()):
                result[(i, j)] += a * b
        return SparseMatrix(self.shape[0], other.shape[1], result)

    def __eq__(self, other):
        return isinstance(other, SparseMatrix) and self.shape == other.shape and self.data == other.data

    def transpose(self):
        return SparseMatrix(self.shape[1], self.shape[0], {(j, i): v for (i, j), v in self.data.items()})

    def density(self):
        return len(self.data) / (self.shape[0] * self.shape[1])

    def __str__(self):
        return "\n".join(" ".join(f"{self[i, j]:>4}" for j in range(self.shape[1])) for i in range(self.shape[0]))

A = SparseMatrix.from_dense([[1, 0, 0, 2], [0, 0, 3, 0], [0, 4, 0, 0]])
B = SparseMatrix.from_dense([[0, 1], [1, 0], [0, 0], [5, 0]])
print(A, end="\n\n")
print(A @ B, end="\n\n")
print((2 * A - A).data == A.data, A * 3 == 3 * A, f"{A.density():.2%}")
print(sorted((A @ A.transpose()).data.items()))
I = SparseMatrix.identity(4)
print(A @ I == A, sorted(I.data))
for bad in [lambda: A + B, lambda: A @ A, lambda: A[5, 0], lambda: A * "x"]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
A[0, 0] = 0
A[2, 3] = 7
print(sorted(A.data.items()), A.transpose().shape)

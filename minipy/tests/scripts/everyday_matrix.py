def zeros(n, m):
    return [[0] * m for _ in range(n)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def matmul(a, b):
    assert len(a[0]) == len(b), "shape mismatch"
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(a):
    return [list(r) for r in zip(*a)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total

def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(width) for x in row))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
print(matmul(identity(2), [[3, 4], [5, 6]]))
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det", det(m))
print(zeros(2, 3))
try:
    matmul(a, a)
except AssertionError as e:
    print("AssertionError:", e)
flat = [x for row in m for x in row]
print(flat, sum(flat), min(flat), max(flat))
print([[round(x / 3, 2) for x in row] for row in m])
diag = [m[i][i] for i in range(len(m))]
print("trace", sum(diag), diag)
print(m == [row[:] for row in m], m is not [row[:] for row in m])

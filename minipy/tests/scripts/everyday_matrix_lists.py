def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))

def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(width) for x in row))

a = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
show(matmul(a, identity(3)))
show(transpose(a))
print(det(a), det(identity(4)), det([[2]]))
b = matmul(a, a)
show(b)
print(all(matmul(a, identity(3))[i] == a[i] for i in range(3)))
flat = [x for row in a for x in row]
print(sum(flat), max(flat), min(flat), sorted(flat, reverse=True)[:3], divmod(sum(flat), len(flat)))
print([[round(x / 3, 2) for x in row] for row in a])

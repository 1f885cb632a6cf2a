# Sets of ints iterate in CPython's hash-table order (Objects/setobject.c).
print({3, 1, 2}, {10, 5, 100, 33, 64}, set(range(20, 0, -3)))
print(set([8, 16, 0, 24]), {x * 7 for x in range(12)}, {-1, -2, 5})
s = set()
for i in [50, 3, 99, 7, 8, 1000, 42, 17, 64, 5, 31]:
    s.add(i)
print(s, sorted(s) == list(sorted(s)), list(s))
print({1, 2, 3} | {10, 9}, {5, 4, 3} & {3, 4}, {9, 8, 1} - {8})
print({True, 2, 0}, {(1, 2), (0, 0)} == {(0, 0), (1, 2)}, len({1, 1.0, True}))
t = {40, 30, 20, 10}
print(t.pop(), t)
for x in {33, 1, 65}:
    print(x, end=" ")
print()
print({0.5, 2.25, 1.0, -3.5, 1e100}, {(1, 2), (3, 4), (0, 1), (5, 5)}, {(1.5, -1), (2, "")})
print(hash(0.5), hash(-1.5), hash(1e100), hash((1, 2)), hash(((1, 2), 3)), hash(()), hash(""), hash(float("inf")))
print(-0.0 % 5, 5 % -0.5, -7.5 // 2, 7.0 // -0.0 if False else 0, divmod(-0.0, 3), 1e300 // 1e-300 > 0)

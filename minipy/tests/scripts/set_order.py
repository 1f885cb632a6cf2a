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

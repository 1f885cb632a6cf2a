# Assignment expressions: in if/while tests, displays, call arguments, and inside
# comprehensions, where the target binds in the enclosing function or module scope.
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long", n)
i = 0
while (i := i + 1) < 3:
    print("i", i)
print([y for x in data if (y := x * 2) > 4], y)
def f():
    total = 0
    sums = [total := total + x for x in range(4)]
    return sums, total
print(f())
def g():
    [[(z := a + b) for a in range(2)] for b in range(2)]
    return z
print(g())
print((a := 1, b := 2), a, b)
print([v := 3, v + 1], {w := 4})
print(max(q := 9, 2), q)
def h():
    def inner():
        return [last := c for c in "abc"]
    r = inner()
    return r
print(h())
def k():
    global G
    [G := x for x in range(3)]
print(k(), G)

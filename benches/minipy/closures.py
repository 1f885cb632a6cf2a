def make_adder(n):
    def add(x):
        return x + n
    return add
def counter():
    c = 0
    def bump():
        nonlocal c
        c += 1
        return c
    return bump
total = 0
b = counter()
for i in range(200000):
    f = make_adder(i)
    total += f(1)
    b()
    g = lambda y: y + i
    total += g(2)
print(total, b())

# Scopes and unpacking: global, nonlocal, default-argument capture, late binding, star targets.
counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
print([bump() for _ in range(3)], bump(10), counter)
def make_acc():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    def reset():
        nonlocal total
        total = []
    return add, reset
add, reset = make_acc()
print(add(1), add(2), add(3)); reset(); print(add(5))
funcs = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, a=4))
compose = lambda *fs: lambda x: __import__("functools").reduce(lambda acc, f: f(acc), fs, x)
print(compose(str.strip, str.upper, lambda s: s + "!")("  hi "))
first, *middle, last = "abcdef"
print(first, middle, last)
(a, b), c = [1, 2], 3
print(a, b, c)
for i, (k, v) in enumerate(sorted({"x": 1, "y": 2}.items())):
    print(i, k, v)
x = y = z = 0
x += 1; y -= 1; z ^= 5
print(x, y, z, x if x > y else y, [y, x][x > y])
print(*(n for n in range(10) if n % 3 == 0), sep="-")
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(nums)[len(nums) // 2], sorted(set(nums), reverse=True)[:3], nums.index(max(nums)))
matrix = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(matrix, [row[i] for i, row in enumerate(matrix)], list(map(sum, zip(*matrix))))
print({k: v for k, v in zip("abc", range(3)) if v}, {x % 3 for x in range(10)}, [[0] * 2 for _ in range(2)])

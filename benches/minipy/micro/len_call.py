# 300,000 calls of len() on a global list (docs/benchmarks.md, session 20).
x = [1, 2, 3]
n = 0
for i in range(300000):
    n += len(x)
print(n)

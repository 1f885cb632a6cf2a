# 300,000 str(i) calls at module level (docs/benchmarks.md, session 20).
n = 0
for i in range(300000):
    t = str(i)
print(t)

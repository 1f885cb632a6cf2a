# 100,000 short generator-function objects made and run out (each one's start-up cost).
def g(n):
    i = 0
    while i < n:
        if i % 2:
            yield i
        else:
            yield -i
        i += 1
    for k in range(2):
        yield k

t = 0
for _ in range(100000):
    for v in g(1):
        t += v
print(t)

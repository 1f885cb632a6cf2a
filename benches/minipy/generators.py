# Generators: one million yields through a for loop, sum() over a generator expression fifty
# thousand times, and next() on a generator expression over 10**9 items (lazy: only one is made).
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

total = 0
for x in count_up(1000000):
    total += x

data = list(range(20))
s = 0
for _ in range(50000):
    s += sum(v * v for v in data)

first = next(v for v in range(10**9) if v > 5)
print(total, s, first)

import itertools

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    return list(itertools.islice(it, n))

print(take(10, fib()))
print(take(5, (x * x for x in fib() if x % 2 == 0)))

def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]

print(list(chunks("abcdefghij", 3)))

def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count

ra = running_avg()
next(ra)
print([ra.send(x) for x in [10, 20, 60]])

def flatten(nested):
    for x in nested:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
print(list(itertools.chain([1, 2], "ab")), list(itertools.accumulate([1, 2, 3, 4])))
for key, grp in itertools.groupby(sorted("mississippi")):
    print(key, len(list(grp)), end="; ")
print()
print(list(itertools.combinations("abc", 2)), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.product([0, 1], repeat=2)))
print(list(zip(itertools.count(1), "xyz")), list(itertools.repeat("k", 3)))
pairs = itertools.zip_longest([1, 2, 3], "ab", fillvalue="-")
print(list(pairs))
gen = (c.upper() for c in "hey")
print(next(gen), list(gen), next(gen, "done"))
print(sum(1 for _ in itertools.takewhile(lambda v: v < 100, fib())))
print(list(itertools.dropwhile(lambda v: v < 5, [1, 4, 6, 2])), list(filter(None, [0, 1, "", "a"])))

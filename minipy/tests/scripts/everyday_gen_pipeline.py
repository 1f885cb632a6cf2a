import itertools

def read_lines():
    data = ["# header", "alice,30,NY", "bob,25,LA", "", "carol,35,NY", "dave,x,SF", "eve,28,LA"]
    for line in data:
        yield line

def parse(lines):
    for n, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        name, age, city = line.split(",")
        try:
            yield {"name": name, "age": int(age), "city": city}
        except ValueError:
            print(f"line {n}: bad age {age!r}")

people = list(parse(read_lines()))
print(len(people), people[0])
by_city = {k: [p["name"] for p in g] for k, g in itertools.groupby(sorted(people, key=lambda p: p["city"]), key=lambda p: p["city"])}
print(by_city)
ages = (p["age"] for p in people)
print(sum(ages) / len(people))
def window(it, n):
    it = iter(it)
    buf = list(itertools.islice(it, n))
    if len(buf) == n:
        yield tuple(buf)
    for x in it:
        buf = buf[1:] + [x]
        yield tuple(buf)
print(list(window(range(6), 3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.takewhile(lambda x: x < 100, fib())))
evens = (x for x in fib() if x % 2 == 0)
print([next(evens) for _ in range(5)])
g = (x * x for x in range(3))
print(list(g), list(g))
def counter():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got
c = counter(); next(c)
print(c.send(5), c.send(10))
try:
    c.send(None)
except StopIteration:
    print("stopped")

import random
a = random.Random(42)
b = random.Random(42)
xs = [a.random() for _ in range(3)]
ys = [b.random() for _ in range(3)]
print(xs == ys, len(xs))
random.seed(42)
zs = [random.random() for _ in range(3)]
print(zs == xs)
c = random.Random(7)
random.seed(42)
c.randint(1, 10); c.shuffle([1, 2, 3])
print(random.random() == xs[0])
st = a.getstate()
n1 = a.randrange(1000)
a.setstate(st)
print(a.randrange(1000) == n1, type(a).__name__, isinstance(a, random.Random))
items = list(range(10))
r = random.Random("seed")
r.shuffle(items)
print(sorted(items) == list(range(10)), len(r.sample(items, 3)), r.choice(items) in items)
print(all(1 <= r.randint(1, 6) <= 6 for _ in range(50)), 0 <= random.SystemRandom().random() < 1)

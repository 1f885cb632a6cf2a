# Seeded random draws CPython's numbers: the Mersenne Twister seeded as CPython seeds ints, floats,
# str and bytes, and CPython's ways to make floats, bounded ints, choices, shuffles and samples.
import random
random.seed(7)
print(random.randint(-1439, 1439), random.random(), random.choice([1,2,3]))
random.seed(12345)
print([random.randrange(100) for _ in range(10)], random.uniform(1, 5), random.gauss(0, 1), random.gauss(0,1))
random.seed("hello")
print(random.random(), random.getrandbits(100), random.getrandbits(7))
random.seed(b"x")
l=list(range(20)); random.shuffle(l); print(l, random.sample(range(1000), 10), random.sample(range(30), 10), random.choices("abc", k=5), random.choices("abc", [1,2,3], k=5))
random.seed(3.5); print(random.random())
random.seed(-5); print(random.random())
random.seed(2**100); print(random.random())
r = random.Random(42)
s = random.Random(42)
print(r.random(), s.random(), r.randint(1, 6), r.choice("abcdef"), r.gauss(5, 2))
random.seed(42)
print(random.random())
st = r.getstate()
print(type(st), len(st), st[0], len(st[1]), st[2])
a = [r.random() for _ in range(3)]
r.setstate(st)
b = [r.random() for _ in range(3)]
print(a == b)
random.setstate(st)
print(random.random() == a[0])
print([round(random.normalvariate(0, 1), 12) for _ in range(3)], round(random.expovariate(2), 12), round(random.triangular(0, 10, 3), 12), round(random.lognormvariate(0, 1), 12))
print(random.randbytes(8), random.paretovariate(3), random.weibullvariate(1, 2))
x = list(range(10)); r.shuffle(x); print(x, r.sample(x, 3), r.randrange(0, 100, 7), r.getrandbits(64))
try:
    random.setstate((2, (), None))
except ValueError as e:
    print(e)
try:
    random.seed([1])
except TypeError as e:
    print(e)
print(random.Random("abc").random(), random.Random(b"abc").random(), random.Random(0).random(), random.Random(True).random())

# time, random (only properties that hold whatever the generator), string, os and os.path.
import time, random, string, os
import os.path
from os.path import join, splitext
t0 = time.time(); p0 = time.perf_counter(); m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.01, time.monotonic() >= m0)
print(type(time.time_ns()).__name__, time.perf_counter_ns() >= 0)
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b, all(0 <= x < 1 for x in a))
print(all(1 <= random.randint(1, 6) <= 6 for _ in range(200)))
print(sorted(set(random.randint(1, 3) for _ in range(300))))
print(all(random.randrange(0, 10, 2) % 2 == 0 for _ in range(100)), random.randrange(1, 2))
print(random.choice([7]), random.choice("a"), len(random.choices([1, 2], k=5)))
print(random.choices(["x", "y"], weights=[0, 1], k=3), random.choices(["x", "y"], cum_weights=[1, 1], k=2))
xs = list(range(10)); random.shuffle(xs); print(sorted(xs) == list(range(10)))
s = random.sample(range(100), 10); print(len(s), len(set(s)), all(0 <= v < 100 for v in s))
print(2 <= random.uniform(2, 3) <= 3, type(random.gauss(0, 1)).__name__, 0 <= random.getrandbits(8) < 256)
for f in [lambda: random.randrange(1, 1), lambda: random.choice([]), lambda: random.randint(3, 1),
          lambda: random.sample([1, 2], 3), lambda: random.randrange(0),
          lambda: random.choices([1], [1, 2]),
          lambda: random.shuffle((1, 2)), lambda: random.sample({1, 2}, 1),
          lambda: time.sleep(-1), lambda: random.nosuch]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.capwords("  hello   wORLD  "), string.capwords("a-b-c", "-"))
print(os.path.splitext(".bashrc"), splitext("a/b.c.d"), splitext("x.tar.gz"), splitext("noext"))
print(join("a", "/b", "c"), join("a", ""), join("a", "b", "c.txt"), os.path.join("/", "x"))
print(os.path.dirname("a/b/"), os.path.basename("a/b/"), os.path.basename("/x/y.py"), os.path.dirname("/x/y.py"))
print(os.path.split("/a"), os.path.split("a/b/c"), os.path.isabs("/a"), os.path.isabs("a"))
print(os.path.exists("/"), os.path.exists("/no/such"))
print(os.path.isdir("/"), os.path.isfile("/"), os.path.isdir("/no/such"))
print(os.path.abspath("/a/./b/../c"), os.getcwd() == os.path.abspath("."), os.sep, os.name)
print(os.environ.get("NO_SUCH_VARIABLE_HERE"), os.getenv("NO_SUCH_VARIABLE_HERE", "dflt"))
print(type(os.listdir("/")).__name__, os.path is os.path)
try:
    os.listdir("/no/such")
except FileNotFoundError as e:
    print(type(e).__name__, e)

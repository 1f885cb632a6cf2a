# An everyday program mixing collections, functools, itertools, math, random, string, time and big ints.
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
from functools import lru_cache, reduce, partial
from itertools import combinations, permutations, product, chain, groupby, accumulate, count
import math, random, string, time

text = """the quick brown fox jumps over the lazy dog the fox"""
words = text.split()
freq = Counter(words)
for word, n in freq.most_common(3):
    print(f"{word:>6}: {'#' * n}")
by_len = defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start, goal):
    queue = deque([(start, [start])])
    seen = {start}
    while queue:
        node, path = queue.popleft()
        if node == goal:
            return path
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, path + [nxt]))
print(bfs("a", "f"))
Employee = namedtuple("Employee", "name dept salary")
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cy", "eng", 100)]
for dept, group in groupby(sorted(staff, key=lambda e: e.dept), key=lambda e: e.dept):
    g = list(group)
    print(dept, [e.name for e in g], sum(e.salary for e in g) / len(g))
print(max(staff, key=lambda e: e.salary), sorted(staff, key=lambda e: -e.salary)[0].name)
@lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(50), ways.cache_info().hits > 0)
print(reduce(lambda a, b: a * b, range(1, 21)), math.factorial(20) == reduce(lambda a, b: a * b, range(1, 21)))
print(list(combinations("abc", 2)), len(list(permutations(range(5)))), list(product("xy", repeat=2))[:3])
print(list(accumulate([3, 1, 4, 1, 5], max)), list(chain.from_iterable(["ab", "cd"])))
print(f"{math.pi:.4f} {math.sqrt(2):.6f} {math.hypot(3, 4)} {2 ** 64:,}")
random.seed(1)
deck = [r + s for r in "A23456789TJQK" for s in "shdc"]
random.shuffle(deck)
hand = deck[:5]
print(len(hand), len(set(hand)), all(c in deck for c in hand))
print(string.ascii_lowercase[:5], string.capwords("hello world"))
start = time.perf_counter()
total = sum(i * i for i in range(10000))
print(total, time.perf_counter() - start >= 0)
big = 1
for i in range(1, 40):
    big *= i
print(big, len(str(big)), big % 1000007, big // 10**40)
od = OrderedDict.fromkeys("abc")
print(list(od))

# The collections module, as scripts use it (minipy's is embedded Python: modules/py/).
from collections import defaultdict, OrderedDict, Counter, deque, namedtuple
d = defaultdict(list)
d["a"].append(1); d["b"]; d["a"].append(2)
print(d, dict(d), type(d), len(d), "a" in d, d == {"a": [1, 2], "b": []})
dc = defaultdict(int)
for w in "the cat the dog the".split():
    dc[w] += 1
print(dc, sorted(dc.items()), defaultdict(), isinstance(dc, dict))
od = OrderedDict(); od["x"] = 1; od["y"] = 2; od["z"] = 3
od.move_to_end("x"); print(od, list(od))
od.move_to_end("z", last=False); print(od, od.popitem(), od.popitem(last=False), od, OrderedDict())
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], c["a"], sum(c.values()), c.total())
c.update("aaz"); c.subtract({"b": 5}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), Counter())
print(sorted(Counter(a=2, b=1).elements()), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), +Counter(a=-1, b=2))
q = deque([1, 2, 3]); q.append(4); q.appendleft(0); print(q, q.popleft(), q.pop(), q, len(q))
q.rotate(1); print(q); q.rotate(-2); print(q); q.extend([7, 8]); q.extendleft([9, 10]); print(q)
m = deque(maxlen=3)
for i in range(5):
    m.append(i)
print(m, m.maxlen, list(m), m[0], m[-1], 2 in m, deque(), bool(deque()))
try:
    deque().popleft()
except IndexError as e:
    print("IndexError", e)
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[1], len(p), list(p), p == (1, 2), Point._fields, p._asdict())
x, y = p; print(x, y, p._replace(x=5), Point._make([3, 4]), type(p).__name__, hash(p) == hash((1, 2)))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0])
print(P3(1, 2), P3(1, 2, 3), sorted([Point(2, 1), Point(1, 5)]))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)

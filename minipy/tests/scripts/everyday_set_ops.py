a = {3, 1, 4, 1, 5, 9, 2, 6}
b = set(range(0, 10, 2))
print(a, b)
print(a | b, a & b, a - b, a ^ b)
print(a <= set(range(10)), {1, 2} < {1, 2}, {1, 2} <= {1, 2}, a.isdisjoint({7, 8}))
c = a.copy()
c.update([10, 11])
c.discard(100)
c.remove(3)
print(sorted(c), len(c), 3 in c, 10 in c)
try:
    c.remove(42)
except KeyError as e:
    print("KeyError:", e)
friends = {
    "ann": {"bob", "cy"},
    "bob": {"ann", "dee"},
    "cy": {"ann", "dee", "eve"},
    "dee": {"bob", "cy"},
}
for person in sorted(friends):
    others = set(friends) - {person} - friends[person]
    suggestions = sorted(o for o in others if friends[person] & friends.get(o, set()))
    print(person, "->", suggestions)
common = set.intersection(*[friends[p] for p in ("ann", "dee")])
print(sorted(common), sorted(set().union(*friends.values())))
fs = frozenset([1, 2, 3])
print(fs, {fs: "frozen"}[frozenset({3, 2, 1})], fs | {4})
words = ["apple", "banana", "cherry", "avocado"]
print(sorted({w[0] for w in words}), {len(w) for w in words})
s = set()
for i in range(20):
    s.add(i * i % 7)
print(s, sum(s), max(s), sorted(s, reverse=True))
print(set("hello") == set("olleh"), {(1, 2), (1, 2), (2, 1)}, set([1, 2]) == frozenset([2, 1]))

# frozenset: hashable, a dict key, CPython's repr, hash and operators.
a = frozenset([3, 1, 2])
print(a, frozenset(), repr(frozenset("a")), type(a).__name__, len(a), 2 in a)
d = {a: "x", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
print(a == {1, 2, 3}, {1, 2, 3} == a, a | {9}, {9} | a, a & {1, 5}, a - {1}, a ^ {1, 7})
print(a.union([4]), a.intersection([1]), a.copy() is a, a.issubset({1, 2, 3, 4}), a.isdisjoint([7]))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([(1, 2), 5])))
print({frozenset([1]), frozenset([2])} == {frozenset([2]), frozenset([1])}, frozenset(a) is a)
try:
    a.add(4)
except AttributeError as e:
    print(e)
s = {1}
s |= a
print(s, sorted(a), isinstance(a, frozenset), set(a))

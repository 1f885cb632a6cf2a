# What iterators are: each builtin iterator has its own type, and zip/map/filter/enumerate/reversed are types.
its = [iter([]), iter(()), iter("ab"), iter("é"), iter(range(3)), iter({1}), iter({}), iter({}.values()), iter({}.items()), iter(b"x"), reversed([1]), reversed((1,)), reversed(range(2)), reversed({1: 2}), iter(lambda: 1, 1), zip(), map(str, []), filter(None, []), enumerate([])]
for it in its:
    print(type(it).__name__, repr(it).split(" at ")[0])
z = zip([1], [2])
print(type(z) is zip, isinstance(z, zip), isinstance(map(str, []), map), zip, map, enumerate, reversed, list(zip("ab", "cd")), list(enumerate("ab", 1)), list(reversed("abc")))
print(type(iter([])) is type(iter([5])), isinstance(iter([]), type(iter([]))))
class P(tuple): pass
print(type(iter(P((1,)))).__name__, list(map(int, "12")), list(filter(None, [0, 1])), callable(zip))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
words = ["apple", "kiwi", "fig"]
pairs = enumerate(words, 1)
print(type(pairs).__name__, next(pairs), isinstance(pairs, enumerate))
lengths = map(len, words)
print(type(lengths) is map, sum(lengths))

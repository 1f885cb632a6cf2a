# The itertools module, as scripts use it (minipy's is embedded Python: modules/py/).
import itertools
from itertools import count, cycle, repeat, chain, islice, accumulate, product, permutations
from itertools import combinations, combinations_with_replacement, groupby, zip_longest
from itertools import starmap, takewhile, dropwhile, filterfalse, tee, pairwise, compress
c = count(5); print(next(c), next(c), c, count(1, 2), list(islice(count(0, 3), 4)))
print(list(islice(cycle("ab"), 5)), list(repeat(7, 3)), repeat("x"), list(islice(repeat(1), 2)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])), list(chain()))
print(list(islice(range(10), 2, 8, 3)), list(islice("abcdef", 3)), list(islice("abc", 1, None)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)))
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), list(product()), list(product([], [1])))
print(list(permutations([1, 2, 3])), list(permutations("abc", 2)), list(permutations([1], 2)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations([1], 0)))
print(list(combinations_with_replacement("abc", 2)), len(list(combinations(range(10), 5))))
print([(k, list(g)) for k, g in groupby("aaabbcaa")], [k for k, g in groupby([1, 1, 2])])
print([(k, len(list(g))) for k, g in groupby(sorted(["apple", "avocado", "banana"]), key=lambda s: s[0])])
print(list(zip_longest("abc", [1])), list(zip_longest([1], [2, 3], fillvalue=0)))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(filterfalse(lambda x: x % 2, range(6))))
a, b = tee([1, 2, 3]); print(list(a), list(b), list(pairwise("abcd")), list(compress("abcd", [1, 0, 1, 0])))
print(sum(islice(count(1), 100)))
g = groupby("aabb"); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
try:
    islice([1], -1)
except ValueError as e:
    print("ValueError", e)
print(type(count()).__name__, isinstance(chain(), itertools.chain))

# map, filter, enumerate, zip and iter(callable, sentinel) are lazy, as in CPython; 
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
print(list(map(pow, [2, 3], [2, 2, 9])), list(filter(None, [0, 1, "", "a"])))
it = iter([1, 2, 3, 4].pop, 2)
print(list(it))
e = enumerate("abc", 1)
print(next(e), list(e))
print(list(zip("ab", range(10))), list(zip()))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as ex:
    print(ex)
try:
    list(zip([1], [1, 2], [3], strict=True))
except ValueError as ex:
    print(ex)
lst = [1, 2]
for x in map(str, lst):
    if len(lst) < 4:
        lst.append(9)
    print(x, end=" ")
print()
print(sorted(map(abs, [-3, 1, -2])), sum(map(int, "123")), max(map(len, ["a", "bbb"])))
print(dict(zip("ab", [1, 2])), set(map(lambda x: x % 3, range(10))))
f = filter(lambda x: x > 1, [1, 2, 3])
print(list(f))

# An iterator class that delegates to a builtin iterator through its dunders, as people write
# wrappers: `__next__` and `__iter__` of list, map, zip, enumerate and generator iterators.
class Peekable:
    def __init__(self, iterable):
        self._it = iter(iterable).__iter__()
        self._peeked = []

    def __iter__(self):
        return self

    def __next__(self):
        if self._peeked:
            return self._peeked.pop()
        return self._it.__next__()

    def peek(self, default=None):
        if not self._peeked:
            try:
                self._peeked.append(self._it.__next__())
            except StopIteration:
                return default
        return self._peeked[-1]


p = Peekable([1, 2, 3])
print(p.peek(), next(p), list(p), p.peek("done"))
for source in (map(str, range(3)), zip("ab", "cd"), enumerate("xy", 1), (c * 2 for c in "pq")):
    it = iter(source)
    print(it.__iter__() is it, it.__next__(), list(it))
it = iter(range(2))
it.__next__()
it.__next__()
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter([]).__next__(1)
except TypeError as e:
    print("TypeError", e)
g=(x for x in [])
try: g.__next__(1)
except TypeError as e: print(e)

# A case-insensitive dict built on MutableMapping, a sequence type, and duck-typed checks
# against the collections.abc ABCs (and typing's aliases of them).
import collections.abc
from collections.abc import Iterable, Mapping, MutableMapping, Sequence, Sized
from typing import Iterator


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, data=None, **kwargs):
        self._store = {}
        self.update(data or {}, **kwargs)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (original for original, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __repr__(self):
        return f"{type(self).__name__}({dict(self.items())})"


class Countdown(Sequence):
    def __init__(self, start):
        self.start = start

    def __len__(self):
        return self.start

    def __getitem__(self, i):
        if not 0 <= i < self.start:
            raise IndexError(i)
        return self.start - i


headers = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
headers["content-type"] = "application/json"
print(headers, headers["CONTENT-TYPE"], "accept" in headers, len(headers))
print(headers.get("missing", "-"), headers.pop("Accept"), dict(headers), headers == {"Content-Type": "application/json"})
c = Countdown(4)
print(list(c), 3 in c, c.index(2), c.count(1), list(reversed(c)), isinstance(c, Iterable))


def flatten(items):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, (3, "ab")], {4: None}, range(5, 7)])))
for value in ([1], (1,), "s", {"a": 1}, {1}, 3, None, len, (x for x in "ab"), headers, c):
    print(type(value).__name__, isinstance(value, Mapping), isinstance(value, Sequence),
          isinstance(value, Sized), isinstance(value, Iterator), isinstance(value, collections.abc.Callable))
try:
    class Incomplete(Mapping):
        pass
    Incomplete()
except TypeError as e:
    print("TypeError:", e)

# Pretty-printing a config and some query results, as scripts do while debugging.
import pprint
from collections import OrderedDict, Counter
from dataclasses import dataclass

config = {
    "database": {"host": "localhost", "port": 5432, "options": {"timeout": 30, "retries": 3}},
    "servers": ["alpha.example.com", "beta.example.com", "gamma.example.com"],
    "ports": {8080, 443, 22},
    "limits": (100, 200, 300),
    "motd": "Welcome to the server. " * 6,
}
pprint.pprint(config)
pprint.pprint(config, width=50, depth=2)
pprint.pprint(config, indent=2, sort_dicts=False, compact=True)

rows = [{"id": i, "name": "user%d" % i, "scores": [i * j for j in range(6)]} for i in range(4)]
pprint.pp(rows)
print(pprint.pformat(list(range(40)), width=40, compact=True))

words = Counter("the quick brown fox jumps over the lazy dog the end".split())
pprint.pprint(words, width=30)
pprint.pprint(OrderedDict(zip("abcdef", range(6))), width=30)


@dataclass
class Item:
    name: str
    tags: list


pprint.pprint([Item("hammer", ["tool", "heavy"] * 4), Item("nail", [])], width=40)
printer = pprint.PrettyPrinter(width=30, indent=4)
printer.pprint({"nested": {"list": [1, 2, 3] * 4}})
loop = [1, 2]
loop.append(loop)
print(pprint.saferepr(loop) == "[1, 2, <Recursion on list with id=%d>]" % id(loop))
print(pprint.isreadable(config), pprint.isrecursive(loop))
pprint.pprint(b"binary data " * 8)

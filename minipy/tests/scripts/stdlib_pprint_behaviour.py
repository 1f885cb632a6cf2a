# pprint: line breaking of containers, strings and bytes; options; recursion; saferepr.
import pprint
import re
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque
from dataclasses import dataclass, field
from io import StringIO
from types import SimpleNamespace

print(sorted(pprint.__all__))
data = {
    "name": "widget",
    "tags": ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"],
    "dims": (10, 20, 30),
    "nested": {"z": [1, 2, {"deep": list(range(12))}], "a": None, 3: 4.5},
    "set": {3, 1, 2},
    "frozen": frozenset({7, 5}),
    "one": (1,),
    "empty": [[], {}, (), set()],
}
pprint.pprint(data)
for width in (20, 40, 1):
    print(pprint.pformat(data["nested"], width=width))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, indent=4, width=50))
print(pprint.pformat(list(range(40)), compact=True, width=30))
print(pprint.pformat([["ab"] * 5, ("cd",) * 6], compact=True, width=25))
print(pprint.pformat(data, sort_dicts=False, width=60))
pprint.pp({"b": 1, "a": [1] * 30})
print(pprint.pformat([1234567, 12345.5, {99999999: -1000000}], underscore_numbers=True, width=20))
text = "The quick brown fox jumps over the lazy dog. " * 3 + "\nsecond line\n"
print(pprint.pformat(text, width=30))
print(pprint.pformat([text[:50], "x" * 50], width=30))
print(pprint.pformat({"key": "word " * 12}, width=40))
print(pprint.pformat(b"\x00\x01binary data, quite long indeed " * 2, width=30))
print(pprint.pformat([bytearray(b"abcdefgh" * 6)], width=30))
rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
for text in (pprint.pformat(rec), pprint.pformat(d), pprint.saferepr(rec)):
    print(re.sub("id=[0-9]+", "id=N", text))
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable(data), pprint.isreadable(object()))
print(pprint.saferepr({"b": [1, 2], "a": (3,)}), pprint.saferepr("x"), pprint.saferepr(3.5))
print(pprint.pformat({(1, "a"): 1, (0, "b"): 2, None: 3, 2.5: 4, "s": 5}))
print(pprint.pformat({1: "x", "a": "y", 2.0: "z"}, width=10))
od = OrderedDict((k, k * 3) for k in "qwertyuiop")
print(pprint.pformat(od, width=40))
dd = defaultdict(list, {"k%d" % i: [i] * 3 for i in range(6)})
print(pprint.pformat(dd, width=40))
print(pprint.pformat(Counter("abracadabra alakazam"), width=40))
print(pprint.pformat(deque(range(25)), width=40))
print(pprint.pformat(deque(range(25), maxlen=30), width=40))
print(pprint.pformat(ChainMap({"a": 1, "b": [2] * 10}, {"c": 3}), width=30))
print(pprint.pformat(SimpleNamespace(alpha=list(range(10)), beta="b" * 30), width=40))


@dataclass
class Point:
    x: int
    y: int
    labels: list = field(default_factory=list)


print(pprint.pformat(Point(1, 2, ["first label", "second label", "third label"]), width=40))
print(pprint.pformat([Point(3, 4)] * 3, width=30))
print(pprint.pformat(Counter(), width=5), pprint.pformat(OrderedDict(), width=5), pprint.pformat(deque(), width=5))
out = StringIO()
pp = pprint.PrettyPrinter(indent=2, width=30, stream=out)
pp.pprint(data["tags"])
print(out.getvalue(), end="")
print(pp.pformat({"k": list(range(15))}))
print(pp.isrecursive(rec), pp.isreadable([1]), pp.format([1, 2], {}, 0, 0))
for kwargs in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print("ValueError", e)
print(pprint.pformat([[[[[1, 2]]]]], depth=3), pprint.pformat({"a": {"b": {"c": 1}}}, depth=2))

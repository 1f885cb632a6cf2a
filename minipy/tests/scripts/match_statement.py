# The match statement (PEP 634): every kind of pattern, guards, binding rules, soft keywords.
from collections import namedtuple, deque, OrderedDict, defaultdict


def describe(x):
    match x:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case -1:
            return "minus one"
        case "hello" "!":
            return "greeting"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case str(s):
            return f"string of {len(s)}"
        case []:
            return "empty sequence"
        case [single]:
            return f"one item {single!r}"
        case [first, *middle, last]:
            return f"first={first!r} middle={middle} last={last!r}"
        case {"type": "point", "x": x, "y": y}:
            return f"point dict {x},{y}"
        case {"type": kind, **rest}:
            return f"typed {kind} with {sorted(rest)}"
        case {}:
            return "some mapping"
        case _:
            return f"other {type(x).__name__}"


for value in [None, True, False, 0, 0.0, -1, "hello!", 1000, 7, 2.5, "abc", [], (), [1],
              (2,), [1, 2], "xy", (1, 2, 3, 4), range(3), {"type": "point", "x": 1, "y": 2},
              {"type": "circle", "r": 3, "c": 0}, {"a": 1}, {}, {1, 2}, object]:
    print(repr(value)[:30], "->", describe(value))


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Color:
    RED = "red"
    GREEN = "green"


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=x, y=y):
            return f"at {x},{y}"
        case Color.RED:
            return "red!"
        case Color.GREEN | "blue":
            return "cool color"
        case _:
            return "not a point"


for p in [Point(0, 0), Point3(0, 0, 0), Point3(0, 0, 1), Point(0, 5), Point(3, 0), Point(4, 4),
          Point(1, 2), "red", "green", "blue", 42]:
    print(where(p))

Pair = namedtuple("Pair", "left right")
match Pair(1, 2):
    case Pair(left=1, right=r):
        print("pair right", r)
match Pair(3, 4):
    case Pair(a, b):
        print("pair positional", a, b)
match Pair(5, 6):
    case (a, b):
        print("pair as sequence", a, b)
match deque([1, 2, 3]):
    case [1, *rest]:
        print("deque rest", rest)
match OrderedDict(a=1, b=2):
    case {"a": 1, **others}:
        print("ordered", others)
dd = defaultdict(int, {"k": 1})
match dd:
    case {"missing": _}:
        print("wrong")
    case {"k": v}:
        print("defaultdict", v, dict(dd))

# Commands, the tutorial way.
def run(command):
    match command.split():
        case [("go" | "walk") as verb, ("north" | "south" | "east" | "west") as direction]:
            return f"{verb}ing {direction}"
        case ["look"]:
            return "you see a room"
        case ["get", obj] | ["take", obj]:
            return f"taking {obj}"
        case ["drop", *objects] if objects:
            return f"dropping {', '.join(objects)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "say something"


for c in ["go north", "walk west", "look", "get lamp", "take key", "drop a b c", "drop", "quit",
          "dance wildly", ""]:
    print(repr(c), "->", run(c))

# Bindings happen before the guard, and stay when it fails.
match [1, 2]:
    case [a, b] if a > b:
        print("never")
    case _:
        print("guard failed, a and b are", a, b)

# Nested patterns and tuples as subjects.
def classify(event):
    match event:
        case ("click", (x, y)) if x < 0 or y < 0:
            return "click outside"
        case ("click", (x, y)):
            return f"click {x},{y}"
        case ("key", {"code": code, "mods": [*mods]}):
            return f"key {code} mods={mods}"
        case ("key", {"code": code}):
            return f"key {code}"
        case (kind, _):
            return f"event {kind}"


for e in [("click", (1, 2)), ("click", (-1, 2)), ("key", {"code": 13, "mods": ["ctrl"]}),
          ("key", {"code": 9}), ("scroll", 3), ("click", [5, 6])]:
    print(classify(e))

x = 5
match x, "tail":
    case (5, t):
        print("tuple subject", t)
match x:
    case 1 | 2:
        print("small")
    case other:
        print("other", other)
print("other is bound:", other)

# match and case stay ordinary names.
match = [1, 2]
case = {"k": 3}
print(match[0], case["k"])
match.append(3)
print(match)
def match(a):
    return a * 2
print(match(21))

# Runtime errors in class patterns.
class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


class Twice:
    __match_args__ = ("a",)
    a = 1

for subject, attempt in [(NoArgs(), "NoArgs(1)"), (BadArgs(), "BadArgs(1)"), (Twice(), "Twice(1, a=1)"),
                         (5, "int(1, 2)"), (5, "len(1)")]:
    try:
        if attempt == "NoArgs(1)":
            match subject:
                case NoArgs(1):
                    pass
        elif attempt == "BadArgs(1)":
            match subject:
                case BadArgs(1):
                    pass
        elif attempt == "Twice(1, a=1)":
            match subject:
                case Twice(1, a=1):
                    pass
        elif attempt == "int(1, 2)":
            match subject:
                case int(1, 2):
                    pass
        else:
            match subject:
                case len(1):
                    pass
    except TypeError as e:
        print("TypeError:", e)

class Key:
    K = "a"

try:
    match {"a": 1}:
        case {"a": 1, Key.K: 2}:
            pass
except ValueError as e:
    print("ValueError:", e)

class Prop:
    @property
    def broken(self):
        raise AttributeError("no")

match Prop():
    case Prop(broken=_):
        print("matched broken")
    case Prop():
        print("AttributeError means no match")

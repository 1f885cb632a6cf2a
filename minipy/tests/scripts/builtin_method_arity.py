# Arity errors of builtin types' methods: each calling convention's wording (no arguments, one
# argument, positional-only, PyArg_ParseTuple, keywords), through the type, on subclass
# instances, and with keywords a method does not take.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except TypeError as e:
        print(label, "TypeError:", e)
    except Exception as e:
        print(label, type(e).__name__)


SIX = (1, 2, 3, 4, 5, 6)

# Methods of each type, with none and with six arguments. Called as bound method objects, whose
# messages name the receiver's type (the same as the defining type for these receivers).
samples = {
    "list": ([3, 1], ["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse"]),
    "tuple": ((1,), ["count", "index"]),
    "dict": ({1: 2}, ["clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"]),
    "set": ({1}, ["add", "clear", "copy", "discard", "isdisjoint", "issubset", "issuperset", "pop", "remove", "symmetric_difference"]),
    "frozenset": (frozenset({1}), ["copy", "isdisjoint", "issubset", "issuperset", "symmetric_difference"]),
    "str": ("abc", ["capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format_map",
                    "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
                    "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip",
                    "maketrans", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
                    "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase",
                    "title", "translate", "upper", "zfill"]),
    "bytes": (b"ab", ["count", "decode", "endswith", "find", "fromhex", "hex", "index", "isalnum", "isalpha",
                      "isdigit", "islower", "isspace", "isupper", "join", "lower", "lstrip", "partition",
                      "replace", "rfind", "rpartition", "rsplit", "rstrip", "split", "splitlines",
                      "startswith", "strip", "upper"]),
    "bytearray": (bytearray(b"ab"), ["append", "clear", "copy", "count", "extend", "find", "insert", "isdigit",
                                     "join", "lower", "partition", "pop", "remove", "reverse", "split", "upper"]),
    "int": (5, ["as_integer_ratio", "bit_count", "bit_length", "conjugate", "to_bytes", "from_bytes"]),
    "float": (1.5, ["as_integer_ratio", "conjugate", "fromhex", "is_integer"]),
    "dict_keys": ({1: 2}.keys(), ["isdisjoint"]),
    "dict_items": ({1: 2}.items(), ["isdisjoint"]),
}
for tname, (o, names) in samples.items():
    for name in names:
        m = getattr(o, name)
        for args in [(), SIX]:
            attempt(f"{tname}.{name}{len(args)}", lambda: m(*args))

# `*others` methods take any count.
attempt("set.union()", lambda: {1}.union())
attempt("set.intersection()", lambda: {1, 2}.intersection())
attempt("set.difference(2 args)", lambda: {1, 2, 3}.difference([1], {2}))
attempt("set.intersection(2 args)", lambda: {1, 2, 3}.intersection([1, 2], (2, 3)))
attempt("set.difference(int)", lambda: {1}.difference(*SIX))
attempt("frozenset.intersection()", lambda: frozenset({1}).intersection())

# Through the type: the receiver is the first argument.
attempt("list.append 3", lambda: list.append([], 1, 2))
attempt("list.append 1", lambda: list.append([]))
attempt("list.append 0", lambda: list.append())
attempt("list.insert", lambda: list.insert([], 1))
attempt("str.upper", lambda: str.upper("a", 1))
attempt("str.upper 0", lambda: str.upper())
attempt("str.find", lambda: str.find("a"))
attempt("str.split", lambda: str.split("a b", " ", 1, 2))
attempt("dict.get", lambda: dict.get({}))
attempt("set.add", lambda: set.add(set()))
attempt("bytes.upper", lambda: bytes.upper(b"a", 1))
attempt("bytearray.append", lambda: bytearray.append(bytearray()))
attempt("int.bit_length", lambda: int.bit_length(3, 4))
attempt("float.hex", lambda: float.hex(1.0, 2))
attempt("str.upper on int", lambda: str.upper(1))
attempt("list.append on int", lambda: list.append(1, 2))

# Subclass instances, called as `obj.method(...)`: the message names the type that defines the
# method (a bound method object taken first would name the subclass in CPython).


class L(list):
    pass


class S(str):
    pass


class D(dict):
    pass


class I(int):
    pass


class B(bytes):
    pass


attempt("L().append()", lambda: L().append())
attempt("L().clear(1)", lambda: L().clear(1))
attempt("L().insert()", lambda: L().insert())
attempt("L.append(L())", lambda: L.append(L()))
attempt("S().upper(1)", lambda: S("a").upper(1))
attempt("S().find()", lambda: S("a").find())
attempt("S().join()", lambda: S("a").join())
attempt("S().split(1, 2, 3)", lambda: S("a").split(1, 2, 3))
attempt("D().keys(1)", lambda: D().keys(1))
attempt("D().get()", lambda: D().get())
attempt("I().bit_length(1)", lambda: I(3).bit_length(1))
attempt("B().upper(1)", lambda: B(b"a").upper(1))

# Keywords a method does not take, and wrong keyword names where it takes some.
attempt("[].append(x=1)", lambda: [].append(x=1))
attempt("[].pop(x=1)", lambda: [].pop(x=1))
attempt("[].index(x=1)", lambda: [].index(x=1))
attempt("'a'.center(x=1)", lambda: "a".center(x=1))
attempt("'a'.find(x=1)", lambda: "a".find(x=1))
attempt("'a'.upper(x=1)", lambda: "a".upper(x=1))
attempt("{}.get(x=1)", lambda: {}.get(x=1))
attempt("{1}.union(x=1)", lambda: {1}.union(x=1))
attempt("keys.isdisjoint(x=1)", lambda: {}.keys().isdisjoint(x=1))
attempt("L().append(x=1)", lambda: L().append(x=1))
attempt("[].sort(1)", lambda: [].sort(1))
attempt("[].sort(x=1)", lambda: [].sort(x=1))
attempt("[].sort(1, key=None)", lambda: [].sort(1, key=None))
attempt("[].sort(*SIX)", lambda: [].sort(*SIX))
attempt("[2, 1].sort(reverse=True)", lambda: [2, 1].sort(reverse=True))
attempt("'a'.split(x=1)", lambda: "a".split(x=1))
attempt("'a'.split(' ', 1, maxsplit=2)", lambda: "a".split(" ", 1, maxsplit=2))
attempt("'a'.split(' ', sep=' ')", lambda: "a".split(" ", sep=" "))
attempt("'a b'.split(maxsplit=0)", lambda: "a b".split(maxsplit=0))
attempt("'a'.rsplit(x=1)", lambda: "a".rsplit(x=1))
attempt("'a'.encode(x=1)", lambda: "a".encode(x=1))
attempt("'a'.encode('a', x=1, encoding=2)", lambda: "a".encode("a", x=1, encoding=2))
attempt("'a'.splitlines(1, keepends=2)", lambda: "a".splitlines(1, keepends=2))
attempt("'a'.expandtabs(x=1)", lambda: "a".expandtabs(x=1))
attempt("b'a'.decode(1, 2, 3)", lambda: b"a".decode(1, 2, 3))
attempt("(5).to_bytes(1, 2, 3)", lambda: (5).to_bytes(1, 2, 3))
attempt("(5).to_bytes(1, 2, 3, 4)", lambda: (5).to_bytes(1, 2, 3, 4))
attempt("(5).to_bytes(x=1)", lambda: (5).to_bytes(x=1))
attempt("(5).to_bytes(1, length=2)", lambda: (5).to_bytes(1, length=2))
attempt("int.from_bytes()", lambda: int.from_bytes())
attempt("int.from_bytes(x=1)", lambda: int.from_bytes(x=1))
attempt("int.from_bytes(b'', x=1)", lambda: int.from_bytes(b"", x=1))

# Static and class methods, called on the type.
attempt("bytes.fromhex()", lambda: bytes.fromhex())
attempt("float.fromhex()", lambda: float.fromhex())
attempt("float.fromhex(1, 2)", lambda: float.fromhex(1, 2))
attempt("str.maketrans()", lambda: str.maketrans())
attempt("str.maketrans(*SIX)", lambda: str.maketrans(*SIX))
attempt("dict.fromkeys()", lambda: dict.fromkeys())
attempt("dict.fromkeys(*SIX)", lambda: dict.fromkeys(*SIX))

# Other builtin types' methods.
attempt("(1j).conjugate(1)", lambda: (1j).conjugate(1))
attempt("slice(1).indices()", lambda: slice(1).indices())
attempt("Exception().add_note()", lambda: Exception().add_note())

# Builtin functions keep their own wording.
attempt("len()", lambda: len())
attempt("abs(1, 2)", lambda: abs(1, 2))
attempt("sorted()", lambda: sorted())
attempt("sorted([], 1)", lambda: sorted([], 1))
attempt("len(x=1)", lambda: len(x=1))
attempt("isinstance(1)", lambda: isinstance(1))
attempt("divmod(*SIX)", lambda: divmod(*SIX))
attempt("setattr()", lambda: setattr())

# Keywords to static methods, slot wrappers and other builtin types' methods.
attempt("dict.fromkeys([1], x=1)", lambda: dict.fromkeys([1], x=1))
attempt("str.maketrans(x=1)", lambda: str.maketrans(x=1))
attempt("(1).__add__(x=1)", lambda: (1).__add__(x=1))
attempt("[].__len__(x=1)", lambda: [].__len__(x=1))
attempt("list.append(x=1)", lambda: list.append(x=1))
attempt("list.append([], x=1)", lambda: list.append([], x=1))
attempt("(1j).conjugate(x=1)", lambda: (1j).conjugate(x=1))
attempt("Exception().add_note(x=1)", lambda: Exception().add_note(x=1))

# Dunders: slot wrappers, and the few that are METH_O methods.
attempt("[].__len__(1)", lambda: [].__len__(1))
attempt("(1).__add__()", lambda: (1).__add__())
attempt("(1).__pow__()", lambda: (1).__pow__())
attempt("(1).__pow__(*SIX)", lambda: (1).__pow__(*SIX))
attempt("[].__setitem__(1)", lambda: [].__setitem__(1))
attempt("[].__mul__()", lambda: [].__mul__())
attempt("(2).__mul__()", lambda: (2).__mul__())
attempt("(1).__round__(1, 2)", lambda: (1).__round__(1, 2))
attempt("(1.5).__trunc__(1)", lambda: (1.5).__trunc__(1))
attempt("(1).__format__()", lambda: (1).__format__())
attempt("[].__getitem__()", lambda: [].__getitem__())
attempt("(1,).__getitem__()", lambda: (1,).__getitem__())
attempt("{}.__contains__()", lambda: {}.__contains__())
attempt("[].__contains__()", lambda: [].__contains__())
attempt("L().__getitem__()", lambda: L().__getitem__())

# int's and float's small methods: results are plain ints and floats.
attempt("I(7).conjugate()", lambda: (type(I(7).conjugate()).__name__, I(7).conjugate()))
attempt("int.conjugate(True)", lambda: (type(int.conjugate(True)).__name__, int.conjugate(True)))
attempt("(-(2**70) - 3).bit_count()", lambda: (-(2**70) - 3).bit_count())
attempt("(2**70).as_integer_ratio()", lambda: (2**70).as_integer_ratio())
attempt("int.conjugate(1.5)", lambda: int.conjugate(1.5))
attempt("float.conjugate(1)", lambda: float.conjugate(1))

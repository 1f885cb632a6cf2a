# str methods, dict/set operators, int/float methods and builtins with keywords, as CPython 3.11.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "abc".rfind("b")); t(lambda: "abcb".rindex("b")); t(lambda: "a,b,c".partition(","))
t(lambda: "a,b,c".rpartition(",")); t(lambda: "abc".rpartition("x")); t(lambda: "Hello World".swapcase())
t(lambda: ("ABC".isupper(), "abc".islower(), " \t".isspace(), "ab1".isalnum(), "ab".isalpha(), "12".isdigit(), "½".isnumeric(), "a_1".isidentifier(), "Ab Cd".istitle(), "1a".isidentifier(), "".isupper()))
t(lambda: ("hello world".title(), "hELLO".capitalize(), "Straße".casefold(), "abc".center(6, "*"), "ab".center(5)))
t(lambda: ("-42".zfill(6), "a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True)))
t(lambda: ("a b c".rsplit(None, 1), "a,b,c".rsplit(",", 1), "abcabc".count("bc"), "abc".count(""), "aaa".count("a", 1)))
t(lambda: ("prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"), "abc".translate(str.maketrans("ab", "xy")), str.maketrans({"a": "1"})))
t(lambda: "abc".translate({97: None, 98: "BB"}))
t(lambda: dict.fromkeys(["a", "b"]))
t(lambda: {1: 2} | {3: 4})
def upd():
    d = {1: 2}
    d |= {5: 6}
    d.update(x=1)
    d.update([(7, 8)], y=2)
    return d, d.setdefault(9, 0), d.popitem(), d.copy()
t(upd)
t(lambda: ({1, 2} <= {1, 2, 3}, {1} < {1}, {1, 2} >= {1}, {1, 2} > {1, 2}, {1, 2}.isdisjoint({3}), {1}.issubset([1, 2]), {1, 2}.issuperset([2])))
t(lambda: [1, 2, 3, 2].index(2, 2)); t(lambda: [1, 2, 3].index(5))
t(lambda: sorted([(1, "b"), (0, "a"), (1, "a")], key=lambda p: p[0]))
t(lambda: pow(3, -1, 7)); t(lambda: pow(2, 0.5)); t(lambda: pow(2, 3, 0)); t(lambda: divmod(-7, 2)); t(lambda: divmod(1, 0))
t(lambda: list(zip([1], [2, 3], strict=True))); t(lambda: list(zip([1, 2], [2], strict=True)))
t(lambda: (hex(0), oct(-8), bin(0), chr(0x1F600), ord("€")))
t(lambda: min([], key=len)); t(lambda: max("abc", "xy", key=len)); t(lambda: max(1, 2, default=0))
t(lambda: (abs(-0.0), abs(True), any(x > 1 for x in [1, 2]), all(())))
t(lambda: int("0b101", 0)); t(lambda: int("010", 0)); t(lambda: int("z", 36)); t(lambda: int("1__0")); t(lambda: int("12", 1))
t(lambda: int(" -0x_1f ", 16)); t(lambda: float("1_000.5")); t(lambda: int(3.99)); t(lambda: int(-3.99))
t(lambda: (1e308 * 10, -1e308 * 10, 0.1 * 3, 1e-320))
t(lambda: (str(1e22), repr(1.0e-10), 5e-324, 2.5e-5, 100.0, 1234567890123456.0, 12345678901234567.0))
t(lambda: (True + True, True * 3, -True, ~5, 5 / 2, 4 / 2, 3 * 1.0))
t(lambda: ((1.5).is_integer(), (3).bit_length(), (-255).bit_length(), (0).bit_length()))
t(lambda: (round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 1), round(2.675, 2)))
t(lambda: (pow(2, 10, 1000), pow(-3, 3, 7), pow(3, 2, -7), max([3, 1], default=0), min((), default=None)))
t(lambda: (list(enumerate("ab", start=5)), sum([1, 2], start=10), sum([[1], [2]], [])))
t(lambda: "{0:>{1}}|{x!r:^7}|".format("a", 3, x="b")); t(lambda: "{n}".format_map({"n": 3}))
t(lambda: ("a".isupper(), "A1".isupper(), "ǅ".istitle(), "١٢".isdigit(), "x".isprintable(), "\n".isprintable()))
t(lambda: ("a\x0bb\x1cc".splitlines(), "".splitlines(), "\n".splitlines(), "abc".split("b", 0), " a  b ".rsplit(maxsplit=1)))
t(lambda: ("abcabc".find("b", 2), "abcabc".rfind("b", 0, 4), "abc".find("", 5), "abc".index("c", -1), "abcabc".count("b", -3)))
t(lambda: [1, 2, 1].index(1, -1)); t(lambda: "x".center(4, "ab")); t(lambda: "ab".zfill(1))
def aug():
    a = {1, 2, 3}
    b = a
    a |= {4}
    a &= {1, 2, 4}
    a -= {2}
    a ^= {9}
    d = {}
    e = d
    d |= [("k", 1)]
    return b, e, a is b
t(aug)
def documented():
    "Doc of documented."
    return 1
def undocumented():
    return "not a docstring"
class K:
    def m(self):
        """Method doc."""
print(documented.__doc__, undocumented.__doc__, K.m.__doc__, K().m.__doc__, (lambda: 0).__doc__)

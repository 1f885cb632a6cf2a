# A failed augmented assignment names the operator as written (`+=`, not `+`), on name,
# subscript and attribute targets, including when __iadd__ is absent or every dunder
# returns NotImplemented.
OPS = ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "^", "|"]


class Plain:
    pass


class AllNotImpl:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __iadd__(self, o): return NotImplemented
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return NotImplemented


class NoIadd:
    def __add__(self, o): return NotImplemented


class Holder:
    pass


def run(src, env):
    try:
        exec(src, env)
        print("ok", src.replace("\n", "; "))
    except Exception as e:
        print(type(e).__name__, e)


operands = [("1", "'s'"), ("1.5", "2"), ("1", "1"), ("2**70", "1.5"), ("None", "None"),
            ("Plain()", "1"), ("AllNotImpl()", "AllNotImpl()"), ("NoIadd()", "2"),
            ("{1}", "[1]"), ("1j", "1"), ("{}", "()"), ("None", "'s'")]
for op in OPS:
    for a, b in operands:
        env = {"Plain": Plain, "AllNotImpl": AllNotImpl, "NoIadd": NoIadd, "Holder": Holder}
        run(f"x = {a}\nx {op}= {b}", env)
        run(f"d = {{'k': {a}}}\nd['k'] {op}= {b}", env)
        run(f"o = Holder()\no.a = {a}\no.a {op}= {b}", env)

# The binary operator keeps its own spelling.
for src in ["1 + 's'", "1.5 | 2", "2**70 @ 2", "None * None", "{1} * [1]", "2**70 * 's'"]:
    run(src, {})
# A TypeError raised inside a user __iadd__ is the user's, unchanged.
class Inner:
    def __iadd__(self, o):
        return 1 + o
x = Inner()
try:
    x += "s"
except TypeError as e:
    print(e)

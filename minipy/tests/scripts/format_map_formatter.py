# str.format_map looks each name up in the mapping (a dict subclass's __missing__ answers, any
# mapping works); string.Formatter's steps, and a subclass overriding them.
import string


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{name} is {age} {unit}".format_map(Default(name="Ann", age=7)))


class Squares:
    def __getitem__(self, key):
        return len(key) ** 2


print("{a} {bbb} {cc:>5}".format_map(Squares()))
print("{x[1]} {x[0]:.2f} {y.real}".format_map({"x": [1.5, "two"], "y": 3}))
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError", e)
try:
    "{0}".format_map({"0": 1})
except Exception as e:
    print(type(e).__name__, e)

f = string.Formatter()
for s in ["a{0}b", "{{x}}", "x{}y{name!r:>{w}}z", "{a[0].b}", "", "{:{}}", "a}}b{{c", "{0!s}", "{!r:5}", "{0:{1:{2}}}"]:
    print(repr(s), list(f.parse(s)))
for s in ["end{", "}", "{0!rr}", "{0"]:
    try:
        list(f.parse(s))
    except ValueError as e:
        print(repr(s), e)
print(f.get_field("0.real", (3,), {}), f.get_value("k", (), {"k": 1}))
print(f.format("{0:{1}}|{a!r}|{b[k]}", 3.14159, ".2f", a="s", b={"k": 9}))
print(f.format("{:{}}", "x", 5), f.format("{:0>{w}}", 7, w=3), f.vformat("{0}-{x}", (1,), {"x": 2}))
for bad in [("{}{0}", (1,)), ("{0}{}", (1,)), ("{x}", ()), ("{5}", (1,)), ("{0!x}", (1,))]:
    try:
        f.format(bad[0], *bad[1])
    except Exception as e:
        print(type(e).__name__, e)


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(unused)))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return key.upper()
        return super().get_value(key, args, kwargs)

    def format_field(self, value, format_spec):
        if format_spec == "money":
            return "$%.2f" % value
        return super().format_field(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)


s = Strict()
print(s.format("{price:money} {who!u} {other}", price=3.5, who="bob"))
try:
    s.format("{a}", a=1, b=2)
except ValueError as e:
    print(e)

"""Mail merge / report templating: string.Template, str.format_map, string constants, textwrap, format specs."""
import string
import textwrap
from collections import ChainMap

TEMPLATE = string.Template("""\
Dear $title $last,

Your order #$order_id of $$${amount} ships on ${ship_date}.
$note""")

CUSTOMERS = [
    {"title": "Dr.", "last": "Who", "order_id": 1001, "amount": "42.50", "ship_date": "Mon", "note": "Thanks!"},
    {"title": "Ms.", "last": "Marple", "order_id": 1002, "amount": "7.99", "ship_date": "Tue"},
]
DEFAULTS = {"note": "(no note)", "ship_date": "TBD"}

for c in CUSTOMERS:
    print(TEMPLATE.substitute(ChainMap(c, DEFAULTS)))
    print("=" * 30)

partial = string.Template("Hi $name, your code is $code").safe_substitute(name="Sam")
print(partial)
try:
    string.Template("$missing").substitute({})
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("cost: $5").substitute({})
except ValueError as e:
    print("ValueError:", str(e).split("\n")[0])


class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"


print("{greet}, {who}! {unknown}".format_map(Default(greet="Hello", who="world")))
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:8], len(string.printable))
print(string.capwords("the  quick-brown   fox"), "hello world".title(), "ǅemal".swapcase())

table = [("Widget", 3, 4.5), ("Gadget extra long", 12, 19.999), ("Nut", 1000, 0.05)]
print(f"{'Item':<12}|{'Qty':^7}|{'Price':>9}|")
for name, qty, price in table:
    short = textwrap.shorten(name, 12, placeholder="…")
    print(f"{short:<12}|{qty:^7,}|{price:>9.2f}|")
n = 1234567.891
print(f"{n:,.2f} {n:_.1f} {n:e} {n:.3g} {n:015.2f} {-n:+,.0f}")
print(f"{255:b} {255:o} {255:x} {255:#X} {255:08b} {65:c} {0.25:%} {0.125:.1%}")
print(f"{'left':*<10}|{'right':->10}|{'mid':=^11}|{42:>+6d}|{-42:<6d}|{42:^6}|")
print("{0}-{1}-{0}".format("a", "b"), "{x:>{w}}".format(x="pad", w=6), "%s is %5.1f%%" % ("load", 93.456))
print("%-6s|%06d|%x|%r" % ("ab", 42, 255, "q"), format(3.14159, ".2f"), format("s", "^5"))
fmt = string.Formatter()
print([t[1] for t in fmt.parse("a {x} b {y!r:>4} c")])
name, width = "Ada", 9
print(f"{name!r:>{width}} {name=} {width * 2 = }")
print(textwrap.indent("line one\nline two\n\nline four", "  | "))
wrapped = textwrap.wrap("The quick brown fox jumps over the lazy dog " * 3, width=30)
print(len(wrapped), [len(w) for w in wrapped])

# f-strings: fields, conversions, specs with nested fields, the `=` debug form, escapes,
# implicit concatenation, nested f-strings and f-strings in function scopes.
x = 1
y = 2.5
name = "héllo"
d = {'a': 1}
print(f"x={x} y={y:.2f} {name!r} {name!a} {name!s:>8}|")
print(f"{x = }", f"{x=}", f"{y=:.1f}", f"{x=!s}", f"{ x + 1 = }")
print(f"{{}} {{{x}}} {d['a']} {x!r:>4}|" "plain" f'{x}')
w = 10
print(f"{y:{w}.{x}f}|", f"{'a' if x else 'b'}", f"{x,y}", f"{x!=y}", f"{x<y}")
print(rf"\n{x}\t", fr'{x}\d', f"\t{x}\n", end="")
print(f"""multi
{x}
line""")
print(f"{[i for i in range(3)]} {(lambda: 5)()}")


def g():
    z = 4
    return [f"{z}{i}" for i in range(2)]


print(g())
print(f"{f'{x}'}", F"{3.0}", f"", f"{None}", f"{[1, 'a']!s}")


class P:
    def __str__(self):
        return "str-P"

    def __repr__(self):
        return "repr-P"


p = P()
print(f"{p} {p!r} {p!s} {p=}")
for v in [3, 3.14159, "s"]:
    print(f"[{v!r:>8}] [{v:<6}]")
try:
    print(f"{undefined_name}")
except NameError as e:
    print("NameError:", e)
try:
    print(f"{x:q}")
except ValueError as e:
    print("ValueError:", e)

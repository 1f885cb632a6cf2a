import textwrap
import string
from itertools import zip_longest

POEM = """The fog comes on little cat feet. It sits looking over harbor and city
on silent haunches and then moves on. Whose woods these are I think I know,
his house is in the village though; he will not see me stopping here to watch
his woods fill up with snow."""

QUOTE = "    Indented text that was copied\n    from somewhere else\n      with a nested line\n"


def justify(line: str, width: int) -> str:
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


def boxed(lines, title=""):
    width = max(len(l) for l in lines)
    top = f"+-{title.center(width, '-')}-+"
    body = [f"| {l:<{width}} |" for l in lines]
    return "\n".join([top, *body, "+" + "-" * (width + 2) + "+"])


def columns(left, right, width=24, gap=3):
    lw = textwrap.wrap(left, width)
    rw = textwrap.wrap(right, width)
    for a, b in zip_longest(lw, rw, fillvalue=""):
        yield f"{a:<{width}}{' ' * gap}{b}".rstrip()


wrapped = textwrap.wrap(POEM, width=38)
print("\n".join(wrapped))
print()
for l in wrapped[:-1]:
    print("|" + justify(l, 38) + "|")
print("|" + wrapped[-1].ljust(38) + "|")
print()
print(textwrap.fill(POEM, 50, initial_indent="> ", subsequent_indent=">   "))
print(textwrap.dedent(QUOTE))
print(textwrap.indent("one\n\ntwo\nthree", "  * "))
print(textwrap.indent("a\nb", "# ", predicate=lambda line: line.startswith("b")))
print(textwrap.shorten(POEM, width=60, placeholder=" [...]"))
print(boxed(textwrap.wrap("Stopping by woods on a snowy evening, by Robert Frost", 20), " Title "))
print("\n".join(columns(POEM[:120], POEM[120:260])))

title = "the road not taken"
print(title.title(), "|", string.capwords(title), "|", title.capitalize(), "|", title.upper().swapcase())
counts = {c: POEM.lower().count(c) for c in string.ascii_lowercase}
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top letters:", ", ".join(f"{c}={n}" for c, n in top))
no_punct = POEM.translate(str.maketrans("", "", string.punctuation))
print(len(POEM), len(no_punct), no_punct.split()[-3:])
table = str.maketrans("aeiou", "AEIOU")
print("the fog comes".translate(table), "x".zfill(4), "42".rjust(6, "."), "abc".center(9, "*"))
tmpl = string.Template("$who wrote '$what' in ${year}s; cost $$5")
print(tmpl.substitute(who="Frost", what="Fire and Ice", year=1920))
print(tmpl.safe_substitute(who="Sandburg"))
print("%-8s|%5.1f|%03d|%x|%r" % ("fog", 3.14159, 7, 255, "cat"))
print("{0:^10}|{1:>+6}|{name!r:>8}".format("mid", 42, name="n"))
print(f"{'snow':*^12}", f"{1234567.891:,.1f}", f"{0.000123:.2e}", f"{255:#010b}", f"{3:03}", f"{-5:+}")

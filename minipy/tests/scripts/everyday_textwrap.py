# Formatting help text and form letters with textwrap and string.Template.
import textwrap
from string import Template

ABOUT = """
    minipy is a small interpreter for a subset of Python. It runs everyday
    scripts -- the ones people actually write -- and prints what CPython prints.

    Well-known modules are included.
"""

body = textwrap.dedent(ABOUT).strip()
for para in body.split("\n\n"):
    print(textwrap.fill(para, width=40))
    print()

print(textwrap.fill(body.split("\n\n")[0], width=50, initial_indent="  - ", subsequent_indent="    "))
print(textwrap.wrap("state-of-the-art hyphenated words wrap", 12))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25))
print(textwrap.shorten("short", width=25, placeholder="..."))
print(textwrap.indent("line one\n\nline three\n", "> "), end="")
print(textwrap.wrap("averyveryverylongwordthatdoesnotfit in a line", 10))

letter = Template("Dear $name,\nyour order #$order of ${qty}x $item ships $$free.\n")
orders = [
    {"name": "Ada", "order": 101, "qty": 2, "item": "widgets"},
    {"name": "Grace", "order": 102, "qty": 1, "item": "gadget"},
]
for o in orders:
    print(letter.substitute(o), end="")
print(Template("$name owes $amount").safe_substitute(name="Bob"))
try:
    Template("Hi $who").substitute(name="x")
except KeyError as e:
    print("missing:", e)
try:
    Template("cost: $ 5").substitute()
except ValueError as e:
    print("ValueError:", e)
print(letter.get_identifiers())

# Splitting command lines, checking identifiers, and testing number kinds.
import keyword
import numbers
import shlex
from fractions import Fraction

line = 'convert --input "My Photos/cat.png" --size=640x480 --title \'Best cat\' out\\ dir'
args = shlex.split(line)
print(args)
print(shlex.join(args))
for word in ["simple", "two words", "it's", "", "$HOME"]:
    print(repr(word), "->", shlex.quote(word))
print(shlex.split("make all # build everything", comments=True))
try:
    shlex.split('echo "unterminated')
except ValueError as e:
    print("error:", e)

names = ["total", "class", "lambda_", "match", "None", "async"]
for name in names:
    print(name, keyword.iskeyword(name), keyword.issoftkeyword(name))
print(len(keyword.kwlist), keyword.softkwlist)


def describe(x):
    kinds = []
    for abc in (numbers.Integral, numbers.Rational, numbers.Real, numbers.Complex, numbers.Number):
        if isinstance(x, abc):
            kinds.append(abc.__name__)
    return kinds


for value in [7, True, 2.5, Fraction(3, 4), 1 + 2j, "7"]:
    print(repr(value), describe(value))

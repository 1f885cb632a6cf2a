"""Text diff helper: difflib unified_diff, ndiff, SequenceMatcher, get_close_matches."""
import difflib

OLD = """def greet(name):
    print("Hello, " + name)

def farewell(name):
    print("Bye, " + name)

greet("world")
""".splitlines(keepends=True)

NEW = """def greet(name, punct="!"):
    print(f"Hello, {name}{punct}")

def farewell(name):
    print("Bye, " + name)

greet("world")
farewell("world")
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(OLD, NEW, fromfile="a/hello.py", tofile="b/hello.py")), end="")
print("----")
for line in difflib.ndiff(["apple\n", "banana\n", "cherry\n"], ["apple\n", "bananas\n", "cherry\n", "date\n"]):
    print(line, end="")
print("----")
sm = difflib.SequenceMatcher(None, "the quick brown fox", "the quack brown box")
print(f"ratio={sm.ratio():.4f}")
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(f"{tag:<8} a[{i1}:{i2}]={sm.a[i1:i2]!r:<12} b[{j1}:{j2}]={sm.b[j1:j2]!r}")
print(sm.find_longest_match(0, len(sm.a), 0, len(sm.b)))
print("blocks:", [tuple(b) for b in sm.get_matching_blocks()])

commands = ["commit", "checkout", "cherry-pick", "clone", "config", "status", "stash"]
for typo in ["comit", "chekout", "stats", "xyz"]:
    print(typo, "->", difflib.get_close_matches(typo, commands, n=2, cutoff=0.6))

print("----")
for line in difflib.context_diff(["a\n", "b\n", "c\n"], ["a\n", "B\n", "c\n"], fromfile="x", tofile="y"):
    print(line, end="")
print("----")
words1 = "one two three four five".split()
words2 = "one three four six five".split()
print(list(difflib.unified_diff(words1, words2, lineterm="", n=1)))

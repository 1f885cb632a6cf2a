"""Word frequency tool: re, collections.Counter, textwrap."""
import re
import textwrap
from collections import Counter

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""

STOP = {"it", "was", "the", "of"}


def words(text):
    return re.findall(r"[a-z']+", text.lower())


def top(counter, n):
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


all_words = words(TEXT)
c = Counter(all_words)
print("total words:", len(all_words))
print("distinct:", len(c))
for w, n in top(c, 5):
    print(f"  {w:<10} {n:3d} {'#' * n}")

content = Counter(w for w in all_words if w not in STOP)
print("content words:")
for w, n in top(content, 6):
    print(f"  {w:<12}{n}")

lengths = Counter(len(w) for w in all_words)
print("length histogram:", sorted(lengths.items()))

pairs = Counter(zip(all_words, all_words[1:]))
print("top bigrams:", [" ".join(p) for p, _ in top(pairs, 3)])

capitalized = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print("capitalized:", capitalized)

para = " ".join(TEXT.split())
print(textwrap.fill(para, width=40, initial_indent="> ", subsequent_indent="> "))
print(textwrap.shorten(para, width=50, placeholder=" [...]"))
print(textwrap.dedent("""\
    indented
      more
    back"""))
sub = re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "the quick brown fox")
print(sub)
print(re.split(r",\s*", "a, b,c ,  d"))
c2 = Counter("mississippi")
print(c2.most_common(2), (c2 - Counter("sip")).most_common())
print(sum(c.values()) == len(all_words))

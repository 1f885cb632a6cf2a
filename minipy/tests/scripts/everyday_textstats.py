import re
from collections import Counter
import string

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""

words = re.findall(r"[a-z']+", text.lower())
counts = Counter(words)
print(len(words), len(counts))
for word, n in counts.most_common(5):
    print(f"{word:>8} {'*' * n} ({n})")
sentences = [s.strip() for s in re.split(r"[.!?]", text) if s.strip()]
print(len(sentences), max(map(len, sentences)))
letters = Counter(c for c in text.lower() if c in string.ascii_lowercase)
print("".join(c for c, _ in letters.most_common(6)))
print(re.sub(r"\bwas\b", "is", text.splitlines()[0]))
caps = re.findall(r"\b[A-Z][a-z]+", text)
print(caps)
m = re.search(r"age of (\w+)", text)
print(m.group(0), m.group(1), m.span())
print(text.count("it was"), text.title().split()[:4])

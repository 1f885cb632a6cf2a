from collections import Counter, defaultdict

text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick end to a quick story."""

def words(s):
    out = []
    for raw in s.lower().split():
        w = raw.strip(".,;!?")
        if w:
            out.append(w)
    return out

ws = words(text)
print(len(ws), "words,", len(set(ws)), "distinct")
counts = Counter(ws)
for word, n in counts.most_common(4):
    print(f"{word:<6}{n:>3}")
by_len = defaultdict(list)
for w in sorted(set(ws)):
    by_len[len(w)].append(w)
for length in sorted(by_len):
    print(length, ", ".join(by_len[length]))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:02d}: {line[:20]!r}{'...' if len(line) > 20 else ''}")
first_letters = Counter(w[0] for w in ws)
print(sorted(first_letters.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(counts["the"], counts["missing"])
longest = max(ws, key=len)
print("longest:", longest.upper(), longest.title(), longest.center(11, "*"))
print(" ".join(reversed(lines[1].split())))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels, "ratio: %.3f" % (vowels / len(text)))

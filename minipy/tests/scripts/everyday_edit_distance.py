def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

class SpellChecker:
    def __init__(self, words):
        self.words = sorted(set(w.lower() for w in words))
        self.checked = 0

    def __contains__(self, word):
        return word.lower() in self.words

    def __len__(self):
        return len(self.words)

    def suggest(self, word, limit=3, max_dist=2):
        self.checked += 1
        scored = ((levenshtein(word.lower(), w), w) for w in self.words)
        good = sorted(t for t in scored if t[0] <= max_dist)
        return [w for _, w in good[:limit]]

    def check_text(self, text):
        for lineno, line in enumerate(text.splitlines(), 1):
            for col, raw in enumerate(line.split()):
                word = raw.strip(".,!?;:").lower()
                if word and word not in self:
                    yield lineno, col, word, self.suggest(word)

dictionary = """the quick brown fox jumps over lazy dog a an and is it
python program spelling checker works quite well with small words""".split()
sc = SpellChecker(dictionary)
print(len(sc), "fox" in sc, "Fox" in sc, "cat" in sc)
text = """The quikc brown fox jumsp over the lazzy dog.
Pyton programs are quite wel checked!"""
for ln, col, word, sug in sc.check_text(text):
    s = ", ".join(sug) if sug else "(none)"
    print(f"{ln}:{col:<2} {word:<10} -> {s}")
print("suggest calls:", sc.checked)
tests = [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]
for a, b in tests:
    d = levenshtein(a, b)
    print("%-10s %-10s %d %s" % (a or "''", b, d, "*" * d))
print(max(tests, key=lambda t: levenshtein(*t)))
print(sorted(dictionary, key=len, reverse=True)[:3])

import os
from collections import Counter
text = """alpha beta gamma
beta gamma delta
gamma delta epsilon alpha
"""
path = "wordfreq_tmp.txt"
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
counts = Counter()
lines = 0
with open(path, encoding="utf-8") as f:
    for line in f:
        lines += 1
        counts.update(line.split())
os.remove(path)
print(lines, sum(counts.values()), len(counts))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:8}{n:3}")
longest = max(counts, key=lambda w: (len(w), w))
print(longest, counts[longest], counts.get("zeta", 0), "alpha" in counts)
print(os.path.exists(path))

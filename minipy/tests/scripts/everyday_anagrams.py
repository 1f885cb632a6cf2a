from collections import defaultdict, Counter
import string

WORDS = """listen silent enlist inlets google elgoog tinsel banana stone tones notes
onset seton cat act tac dog god odg evil vile live veil levi apple papel""".split()

def key(w):
    return "".join(sorted(w.lower()))

groups = defaultdict(list)
for w in WORDS:
    groups[key(w)].append(w)

multi = {k: sorted(v) for k, v in groups.items() if len(v) > 1}
for k in sorted(multi, key=lambda k: (-len(multi[k]), k)):
    print(f"{k:<8} {len(multi[k])}: {' '.join(multi[k])}")
print("singletons:", sorted(w for v in groups.values() if len(v) == 1 for w in v))

def is_anagram(a, b):
    clean = lambda s: Counter(c for c in s.lower() if c in string.ascii_lowercase)
    return clean(a) == clean(b)

pairs = [("Dormitory", "Dirty room"), ("The eyes", "They see"), ("Hello", "World"),
         ("Astronomer", "Moon starer"), ("Conversation", "Voices rant on!")]
for a, b in pairs:
    print(f"{a!r:>15} ~ {b!r:<18} {is_anagram(a, b)}")

c = Counter("mississippi")
print(c.most_common(2), c["z"], sorted(c.elements())[:5])
c2 = Counter("missouri")
print(sorted((c & c2).items()), sorted((c - c2).items()))
print(sum(c.values()), len(c), (c + c2)["s"])
letters = Counter()
for w in WORDS:
    letters.update(w)
top = letters.most_common()
print([(ch, n) for ch, n in top if n >= 10])
print(string.ascii_uppercase[::5], string.digits[-3:], string.punctuation[:6])
tbl = str.maketrans("aeiou", "AEIOU", "n")
print("banana onset".translate(tbl))
print(string.capwords("hello   big wide world"))
t = string.Template("$who likes ${what}s")
print(t.substitute(who="Tim", what="kiwi"), t.safe_substitute(who="Al"))

import string
from collections import Counter
from itertools import cycle

ALPHA = string.ascii_lowercase
ENGLISH_FREQ = "etaoinshrdlcumwfgypbvkjxqz"


def caesar(text: str, shift: int) -> str:
    table = str.maketrans(
        ALPHA + ALPHA.upper(),
        ALPHA[shift % 26:] + ALPHA[:shift % 26] + (ALPHA[shift % 26:] + ALPHA[:shift % 26]).upper(),
    )
    return text.translate(table)


def vigenere(text: str, key: str, decrypt=False) -> str:
    out = []
    ks = cycle(key.lower())
    for ch in text:
        if ch.isalpha():
            k = ALPHA.index(next(ks))
            if decrypt:
                k = -k
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def score(text):
    counts = Counter(c for c in text.lower() if c.isalpha())
    return sum(cnt * (26 - ENGLISH_FREQ.index(c)) for c, cnt in counts.items())


def crack_caesar(ct):
    best = max(range(26), key=lambda s: score(caesar(ct, -s)))
    return best, caesar(ct, -best)


msg = "Meet me near the old oak tree at seven, and bring the secret map!"
for s in (3, 13, 25, 52):
    enc = caesar(msg, s)
    print(f"shift {s:2}: {enc}")
print(caesar(caesar(msg, 13), 13) == msg)
ct = caesar(msg, 11)
shift, plain = crack_caesar(ct)
print("cracked shift", shift, "->", plain[:30])
v = vigenere(msg, "Lemon")
print(v)
print(vigenere(v, "LEMON", decrypt=True) == msg)
freq = Counter(c for c in msg.lower() if c in ALPHA)
print(freq.most_common(5), "".join(sorted(freq, key=lambda c: (-freq[c], c)))[:8])
atbash = str.maketrans(ALPHA, ALPHA[::-1])
print("wizard".translate(atbash), "Hello".swapcase(), "  pad ".strip().zfill(6), "x".center(7, "*"))
print(ord("A"), chr(97 + 25), "abc".isalpha(), "ab1".isalnum(), "12".isdigit(), " ".isspace(), "Ab".istitle())
print("".join(chr(ord(c) ^ 32) if c.isalpha() else c for c in "MiXeD 123"), "hello world".title())
print("a-b-c".rsplit("-", 1), "a,b,,c".split(","), "k=v=w".partition("="), "x.y.z".rpartition("."))
print("{:>8}|{:^8}|{:<8}|".format("r", "c", "l"), "%5.2f|%-5s|%03d|%x" % (3.14159, "ab", 7, 255))

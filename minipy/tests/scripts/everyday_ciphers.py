"""Classical ciphers: Caesar, Vigenère, Atbash, rail fence; frequency cracking; secrets/hmac properties."""
import hmac
import hashlib
import secrets
import string
from collections import Counter
from itertools import cycle

ALPHA = string.ascii_lowercase
ENGLISH_FREQ = "etaoinshrdlcumwfgypbvkjxqz"


def caesar(text, shift):
    shift %= 26
    table = str.maketrans(ALPHA + ALPHA.upper(),
                          ALPHA[shift:] + ALPHA[:shift] + (ALPHA[shift:] + ALPHA[:shift]).upper())
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out = []
    ks = cycle(key.lower())
    for ch in text:
        if ch.lower() in ALPHA:
            k = ALPHA.index(next(ks)) * (-1 if decrypt else 1)
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def atbash(text):
    return text.translate(str.maketrans(ALPHA, ALPHA[::-1]))


def rail_fence(text, rails):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in text:
        rows[r].append(ch)
        if r == 0:
            step = 1
        elif r == rails - 1:
            step = -1
        r += step
    return "".join("".join(row) for row in rows)


def score(text):
    counts = Counter(c for c in text.lower() if c in ALPHA)
    return sum(n * (26 - ENGLISH_FREQ.index(c)) for c, n in counts.items())


def crack_caesar(cipher):
    return max(range(26), key=lambda s: score(caesar(cipher, -s)))


msg = "Meet me at the old oak tree at seven, bring the map and three lanterns."
c = caesar(msg, 11)
print("caesar:", c)
guess = crack_caesar(c)
print("cracked shift:", guess, "|", caesar(c, -guess) == msg)
v = vigenere(msg, "Lemon")
print("vigenere:", v)
print("round trip:", vigenere(v, "Lemon", decrypt=True) == msg)
print("atbash:", atbash("wizard of oz"), atbash(atbash("abc")))
print("rail fence:", rail_fence("WEAREDISCOVEREDFLEEATONCE", 3))
print("rot13 twice:", caesar(caesar("Hello", 13), 13), "ord/chr:", ord("é"), chr(0x263A))
top = Counter(c.lower() for c in c if c.isalpha()).most_common(3)
print("top cipher letters:", top)

key = b"shared-secret"
mac = hmac.new(key, msg.encode(), hashlib.sha256)
print("hmac:", mac.hexdigest()[:24], mac.digest_size, mac.name)
print("verify:", hmac.compare_digest(mac.hexdigest(), hmac.new(key, msg.encode(), "sha256").hexdigest()))
print("tamper detected:", not hmac.compare_digest(mac.digest(), hmac.digest(key, b"x", "sha256")))
tok = secrets.token_hex(16)
print("token_hex len:", len(tok), all(ch in string.hexdigits for ch in tok))
print("token_bytes len:", len(secrets.token_bytes(8)), "urlsafe ok:",
      set(secrets.token_urlsafe(24)) <= set(string.ascii_letters + string.digits + "-_"))
pw = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(12))
print("password length:", len(pw), pw.isalnum(), 0 <= secrets.randbelow(10) < 10)
print("bits:", secrets.randbits(8) < 256, "sysrand:", isinstance(secrets.SystemRandom().random(), float))

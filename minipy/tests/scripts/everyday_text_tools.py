# Text utilities: wrap and justify a paragraph, word frequencies, palindromes, a caesar cipher.
TEXT = ("The quick brown fox jumps over the lazy dog. A man, a plan, a canal: Panama! "
        "Never odd or even. Was it a car or a cat I saw? The dog barked; the fox ran.")

def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]

for line in wrap(TEXT, 36):
    print("|" + justify(line, 36) + "|")

def normalize(s):
    return "".join(c.lower() for c in s if c.isalnum())

sentences = [s.strip() for s in TEXT.replace("!", ".").replace("?", ".").split(".") if s.strip()]
print([s for s in sentences if normalize(s) == normalize(s)[::-1]])
words = [w.strip(".,;:!?").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
secret = caesar("Attack at Dawn!", 3)
print(secret, caesar(secret, -3), secret.swapcase(), len(set(normalize(TEXT))))
print("%-8s|%8s|%08.3f|%x" % ("left", "right", 3.14159, 255), "{:^10}".format("mid"), f"{'x' * 3:*>6}")

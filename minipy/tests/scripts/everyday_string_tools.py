import textwrap, string
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! The quick brown fox."
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg)
def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon"]])
print(textwrap.fill("The quick brown fox jumps over the lazy dog. " * 3, width=30))
print(textwrap.dedent("""\
    indented
      more
    back"""))
table = str.maketrans("aeiou", "AEIOU", "xyz")
print("syzygy education".translate(table))
print(string.capwords("hello   world  again"), "-".join(reversed("a b c".split())))
print(" ".join(w[::-1] for w in msg.split()), msg.swapcase(), msg.find("World"), msg.rjust(40, "."))
acr = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acr, sorted(set("mississippi")), "mississippi".count("ss"), "mississippi".replace("ss", "SS", 1))

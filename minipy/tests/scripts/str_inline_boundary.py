# Strings on both sides of the length where minipy stops keeping a str's text inline in its cell
# (54 bytes of UTF-8, runtime/str_text.rs): the two forms must be indistinguishable.
def show(s):
    print(len(s), len(s.encode()), repr(s[:3]), repr(s[-3:]), s.isascii(), hash(s) == hash(s[:] + ""))

for n in range(50, 59):
    show("a" * n)
# Multi-byte characters straddling the boundary: 2, 3 and 4 bytes each.
for c in "é€😀":
    for k in range(12, 30):
        s = c * k
        if 48 <= len(s.encode()) <= 60:
            show(s)
            show("x" + s)
            show(s + "xy")

# Concatenation across the boundary, from both sides, and repeated growth.
a = "a" * 27
b = "é" * 13 + "b"
for left, right in [(a, a), (a, a + "!"), (b, b), ("", a * 2), (a * 2, ""), (b, "😀" * 7)]:
    t = left + right
    print(len(t), len(t.encode()), t == "".join([left, right]), t[len(left):] == right)
s = ""
for i in range(70):
    s = s + chr(0x61 + i % 26) + ("é" if i % 5 == 0 else "")
    if 50 <= len(s.encode()) <= 60:
        print(len(s), len(s.encode()), s[-4:], s[::9])
acc = []
t = "ü"
while len(t.encode()) < 120:
    t += t[-1] + "z"
    acc.append((len(t), len(t.encode()), t[-3:]))
print(acc)

# Slicing a long string into short pieces and back.
long = "".join(chr(0x3b1 + i % 20) for i in range(40)) + "ascii tail " * 3
pieces = [long[i:i + 7] for i in range(0, len(long), 7)]
print(len(long), len(long.encode()), [len(p.encode()) for p in pieces])
print("".join(pieces) == long, long[26:28], long[::-1][:6])

# Equal text made both ways: as dict keys, set members, sort keys and comparisons.
x54 = "k" * 54
x55 = "k" * 55
made54 = "k" * 20 + "k" * 34
made55 = "".join(["k"] * 55)
d = {x54: 1, x55: 2}
print(d[made54], d[made55], made54 in d, made55 in {x55}, len({x54, made54, x55, made55}))
d[made55] += 10
print(sorted(d.values()), x54 == made54, x55 == made55, x54 < x55, made55 > made54)
words = [x55, "k" * 53, made54, "k" * 56, "j" + "k" * 60, "l", "é" * 27, "é" * 28]
print([len(w) for w in sorted(words)])
print(sorted(words) == sorted(words, key=lambda w: w.encode()))
print(max(words) == "é" * 28, min(words) == "j" + "k" * 60)

# Identity: an object stays itself through containers, whatever its form.
for s in (x54, x55, made54):
    box = [s, (s,), {s: s}]
    print(box[0] is s, box[1][0] is s, box[2][s] is s)

# Methods whose results land on either side of the boundary.
m = "Ab" * 27
print(len(m.upper()), m.lower()[:4], m.replace("b", "éé")[-4:], len(m.replace("b", "éé").encode()))
print(m.split("b")[:3], len(m.strip("A")), m.center(56, "*")[:3], f"{m}!"[-3:], ("%s?" % m)[-2:])
print(str(10 ** 53)[-3:], len(str(10 ** 53)), len(repr(x54)), repr("é" * 27)[-3:])

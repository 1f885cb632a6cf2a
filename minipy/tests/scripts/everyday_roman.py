NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = ""
    for value, sym in NUMERALS:
        count, n = divmod(n, value)
        out += sym * count
    return out

def from_roman(s):
    vals = {sym: v for v, sym in NUMERALS if len(sym) == 1}
    total = 0
    for cur, nxt in zip(s, s[1:] + " "):
        v = vals[cur]
        total += -v if nxt != " " and vals[nxt] > v else v
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    assert from_roman(r) == n, (n, r)
    print(f"{n:>5} = {r}")
for bad in (0, 4000, -1):
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)

def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n, base in [(255, 2), (255, 16), (-42, 7), (0, 3), (123456789, 36)]:
    s = to_base(n, base)
    print(n, base, s, int(s, base) == n)
print(format(1234567.891, ",.2f"), format(42, "08b"), format(0.25, ".1%"), format("x", "^5"))
print(str(10**20), 10**20 // 7, (10**20) % 7, -(10**20) // 7, 2**64 - 1 == 18446744073709551615)

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {s: v for v, s in ROMAN if len(s) == 1}


def to_roman(n: int) -> str:
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    parts = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        parts.append(sym * count)
    return "".join(parts)


def from_roman(s: str) -> int:
    s = s.upper()
    total = 0
    for i, ch in enumerate(s):
        v = VALUES[ch]
        if i + 1 < len(s) and VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total


class Roman:
    __slots__ = ("value",)

    def __init__(self, v):
        self.value = v if isinstance(v, int) else from_roman(v)

    def __add__(self, other):
        return Roman(self.value + int(other))

    __radd__ = __add__

    def __int__(self):
        return self.value

    def __repr__(self):
        return f"Roman({to_roman(self.value)!r})"

    def __str__(self):
        return to_roman(self.value)


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    assert from_roman(r) == n
    print(f"{n:>5} {r:<15} {len(r)}")

for bad in [0, 4000, 3.5, True, "IIII", "MCMXCIV", "xlii", "IM"]:
    try:
        if isinstance(bad, str):
            print(bad, "->", from_roman(bad))
        else:
            print(bad, "->", to_roman(bad))
    except (ValueError, TypeError, KeyError) as e:
        print(bad, "->", type(e).__name__, e)

print(Roman("XII") + Roman(30), 5 + Roman("V"), repr(sum([Roman(1), Roman(2), Roman(3)], Roman(10))))
longest = max(range(1, 400), key=lambda n: (len(to_roman(n)), -n))
print(longest, to_roman(longest))
print(sum(1 for n in range(1, 400) if to_roman(n) == to_roman(n)[::-1]))
try:
    Roman(5).other = 1
except AttributeError as e:
    print("AttributeError", "slots" if "other" in str(e) else str(e))

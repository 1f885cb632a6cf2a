import string


def to_base(n: int, base: int) -> str:
    if not 2 <= base <= 36:
        raise ValueError("base must be in 2..36")
    digits = string.digits + string.ascii_lowercase
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


def popcount(n):
    return bin(n).count("1")


def hexdump(data: bytes, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexs = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        yield f"{off:04x}  {hexs:<{width * 3}} |{text}|"


for n in [0, 5, 255, -42, 2 ** 64, 123456789]:
    print(f"{n:>22} b2={to_base(n, 2)[:20]:<20} b16={to_base(n, 16):>17} b36={to_base(n, 36)}")
    assert int(to_base(n, 7), 7) == n
print(hex(48879), oct(8), bin(10), int("ff", 16), int("0b101", 0), int("z", 36), int("  42 "))
print(f"{3735928559:_x} {1_000_000:_} {0xdead:>10X} {10:#010b} {-5:x}")
print([popcount(i) for i in range(16)], (255).bit_length(), (-1 & 0xFF), 1 << 100 >> 98)
mask = 0
for bit in (1, 3, 5):
    mask |= 1 << bit
print(bin(mask), mask & 0b101010, mask ^ 0xFF, ~mask, mask >> 1)
print("\n".join(hexdump(b"Hello, World!\x00\x01\xff tail")))
try:
    to_base(10, 40)
except ValueError as e:
    print("error:", e)
try:
    int("12z")
except ValueError as e:
    print("error:", e)
big = 2 ** 200 + 3 ** 100
print(big, len(str(big)), big % 97, big // 10 ** 50, pow(3, 200, 10 ** 9 + 7))
print(divmod(-17, 5), -17 // 5, -17 % 5, divmod(17, -5), abs(-2 ** 70))
print(f"{2**70:,}", str(10 ** 30)[::7], int(str(2 ** 100)[::-1]) % 1000)
print(string.ascii_uppercase[::5], string.punctuation[:6], string.hexdigits, string.capwords("hello wide  world"))
tmpl = string.Template("$who owes ${amount}c")
print(tmpl.substitute(who="bob", amount=350), tmpl.safe_substitute(who="amy"))

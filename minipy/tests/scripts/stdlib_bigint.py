# Arbitrary-precision ints: overflow of 64-bit arithmetic promotes, results that fit come back small.
print(2**100, 2**64, -2**63 - 1, 10**30 // 7, 10**30 % 7, -(10**25) // 3, -(10**25) % 3)
x = 9223372036854775807
print(x + 1, x * x, -x - 2, abs(-x - 2), (x + 1) - 1, type(x + 1).__name__)
print(2**100 == 2**100, 2**100 > 2**99, 2**64 == 2.0**64, 2**64 < 1e30, 2**100 != 2**100 + 1)
print(hash(2**100), hash(2**64) == hash(2.0**64), hash(-(2**70)), {2**100: "big"}[2**100])
print(int("123456789012345678901234567890"), int("-99999999999999999999"), int("0x" + "f" * 20, 16))
print(str(3**50), repr(-(3**50)), len(str(2**1000)), int(1e20), int(-1.5e19), float(2**70))
print(2**100 / 2**98, 10**400 // 10**399, 10**400 / 10**399, (2**100) ** 2 > 0, 7**-1)
print((1 << 100) >> 98, 1 << 64, (2**100) & 0xFF, (2**100) | 1, (2**100) ^ (2**100), ~(2**100))
print((2**70).bit_length(), (-(2**70)).bit_length(), divmod(10**20, 7), pow(2, 100), pow(3, 40))
print(sum([2**62, 2**62, 2**62]), max(2**100, 3), min(-(2**100), 0), sorted([2**65, 1, -(2**65)]))
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF, 1_000_000_000_000_000_000_000)
print(2**100 + 0.5, 0.5 * 2**100, 2**100 - 2**100, bool(2**100), -(-(2**63)))
print(f"{2**100}", "%d" % 2**80, str(2**64).zfill(25), 2**100 in {2**100}, [2**70].count(2**70))
try:
    float(2**2000)
except OverflowError as e:
    print("OverflowError", e)
try:
    2**5000 / 1
except OverflowError as e:
    print("OverflowError", e)
try:
    (2**100) // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(f"{2**100:,}", format(-2**70, "x"), "{:>40}".format(3**40*7**9), f"{2**64:e}", "%x" % 2**70)

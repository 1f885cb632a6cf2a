from itertools import groupby, chain, repeat, islice, accumulate
import re


def rle_encode(s: str) -> str:
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))


def rle_decode(s: str) -> str:
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))


def rle_bytes(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)


def unrle_bytes(data: bytes) -> bytes:
    return b"".join(bytes([data[i + 1]]) * data[i] for i in range(0, len(data), 2))


samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "abc", "aabbbcccc", "", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"]
for s in samples:
    enc = rle_encode(s)
    dec = rle_decode(enc)
    ratio = len(enc) / len(s) if s else 0
    print(f"{s[:12]!r:16} -> {enc!r:30} ok={dec == s} ratio={ratio:.2f}")

raw = bytes(chain(repeat(0, 300), [1, 2, 2], repeat(255, 4)))
packed = rle_bytes(raw)
print(len(raw), len(packed), packed.hex(), unrle_bytes(packed) == raw)
print(packed[:4], list(packed[-2:]), bytes.fromhex("48 69").decode())
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.extend(b"!!")
print(ba, ba.upper(), ba.count(b"l"), bytes(ba).split(b"l"))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(islice(repeat("x"), 3)))
groups = [(k, len(list(g))) for k, g in groupby(sorted("mississippi"))]
print(groups)
print([(k, [w for w in g]) for k, g in groupby(["apple", "avocado", "banana", "blue", "cherry"], key=lambda w: w[0])])
print("ab".encode("utf-8") + "é".encode(), "naïve".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"))
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), bytes(3), b"x" * 3)

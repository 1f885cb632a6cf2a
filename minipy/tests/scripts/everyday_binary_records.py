# Fixed-size binary records: pack with int.to_bytes, write to a file, read back and query.
import os
import time

FIELDS = [("id", 2), ("year", 2), ("score", 1), ("flags", 1)]
RECORD = sum(size for _, size in FIELDS)

def pack(rec, name):
    out = b""
    for field, size in FIELDS:
        out += rec[field].to_bytes(size, "little")
    encoded = name.encode("utf-8")[:10]
    return out + encoded + bytes(10 - len(encoded))

def unpack(blob):
    rec, pos = {}, 0
    for field, size in FIELDS:
        rec[field] = int.from_bytes(blob[pos:pos + size], "little")
        pos += size
    rec["name"] = blob[pos:pos + 10].rstrip(b"\x00").decode("utf-8")
    return rec

people = [
    ({"id": 1, "year": 1990, "score": 88, "flags": 0b01}, "Ana"),
    ({"id": 2, "year": 1985, "score": 92, "flags": 0b11}, "Björn"),
    ({"id": 300, "year": 2001, "score": 75, "flags": 0b10}, "Chen"),
    ({"id": 4, "year": 1999, "score": 99, "flags": 0b00}, "Dolores"),
]
path = f"/tmp/people_{time.time_ns()}.bin"
with open(path, "wb") as f:
    for rec, name in people:
        f.write(pack(rec, name))
print("file size:", os.path.getsize(path), "record size:", RECORD + 10)
with open(path, "rb") as f:
    data = f.read()
os.remove(path)
size = RECORD + 10
loaded = [unpack(data[i:i + size]) for i in range(0, len(data), size)]
for r in sorted(loaded, key=lambda r: -r["score"]):
    flags = "".join(c for c, bit in (("A", 1), ("B", 2)) if r["flags"] & bit) or "-"
    print(f"{r['id']:>4} {r['name']:<8} {r['year']} {r['score']:>3} {flags}")
print(data[:6].hex(" "), data[6:16])
print(sum(1 for r in loaded if r["year"] < 1995), max(loaded, key=lambda r: r["year"])["name"])

"""Binary record file: struct pack/unpack, io.BytesIO, tempfile, checksum."""
import io
import os
import struct
import tempfile
import zlib

HEADER = struct.Struct("<4sHI")
RECORD = struct.Struct("<I16sfh")

people = [(1, "Ada Lovelace", 36.5, -3), (2, "Alan Turing", 41.0, 12), (3, "Grace Hopper", 85.25, 7),
          (4, "Édouard", 1.5, 0)]


def write(fh, rows):
    fh.write(HEADER.pack(b"PPL1", 1, len(rows)))
    for rid, name, score, delta in rows:
        fh.write(RECORD.pack(rid, name.encode("utf-8"), score, delta))


def read(fh):
    magic, version, n = HEADER.unpack(fh.read(HEADER.size))
    assert magic == b"PPL1", magic
    rows = []
    for _ in range(n):
        rid, raw, score, delta = RECORD.unpack(fh.read(RECORD.size))
        rows.append((rid, raw.rstrip(b"\0").decode("utf-8"), score, delta))
    return version, rows


buf = io.BytesIO()
write(buf, people)
data = buf.getvalue()
print("header size", HEADER.size, "record size", RECORD.size, "total", len(data))
print("first 16 bytes:", data[:16].hex(" "))
print("crc32:", format(zlib.crc32(data), "08x"), "adler:", zlib.adler32(data))
buf.seek(0)
version, rows = read(buf)
print("version", version)
for r in rows:
    print(f"  {r[0]:>2} {r[1]:<14} {r[2]:7.2f} {r[3]:+d}")

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "people.bin")
    with open(p, "wb") as fh:
        write(fh, people[:2])
    print("file size:", os.path.getsize(p))
    with open(p, "r+b") as fh:
        fh.seek(HEADER.size + RECORD.size * 1)
        fh.write(struct.pack("<I", 99))
    with open(p, "rb") as fh:
        print(read(fh)[1])

print(struct.pack(">hHi", -2, 65535, 1).hex(), struct.unpack("<d", struct.pack("<d", 0.1))[0])
print(struct.calcsize("<bhiq"), struct.calcsize("@bi") >= 5, struct.pack("3s", b"abcdef"))
vals = list(struct.iter_unpack("<H", bytes(range(8))))
print(vals)
try:
    struct.pack("<b", 200)
except struct.error as e:
    print("struct.error:", e)
b = bytearray(8)
struct.pack_into("<HH", b, 2, 0xBEEF, 7)
print(b, int.from_bytes(b[2:4], "little") == 0xBEEF, (513).to_bytes(2, "big"))
comp = zlib.compress(b"hello " * 50)
print(len(comp) < 300, zlib.decompress(comp)[:11])

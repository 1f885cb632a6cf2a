# Checksums and encodings of a few messages: bytes, hex digests, encode/decode errors.
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

def fletcher16(data):
    s1 = s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return s2 << 8 | s1

messages = ["hello", "Grüße aus Köln", "naïve café", "plain ASCII text"]
for msg in messages:
    raw = msg.encode("utf-8")
    print(f"{msg!r:22} {len(msg):3} chars {len(raw):3} bytes adler={adler32(raw):08x} f16={fletcher16(raw):04x}")

blob = "Grüße".encode()
print(blob, blob.hex(), blob.hex(" "), bytes.fromhex(blob.hex()) == blob)
print(list(blob[:3]), blob[2:4].decode("utf-8"), blob.decode("latin-1"))
for enc in ["ascii", "latin-1", "utf-8"]:
    try:
        data = "café €".encode(enc)
        print(enc, "->", data)
    except UnicodeEncodeError as e:
        print(enc, "failed:", e.reason, "at", e.start)
print("café €".encode("ascii", errors="replace"), "café".encode("ascii", "ignore"))
try:
    b"\xff\xfeabc".decode("utf-8")
except UnicodeDecodeError as e:
    print("decode error:", e)
print(b"\xff\xfeabc".decode("utf-8", "replace"))
header = (513).to_bytes(2, "big") + (7).to_bytes(2, "little")
print(header, int.from_bytes(header[:2], "big"), int.from_bytes(header[2:], "little"))
words = b"alpha beta  gamma".split()
print(words, b"-".join(w.upper() for w in words), b"beta" in words, words.index(b"gamma"))

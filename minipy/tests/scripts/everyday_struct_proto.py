import struct
import hashlib
import io

MAGIC = b"MPKT"
HEADER = struct.Struct(">4sBHI")

class ProtocolError(Exception):
    pass

def encode(msg_type, payload: bytes, seq):
    header = HEADER.pack(MAGIC, msg_type, len(payload), seq)
    digest = hashlib.sha256(header + payload).digest()[:4]
    return header + payload + digest

def decode(stream):
    while True:
        head = stream.read(HEADER.size)
        if not head:
            return
        if len(head) < HEADER.size:
            raise ProtocolError("truncated header")
        magic, mtype, length, seq = HEADER.unpack(head)
        if magic != MAGIC:
            raise ProtocolError(f"bad magic {magic!r}")
        payload = stream.read(length)
        check = stream.read(4)
        if hashlib.sha256(head + payload).digest()[:4] != check:
            raise ProtocolError(f"checksum mismatch at seq {seq}")
        yield mtype, seq, payload

buf = io.BytesIO()
msgs = [(1, b"hello"), (2, "héllo wörld".encode("utf-8")), (3, struct.pack("<3f", 1.5, -2.25, 3.0))]
for i, (t, p) in enumerate(msgs, start=100):
    buf.write(encode(t, p, i))
raw = buf.getvalue()
print(len(raw), raw[:11].hex())
print(HEADER.size, struct.calcsize("<3f"), struct.calcsize(">qh"))

for mtype, seq, payload in decode(io.BytesIO(raw)):
    if mtype == 3:
        print(seq, [round(x, 2) for x in struct.unpack("<3f", payload)])
    else:
        print(seq, mtype, payload.decode("utf-8"), len(payload))

bad = bytearray(raw)
bad[HEADER.size + 1] ^= 0xFF
try:
    list(decode(io.BytesIO(bytes(bad))))
except ProtocolError as e:
    print("error:", e)
try:
    list(decode(io.BytesIO(b"XXXX" + raw[4:])))
except ProtocolError as e:
    print("error:", e)
try:
    list(decode(io.BytesIO(raw[:5])))
except ProtocolError as e:
    print("error:", e)

print(hashlib.md5(b"abc").hexdigest())
print(hashlib.sha1(b"abc").hexdigest()[:16])
n = int.from_bytes(b"\x01\x02\x03", "big")
print(n, n.to_bytes(4, "little"), (1 << 70).to_bytes(9, "big").hex())
print(struct.unpack(">H", b"\xff\xfe"), struct.pack("<i", -2))

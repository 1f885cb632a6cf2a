# uuid's public API: UUID from each form, its properties, reprs, ordering, hashing,
# immutability, pickling-free copies, the errors of bad arguments, uuid3/uuid5 values, and
# only the shape of uuid1/uuid4 (their values are random).
import copy
import uuid

forms = ['12345678123456781234567812345678', '{12345678-1234-5678-1234-567812345678}',
         'urn:uuid:12345678-1234-5678-1234-567812345678', '12345678-1234-5678-1234-567812345678',
         '{ABCDEF01-2345-6789-ABCD-EF0123456789}', '{{12345678123456781234567812345678}}', '1234-5678123456781234567812345678', 'urn:uuid:{00000000-0000-0000-0000-000000000000}']
for s in forms:
    u = uuid.UUID(s)
    print(str(u), repr(u), u.hex, u.int, u.urn)
u = uuid.UUID('12345678123456781234567812345678')
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low,
      u.time, u.clock_seq, u.node, u.version, u.variant, u.is_safe)
for kw in [dict(bytes=u.bytes), dict(bytes_le=u.bytes_le), dict(fields=u.fields), dict(int=u.int),
           dict(hex=str(u)), dict(int=0), dict(int=2**128 - 1)]:
    v = uuid.UUID(**kw)
    print(sorted(kw), v, v == u, v.version, v.variant)
for ver in [1, 2, 3, 4, 5]:
    v = uuid.UUID(int=2**128 - 1, version=ver)
    print(ver, v, v.version, v.variant, uuid.UUID(int=0, version=ver))
for top in [0, 0x8, 0xC, 0xE, 0xF]:
    v = uuid.UUID(int=top << 60)
    print(top, v.variant, v.version)
print(uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe, list(uuid.SafeUUID),
      uuid.SafeUUID.unsafe.value, uuid.SafeUUID('unknown' if False else None))
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=' | ')
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, a == '1', sorted([b, a]))
print(hash(a) == hash(1), hash(u) == hash(uuid.UUID(str(u))), int(u) == u.int, {a: 1}[uuid.UUID(int=1)])
print(copy.copy(u) == u, copy.deepcopy(u) == u, str(copy.copy(u)))
for name in ['python.org', 'example.com', '', 'ünïcode']:
    print(uuid.uuid3(uuid.NAMESPACE_DNS, name), uuid.uuid5(uuid.NAMESPACE_DNS, name))
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), str(r)[14], r != uuid.uuid4(), r.is_safe)
t = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t.version, t.variant, t.node, t.clock_seq, t.time > 0x1d0000000000000)
print(uuid.uuid1().version, 0 <= uuid.getnode() < 2**48, uuid.getnode() == uuid.getnode())

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for f in [lambda: uuid.UUID('xyz'), lambda: uuid.UUID('1234567812345678123456781234567g'), lambda: uuid.UUID('12345678-1234-5678-1234-5678123456781'),
          lambda: uuid.UUID(), lambda: uuid.UUID(hex='0' * 32, int=1),
          lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=2**128),
          lambda: uuid.UUID(bytes=b'12'), lambda: uuid.UUID(bytes_le=b'1' * 17),
          lambda: uuid.UUID(fields=(1, 2, 3)), lambda: uuid.UUID(fields=(2**32, 0, 0, 0, 0, 0)),
          lambda: uuid.UUID(fields=(0, 2**16, 0, 0, 0, 0)), lambda: uuid.UUID(fields=(0, 0, 2**16, 0, 0, 0)),
          lambda: uuid.UUID(fields=(0, 0, 0, 256, 0, 0)), lambda: uuid.UUID(fields=(0, 0, 0, 0, 256, 0)),
          lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 2**48)),
          lambda: uuid.UUID(int=1, version=6), lambda: uuid.UUID(int=1, version=0),
          lambda: uuid.UUID(5), lambda: uuid.UUID(bytes='x' * 16),
          lambda: uuid.uuid3(uuid.NAMESPACE_DNS, 5), lambda: uuid.uuid5(uuid.NAMESPACE_DNS, b'x'), lambda: u < 5, lambda: u == u.hex,
          lambda: setattr(u, 'int', 5), lambda: setattr(u, 'other', 5)]:
    attempt(f)
print(u.__getstate__(), uuid.UUID(int=7).__getstate__())
w = uuid.UUID(int=9)
w.__setstate__({'int': 10})
print(w, w.is_safe)

# uuid: the UUID class, uuid3/uuid5 (MD5/SHA-1 in Python), and uuid1/uuid4's shape (not their values).
import uuid
u = uuid.UUID('12345678123456781234567812345678')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn, u.time, u.node, u.clock_seq)
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u, uuid.UUID(fields=u.fields) == u, hash(u) == hash(uuid.UUID(str(u))))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'https://x.y/z'), uuid.uuid5(uuid.NAMESPACE_OID, '1.2.3'))
a = uuid.uuid4(); b = uuid.uuid4()
print(a != b, a.version, a.variant, len(str(a)), str(a)[14], isinstance(a.int, int), 0 <= a.int < 2**128)
v1 = uuid.uuid1(); print(v1.version, v1.variant == uuid.RFC_4122, uuid.uuid1(node=1, clock_seq=2).node)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), uuid.UUID(int=1) < uuid.UUID(int=2), str(uuid.NAMESPACE_X500))
for f in [lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b'12')]:
    try: f()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
try: u.int = 5
except TypeError as e: print(e)
print(uuid.SafeUUID.unknown, u.is_safe, int(u) == u.int, uuid.UUID(str(u), version=4))

import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256"]:
    h = getattr(hashlib, name)(b"hello world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())

h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(bytearray(b"there"))
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest())
print(c.hexdigest())
print(h.digest()[:8], len(h.digest()))
print(hashlib.new("SHA1", b"abc").hexdigest(), hashlib.new("md5").name)
print(hashlib.md5("café".encode()).hexdigest(), hashlib.md5(b"", usedforsecurity=False).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256", "sha512"}))
print(type(h).__name__, repr(h).startswith("<sha256 _hashlib.HASH object @ 0x"))
for bad in [lambda: hashlib.sha256("text"), lambda: h.update("text"), lambda: hashlib.new("nope"),
            lambda: hashlib.md5(42)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

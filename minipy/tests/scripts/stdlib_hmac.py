import hashlib
import hmac

h = hmac.new(b"secret", b"message", hashlib.sha256)
print(h.name, h.digest_size, h.block_size, h.hexdigest())
h2 = h.copy()
h.update(b" more")
print(h.hexdigest(), h2.hexdigest() == hmac.new(b"secret", b"message", "sha256").hexdigest())
print(hmac.new(b"k" * 200, b"long key", "sha512").hexdigest()[:32], hmac.new(b"", b"", "md5").hexdigest())
print(hmac.digest(b"key", b"The quick brown fox jumps over the lazy dog", "sha1").hex())
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest(b"abc", b"abd"))
for bad in [lambda: hmac.new("text", b"m", "sha256"), lambda: hmac.new(b"k", b"m"),
            lambda: hmac.compare_digest("a", b"a")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

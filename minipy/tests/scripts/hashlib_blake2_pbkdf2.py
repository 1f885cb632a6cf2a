# hashlib's BLAKE2 (digest size, key, salt, person), pbkdf2_hmac and scrypt.
import hashlib

print(hashlib.blake2b(b"abc").hexdigest())
print(hashlib.blake2s(b"abc").hexdigest())
print(hashlib.blake2b(b"").hexdigest()[:32], hashlib.blake2s().hexdigest()[:32])
print(hashlib.blake2b(b"abc", digest_size=20, key=b"k", salt=b"s", person=b"p").hexdigest())
print(hashlib.blake2s(b"abc", digest_size=16, key=b"secret" * 5, salt=b"12345678", person=b"me").hexdigest())
print(hashlib.blake2b(key=b"only a key").hexdigest()[:40])
h = hashlib.blake2b(digest_size=32)
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest(), c.hexdigest() == hashlib.blake2b(b"hello ", digest_size=32).hexdigest())
print(h.name, h.digest_size, h.block_size, hashlib.blake2s().digest_size, hashlib.blake2s().block_size)
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2b.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE)
print(hashlib.new("blake2s", b"x").hexdigest(), "blake2b" in hashlib.algorithms_guaranteed)
print(hashlib.blake2b(b"x" * 300).hexdigest()[:24], hashlib.blake2b(b"y" * 128, key=b"z").hexdigest()[:24])

print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000, 16).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("SHA512", bytearray(b"pw"), b"salt", 3, 70).hex())
print(hashlib.pbkdf2_hmac("md5", b"", b"", 1).hex())
print(hashlib.scrypt(b"pw", salt=b"salt", n=16, r=8, p=1, dklen=16).hex())
print(hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1).hex())

for call in [
    lambda: hashlib.pbkdf2_hmac("sha256", "pw", b"salt", 1),
    lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 0),
    lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1, 0),
    lambda: hashlib.blake2b(digest_size=65),
    lambda: hashlib.blake2b(digest_size=0),
    lambda: hashlib.blake2b(key=b"x" * 65),
    lambda: hashlib.blake2s(salt=b"x" * 9),
    lambda: hashlib.blake2s(person=b"x" * 9),
    lambda: hashlib.blake2b("text"),
    lambda: hashlib.scrypt(b"pw", salt=b"s", n=3, r=1, p=1),
]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    hashlib.pbkdf2_hmac("nope", b"pw", b"salt", 1)
except ValueError:
    print("ValueError for an unknown hash")

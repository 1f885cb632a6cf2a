"""minipy's hashlib: md5, sha1, the sha2 and sha3 families, `new`, `file_digest`, over the Rust
helper `_hash_digest(name, data)` (RustCrypto's hash functions).

A hash object keeps the bytes `update` gave it and hashes them afresh for each `digest()`. There
is no blake2, shake, pbkdf2_hmac or scrypt: those names raise NotImplementedError.
"""

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'file_digest')

# name -> (digest_size, block_size)
_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128), 'sha3_224': (28, 144), 'sha3_256': (32, 136),
    'sha3_384': (48, 104), 'sha3_512': (64, 72),
}
_MISSING = ('blake2b', 'blake2s', 'shake_128', 'shake_256')

algorithms_guaranteed = set(_SIZES)
algorithms_available = set(_SIZES)


def _check(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError('object supporting the buffer API required')


class HASH:
    """A hash object, as `hashlib.new` and the named constructors make."""

    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._data = bytearray()
        if data:
            self.update(data)

    def update(self, data):
        """Update this hash object's state with the provided bytes."""
        _check(data)
        self._data += data

    def digest(self):
        """Return the digest value as a bytes object."""
        return _hash_digest(self.name, self._data)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """Return a copy of the hash object."""
        other = HASH(self.name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


HASH.__module__ = '_hashlib'


def new(name, data=b'', **kwargs):
    """Return a new hashing object using the named algorithm; optionally initialized with data
    (which must be a bytes-like object)."""
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    for key in kwargs:
        if key != 'usedforsecurity':
            raise TypeError("'%s' is an invalid keyword argument for new()" % key)
    key = name.lower()
    if key not in _SIZES:
        if key in _MISSING:
            raise NotImplementedError('hashlib.new(%r): minipy has no %s' % (name, key))
        raise ValueError('unsupported hash type ' + name)
    if data:
        _check(data)
    return HASH(key, data)


def _constructor(name):
    def make(string=b'', *, usedforsecurity=True):
        if string:
            _check(string)
        return HASH(name, string)

    make.__name__ = make.__qualname__ = 'openssl_' + name
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')


def _missing(name):
    def missing(*args, **kwargs):
        raise NotImplementedError('hashlib.%s: minipy has no %s' % (name, name))

    missing.__name__ = missing.__qualname__ = name
    return missing


blake2b = _missing('blake2b')
blake2s = _missing('blake2s')
shake_128 = _missing('shake_128')
shake_256 = _missing('shake_256')
pbkdf2_hmac = _missing('pbkdf2_hmac')
scrypt = _missing('scrypt')


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object opened in binary mode; return a digest object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj

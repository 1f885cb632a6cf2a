"""minipy's hashlib: md5, sha1, the sha2 and sha3 families, blake2b and blake2s, `new`,
`file_digest`, `pbkdf2_hmac` and `scrypt`, over the Rust helpers `_hash_digest(name, data)`,
`_blake2`, `_pbkdf2` and `_scrypt` (RustCrypto's crates).

A hash object keeps the bytes `update` gave it and hashes them afresh for each `digest()`. There
is no shake: those names raise NotImplementedError, as do BLAKE2's tree hashing parameters.
"""

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'blake2b', 'blake2s', 'new', 'algorithms_guaranteed', 'algorithms_available',
           'file_digest', 'pbkdf2_hmac', 'scrypt')

# name -> (digest_size, block_size)
_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128), 'sha3_224': (28, 144), 'sha3_256': (32, 136),
    'sha3_384': (48, 104), 'sha3_512': (64, 72),
}
_MISSING = ('shake_128', 'shake_256')

algorithms_guaranteed = set(_SIZES) | {'blake2b', 'blake2s'}
algorithms_available = set(algorithms_guaranteed)


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
    if key in ('blake2b', 'blake2s'):
        return globals()[key](data)
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


shake_128 = _missing('shake_128')
shake_256 = _missing('shake_256')


class _Blake2:
    """blake2b / blake2s: the parameters fixed at construction, the message kept as for HASH."""

    _NAME = None
    _MAX_DIGEST = _MAX_KEY = _SALT = _PERSON = _BLOCK = 0

    def __init__(self, data=b'', *, digest_size=None, key=b'', salt=b'', person=b'',
                 fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
                 inner_size=0, last_node=False, usedforsecurity=True):
        if digest_size is None:
            digest_size = self._MAX_DIGEST
        if not 1 <= digest_size <= self._MAX_DIGEST:
            raise ValueError('digest_size must be between 1 and %d bytes' % self._MAX_DIGEST)
        for what, value, limit in (('maximum key length', key, self._MAX_KEY),
                                   ('maximum salt length', salt, self._SALT),
                                   ('maximum person length', person, self._PERSON)):
            _check(value)
            if len(value) > limit:
                raise ValueError('%s is %d bytes' % (what, limit))
        if (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node) != (
                1, 1, 0, 0, 0, 0, False):
            raise NotImplementedError(
                'hashlib.%s: minipy has no tree hashing parameters' % self._NAME)
        self.name = self._NAME
        self.digest_size = digest_size
        self.block_size = self._BLOCK
        self._params = (bytes(key), bytes(salt), bytes(person))
        self._data = bytearray()
        if data:
            self.update(data)

    def update(self, data):
        """Update this hash object's state with the provided bytes."""
        _check(data)
        self._data += data

    def digest(self):
        """Return the digest value as a bytes object."""
        key, salt, person = self._params
        return _blake2(self._NAME, bytes(self._data), self.digest_size, key, salt, person)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """Return a copy of the hash object."""
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return '<_blake2.%s object @ %s>' % (self._NAME, hex(id(self)))


class blake2b(_Blake2):
    """Return a new BLAKE2b hash object."""

    _NAME = 'blake2b'
    _MAX_DIGEST = _MAX_KEY = 64
    _SALT = _PERSON = 16
    _BLOCK = 128
    MAX_DIGEST_SIZE = MAX_KEY_SIZE = 64
    SALT_SIZE = PERSON_SIZE = 16


class blake2s(_Blake2):
    """Return a new BLAKE2s hash object."""

    _NAME = 'blake2s'
    _MAX_DIGEST = _MAX_KEY = 32
    _SALT = _PERSON = 8
    _BLOCK = 64
    MAX_DIGEST_SIZE = MAX_KEY_SIZE = 32
    SALT_SIZE = PERSON_SIZE = 8


blake2b.__module__ = blake2s.__module__ = '_blake2'


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom
    function."""
    if not isinstance(hash_name, str):
        raise TypeError('pbkdf2_hmac() argument 1 must be str, not %s' % type(hash_name).__name__)
    for value in (password, salt):
        if isinstance(value, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        _check(value)
    name = hash_name.lower()
    if name not in _SIZES:
        raise ValueError('unsupported hash type ' + hash_name)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if dklen is None:
        dklen = _SIZES[name][0]
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    return _pbkdf2(name, bytes(password), bytes(salt), iterations, dklen)


def scrypt(password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64):
    """scrypt password-based key derivation function."""
    if salt is None:
        raise TypeError('salt is required')
    if n is None or r is None or p is None:
        raise TypeError('n, r and p are required')
    _check(password)
    _check(salt)
    if n < 2 or n & (n - 1):
        raise ValueError('n must be a power of 2.')
    return _scrypt(bytes(password), bytes(salt), n, r, p, dklen)


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

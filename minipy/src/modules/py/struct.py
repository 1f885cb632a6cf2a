# minipy's struct, written anew after CPython 3.11's _struct.c: the formats @=<>! and
# xcbB?hHiIlLqQnNefdspP with native sizes and alignment of x86-64 Linux (little-endian), and
# _struct's error messages. Floats are packed by the Rust helpers _pack_float/_unpack_float.

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct',
           'error']


class error(Exception):
    pass


_NATIVE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8,
           'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1,
           'P': 8}
_STANDARD = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4,
             'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_SMALL = {'b': "byte format requires -128 <= number <= 127",
          'B': "ubyte format requires 0 <= number <= 255",
          'h': "short format requires -32768 <= number <= 32767",
          'H': "ushort format requires 0 <= number <= 65535"}
_cache = {}


def _compile(fmt):
    """(little-endian, [(code, count, offset, size)], total size) for format `fmt`."""
    key = fmt
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(fmt, (bytes, bytearray)):
        fmt = bytes(fmt).decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    order = fmt[:1]
    if order and order in '@=<>!':
        s = fmt[1:]
    else:
        order = '@'
        s = fmt
    native = order == '@'
    little = order in '@=<'
    table = _NATIVE if native else _STANDARD
    items = []
    size = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if '0' <= c <= '9':
            j = i
            while j < n and '0' <= s[j] <= '9':
                j += 1
            count = int(s[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = s[i]
        if c not in table:
            raise error("bad char in struct format")
        i += 1
        sz = table[c]
        if native and sz > 1:
            size = (size + sz - 1) // sz * sz
        if c in 'sp':
            items.append((c, count, size, count))
            size += count
        elif c == 'x':
            size += count
        else:
            for k in range(count):
                items.append((c, 1, size, sz))
                size += sz
    r = (little, native, items, size)
    if len(_cache) > 100:
        _cache.clear()
    if isinstance(key, (str, bytes)):
        _cache[key] = r
    return r


def _int(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise error("required argument is not an integer")
    return index(v)


def _float(v):
    if isinstance(v, float):
        return v
    if isinstance(v, int) or hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
        return float(v)
    raise error("required argument is not a float")


def _check_int(c, n, sz, native):
    if c == 'P':
        if not -2 ** 63 <= n < 2 ** 64:
            raise error("argument out of range")
        return n & 0xFFFFFFFFFFFFFFFF
    if c in _SMALL:
        if not -2 ** 63 <= n < 2 ** 63:
            raise error("argument out of range")
        lo, hi = (-(1 << (8 * sz - 1)), (1 << (8 * sz - 1)) - 1) if c in 'bh' else (0, (1 << (8 * sz)) - 1)
        if not lo <= n <= hi:
            raise error(_SMALL[c])
        return n
    if c in 'ilqn':
        if not -2 ** 63 <= n < 2 ** 63:
            raise error("argument out of range")
        hi = (1 << (8 * sz - 1)) - 1
        if sz < 8 and not -hi - 1 <= n <= hi:
            raise error("'%s' format requires %d <= number <= %d" % (c, -hi - 1, hi))
        return n
    if n < 0 or n >= 2 ** 64:
        raise error("argument out of range")
    hi = (1 << (8 * sz)) - 1
    if sz < 8 and n > hi:
        raise error("'%s' format requires 0 <= number <= %d" % (c, hi))
    return n


def _pack_to(st, out, base, args):
    little, native, items, size = st
    order = 'little' if little else 'big'
    for (c, count, off, sz), v in zip(items, args):
        off += base
        if c in 'sp':
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % c)
            if c == 's':
                data = bytes(v[:count])
                out[off:off + len(data)] = data
            elif count > 0:
                k = min(len(v), count - 1, 255)
                out[off] = k
                out[off + 1:off + 1 + k] = bytes(v[:k])
        elif c == 'c':
            if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                raise error("char format requires a bytes object of length 1")
            out[off] = v[0]
        elif c == '?':
            out[off] = 1 if v else 0
        elif c in 'efd':
            out[off:off + sz] = _pack_float(_float(v), sz, little)
        else:
            n = _check_int(c, _int(v), sz, native)
            out[off:off + sz] = n.to_bytes(sz, order, signed=n < 0)


def _unpack_at(st, buf, base):
    little, native, items, size = st
    order = 'little' if little else 'big'
    res = []
    for c, count, off, sz in items:
        off += base
        if c == 's':
            res.append(bytes(buf[off:off + count]))
        elif c == 'p':
            if count == 0:
                res.append(b'')
                continue
            k = buf[off]
            if k >= count:
                k = count - 1
            res.append(bytes(buf[off + 1:off + 1 + k]))
        elif c == 'c':
            res.append(bytes(buf[off:off + 1]))
        elif c == '?':
            res.append(buf[off] != 0)
        elif c in 'efd':
            res.append(_unpack_float(bytes(buf[off:off + sz]), little))
        else:
            res.append(int.from_bytes(bytes(buf[off:off + sz]), order, signed=c in 'bhilqn'))
    return tuple(res)


def _buffer(buf):
    if isinstance(buf, (bytes, bytearray)):
        return buf
    raise TypeError("a bytes-like object is required, not '%s'" % type(buf).__name__)


def calcsize(format):
    return _compile(format)[3]


def pack(format, *v):
    st = _compile(format)
    if len(v) != len(st[2]):
        raise error("pack expected %d items for packing (got %d)" % (len(st[2]), len(v)))
    out = bytearray(st[3])
    _pack_to(st, out, 0, v)
    return bytes(out)


def pack_into(format, buffer, offset, *v):
    st = _compile(format)
    if len(v) != len(st[2]):
        raise error("pack_into expected %d items for packing (got %d)" % (len(st[2]), len(v)))
    if not isinstance(buffer, bytearray):
        raise TypeError("argument must be read-write bytes-like object, not %s"
                        % type(buffer).__name__)
    offset = _int(offset)
    size = st[3]
    n = len(buffer)
    if offset < 0:
        if offset + size > 0:
            raise error("no space to pack %d bytes at offset %d" % (size, offset))
        if offset + n < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, n))
        offset += n
    if n - offset < size:
        raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at "
                    "offset %d (actual buffer size is %d)" % (size + offset, size, offset, n))
    _pack_to(st, buffer, offset, v)


def unpack(format, buffer):
    st = _compile(format)
    buffer = _buffer(buffer)
    if len(buffer) != st[3]:
        raise error("unpack requires a buffer of %d bytes" % st[3])
    return _unpack_at(st, buffer, 0)


def unpack_from(format, buffer, offset=0):
    st = _compile(format)
    buffer = _buffer(buffer)
    size = st[3]
    n = len(buffer)
    if offset < 0:
        if offset + n < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, n))
        offset += n
    if n - offset < size:
        raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes "
                    "at offset %d (actual buffer size is %d)" % (size + offset, size, offset, n))
    return _unpack_at(st, buffer, offset)


class unpack_iterator:
    __module__ = '_struct'

    def __init__(self, st, buffer):
        self._st = st
        self._buf = buffer
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._buf):
            raise StopIteration
        r = _unpack_at(self._st, self._buf, self._pos)
        self._pos += self._st[3]
        return r

    def __length_hint__(self):
        return (len(self._buf) - self._pos) // self._st[3]


def iter_unpack(format, buffer):
    st = _compile(format)
    buffer = _buffer(buffer)
    if st[3] == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buffer) % st[3]:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % st[3])
    return unpack_iterator(st, bytes(buffer))


class Struct:
    """Struct(fmt) --> compiled struct object"""
    __module__ = '_struct'

    def __init__(self, format):
        self._st = _compile(format)
        if isinstance(format, (bytes, bytearray)):
            format = bytes(format).decode('latin-1')
        self.format = format
        self.size = self._st[3]

    def pack(self, *v):
        return pack(self.format, *v)

    def pack_into(self, buffer, offset, *v):
        return pack_into(self.format, buffer, offset, *v)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

# minipy's zlib: written for minipy from the documented behaviour, over miniz_oxide (a pure-Rust
# DEFLATE; see modules/extra.rs). Compressed bytes are valid zlib/DEFLATE/gzip streams but need
# not equal CPython's byte for byte (a different compressor); decompression reads any valid
# stream. compressobj buffers its input and compresses it whole at flush().

__all__ = ['compress', 'decompress', 'crc32', 'adler32', 'compressobj', 'decompressobj',
           'error', 'MAX_WBITS', 'DEFLATED', 'DEF_MEM_LEVEL', 'DEF_BUF_SIZE',
           'Z_DEFAULT_COMPRESSION', 'Z_BEST_SPEED', 'Z_BEST_COMPRESSION', 'Z_NO_COMPRESSION',
           'Z_FINISH', 'Z_NO_FLUSH', 'Z_SYNC_FLUSH', 'Z_FULL_FLUSH']

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


error.__module__ = 'zlib'


def _data(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


def crc32(data, value=0):
    return _crc32(_data(data), value)


def adler32(data, value=1):
    return _adler32(_data(data), value)


def _check_level(level):
    if not (-1 <= level <= 9):
        raise error('Bad compression level')


def _gzip_wrap(raw, data, level):
    import struct
    xfl = 2 if level == 9 else 4 if 0 <= level < 2 else 0
    head = b'\x1f\x8b\x08\x00\x00\x00\x00\x00' + bytes([xfl, 3])
    return head + raw + struct.pack('<II', crc32(data), len(data) & 0xffffffff)


def _compress(data, level, wbits):
    _check_level(level)
    if 9 <= wbits <= 15:
        return _deflate(data, level, 0)
    if -15 <= wbits <= -9:
        return _deflate(data, level, 1)
    if 25 <= wbits <= 31:
        return _gzip_wrap(_deflate(data, level, 1), data, level)
    raise ValueError('Invalid initialization option')


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    return _compress(_data(data), level, wbits)


def _skip_gzip_header(data):
    # The length of the gzip header at the start of data, or None while it is incomplete.
    if len(data) < 10:
        return None
    if data[:2] != b'\x1f\x8b' or data[2] != 8:
        raise error('Error -3 while decompressing data: incorrect header check')
    flags = data[3]
    pos = 10
    if flags & 4:
        if len(data) < pos + 2:
            return None
        pos += 2 + data[pos] + 256 * data[pos + 1]
    for bit in (8, 16):
        if flags & bit:
            end = data.find(b'\x00', pos)
            if end < 0:
                return None
            pos = end + 1
    if flags & 2:
        pos += 2
    if len(data) < pos:
        return None
    return pos


def _inflate_any(data, wbits):
    # (output, bytes used, ended) for one stream of the kind wbits names.
    if 9 <= wbits <= 15 or wbits == 0:
        try:
            return _inflate(data, 0)
        except ValueError:
            raise error('Error -3 while decompressing data: incorrect header check') from None
    if -15 <= wbits <= -8:
        try:
            return _inflate(data, 1)
        except ValueError:
            raise error('Error -3 while decompressing data: invalid block type') from None
    if 25 <= wbits <= 31 or 40 <= wbits <= 47:
        if 40 <= wbits <= 47 and data[:2] != b'\x1f\x8b':
            return _inflate_any(data, wbits - 32)
        head = _skip_gzip_header(data)
        if head is None:
            return (b'', 0, False)
        try:
            out, used, ended = _inflate(data[head:], 1)
        except ValueError:
            raise error('Error -3 while decompressing data: invalid block type') from None
        if not ended:
            return (out, 0, False)
        if len(data) < head + used + 8:
            return (out, 0, False)
        return (out, head + used + 8, True)
    raise ValueError('Invalid initialization option')


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _data(data)
    out, used, ended = _inflate_any(data, wbits)
    if not ended:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return out


class _Compress:
    def __init__(self, level, wbits):
        _check_level(level)
        if not (9 <= abs(wbits) <= 15 or 25 <= wbits <= 31):
            raise ValueError('Invalid initialization option')
        self._level = level
        self._wbits = wbits
        self._parts = []
        self._done = False

    def compress(self, data):
        if self._done:
            raise error('Error -2 while compressing data: inconsistent stream state')
        self._parts.append(_data(data))
        return b''

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return b''
        if mode != Z_FINISH:
            # A sync flush would need a streaming compressor: keep the input for Z_FINISH.
            return b''
        if self._done:
            return b''
        self._done = True
        return _compress(b''.join(self._parts), self._level, self._wbits)

    def copy(self):
        c = _Compress(self._level, self._wbits)
        c._parts = list(self._parts)
        c._done = self._done
        return c


class _Decompress:
    def __init__(self, wbits, zdict):
        self._wbits = wbits
        self._input = b''
        self._given = 0
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, max_length=0):
        data = _data(data)
        if self.eof:
            self.unused_data += data
            return b''
        self._input += data
        out, used, ended = _inflate_any(self._input, self._wbits)
        new = out[self._given:]
        if max_length and len(new) > max_length:
            new = new[:max_length]
        self._given += len(new)
        if ended and self._given == len(out):
            self.eof = True
            self.unused_data = self._input[used:]
            self._input = b''
        return new

    def flush(self, length=DEF_BUF_SIZE):
        if self.eof or not self._input:
            return b''
        out, used, ended = _inflate_any(self._input, self._wbits)
        new = out[self._given:]
        self._given += len(new)
        if ended:
            self.eof = True
            self.unused_data = self._input[used:]
            self._input = b''
        return new

    def copy(self):
        d = _Decompress(self._wbits, None)
        d._input, d._given, d.eof = self._input, self._given, self.eof
        d.unused_data = self.unused_data
        return d


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    if zdict is not None:
        raise NotImplementedError("minipy's zlib has no preset dictionaries")
    return _Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    if zdict:
        raise NotImplementedError("minipy's zlib has no preset dictionaries")
    return _Decompress(wbits, zdict)

# minipy's gzip: written for minipy from the documented behaviour (RFC 1952's member layout),
# over minipy's zlib. compress/decompress, open() and GzipFile for reading and writing whole
# files: a file read is decompressed when opened, one written is compressed when closed. The
# compressed bytes may differ from CPython's (see zlib).

import io as _io
import os as _os
import struct as _struct
import time as _time
import zlib as _zlib

_builtin_open = open

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9


class BadGzipFile(OSError):
    pass


BadGzipFile.__module__ = 'gzip'


def _header(level, mtime, fname=b''):
    flags = 8 if fname else 0
    xfl = 2 if level == _COMPRESS_LEVEL_BEST else 4 if level == _COMPRESS_LEVEL_FAST else 0
    head = b'\x1f\x8b\x08' + bytes([flags]) + _struct.pack('<I', int(mtime) & 0xffffffff)
    head += bytes([xfl, 255])
    if fname:
        head += fname + b'\x00'
    return head


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    data = bytes(data)
    if mtime is None:
        mtime = _time.time()
    raw = _zlib.compress(data, compresslevel, -15)
    return (_header(compresslevel, mtime) + raw
            + _struct.pack('<II', _zlib.crc32(data), len(data) & 0xffffffff))


def decompress(data):
    data = bytes(data)
    out = []
    while data:
        if data[:2] != b'\x1f\x8b':
            if out and not data.strip(b'\x00'):
                break
            raise BadGzipFile('Not a gzipped file (%r)' % (data[:2],))
        if len(data) < 3 or data[2] != 8:
            raise BadGzipFile('Unknown compression method')
        head = _zlib._skip_gzip_header(data)
        if head is None:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        try:
            chunk, used, ended = _zlib._inflate(data[head:], 1)
        except ValueError:
            raise _zlib.error('Error -3 while decompressing data: invalid block type') from None
        end = head + used
        if not ended or len(data) < end + 8:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        crc, size = _struct.unpack('<II', data[end:end + 8])
        if crc != _zlib.crc32(chunk):
            raise BadGzipFile('CRC check failed %s != %s' % (hex(crc), hex(_zlib.crc32(chunk))))
        if size != (len(chunk) & 0xffffffff):
            raise BadGzipFile('Incorrect length of data produced')
        out.append(chunk)
        data = data[end + 8:]
    return b''.join(out)


class GzipFile:
    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = _builtin_open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = _os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.name = filename
        self.fileobj = fileobj
        self.compresslevel = compresslevel
        self._mtime = mtime
        self._closed = False
        if mode.startswith('r'):
            self.mode = READ
            self._data = decompress(fileobj.read())
            self._pos = 0
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self._written = []
            self._size = 0
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))

    @property
    def mtime(self):
        return self._mtime

    @property
    def closed(self):
        return self._closed

    def __repr__(self):
        return '<gzip ' + repr(self.fileobj) + ' ' + hex(id(self)) + '>'

    def _check(self, want):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if self.mode != want:
            import errno
            raise OSError(errno.EBADF, 'read() on write-only GzipFile object'
                          if want == READ else 'write() on read-only GzipFile object')

    def write(self, data):
        self._check(WRITE)
        if isinstance(data, str):
            raise TypeError("memoryview: a bytes-like object is required, not 'str'")
        data = bytes(data)
        self._written.append(data)
        self._size += len(data)
        return len(data)

    def read(self, size=-1):
        self._check(READ)
        end = len(self._data) if size is None or size < 0 else min(len(self._data), self._pos + size)
        data = self._data[self._pos:end]
        self._pos = end
        return data

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._check(READ)
        return self._data[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        self._check(READ)
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._data[self._pos:end]
        self._pos = end
        return data

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return iter(self.readlines())

    def seek(self, offset, whence=0):
        self._check(READ)
        if whence == 1:
            offset += self._pos
        elif whence == 2:
            offset += len(self._data)
        self._pos = max(0, offset)
        return self._pos

    def tell(self):
        if self.mode == READ:
            return self._pos
        return self._size

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def flush(self, zlib_mode=None):
        pass

    def fileno(self):
        return self.fileobj.fileno()

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            if self.mode == WRITE:
                name = self.name
                if isinstance(name, bytes):
                    name = name.decode('latin-1')
                base = _os.path.basename(name)
                if base.endswith('.gz'):
                    base = base[:-3]
                try:
                    fname = base.encode('latin-1')
                except UnicodeEncodeError:
                    fname = b''
                data = b''.join(self._written)
                mtime = _time.time() if self._mtime is None else self._mtime
                self.fileobj.write(_header(self.compresslevel, mtime, fname)
                                   + _zlib.compress(data, self.compresslevel, -15)
                                   + _struct.pack('<II', _zlib.crc32(data),
                                                  len(data) & 0xffffffff))
        finally:
            if self.myfileobj is not None:
                self.myfileobj.close()
                self.myfileobj = None

    def __enter__(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __exit__(self, *args):
        self.close()


class _TextGzip:
    # A gzip file in text mode: lines of str over a GzipFile.
    def __init__(self, raw, mode, encoding, errors, newline):
        self._raw = raw
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self.mode = mode
        self.name = raw.name
        if raw.mode == READ:
            text = raw.read().decode(self._encoding, self._errors)
            if newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._buffer = _io.StringIO(text)
        else:
            self._parts = []

    @property
    def closed(self):
        return self._raw.closed

    def write(self, s):
        self._parts.append(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        return self._buffer.read(size)

    def readline(self, size=-1):
        return self._buffer.readline(size)

    def readlines(self, hint=-1):
        return self._buffer.readlines()

    def __iter__(self):
        return iter(self._buffer.readlines())

    def close(self):
        if self._raw.closed:
            return
        if self._raw.mode == WRITE:
            self._raw.write(''.join(self._parts).encode(self._encoding, self._errors))
        self._raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None,
         newline=None):
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return _TextGzip(binary_file, mode, encoding, errors, newline)
    return binary_file

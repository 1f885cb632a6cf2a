# minipy's `io`: StringIO and BytesIO in Python, run once on first import (see modules/stdlib.rs).
# Writes at the end append a chunk (joined when read); reads by line use a cached split, since
# slicing a large str by characters is not O(1) in minipy.


class UnsupportedOperation(OSError, ValueError):
    pass


def _closed(period=""):
    # StringIO's message has no final period; BytesIO's has.
    return ValueError("I/O operation on closed file" + period)


class StringIO:
    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: " + repr(newline))
        if newline not in ("\n", ""):
            raise NotImplementedError("io.StringIO: newline=" + repr(newline) + " is not supported by minipy")
        self._chunks = [initial_value]
        self._len = len(initial_value)
        self._pos = 0
        self._lines = None
        self._line_pos = -1
        self._line_idx = 0
        self.closed = False

    def _value(self):
        if len(self._chunks) != 1:
            self._chunks = ["".join(self._chunks)]
        return self._chunks[0]

    def _check(self):
        if self.closed:
            raise _closed()

    def getvalue(self):
        self._check()
        return self._value()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
        n = len(s)
        if not n:
            return 0
        self._lines = None
        if self._pos == self._len:
            self._chunks.append(s)
            self._len += n
        else:
            v = self._value()
            if self._pos > self._len:
                v = v + "\0" * (self._pos - self._len)
            v = v[:self._pos] + s + v[self._pos + n:]
            self._chunks = [v]
            self._len = len(v)
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        v = self._value()
        if self._pos >= self._len:
            return ""
        if self._pos == 0 and (size < 0 or size >= self._len):
            self._pos = self._len
            return v
        if size < 0:
            end = self._len
        else:
            end = min(self._pos + size, self._len)
        out = v[self._pos:end]
        self._pos = end
        return out

    def readline(self, size=-1):
        self._check()
        if size is not None and size >= 0:
            raise NotImplementedError("io.StringIO: readline(size) is not supported by minipy")
        if self._pos >= self._len:
            return ""
        if self._lines is None or self._line_pos != self._pos:
            rest = self._value()
            if self._pos:
                rest = rest[self._pos:]
            parts = rest.split("\n")
            lines = [p + "\n" for p in parts[:-1]]
            if parts[-1]:
                lines.append(parts[-1])
            self._lines = lines
            self._line_idx = 0
        line = self._lines[self._line_idx]
        self._line_idx += 1
        self._pos += len(line)
        self._line_pos = self._pos
        return line

    def readlines(self, hint=-1):
        out = []
        while True:
            line = self.readline()
            if not line:
                return out
            out.append(line)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position " + str(pos))
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._len
        else:
            raise ValueError("Invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value " + str(size))
        if size < self._len:
            self._chunks = [self._value()[:size]]
            self._len = size
            self._lines = None
        return size

    def close(self):
        self.closed = True
        self._chunks = [""]

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


class BytesIO:
    def __init__(self, initial_bytes=b""):
        self._buf = bytes(initial_bytes)
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise _closed(".")

    def getvalue(self):
        self._check()
        return self._buf

    def write(self, b):
        self._check()
        b = bytes(b)
        self._buf = self._buf[:self._pos] + b + self._buf[self._pos + len(b):]
        self._pos += len(b)
        return len(b)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(self._pos + size, len(self._buf))
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        self._pos = max(0, pos)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def close(self):
        self.closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

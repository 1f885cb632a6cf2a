# minipy's array: written for minipy from the documented behaviour. An array keeps its items in a
# list, checked against the typecode's C range as they go in, and packs them with struct for
# tobytes/frombytes (native x86-64 sizes, little-endian). No buffer protocol (memoryview), no
# tofile/fromfile of real files beyond read/write of bytes.

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8,
          'Q': 8, 'f': 4, 'd': 8}
_LONG = 2 ** 63
_ULONG = 2 ** 64


def _range_error(low_name, high_name, v, lo, hi):
    if v < lo:
        raise OverflowError(low_name)
    if v > hi:
        raise OverflowError(high_name)


def _check_int(code, v):
    if not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            v = v.__index__()
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    v = int(v)
    if code in 'qQ':
        if code == 'Q' and v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if (code == 'q' and not -_LONG <= v < _LONG) or (code == 'Q' and v >= _ULONG):
            raise OverflowError('int too big to convert')
        return v
    if code in 'IL':
        if v >= _ULONG:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if code == 'I' and v >= 2 ** 32:
            raise OverflowError('unsigned int is greater than maximum')
        return v
    if not -_LONG <= v < _LONG:
        raise OverflowError('Python int too large to convert to C long')
    if code == 'b':
        _range_error('signed short integer is less than minimum',
                     'signed short integer is greater than maximum', v, -32768, 32767)
        _range_error('signed char is less than minimum', 'signed char is greater than maximum',
                     v, -128, 127)
    elif code == 'B':
        _range_error('unsigned byte integer is less than minimum',
                     'unsigned byte integer is greater than maximum', v, 0, 255)
    elif code == 'h':
        _range_error('signed short integer is less than minimum',
                     'signed short integer is greater than maximum', v, -32768, 32767)
    elif code == 'H':
        _range_error('unsigned short is less than minimum', 'unsigned short is greater than maximum',
                     v, 0, 65535)
    elif code == 'i':
        _range_error('signed integer is less than minimum', 'signed integer is greater than maximum',
                     v, -2 ** 31, 2 ** 31 - 1)
    return v


def _check(code, v):
    if code in 'fd':
        if isinstance(v, (int, float)) and not isinstance(v, bool) or isinstance(v, bool):
            v = float(v)
        elif hasattr(type(v), '__float__'):
            v = float(v)
        else:
            raise TypeError('must be real number, not %s' % type(v).__name__)
        if code == 'f':
            v = _struct.unpack('<f', _struct.pack('<f', v))[0]
        return v
    if code == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    return _check_int(code, v)


class array:
    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._code = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r'
                                % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if typecode == 'u' and initializer._code != 'u':
                raise TypeError('cannot use a unicode array to initialize an array with '
                                "typecode '%s'" % typecode)
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    typecode = property(lambda self: self._code)
    itemsize = property(lambda self: _SIZES[self._code])

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _same(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend with array (not "%s")' % type(other).__name__)
        if other._code != self._code:
            raise TypeError('can only extend with array of same kind')

    def append(self, v):
        self._items.append(_check(self._code, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._same(iterable)
            self._items.extend(iterable._items)
            return
        code = self._code
        for v in iterable:
            self._items.append(_check(code, v))

    def insert(self, i, v):
        self._items.insert(i, _check(self._code, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        stop = n if stop is None else stop
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop = max(0, stop + n)
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        checked = [_check(self._code, v) for v in items]
        self._items.extend(checked)

    def tounicode(self):
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def _fmt(self, n):
        code = self._code
        if code == 'u':
            return '<%dI' % n
        return '<%d%s' % (n, {'l': 'q', 'L': 'Q'}.get(code, code))

    def tobytes(self):
        items = self._items
        if self._code == 'u':
            items = [ord(c) for c in items]
        return _struct.pack(self._fmt(len(items)), *items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        items = list(_struct.unpack(self._fmt(len(data) // size), data))
        if self._code == 'u':
            items = [chr(c) for c in items]
        self._items.extend(items)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        data = f.read(n * self.itemsize)
        self.frombytes(data[:len(data) - len(data) % self.itemsize])
        if len(data) < n * self.itemsize:
            raise EOFError('read() didn\'t return enough bytes')

    def byteswap(self):
        if self._code == 'u' or self.itemsize == 1:
            if self._code == 'u':
                raw = self.tobytes()
                swapped = b''.join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
                self._items = []
                self.frombytes(swapped)
            return
        raw = self.tobytes()
        size = self.itemsize
        swapped = b''.join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            out = array(self._code)
            out._items = self._items[i]
            return out
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None
        except TypeError:
            raise TypeError('array indices must be integers') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._code != self._code:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = list(v._items)
            return
        try:
            self._items[i] = _check(self._code, v)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        out = array(self._code)
        out._items = self._items + other._items
        return out

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        out = array(self._code)
        out._items = self._items * n
        return out

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return None
        return other._items

    def __eq__(self, other):
        items = self._cmp_items(other)
        if items is None:
            return NotImplemented
        return self._items == items

    def __ne__(self, other):
        items = self._cmp_items(other)
        if items is None:
            return NotImplemented
        return self._items != items

    def __lt__(self, other):
        items = self._cmp_items(other)
        if items is None:
            return NotImplemented
        return self._items < items

    def __le__(self, other):
        items = self._cmp_items(other)
        if items is None:
            return NotImplemented
        return self._items <= items

    def __gt__(self, other):
        items = self._cmp_items(other)
        if items is None:
            return NotImplemented
        return self._items > items

    def __ge__(self, other):
        items = self._cmp_items(other)
        if items is None:
            return NotImplemented
        return self._items >= items

    __hash__ = None

    def __copy__(self):
        return array(self._code, self)

    def __deepcopy__(self, memo):
        return array(self._code, self)

    def __reduce_ex__(self, protocol):
        return (array, (self._code, list(self._items)))

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._code
        if self._code == 'u':
            return 'array(%r, %r)' % (self._code, ''.join(self._items))
        return 'array(%r, %r)' % (self._code, self._items)


array.__module__ = 'array'
ArrayType = array

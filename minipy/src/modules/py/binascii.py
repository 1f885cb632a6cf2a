# minipy's binascii: written for minipy from the documented behaviour. Hex, base64, CRC-32
# (in Rust, modules/extra.rs) and CRC-CCITT; no uuencode, quoted-printable or the
# deprecated hqx functions.

__all__ = ['hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex', 'crc32', 'crc_hqx', 'b2a_base64',
           'a2b_base64', 'Error', 'Incomplete']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_HEX = '0123456789abcdef'
_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {ord(c): i for i, c in enumerate(_B64)}


def _bytes_arg(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return bytes(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _ascii_arg(data):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    return _bytes_arg(data)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bytes_arg(data)
    digits = [_HEX[b >> 4] + _HEX[b & 15] for b in data]
    if sep is None or not digits:
        return ''.join(digits).encode('ascii')
    if isinstance(sep, bytes):
        sep = sep.decode('ascii')
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    n = abs(bytes_per_sep)
    if n == 0:
        return ''.join(digits).encode('ascii')
    groups = []
    if bytes_per_sep > 0:
        first = len(digits) % n or n
        groups.append(''.join(digits[:first]))
        for i in range(first, len(digits), n):
            groups.append(''.join(digits[i:i + n]))
    else:
        for i in range(0, len(digits), n):
            groups.append(''.join(digits[i:i + n]))
    return sep.join(groups).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _ascii_arg(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(data), 2):
        try:
            out.append(int(data[i:i + 2].decode('ascii'), 16))
        except ValueError:
            raise Error('Non-hexadecimal digit found') from None
        if not all(chr(c) in '0123456789abcdefABCDEF' for c in data[i:i + 2]):
            raise Error('Non-hexadecimal digit found')
    return bytes(out)


a2b_hex = unhexlify


def crc32(data, crc=0):
    return _crc32(_bytes_arg(data), crc)


def crc_hqx(data, crc):
    crc &= 0xffff
    for b in _bytes_arg(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc


def b2a_base64(data, *, newline=True):
    data = _bytes_arg(data)
    out = []
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_B64[n >> 18] + _B64[(n >> 12) & 63] + _B64[(n >> 6) & 63] + _B64[n & 63])
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out.append(_B64[n >> 18] + _B64[(n >> 12) & 63] + '==')
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out.append(_B64[n >> 18] + _B64[(n >> 12) & 63] + _B64[(n >> 6) & 63] + '=')
    text = ''.join(out) + ('\n' if newline else '')
    return text.encode('ascii')


def a2b_base64(data, /, *, strict_mode=False):
    data = _ascii_arg(data)
    values = []
    pads = 0
    for i, c in enumerate(data):
        if c == 61:  # '='
            if strict_mode and not values:
                raise Error('Leading padding not allowed')
            pads += 1
            if len(values) % 4 >= 2 and len(values) % 4 + pads >= 4:
                if strict_mode and i != len(data) - 1:
                    raise Error('Excess data after padding')
                break
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and pads:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        values.append(v)
    else:
        left = len(values) % 4
        if left == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be '
                        '1 more than a multiple of 4' % len(values))
        if left:
            raise Error('Incorrect padding')
    out = bytearray()
    full = len(values) - len(values) % 4
    for i in range(0, full, 4):
        n = (values[i] << 18) | (values[i + 1] << 12) | (values[i + 2] << 6) | values[i + 3]
        out += bytes(((n >> 16) & 255, (n >> 8) & 255, n & 255))
    left = values[full:]
    if len(left) == 2:
        out.append(((left[0] << 18 | left[1] << 12) >> 16) & 255)
    elif len(left) == 3:
        n = left[0] << 18 | left[1] << 12 | left[2] << 6
        out += bytes(((n >> 16) & 255, (n >> 8) & 255))
    return bytes(out)

# minipy's `base64`: Base16, Base32 and Base64 (standard and URL-safe) written out in Python
# (CPython's call binascii). Not supported: Base85/Ascii85 and the legacy file functions
# `encode`/`decode` (NotImplementedError).

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class Error(ValueError):
    pass


def _bytes_from(s, what="argument"):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, bytes):
        return s
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'"
                    % type(s).__name__)


def b64encode(s, altchars=None):
    if not isinstance(s, bytes):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    table = _B64
    if altchars is not None:
        table = table[:62] + bytes(altchars)
    out = []
    for i in range(0, len(s) - len(s) % 3, 3):
        n = (s[i] << 16) | (s[i + 1] << 8) | s[i + 2]
        out += [table[n >> 18], table[(n >> 12) & 63], table[(n >> 6) & 63], table[n & 63]]
    rest = len(s) % 3
    if rest == 1:
        n = s[-1] << 16
        out += [table[n >> 18], table[(n >> 12) & 63], 61, 61]
    elif rest == 2:
        n = (s[-2] << 16) | (s[-1] << 8)
        out += [table[n >> 18], table[(n >> 12) & 63], table[(n >> 6) & 63], 61]
    return bytes(out)


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from(s)
    if altchars is not None:
        altchars = _bytes_from(altchars)
        s = s.replace(altchars[0:1], b"+").replace(altchars[1:2], b"/")
    values = {}
    for i, c in enumerate(_B64):
        values[c] = i
    bits = 0
    nbits = 0
    out = []
    count = 0
    pads = 0
    for c in s:
        if c == 61:  # '='
            pads += 1
            if count % 4 >= 2 and count % 4 + pads >= 4:
                break
            continue
        if c not in values:
            if validate:
                raise Error("Non-base64 digit found")
            continue
        if pads:
            if validate:
                raise Error("Non-base64 digit found")
            pads = 0
        bits = (bits << 6) | values[c]
        nbits += 6
        count += 1
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 255)
    if count % 4 == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be "
                    "1 more than a multiple of 4" % count)
    if count % 4 and count % 4 + pads < 4:
        raise Error("Incorrect padding")
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).replace(b"+", b"-").replace(b"/", b"_")


def urlsafe_b64decode(s):
    s = _bytes_from(s)
    return b64decode(s.replace(b"-", b"+").replace(b"_", b"/"))


def b16encode(s):
    return s.hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    s = _bytes_from(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b"0123456789ABCDEF":
            raise Error("Non-base16 digit found")
    if len(s) % 2:
        raise Error("Odd-length string")
    return bytes.fromhex(s.decode("ascii"))


def b32encode(s):
    if not isinstance(s, bytes):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    out = []
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = 0
        for c in chunk + bytes(5 - len(chunk)):
            n = (n << 8) | c
        digits = [_B32[(n >> (35 - 5 * k)) & 31] for k in range(8)]
        used = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += digits[:used] + [61] * (8 - used)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from(s)
    if map01 is not None:
        map01 = _bytes_from(map01)
        s = s.replace(b"0", b"O").replace(b"1", map01)
    if casefold:
        s = s.upper()
    if len(s) % 8:
        raise Error("Incorrect padding")
    stripped = s.rstrip(b"=")
    pads = len(s) - len(stripped)
    if pads not in (0, 1, 3, 4, 6):
        raise Error("Incorrect padding")
    n = 0
    for c in stripped:
        i = _B32.find(bytes([c]))
        if i < 0:
            raise Error("Non-base32 digit found")
        n = (n << 5) | i
    nbits = len(stripped) * 5
    nbytes = nbits // 8
    n >>= nbits - nbytes * 8
    return n.to_bytes(nbytes, "big")


def _unsupported(*args, **kwargs):
    raise NotImplementedError("base64: Base85/Ascii85 and the file functions are not "
                              "supported in minipy")


b85encode = b85decode = a85encode = a85decode = encode = decode = _unsupported
encodebytes = decodebytes = _unsupported

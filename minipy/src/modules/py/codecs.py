# minipy's codecs: written for minipy from the documented behaviour. encode/decode/lookup over
# str.encode and bytes.decode (UTF-8, ASCII, Latin-1 and the others minipy's str knows), UTF-16
# and UTF-32 written here, and the bytes-to-bytes/str-to-str codecs hex, base64 and rot13.
# No codec registration of new search functions' StreamReader/Writer classes beyond open().

__all__ = ['register', 'lookup', 'open', 'encode', 'decode', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'iterencode', 'iterdecode',
           'CodecInfo', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE',
           'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE', 'strict_errors',
           'ignore_errors', 'replace_errors', 'register_error', 'lookup_error']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE

_builtin_open = open


class CodecInfo(tuple):
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


CodecInfo.__module__ = 'codecs'

_ALIASES = {
    'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'utf_8': 'utf-8', 'cp65001': 'utf-8',
    'latin1': 'iso8859-1', 'latin_1': 'iso8859-1', 'iso_8859_1': 'iso8859-1',
    'iso8859_1': 'iso8859-1', 'l1': 'iso8859-1', 'latin': 'iso8859-1', '8859': 'iso8859-1',
    'cp819': 'iso8859-1', 'iso_ir_100': 'iso8859-1', 'ascii': 'ascii', 'us_ascii': 'ascii',
    '646': 'ascii', 'us': 'ascii', 'utf_16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16',
    'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le', 'utf_16_be': 'utf-16-be',
    'utf_16be': 'utf-16-be', 'utf_32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32',
    'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le', 'utf_32_be': 'utf-32-be',
    'utf_32be': 'utf-32-be', 'utf_8_sig': 'utf-8-sig', 'rot13': 'rot-13', 'rot_13': 'rot-13',
    'hex': 'hex', 'hex_codec': 'hex', 'base64': 'base64', 'base_64': 'base64',
    'base64_codec': 'base64', 'cp1252': 'cp1252', 'windows_1252': 'cp1252',
}


def _normalize(encoding):
    name = encoding.strip().lower()
    out = []
    for c in name:
        out.append(c if c.isalnum() or c == '.' else '_')
    return ''.join(out)


def _rot13(s):
    out = []
    for c in s:
        o = ord(c)
        if 65 <= o <= 90:
            c = chr((o - 65 + 13) % 26 + 65)
        elif 97 <= o <= 122:
            c = chr((o - 97 + 13) % 26 + 97)
        out.append(c)
    return ''.join(out)


def _need_bytes(codec, data, verb):
    if isinstance(data, str):
        raise TypeError('%s with %r codec failed (TypeError: a bytes-like object is required, '
                        "not 'str')" % (verb, codec))
    return bytes(data)


def _utf16_32_encode(s, errors, width, order, bom):
    out = bytearray(bom)
    for c in s:
        o = ord(c)
        if width == 2:
            if 0xD800 <= o <= 0xDFFF and errors == 'strict':
                raise UnicodeEncodeError('utf-16', s, 0, 1, 'surrogates not allowed')
            if o > 0xFFFF:
                o -= 0x10000
                units = [0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)]
            else:
                units = [o]
            for u in units:
                out += u.to_bytes(2, order)
        else:
            out += o.to_bytes(4, order)
    return bytes(out)


def _utf16_32_decode(data, errors, width, order, name):
    data = bytes(data)
    if order is None:
        order = 'little'
        if width == 2 and data[:2] in (BOM_UTF16_LE, BOM_UTF16_BE):
            order = 'little' if data[:2] == BOM_UTF16_LE else 'big'
            data = data[2:]
        elif width == 4 and data[:4] in (BOM_UTF32_LE, BOM_UTF32_BE):
            order = 'little' if data[:4] == BOM_UTF32_LE else 'big'
            data = data[4:]
    if len(data) % width:
        if errors == 'strict':
            raise UnicodeDecodeError(name, data, len(data) - len(data) % width, len(data),
                                     'truncated data')
        data = data[:len(data) - len(data) % width]
    out = []
    i = 0
    while i < len(data):
        u = int.from_bytes(data[i:i + width], order)
        i += width
        if width == 2 and 0xD800 <= u <= 0xDBFF and i + 2 <= len(data):
            low = int.from_bytes(data[i:i + 2], order)
            if 0xDC00 <= low <= 0xDFFF:
                u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                i += 2
        out.append(chr(u))
    return ''.join(out)


def _text_codec(name):
    if name in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
        width = 2 if name.startswith('utf-16') else 4
        order = 'big' if name.endswith('-be') else 'little' if name.endswith('-le') else None
        bom = b''
        if order is None:
            bom = BOM_UTF16_LE if width == 2 else BOM_UTF32_LE

        def enc(s, errors='strict'):
            return (_utf16_32_encode(s, errors, width, order or 'little', bom), len(s))

        def dec(b, errors='strict'):
            return (_utf16_32_decode(b, errors, width, order, name), len(b))
        return enc, dec
    if name == 'utf-8-sig':
        def enc(s, errors='strict'):
            return (BOM_UTF8 + s.encode('utf-8', errors), len(s))

        def dec(b, errors='strict'):
            b = bytes(b)
            if b.startswith(BOM_UTF8):
                return (b[3:].decode('utf-8', errors), len(b))
            return (b.decode('utf-8', errors), len(b))
        return enc, dec

    def enc(s, errors='strict'):
        return (s.encode(name, errors), len(s))

    def dec(b, errors='strict'):
        return (bytes(b).decode(name, errors), len(b))
    return enc, dec


def _special_codec(name):
    if name == 'rot-13':
        def enc(s, errors='strict'):
            if not isinstance(s, str):
                raise TypeError("descriptor 'translate' for 'str' objects doesn't apply to a "
                                "'%s' object" % type(s).__name__)
            return (_rot13(s), len(s))
        return enc, enc, False
    if name == 'hex':
        import binascii

        def enc(b, errors='strict'):
            b = _need_bytes('hex', b, 'encoding')
            return (binascii.hexlify(b), len(b))

        def dec(b, errors='strict'):
            b = _need_bytes('hex', b, 'decoding') if not isinstance(b, str) else b
            return (binascii.unhexlify(b), len(b))
        return enc, dec, False
    if name == 'base64':
        import binascii

        def enc(b, errors='strict'):
            b = _need_bytes('base64', b, 'encoding')
            out = b''.join(binascii.b2a_base64(b[i:i + 57]) for i in range(0, len(b), 57))
            return (out, len(b))

        def dec(b, errors='strict'):
            b = _need_bytes('base64', b, 'decoding') if not isinstance(b, str) else b
            return (binascii.a2b_base64(b), len(b))
        return enc, dec, False
    return None


_registered = []
_cache = {}


def register(search_function):
    _registered.append(search_function)


def unregister(search_function):
    if search_function in _registered:
        _registered.remove(search_function)


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    for search in _registered:
        info = search(key)
        if info is not None:
            _cache[key] = info
            return info
    name = _ALIASES.get(key, key.replace('_', '-'))
    special = _special_codec(name)
    if special is not None:
        enc, dec, text = special
        info = CodecInfo(enc, dec, name=name, _is_text_encoding=text)
    else:
        try:
            'a'.encode(name)
        except LookupError:
            if name not in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le',
                            'utf-32-be', 'utf-8-sig'):
                raise LookupError('unknown encoding: %s' % encoding) from None
        enc, dec = _text_codec(name)
        info = CodecInfo(enc, dec, name=name,
                         incrementalencoder=_incremental_encoder(name, enc),
                         incrementaldecoder=_incremental_decoder(name, dec))
    _cache[key] = info
    return info


def _incremental_encoder(name, enc):
    class IncrementalEncoder:
        def __init__(self, errors='strict'):
            self.errors = errors

        def encode(self, input, final=False):
            return enc(input, self.errors)[0]

        def reset(self):
            pass
    return IncrementalEncoder


def _incremental_decoder(name, dec):
    class IncrementalDecoder:
        def __init__(self, errors='strict'):
            self.errors = errors
            self.buffer = b''

        def decode(self, input, final=False):
            data = self.buffer + bytes(input)
            if not final:
                keep = _incomplete_tail(name, data)
                if keep:
                    self.buffer = data[len(data) - keep:]
                    data = data[:len(data) - keep]
                else:
                    self.buffer = b''
            else:
                self.buffer = b''
            return dec(data, self.errors)[0]

        def reset(self):
            self.buffer = b''

        def getstate(self):
            return (self.buffer, 0)
    return IncrementalDecoder


def _incomplete_tail(name, data):
    # How many bytes at the end of data start a character that is not complete yet.
    if name in ('utf-8', 'utf-8-sig'):
        for back in range(1, min(4, len(data)) + 1):
            b = data[-back]
            if b & 0xC0 == 0x80:
                continue
            need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if b & 0xF8 == 0xF0 else 1
            return back if need > back else 0
        return 0
    if name.startswith('utf-16'):
        return len(data) % 2
    if name.startswith('utf-32'):
        return len(data) % 4
    return 0


def _check_text(info, verb, data):
    if info._is_text_encoding:
        if verb == 'encode' and not isinstance(data, str):
            raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(data).__name__
                            if info.name == 'utf-8' else
                            "%s() argument 1 must be str, not %s" % (verb, type(data).__name__))


def encode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    _check_text(info, 'encode', obj)
    return info.encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    return info.decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is not None and 'b' not in mode:
        return _builtin_open(filename, mode, encoding=encoding, errors=errors)
    return _builtin_open(filename, mode)


def strict_errors(exception):
    raise exception


def ignore_errors(exception):
    return ('', exception.end)


def replace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    return ('\ufffd', exception.end)


_error_handlers = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors}


def register_error(name, error_handler):
    _error_handlers[name] = error_handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % (name,)) from None

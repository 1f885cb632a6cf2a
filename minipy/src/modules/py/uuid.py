# minipy's uuid: RFC 4122 UUIDs (the UUID class, uuid1/uuid3/uuid4/uuid5, the NAMESPACE_*
# constants, SafeUUID), written for minipy from the module's documentation and CPython 3.11's
# observable results; uuid3/uuid5 hash with minipy's hashlib. Left out: minipy does not read
# the machine's MAC address, so getnode() is a random 48-bit number with the multicast bit set
# (which RFC 4122 allows), and uuid1() never asks the OS for a safe UUID (is_safe is unknown).
"""UUID objects and the functions that make version 1, 3, 4 and 5 UUIDs (RFC 4122)."""

import os
import sys
from enum import Enum

int_ = int
bytes_ = bytes

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

# Bit positions within the 128-bit integer.
_VARIANT_SHIFT = 48 + 8  # the clock_seq_hi_variant byte
_VERSION_SHIFT = 64 + 12  # the top nibble of time_hi_version
_ALL_BITS = (1 << 128) - 1


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _reorder_le(raw):
    # The first three fields are little-endian in the bytes_le form; the rest is unchanged.
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


# (width in bits, as the range error says it) of the six fields, most significant first.
_FIELD_WIDTHS = ((32, 'a 32-bit'), (16, 'a 16-bit'), (16, 'a 16-bit'), (8, 'an 8-bit'),
                 (8, 'an 8-bit'), (48, 'a 48-bit'))


class UUID:
    """An immutable UUID, made from exactly one of hex, bytes, bytes_le, fields or int."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        missing = [hex, bytes, bytes_le, fields, int].count(None)
        if missing != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            digits = hex.replace('urn:', '').replace('uuid:', '')
            digits = digits.strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            value = int_(digits, 16)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            value = self._from_raw(_reorder_le(bytes_le))
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            value = self._from_raw(bytes)
        elif fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            value = 0
            for position, (part, (width, words)) in enumerate(zip(fields, _FIELD_WIDTHS)):
                if not 0 <= part < (1 << width):
                    raise ValueError('field %d out of range (need %s value)' % (position + 1, words))
                value = (value << width) | part
        else:
            value = int
            if not 0 <= value <= _ALL_BITS:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # Variant bits 10 (RFC 4122), then the version in the top nibble of time_hi_version.
            value = (value & ~(0xC0 << _VARIANT_SHIFT)) | (0x80 << _VARIANT_SHIFT)
            value = (value & ~(0xF << _VERSION_SHIFT)) | (version << _VERSION_SHIFT)
        object.__setattr__(self, 'int', value)
        object.__setattr__(self, 'is_safe', is_safe)

    @staticmethod
    def _from_raw(raw):
        if not isinstance(raw, bytes_):
            raise AssertionError(repr(raw))
        return int_.from_bytes(raw, 'big')

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safe = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'is_safe', safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __str__(self):
        h = self.hex
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _reorder_le(self.bytes)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xFFFF

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xFFFF

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xFF

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xFF

    @property
    def node(self):
        return self.int & 0xFFFFFFFFFFFF

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time(self):
        return ((self.time_hi_version & 0x0FFF) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3F) << 8) | self.clock_seq_low

    @property
    def variant(self):
        top = self.clock_seq_hi_variant
        if not top & 0x80:
            return RESERVED_NCS
        if not top & 0x40:
            return RFC_4122
        if not top & 0x20:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> _VERSION_SHIFT) & 0xF
        return None


_cached_node = None


def getnode():
    """A 48-bit node id: in minipy a random one (multicast bit set), the same for the run."""
    global _cached_node
    if _cached_node is None:
        _cached_node = int_.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _cached_node


# 100-nanosecond intervals from the start of the Gregorian calendar (1582-10-15) to the Unix epoch.
_GREGORIAN_TO_UNIX = 0x01B21DD213814000
_previous_stamp = None


def uuid1(node=None, clock_seq=None):
    """A time-based UUID from the clock, CLOCK_SEQ (random if None) and NODE (getnode())."""
    global _previous_stamp
    import time
    stamp = time.time_ns() // 100 + _GREGORIAN_TO_UNIX
    if _previous_stamp is not None and stamp <= _previous_stamp:
        stamp = _previous_stamp + 1
    _previous_stamp = stamp
    if clock_seq is None:
        clock_seq = int_.from_bytes(os.urandom(2), 'big') & 0x3FFF
    if node is None:
        node = getnode()
    return UUID(fields=(stamp & 0xFFFFFFFF, (stamp >> 32) & 0xFFFF, (stamp >> 48) & 0x0FFF,
                        (clock_seq >> 8) & 0x3F, clock_seq & 0xFF, node), version=1)


def _name_based(namespace, name, algorithm, version):
    import hashlib
    # CPython 3.11 encodes the name as UTF-8 text (a bytes name is a TypeError there too).
    data = namespace.bytes + bytes_(name, 'utf-8')
    return UUID(bytes=getattr(hashlib, algorithm)(data).digest()[:16], version=version)


def uuid3(namespace, name):
    """The UUID for NAME in NAMESPACE, from an MD5 hash."""
    return _name_based(namespace, name, 'md5', 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """The UUID for NAME in NAMESPACE, from a SHA-1 hash."""
    return _name_based(namespace, name, 'sha1', 5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')

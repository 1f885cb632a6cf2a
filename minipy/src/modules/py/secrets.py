# minipy's secrets: written for minipy from the documented behaviour. Every value comes from
# os.urandom (the OS's random source); `SystemRandom` is random's (see docs/semantics.md).

import base64 as _base64
import os as _os
from hmac import compare_digest
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']


def randbits(k):
    if k < 0:
        raise ValueError('number of bits must be non-negative')
    if k == 0:
        return 0
    n = (k + 7) // 8
    return int.from_bytes(_os.urandom(n), 'big') >> (n * 8 - k)


def _below(n):
    k = n.bit_length()
    r = randbits(k)
    while r >= n:
        r = randbits(k)
    return r


def choice(seq):
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[_below(len(seq))]


DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _below(exclusive_upper_bound)


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _os.urandom(nbytes)


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    return _base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')

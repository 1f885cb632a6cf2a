# The Python half of minipy's `sys`: run after the Rust half (modules/sys.rs) filled in argv, the
# streams and the `version_info` tuple. CPython's `sys.version_info` is a struct sequence: a
# `tuple` subclass with named fields and its own repr.


class _VersionInfo(tuple):
    __slots__ = ()

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return (
            "sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
            % tuple(self)
        )


_VersionInfo.__name__ = _VersionInfo.__qualname__ = "version_info"
_VersionInfo.__module__ = "sys"
version_info = _VersionInfo(version_info_parts)
del version_info_parts


def exc_info():
    exc = _exc_info()
    if exc is None:
        return (None, None, None)
    return (type(exc), exc, exc.__traceback__)


def exception():
    return _exc_info()

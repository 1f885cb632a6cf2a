# The Python half of minipy's `sys`: run after the Rust half (modules/sys.rs) filled in argv, the
# streams and the `version_info` tuple. CPython's `sys.version_info` is a struct sequence (a
# tuple with named fields); this one answers the same indexing, slicing, comparisons, names and
# repr, but is not a `tuple` subclass (minipy cannot subclass tuple).


class _VersionInfo:
    __slots__ = ("_parts",)

    def __init__(self, parts):
        self._parts = tuple(parts)

    major = property(lambda self: self._parts[0])
    minor = property(lambda self: self._parts[1])
    micro = property(lambda self: self._parts[2])
    releaselevel = property(lambda self: self._parts[3])
    serial = property(lambda self: self._parts[4])

    def __getitem__(self, index):
        return self._parts[index]

    def __len__(self):
        return len(self._parts)

    def __iter__(self):
        return iter(self._parts)

    def __hash__(self):
        return hash(self._parts)

    def __eq__(self, other):
        return self._parts == _parts_of(other)

    def __ne__(self, other):
        return self._parts != _parts_of(other)

    def __lt__(self, other):
        return self._parts < _parts_of(other)

    def __le__(self, other):
        return self._parts <= _parts_of(other)

    def __gt__(self, other):
        return self._parts > _parts_of(other)

    def __ge__(self, other):
        return self._parts >= _parts_of(other)

    def __repr__(self):
        return (
            "sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
            % self._parts
        )


def _parts_of(other):
    return other._parts if isinstance(other, _VersionInfo) else other


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

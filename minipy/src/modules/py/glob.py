# minipy's glob: Unix shell-style pathname expansion (glob, iglob, escape, and the
# undocumented has_magic/glob0/glob1), written for minipy from the module's documentation and
# CPython 3.11's observable results (the same paths, duplicates included, in the same order).
# Left out, raising NotImplementedError: `dir_fd`, bytes patterns (minipy's fnmatch and re
# have none) and `magic_check_bytes`; has_magic() and escape() do take bytes. No sys.audit event.
"""Pathname expansion with shell wildcards: '*', '?', '[seq]', and '**' when recursive."""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]

magic_check = re.compile("([*?[])")

_WILDCARDS = "*?["


class _NoBytesRegex:
    """Stands in for the bytes regex CPython offers as magic_check_bytes."""

    def __getattr__(self, name):
        raise NotImplementedError("glob.magic_check_bytes: minipy's re has no bytes patterns")


magic_check_bytes = _NoBytesRegex()


def has_magic(s):
    """True if S contains a wildcard character ('*', '?' or '[')."""
    if isinstance(s, str):
        return any(ch in s for ch in _WILDCARDS)
    if isinstance(s, (bytes, bytearray)):
        return any(code in b"*?[" for code in s)
    raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)


def escape(pathname):
    """PATHNAME with each wildcard character put in brackets, so it matches only itself."""
    text = os.fspath(pathname)
    if isinstance(text, bytes):
        out = bytearray()
        for code in text:
            if code in b"*?[":
                out += b"[" + bytes([code]) + b"]"
            else:
                out.append(code)
        return bytes(out)
    return "".join("[" + ch + "]" if ch in _WILDCARDS else ch for ch in text)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of existing paths that match PATHNAME (see iglob)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the existing paths that match PATHNAME.

    Names starting with '.' are matched only by pattern parts that start with '.', unless
    include_hidden is true. With recursive true, a '**' part matches zero or more directory
    levels. Paths are relative to root_dir when it is given.
    """
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported in minipy")
    if root_dir is None:
        root_dir = pathname[:0]
    else:
        root_dir = os.fspath(root_dir)
    if isinstance(pathname, (bytes, bytearray)) or isinstance(root_dir, bytes):
        raise NotImplementedError("glob: bytes patterns are not supported in minipy")
    found = _expand(pathname, root_dir, recursive, False, include_hidden)
    # An empty pattern, or a recursive one starting with '**', would report the starting
    # directory itself as ''; that entry is not a result.
    if not pathname or (recursive and pathname[:2] == "**"):
        found = _without_leading_empty(found)
    return found


def _without_leading_empty(paths):
    first = True
    for path in paths:
        if first:
            first = False
            if not path:
                continue
        yield path


def _is_double_star(part):
    return part == "**"


def _joined(base, name):
    # Like os.path.join, but an empty side leaves the other one unchanged.
    if base and name:
        return os.path.join(base, name)
    return base or name


def _expand(pattern, root, recursive, dirs_only, hidden):
    """Yield the matches of PATTERN under ROOT, written as PATTERN's parts are written."""
    head, last = os.path.split(pattern)
    if not has_magic(pattern):
        # Nothing to expand: the path is a result if it exists (a pattern ending with a
        # separator must name a directory).
        if last:
            if os.path.lexists(_joined(root, pattern)):
                yield pattern
        elif os.path.isdir(_joined(root, head)):
            yield pattern
        return
    if recursive and _is_double_star(last):
        in_dir = _tree_below
    elif has_magic(last):
        in_dir = _names_matching
    else:
        in_dir = _name_if_present
    if not head:
        yield from in_dir(root, last, dirs_only, hidden)
        return
    if head != pattern and has_magic(head):
        parents = _expand(head, root, recursive, True, hidden)
    else:
        # A literal directory part (a head equal to the whole pattern, which only a bare
        # root could give, would never shrink, so it is taken literally too).
        parents = [head]
    for parent in parents:
        for name in in_dir(_joined(root, parent), last, dirs_only, hidden):
            yield os.path.join(parent, name)


def _entries(directory, dirs_only):
    """Names in DIRECTORY ('' for the current one), only subdirectories if DIRS_ONLY, in the
    order the system lists them; a directory that cannot be read has none."""
    try:
        with os.scandir(directory or os.curdir) as listing:
            if dirs_only:
                return [entry.name for entry in listing if _entry_is_dir(entry)]
            return [entry.name for entry in listing]
    except OSError:
        return []


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError:
        return False


def _visible(name, hidden):
    return hidden or name[:1] != "."


def _names_matching(directory, part, dirs_only, hidden):
    names = _entries(directory, dirs_only)
    if not part.startswith("."):
        names = [name for name in names if _visible(name, hidden)]
    return fnmatch.filter(names, part)


def _name_if_present(directory, name, dirs_only, hidden):
    if name:
        return [name] if os.path.lexists(_joined(directory, name)) else []
    # An empty last part comes from a trailing separator: the directory itself, if it is one.
    return [name] if os.path.isdir(directory) else []


def _tree_below(directory, part, dirs_only, hidden):
    # '**': the directory itself (as ''), then everything below it, each name followed by
    # what lies below it; hidden names (and what is under them) only when HIDDEN.
    yield part[:0]
    yield from _walk(directory, dirs_only, hidden)


def _walk(directory, dirs_only, hidden):
    for name in _entries(directory, dirs_only):
        if not _visible(name, hidden):
            continue
        yield name
        for below in _walk(_joined(directory, name), dirs_only, hidden):
            yield _joined(name, below)


def glob1(dirname, pattern):
    """Names in DIRNAME matching PATTERN (hidden names only for a pattern starting with '.')."""
    return _names_matching(dirname, pattern, False, False)


def glob0(dirname, basename):
    """[BASENAME] if it exists in DIRNAME ([''] for an empty BASENAME and a directory), else []."""
    return _name_if_present(dirname, basename, False, False)

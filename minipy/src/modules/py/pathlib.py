# minipy's pathlib: CPython 3.11's PurePath/PurePosixPath/Path/PosixPath, written anew over the
# `os` module (POSIX only). A path is its root ('', '/' or '//') and its list of names.

import fnmatch
import os
import re
import stat as _stat_mod

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _missing(what):
    raise NotImplementedError("minipy's pathlib has no " + what)


def _parse(args):
    root = ''
    tail = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                tail = list(a._tail)
            else:
                tail.extend(a._tail)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError("argument should be a str object or an os.PathLike object "
                            "returning str, not %r" % (type(a),))
        if a.startswith('/'):
            root = '//' if a.startswith('//') and not a.startswith('///') else '/'
            tail = []
        for x in a.split('/'):
            if x and x != '.':
                tail.append(x)
    return root, tail


class _PathParents:
    """The logical ancestors of a path, as a sequence."""

    def __init__(self, path):
        self._pathcls = type(path)
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(tuple(self)[idx])
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed(self._root, self._tail[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath(os.PathLike):
    """Base class for manipulating paths without I/O."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._tail = _parse(args)
        return self

    @classmethod
    def _from_parsed(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = tail
        return self

    def _make_child_relpath(self, name):
        return self._from_parsed(self._root, self._tail + [name])

    def __reduce__(self):
        return (self.__class__, tuple(self._cparts))

    def __str__(self):
        return self._root + '/'.join(self._tail) or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        out = []
        for ch in str(self):
            if ch.isalnum() and ch.isascii() or ch in '/_.-~':
                out.append(ch)
            else:
                out.extend('%%%02X' % b for b in ch.encode('utf-8'))
        return 'file://' + ''.join(out)

    @property
    def _cparts(self):
        if self._root:
            return [self._root] + self._tail
        return self._tail

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts

    def __hash__(self):
        return hash(tuple(self._cparts))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive prefix (always empty on POSIX)."""
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        if not self._tail:
            return ''
        return self._tail[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, tail = _parse((name,)) if isinstance(name, str) else ('', [])
        if not name or name[-1] == '/' or root or len(tail) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        root, tail = _parse(other)
        n = len(tail)
        if root != self._root or self._tail[:n] != tail:
            formatted = root + '/'.join(tail) or '.'
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and "
                             "the other is absolute.".format(str(self), formatted))
        return self._from_parsed('', self._tail[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        return tuple(self._cparts)

    def joinpath(self, *args):
        return self._from_parts((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_parts((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parsed(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        root, pat_parts = _parse((path_pattern,))
        if not pat_parts and not root:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        parts = self._cparts
        if root:
            if len(pat_parts) + 1 != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems (not in minipy)."""

    def __new__(cls, *args):
        _missing("PureWindowsPath")


def _is_wildcard_pattern(pat):
    return "*" in pat or "?" in pat or "[" in pat


def _make_selector(pattern_parts):
    if not pattern_parts:
        return _TerminatingSelector()
    pat = pattern_parts[0]
    child_parts = pattern_parts[1:]
    if not pat:
        return _TerminatingSelector()
    if pat == '**':
        return _RecursiveWildcardSelector(pat, child_parts)
    if '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if _is_wildcard_pattern(pat):
        return _WildcardSelector(pat, child_parts)
    return _PreciseSelector(pat, child_parts)


class _Selector:
    def __init__(self, child_parts):
        self.child_parts = child_parts
        if child_parts:
            self.successor = _make_selector(child_parts)
            self.dironly = True
        else:
            self.successor = _TerminatingSelector()
            self.dironly = False

    def select_from(self, parent_path):
        if not parent_path.is_dir():
            return iter([])
        return self._select_from(parent_path)


class _TerminatingSelector:
    def _select_from(self, parent_path):
        yield parent_path


class _PreciseSelector(_Selector):
    def __init__(self, name, child_parts):
        self.name = name
        _Selector.__init__(self, child_parts)

    def _select_from(self, parent_path):
        try:
            path = parent_path._make_child_relpath(self.name)
            if path.is_dir() if self.dironly else path.exists():
                for p in self.successor._select_from(path):
                    yield p
        except PermissionError:
            return


class _WildcardSelector(_Selector):
    def __init__(self, pat, child_parts):
        self.match = re.compile(fnmatch.translate(pat)).fullmatch
        _Selector.__init__(self, child_parts)

    def _select_from(self, parent_path):
        try:
            entries = list(os.scandir(parent_path))
            for entry in entries:
                if self.dironly:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError:
                        continue
                name = entry.name
                if self.match(name):
                    path = parent_path._make_child_relpath(name)
                    for p in self.successor._select_from(path):
                        yield p
        except PermissionError:
            return


class _RecursiveWildcardSelector(_Selector):
    def __init__(self, pat, child_parts):
        _Selector.__init__(self, child_parts)

    def _iterate_directories(self, parent_path):
        yield parent_path
        try:
            entries = list(os.scandir(parent_path))
            for entry in entries:
                try:
                    entry_is_dir = entry.is_dir() and not entry.is_symlink()
                except OSError:
                    entry_is_dir = False
                if entry_is_dir:
                    path = parent_path._make_child_relpath(entry.name)
                    for p in self._iterate_directories(path):
                        yield p
        except PermissionError:
            return

    def _select_from(self, parent_path):
        yielded = set()
        try:
            for starting_point in self._iterate_directories(parent_path):
                for p in self.successor._select_from(starting_point):
                    if p not in yielded:
                        yield p
                        yielded.add(p)
        finally:
            yielded.clear()


class Path(PurePath):
    """PurePath subclass that can make system calls."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = os.stat(other_path)
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, pattern_parts = _parse((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] == '/':
            pattern_parts.append('')
        selector = _make_selector(tuple(pattern_parts))
        for p in selector.select_from(self):
            yield p

    def rglob(self, pattern):
        root, pattern_parts = _parse((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == '/':
            pattern_parts.append('')
        selector = _make_selector(("**",) + tuple(pattern_parts))
        for p in selector.select_from(self):
            yield p

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._tail)

    def resolve(self, strict=False):
        return self._from_parts((os.path.realpath(self, strict=strict),))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def owner(self):
        _missing("Path.owner()")

    def group(self):
        _missing("Path.group()")

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        data = bytes(data)
        with self.open(mode='wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        open(str(self), 'a' if exist_ok else 'x').close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def lchmod(self, mode):
        _missing("Path.lchmod()")

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        _missing("Path.hardlink_to()")

    def link_to(self, target):
        _missing("Path.link_to()")

    def exists(self):
        try:
            self.stat()
        except (OSError, ValueError):
            return False
        return True

    def _mode(self, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except (OSError, ValueError):
            return 0

    def is_dir(self):
        return _stat_mod.S_ISDIR(self._mode())

    def is_file(self):
        return _stat_mod.S_ISREG(self._mode())

    def is_mount(self):
        _missing("Path.is_mount()")

    def is_symlink(self):
        return _stat_mod.S_ISLNK(self._mode(False))

    def is_block_device(self):
        return _stat_mod.S_ISBLK(self._mode())

    def is_char_device(self):
        return _stat_mod.S_ISCHR(self._mode())

    def is_fifo(self):
        return _stat_mod.S_ISFIFO(self._mode())

    def is_socket(self):
        return _stat_mod.S_ISSOCK(self._mode())

    def expanduser(self):
        if not self._root and self._tail and self._tail[0][:1] == '~':
            homedir = os.path.expanduser(self._tail[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems (not in minipy)."""

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))

# minipy's tempfile, written anew after CPython 3.11's Lib/tempfile.py: the same names, directory
# search and naming (8 characters of [a-z0-9_] from os.urandom). A NamedTemporaryFile or
# TemporaryFile is served from memory (_MemoryFile); a named one writes its contents to its file
# at flush(), seek() and close(), as CPython's buffered file would.

import os as _os
import weakref as _weakref

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None
_bin_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
_text_openflags = _bin_openflags


def _exists(fn):
    try:
        _os.lstat(fn)
    except OSError:
        return False
    return True


class _RandomNameSequence:
    """An endless sequence of unpredictable 8-character names."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __iter__(self):
        return self

    def __next__(self):
        c = self.characters
        return ''.join([c[b % 37] for b in _os.urandom(8)])


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for seq in range(100):
            name = next(namer)
            filename = _os.path.join(dir, name)
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
                try:
                    try:
                        _os.write(fd, b'blat')
                    finally:
                        _os.close(fd)
                finally:
                    _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError("[Errno 2] No usable temporary directory found in %s" % dirlist)


def _sanitize_params(prefix, suffix, dir):
    for a in (prefix, suffix, dir):
        if isinstance(a, bytes):
            raise NotImplementedError("minipy's tempfile has no bytes file names")
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    else:
        dir = _os.fspath(dir)
    return prefix, suffix, dir


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def _mkstemp_inner(dir, pre, suf, flags):
    dir = _os.path.abspath(dir)
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, pre + name + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, file
    raise FileExistsError("[Errno 17] No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix, _bin_openflags)


def mkdtemp(suffix=None, prefix=None, dir=None):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return file
    raise FileExistsError("[Errno 17] No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        if not _exists(file):
            return file
    raise FileExistsError("[Errno 17] No usable temporary filename found")


class _MemoryFile:
    """A file opened with a read-write mode ('w+b', 'w+', 'r+'...), kept in memory; `path`, if
    any, is written with its contents at flush(), seek() and close()."""

    def __init__(self, path, mode, newline=None):
        for c in mode:
            if c not in 'rwxab+t':
                raise ValueError("invalid mode: %r" % (mode,))
        self.mode = mode
        self._path = path
        self.name = path
        self._binary = 'b' in mode
        self._data = b'' if self._binary else ''
        self._pos = 0
        self._dirty = False
        self._readable = '+' in mode or 'r' in mode
        self._writable = '+' in mode or 'r' not in mode
        self.newlines = None
        self.closed = False

    def _check(self, readable=False, writable=False):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if readable and not self._readable:
            import io
            raise io.UnsupportedOperation("read")
        if writable and not self._writable:
            import io
            raise io.UnsupportedOperation("write")

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        return False

    def fileno(self):
        raise NotImplementedError("minipy's tempfile files have no fileno()")

    def write(self, s):
        self._check(writable=True)
        if self._binary:
            if not isinstance(s, (bytes, bytearray)):
                raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
            s = bytes(s)
        elif not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        data = self._data
        p = len(data) if 'a' in self.mode else self._pos
        if p > len(data):
            data = data + (b'\0' if self._binary else '\0') * (p - len(data))
        self._data = data[:p] + s + data[p + len(s):]
        self._pos = p + len(s)
        self._dirty = True
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check(readable=True)
        data = self._data
        if size is None or size < 0:
            r = data[self._pos:]
        else:
            r = data[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check(readable=True)
        data = self._data
        i = data.find(b'\n' if self._binary else '\n', self._pos)
        end = len(data) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = data[self._pos:end]
        self._pos += len(r)
        return r

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        self.flush()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek position %r" % (pos,))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._data) + pos)
        else:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check(writable=True)
        if size is None:
            size = self._pos
        self._data = self._data[:size]
        self._dirty = True
        return size

    def flush(self):
        self._check()
        if self._dirty and self._path is not None:
            with open(self._path, 'wb' if self._binary else 'w') as f:
                f.write(self._data)
        self._dirty = False

    def close(self):
        if not self.closed:
            try:
                if _exists(self._path) if self._path is not None else False:
                    self.flush()
            finally:
                self.closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


def _unlink_quietly(name):
    try:
        _os.unlink(name)
    except FileNotFoundError:
        pass


class _TemporaryFileWrapper:
    """Temporary file wrapper: closing it (or leaving its `with` block) removes the file."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._finalizer = _weakref.finalize(self, _unlink_quietly, name) if delete else None

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        try:
            self.file.close()
        finally:
            if self._finalizer is not None:
                self._finalizer()

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags)
    _os.close(fd)
    try:
        file = _MemoryFile(name, mode, newline)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    _sanitize_params(prefix, suffix, dir)
    return _MemoryFile(None, mode, newline)


class SpooledTemporaryFile(_MemoryFile):
    """A temporary file kept in memory (minipy never rolls it over to disk)."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        _MemoryFile.__init__(self, None, mode, newline)
        self._max_size = max_size

    def rollover(self):
        pass


def _rmtree_quietly(name, ignore_errors):
    import shutil
    shutil.rmtree(name, ignore_errors=ignore_errors)


class TemporaryDirectory:
    """A directory removed when the `with` block ends (or by cleanup())."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(self, _rmtree_quietly, self.name, True)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            _rmtree_quietly(self.name, self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        return cls

# minipy's tempfile, written anew after CPython 3.11's Lib/tempfile.py: the same names, directory
# search and naming (8 characters of [a-z0-9_] from os.urandom). NamedTemporaryFile and
# TemporaryFile are real files: open() on the descriptor mkstemp() made (a TemporaryFile's name
# removed at once); a SpooledTemporaryFile stays in io.BytesIO/StringIO until it rolls over.

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


def _unlink_quietly(name):
    try:
        _os.unlink(name)
    except FileNotFoundError:
        pass


class _TemporaryFileWrapper:
    """A temporary file opened with open() on the descriptor mkstemp() made. Closing it (or
    leaving its `with` block) removes the file when `delete`; `name` is its path (a
    TemporaryFile's file is removed at once and `name` is the descriptor, as on CPython/Linux).
    Attributes the wrapper lacks are the open file's."""

    def __init__(self, file, fd, name, path, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._fd = fd
        self._finalizer = _weakref.finalize(self, _unlink_quietly, path) if delete else None

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def fileno(self):
        if self.file.closed:
            raise ValueError("I/O operation on closed file")
        return self._fd

    def readable(self):
        self._check_open()
        return 'r' in self.file.mode or '+' in self.file.mode

    def writable(self):
        self._check_open()
        return 'r' not in self.file.mode or '+' in self.file.mode

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def truncate(self, size=None):
        raise NotImplementedError("minipy's files have no truncate()")

    def _check_open(self):
        if self.file.closed:
            raise ValueError("I/O operation on closed file.")

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


def _open_temporary(mode, buffering, encoding, newline, errors, suffix, prefix, dir, delete,
                    named):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, path = _mkstemp_inner(dir, prefix, suffix, _bin_openflags)
    try:
        if not named:
            # The name is never needed again: remove it now, as CPython does on POSIX.
            _os.unlink(path)
        file = open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)
    except BaseException:
        if named:
            _unlink_quietly(path)
        _os.close(fd)
        raise
    if named:
        return _TemporaryFileWrapper(file, fd, path, path, delete)
    return _TemporaryFileWrapper(file, fd, fd, path, False)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    return _open_temporary(mode, buffering, encoding, newline, errors, suffix, prefix, dir,
                           delete, True)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    return _open_temporary(mode, buffering, encoding, newline, errors, suffix, prefix, dir,
                           False, False)


class SpooledTemporaryFile:
    """A temporary file kept in an io.BytesIO/StringIO until it grows past `max_size` (when not
    0) or rollover() or fileno() is called; then it moves to a TemporaryFile."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        import io
        if 'b' in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO()
        self._max_size = max_size
        self._rolled = False
        self._args = (mode, buffering, encoding, newline, suffix, prefix, dir, errors)

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        mode, buffering, encoding, newline, suffix, prefix, dir, errors = self._args
        memory = self._file
        newfile = TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir,
                                errors=errors)
        newfile.write(memory.getvalue())
        newfile.seek(memory.tell(), 0)
        self._file = newfile
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        if self._rolled:
            return self._file.mode
        return self._args[0]

    @property
    def name(self):
        if self._rolled:
            return self._file.name
        return None

    @property
    def newlines(self):
        return self._file.newlines

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if self._max_size and size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return self._file.seekable()


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

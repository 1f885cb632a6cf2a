# minipy's `shutil`: written for minipy from the documented behaviour and python3's output; not
# derived from CPython's source. Copying files and trees, rmtree, move, which and
# get_terminal_size over minipy's os; disk_usage, chown and the archive functions raise
# NotImplementedError (minipy's os has no statvfs, chown or archive codecs).

import fnmatch
import os
import stat as _st
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "make_archive",
           "get_archive_formats", "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format", "unregister_unpack_format",
           "unpack_archive", "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    """Raised by copytree (with the list of per-file errors) and move."""


class SameFileError(Error):
    """copyfile was asked to copy a file onto itself."""


class SpecialFileError(OSError):
    """Raised when copying something that is not a regular file, such as a named pipe."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when registering an archive format fails."""


def _bare_error(kind, message, code, reason):
    # an OSError with this message and no file name, its attributes set by hand
    exc = kind(message)
    if not hasattr(exc, 'errno'):
        exc.errno = code
        exc.strerror = reason
        exc.filename = None
    return exc


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of file object fsrc to file object fdst, length bytes at a time."""
    size = length if length and length > 0 else COPY_BUFSIZE
    while True:
        block = fsrc.read(size)
        if not block:
            return
        fdst.write(block)


def _identical(a, b):
    try:
        sa = os.stat(a)
        sb = os.stat(b)
    except OSError:
        return False
    return sa.st_ino == sb.st_ino and sa.st_dev == sb.st_dev


def _is_link(p):
    try:
        return _st.S_ISLNK(os.lstat(p).st_mode)
    except (OSError, ValueError):
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (not its metadata); return dst."""
    if _identical(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for p in (src, dst):
        try:
            info = os.stat(p)
        except OSError:
            continue
        if _st.S_ISFIFO(info.st_mode):
            raise SpecialFileError("`%s` is a named pipe" % os.fspath(p))
    if not follow_symlinks and _is_link(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as reader:
        with open(dst, 'wb') as writer:
            copyfileobj(reader, writer)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    if not follow_symlinks and _is_link(src) and _is_link(dst):
        return  # Linux cannot change a link's own mode
    os.chmod(dst, _st.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits and access/modification times of src to dst."""
    if not follow_symlinks and _is_link(src) and _is_link(dst):
        return
    info = os.stat(src)
    try:
        os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns))
    except OSError as exc:
        # python3's utime error names no file
        if exc.filename is None:
            raise
        raise _bare_error(type(exc), "[Errno %s] %s" % (exc.errno, exc.strerror), exc.errno,
                          exc.strerror) from None
    os.chmod(dst, _st.S_IMODE(info.st_mode))


def _target_in(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(os.fspath(src)))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits (into dst if it is a directory); return the new file's path."""
    target = _target_in(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy, and copy the times too."""
    target = _target_in(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


def ignore_patterns(*patterns):
    """An `ignore` callable for copytree that skips names matching any glob pattern."""
    def skip(where, names):
        found = set()
        for pat in patterns:
            found.update(fnmatch.filter(names, pat))
        return found
    return skip


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree at src to dst; return dst. Per-file errors are gathered into
    one Error whose argument is a list of (src, dst, reason)."""
    with os.scandir(src) as listing:
        entries = list(listing)
    names = [e.name for e in entries]
    skipped = ignore(os.fspath(src), names) if ignore is not None else ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    for entry in entries:
        if entry.name in skipped:
            continue
        from_path = os.path.join(src, entry.name)
        to_path = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                target = os.readlink(from_path)
                if symlinks:
                    os.symlink(target, to_path)
                    copystat(from_path, to_path, follow_symlinks=False)
                    continue
                # python3 tests the link's text as a path from the current directory
                if ignore_dangling_symlinks and not os.path.exists(target):
                    continue
            if os.path.isdir(from_path):
                copytree(from_path, to_path, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(from_path, to_path)
        except Error as exc:
            problems.extend(exc.args[0])
        except OSError as exc:
            problems.append((from_path, to_path, str(exc)))
    try:
        copystat(src, dst)
    except OSError as exc:
        problems.append((src, dst, str(exc)))
    if problems:
        raise Error(problems)
    return dst


def _raise_it(func, path, info):
    raise info[1]


def _ignore_it(func, path, info):
    pass


def _remove_tree(top, onerror):
    try:
        with os.scandir(top) as listing:
            entries = list(listing)
    except OSError:
        onerror(os.scandir, top, sys.exc_info())
        entries = []
    for entry in entries:
        full = os.path.join(top, entry.name)
        try:
            deeper = entry.is_dir(follow_symlinks=False)
        except OSError:
            deeper = False
        if deeper:
            _remove_tree(full, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(top)
    except OSError:
        onerror(os.rmdir, top, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None):
    """Delete a directory tree. Errors go to onerror(func, path, exc_info), are dropped with
    ignore_errors, or else are raised."""
    if ignore_errors:
        onerror = _ignore_it
    elif onerror is None:
        onerror = _raise_it
    try:
        info = os.lstat(path)
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    # python3 opens the path (following links) and checks it is what lstat saw
    try:
        seen = os.stat(path)
    except Exception:
        onerror(os.open, path, sys.exc_info())
        return
    if _st.S_ISLNK(info.st_mode) or seen.st_ino != info.st_ino or seen.st_dev != info.st_dev:
        try:
            raise _bare_error(OSError, "Cannot call rmtree on a symbolic link", None, None)
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
        return
    _remove_tree(path, onerror)


def _last_part(p):
    p = os.fspath(p)
    return os.path.basename(p.rstrip(os.sep) if len(p) > 1 else p)


def _inside(src, dst):
    a = os.path.abspath(os.fspath(src))
    b = os.path.abspath(os.fspath(dst))
    if not a.endswith(os.sep):
        a += os.sep
    if not b.endswith(os.sep):
        b += os.sep
    return b.startswith(a)


def move(src, dst, copy_function=copy2):
    """Move a file or directory to dst (into it if it is a directory); return the new path."""
    final = dst
    if os.path.isdir(dst):
        if _identical(src, dst):
            # python3 renames in place and returns None here
            os.rename(src, dst)
            return None
        final = os.path.join(dst, _last_part(src))
        if os.path.exists(final):
            raise Error("Destination path '%s' already exists" % final)
    try:
        os.rename(src, final)
    except OSError:
        if _is_link(src):
            os.symlink(os.readlink(src), final)
            os.unlink(src)
        elif os.path.isdir(src):
            if _inside(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, final, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, final)
            os.unlink(src)
    return final


def _runnable(p, mode):
    return os.path.exists(p) and os.access(p, mode) and not os.path.isdir(p)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the executable cmd found along PATH (or path), or None."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    looked = set()
    for folder in os.fsdecode(path).split(os.pathsep):
        if folder in looked:
            continue
        looked.add(folder)
        candidate = os.path.join(folder, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


class _TerminalSize(tuple):
    """What os.terminal_size is: a (columns, lines) pair."""

    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


def _env_int(name):
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """$COLUMNS and $LINES when set and positive, else the fallback (minipy does not ask the
    terminal)."""
    cols = _env_int('COLUMNS')
    rows = _env_int('LINES')
    if cols <= 0:
        cols = fallback[0]
    if rows <= 0:
        rows = fallback[1]
    return _TerminalSize((cols, rows))


def _unsupported(what):
    raise NotImplementedError("shutil.%s is not supported by minipy" % what)


def disk_usage(path):
    _unsupported("disk_usage")


def chown(path, user=None, group=None):
    _unsupported("chown")


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0,
                 owner=None, group=None, logger=None):
    _unsupported("make_archive")


def get_archive_formats():
    _unsupported("get_archive_formats")


def register_archive_format(name, function, extra_args=None, description=''):
    _unsupported("register_archive_format")


def unregister_archive_format(name):
    _unsupported("unregister_archive_format")


def get_unpack_formats():
    _unsupported("get_unpack_formats")


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    _unsupported("register_unpack_format")


def unregister_unpack_format(name):
    _unsupported("unregister_unpack_format")


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    _unsupported("unpack_archive")

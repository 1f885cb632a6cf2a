# minipy's stat: the constants and helpers for interpreting os.stat() results, written for
# minipy from the module's documentation and CPython 3.11 on Linux (where the C `_stat`
# module supplies the functions): modes are checked as a C mode_t would be, and filemode()
# shows an unknown file type as `?`. Nothing is left out; the Solaris/BSD-only file types
# (door, event port, whiteout) are 0 and their tests always answer False, as on Linux.
"""Constants and functions for reading the results of os.stat() and os.lstat()."""

# Positions in the 10-tuple view of a stat result.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

# File types (the bits S_IFMT keeps).
S_IFIFO = 0x1000
S_IFCHR = 0x2000
S_IFDIR = 0x4000
S_IFBLK = 0x6000
S_IFREG = 0x8000
S_IFLNK = 0xA000
S_IFSOCK = 0xC000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0
_TYPE_BITS = 0xF000

# Permission and special bits (the ones S_IMODE keeps).
S_ISUID = 0x800
S_ISGID = 0x400
S_ISVTX = 0x200
S_ENFMT = S_ISGID
S_IRUSR = 0x100
S_IWUSR = 0x80
S_IXUSR = 0x40
S_IRGRP = 0x20
S_IWGRP = 0x10
S_IXGRP = 0x8
S_IROTH = 0x4
S_IWOTH = 0x2
S_IXOTH = 0x1
S_IRWXU = S_IRUSR | S_IWUSR | S_IXUSR
S_IRWXG = S_IRGRP | S_IWGRP | S_IXGRP
S_IRWXO = S_IROTH | S_IWOTH | S_IXOTH
S_IREAD = S_IRUSR
S_IWRITE = S_IWUSR
S_IEXEC = S_IXUSR
_PERMISSION_BITS = 0xFFF

# BSD/macOS file flags (st_flags), defined everywhere.
UF_NODUMP = 1 << 0
UF_IMMUTABLE = 1 << 1
UF_APPEND = 1 << 2
UF_OPAQUE = 1 << 3
UF_NOUNLINK = 1 << 4
UF_COMPRESSED = 1 << 5
UF_HIDDEN = 1 << 15
SF_ARCHIVED = 1 << 16
SF_IMMUTABLE = 1 << 17
SF_APPEND = 1 << 18
SF_NOUNLINK = 1 << 20
SF_SNAPSHOT = 1 << 21

# Windows file attributes (st_file_attributes), defined everywhere.
FILE_ATTRIBUTE_READONLY = 1 << 0
FILE_ATTRIBUTE_HIDDEN = 1 << 1
FILE_ATTRIBUTE_SYSTEM = 1 << 2
FILE_ATTRIBUTE_DIRECTORY = 1 << 4
FILE_ATTRIBUTE_ARCHIVE = 1 << 5
FILE_ATTRIBUTE_DEVICE = 1 << 6
FILE_ATTRIBUTE_NORMAL = 1 << 7
FILE_ATTRIBUTE_TEMPORARY = 1 << 8
FILE_ATTRIBUTE_SPARSE_FILE = 1 << 9
FILE_ATTRIBUTE_REPARSE_POINT = 1 << 10
FILE_ATTRIBUTE_COMPRESSED = 1 << 11
FILE_ATTRIBUTE_OFFLINE = 1 << 12
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 1 << 13
FILE_ATTRIBUTE_ENCRYPTED = 1 << 14
FILE_ATTRIBUTE_INTEGRITY_STREAM = 1 << 15
FILE_ATTRIBUTE_VIRTUAL = 1 << 16
FILE_ATTRIBUTE_NO_SCRUB_DATA = 1 << 17


def _as_mode(value):
    # The checks of a conversion to C's unsigned 32-bit mode_t, with CPython's messages.
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if value < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if value >= 1 << 64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if value >= 1 << 32:
        raise OverflowError("mode out of range")
    return value


def S_IMODE(mode):
    """The permission and set-id/sticky bits of MODE (what os.chmod() sets)."""
    return _as_mode(mode) & _PERMISSION_BITS


def S_IFMT(mode):
    """The file-type bits of MODE."""
    return _as_mode(mode) & _TYPE_BITS


def _type_test(kind, name, what):
    if kind:
        def test(mode):
            return _as_mode(mode) & _TYPE_BITS == kind
    else:
        # Types this platform does not have: never a match, but the mode is still checked.
        def test(mode):
            _as_mode(mode)
            return False
    test.__name__ = name
    test.__qualname__ = name
    test.__doc__ = "Return True if mode is from " + what + "."
    return test


S_ISDIR = _type_test(S_IFDIR, "S_ISDIR", "a directory")
S_ISCHR = _type_test(S_IFCHR, "S_ISCHR", "a character special device file")
S_ISBLK = _type_test(S_IFBLK, "S_ISBLK", "a block special device file")
S_ISREG = _type_test(S_IFREG, "S_ISREG", "a regular file")
S_ISFIFO = _type_test(S_IFIFO, "S_ISFIFO", "a FIFO (named pipe)")
S_ISLNK = _type_test(S_IFLNK, "S_ISLNK", "a symbolic link")
S_ISSOCK = _type_test(S_IFSOCK, "S_ISSOCK", "a socket")
S_ISDOOR = _type_test(S_IFDOOR, "S_ISDOOR", "a door")
S_ISPORT = _type_test(S_IFPORT, "S_ISPORT", "an event port")
S_ISWHT = _type_test(S_IFWHT, "S_ISWHT", "a whiteout")
del _type_test

_TYPE_LETTERS = {
    S_IFDIR: "d",
    S_IFCHR: "c",
    S_IFBLK: "b",
    S_IFREG: "-",
    S_IFIFO: "p",
    S_IFLNK: "l",
    S_IFSOCK: "s",
}


def _triad(mode, read, write, execute, special, with_x, without_x):
    # One `rwx` group; the special bit shows in the execute column, lower case when the
    # execute bit is also set.
    out = "r" if mode & read else "-"
    out += "w" if mode & write else "-"
    if mode & special:
        out += with_x if mode & execute else without_x
    else:
        out += "x" if mode & execute else "-"
    return out


def filemode(mode):
    """MODE as `ls -l` shows it, such as '-rw-r--r--' or 'drwxr-xr-x'."""
    mode = _as_mode(mode)
    return (
        _TYPE_LETTERS.get(mode & _TYPE_BITS, "?")
        + _triad(mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s", "S")
        + _triad(mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s", "S")
        + _triad(mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t", "T")
    )

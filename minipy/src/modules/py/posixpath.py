# The Python half of `os.path` (CPython's posixpath); `join`, `split`, `exists`... and the
# `_stat`/`_realpath` system calls are Rust (modules/misc.rs).

_getcwd = getcwd
del getcwd

curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    f = getattr(type(path), '__fspath__', None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__)
    r = f(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(path).__name__, type(r).__name__))


def normcase(s):
    return _fspath(s)


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def normpath(path):
    path = _fspath(path)
    if not path:
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    new_comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/' * initial_slashes + '/'.join(new_comps)
    return path or '.'


def _mode(path, follow):
    try:
        return _stat(path, follow)[0]
    except (OSError, ValueError):
        return None


def islink(path):
    m = _mode(path, False)
    return m is not None and (m & 0o170000) == 0o120000


def lexists(path):
    return _mode(path, False) is not None


def ismount(path):
    raise NotImplementedError("minipy's os.path has no ismount()")


def getmtime(filename):
    st = _stat(filename, True)
    return st[9] + st[10] * 1e-9


def getatime(filename):
    st = _stat(filename, True)
    return st[7] + st[8] * 1e-9


def getctime(filename):
    st = _stat(filename, True)
    return st[11] + st[12] * 1e-9


def samefile(f1, f2):
    s1 = _stat(f1, True)
    s2 = _stat(f2, True)
    return s1[1] == s2[1] and s1[2] == s2[2]


def realpath(filename, *, strict=False):
    if strict:
        _stat(filename, True)
    return _realpath(filename)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    import os
    if 'HOME' not in os.environ:
        return path
    userhome = os.environ['HOME'].rstrip('/')
    return (userhome + path[i:]) or '/'


def expandvars(path):
    path = _fspath(path)
    if '$' not in path:
        return path
    import os
    import re
    def repl(m):
        name = m.group(1) or m.group(2)
        if name in os.environ:
            return os.environ[name]
        return m.group(0)
    return re.sub(r'\$(\w+)|\$\{([^}]*)\}', repl, path)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    try:
        isabs, = set(p[:1] == '/' for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if isabs else ''
    return prefix + '/'.join(common)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    start = '.' if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = ['..'] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return '.'
    return join(*rel_list)

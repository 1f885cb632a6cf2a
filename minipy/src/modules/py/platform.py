# minipy's platform: written for minipy from the documented behaviour. The system, node, release,
# version and machine come from the kernel's /proc/sys/kernel files (Linux); the Python values
# name minipy's implementation honestly ('minipy', the language version it follows).

import sys as _sys

__all__ = ['system', 'node', 'release', 'version', 'machine', 'processor', 'uname',
           'platform', 'python_version', 'python_version_tuple', 'python_implementation',
           'python_compiler', 'python_build', 'python_branch', 'python_revision',
           'architecture', 'libc_ver', 'freedesktop_os_release']


def _kernel(name, default=''):
    try:
        with open('/proc/sys/kernel/' + name) as f:
            return f.read().strip()
    except OSError:
        return default


class uname_result(tuple):
    _fields = ('system', 'node', 'release', 'version', 'machine')

    def __new__(cls, system, node, release, version, machine):
        # Six items, as CPython's: the processor ('' here) comes last, out of the repr.
        return tuple.__new__(cls, (system, node, release, version, machine, ''))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    processor = property(lambda self: self[5])

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % tuple(self)[:5])

    def _asdict(self):
        return dict(zip(self._fields, self[:5]))


uname_result.__module__ = 'platform'
_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        system = _kernel('ostype')
        if not system:
            system = {'linux': 'Linux', 'darwin': 'Darwin', 'win32': 'Windows'}.get(
                _sys.platform, _sys.platform)
        _uname_cache = uname_result(system, _kernel('hostname'), _kernel('osrelease'),
                                    _kernel('version'), _kernel('arch'))
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return ''


def architecture(executable=None, bits='', linkage=''):
    return ('64bit' if _sys.maxsize > 2 ** 32 else '32bit', 'ELF' if system() == 'Linux' else '')


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return (lib, version)


def python_implementation():
    return 'minipy'


def python_version():
    return '%d.%d.%d' % tuple(_sys.version_info[:3])


def python_version_tuple():
    return tuple(str(x) for x in _sys.version_info[:3])


def python_compiler():
    return 'rustc'


def python_build():
    return ('minipy', '')


def python_branch():
    return ''


def python_revision():
    return ''


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    parts = [u.system, u.release, u.machine]
    return '-'.join(p for p in parts if p)


def freedesktop_os_release():
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path) as f:
                text = f.read()
        except OSError:
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith('#') or '=' not in line:
                continue
            k, v = line.split('=', 1)
            if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
                v = v[1:-1]
            info[k] = v
        return info
    raise OSError('no os-release file found')

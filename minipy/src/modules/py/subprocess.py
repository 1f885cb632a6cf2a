# minipy's subprocess: written for minipy from the documented behaviour, over std::process (see
# modules/extra.rs). run, call, check_call, check_output, getoutput, getstatusoutput and a
# Popen whose child runs to its end before Popen's methods return its results: at construction,
# or at communicate() when stdin is a pipe. No streaming reads of a live child, no
# preexec_fn/pass_fds/start_new_session; timeouts kill the child and raise TimeoutExpired.

import os as _os
import sys as _sys

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput', 'getoutput',
           'check_output', 'run', 'CalledProcessError', 'DEVNULL', 'SubprocessError',
           'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGNALS = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT',
            7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV',
            12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM'}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr
        super().__init__(returncode, cmd)

    def __str__(self):
        if self.returncode and self.returncode < 0:
            sig = _SIGNALS.get(-self.returncode)
            if sig is not None:
                return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, sig, -self.returncode)
            return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr
        super().__init__(cmd, timeout)

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


for _c in (SubprocessError, CalledProcessError, TimeoutExpired):
    _c.__module__ = 'subprocess'


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _argv(args, shell, executable):
    if shell:
        if isinstance(args, (str, bytes)):
            args = [args]
        else:
            args = list(args)
        argv = [executable or '/bin/sh', '-c'] + [_os.fsdecode(a) for a in args]
        return argv
    if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
        argv = [_os.fsdecode(_os.fspath(args))]
    else:
        argv = [_os.fsdecode(_os.fspath(a)) if not isinstance(a, str) else a for a in args]
    if executable is not None:
        argv[0] = _os.fsdecode(executable)
    return argv


def _mode(value, what):
    if value is None:
        return 0
    if value == PIPE:
        return 1
    if value == DEVNULL:
        return 2
    if value == STDOUT and what == 'stderr':
        return 3
    raise NotImplementedError("minipy's subprocess takes None, PIPE, DEVNULL (or STDOUT for "
                              'stderr) for %s, not file objects' % what)


def _flush_own():
    for stream in (_sys.stdout, _sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None, _minipy_defer=False):
        if preexec_fn is not None or pass_fds:
            raise NotImplementedError("minipy's subprocess has no preexec_fn or pass_fds")
        self.args = args
        self._argv = _argv(args, shell, executable)
        self._modes = (_mode(stdin, 'stdin'), _mode(stdout, 'stdout'), _mode(stderr, 'stderr'))
        self._cwd = None if cwd is None else _os.fsdecode(_os.fspath(cwd))
        if env is None:
            self._env = None
        else:
            self._env = [[_os.fsdecode(k), _os.fsdecode(v)] for k, v in env.items()]
        self.text_mode = bool(text or universal_newlines or encoding or errors)
        self.encoding = encoding
        self.errors = errors
        self.returncode = None
        self.pid = None
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self._out = None
        self._err = None
        self._ran = False
        if self._modes[0] != 1 and not _minipy_defer:
            self._run(None, None)

    def _decode(self, data):
        if data is None or not self.text_mode:
            return data
        text = data.decode(self.encoding or 'utf-8', self.errors or 'strict')
        return text.replace('\r\n', '\n').replace('\r', '\n')

    def _run(self, input, timeout):
        self._ran = True
        if input is not None and isinstance(input, str):
            input = input.encode(self.encoding or 'utf-8', self.errors or 'strict')
        modes = self._modes
        if modes[0] == 1 and input is None:
            input = b''
        _flush_own()
        code, out, err, timed_out = _run_process(self._argv, input, modes[0], modes[1],
                                                 modes[2], self._cwd, self._env, timeout)
        self.returncode = code
        self._out = self._decode(out)
        self._err = self._decode(err)
        if modes[1] == 1:
            self.stdout = _Reader(self._out, self.text_mode)
        if modes[2] == 1:
            self.stderr = _Reader(self._err, self.text_mode)
        if timed_out:
            raise TimeoutExpired(self.args, timeout, output=self._out, stderr=self._err)

    def communicate(self, input=None, timeout=None):
        if not self._ran:
            self._run(input, timeout)
            return (self._out, self._err)
        out = self.stdout.read() if self.stdout is not None else None
        err = self.stderr.read() if self.stderr is not None else None
        return (out, err)

    def poll(self):
        return self.returncode

    def wait(self, timeout=None):
        if not self._ran:
            self._run(None, timeout)
        return self.returncode

    def kill(self):
        pass

    def terminate(self):
        pass

    def send_signal(self, sig):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.wait()

    def __repr__(self):
        return '<Popen: returncode: {} args: {!r}>'.format(self.returncode, self.args)


class _Reader:
    # The finished child's output, read like a pipe.
    def __init__(self, data, text):
        self._data = data if data is not None else ('' if text else b'')
        self._pos = 0

    def read(self, size=-1):
        end = len(self._data) if size is None or size < 0 else self._pos + size
        chunk = self._data[self._pos:end]
        self._pos = min(end, len(self._data))
        return chunk

    def readline(self):
        nl = '\n' if isinstance(self._data, str) else b'\n'
        end = self._data.find(nl, self._pos)
        end = len(self._data) if end < 0 else end + 1
        return self.read(end - self._pos)

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return iter(self.readlines())

    def close(self):
        pass


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    p = Popen(*popenargs, _minipy_defer=True, **kwargs)
    out, err = p.communicate(input, timeout)
    code = p.returncode
    if check and code:
        raise CalledProcessError(code, p.args, output=out, stderr=err)
    return CompletedProcess(p.args, code, out, err)


def call(*popenargs, timeout=None, **kwargs):
    return run(*popenargs, timeout=timeout, **kwargs).returncode


def check_call(*popenargs, **kwargs):
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if kwargs.get('text') or kwargs.get('universal_newlines') else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding,
                            errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]

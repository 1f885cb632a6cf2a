# minipy's `atexit`: the interpreter calls `_run_exitfuncs` at exit (before the `weakref.finalize`
# objects' exit pass), newest registration first.

import sys as _sys

_exithandlers = []


def register(func, *args, **kwargs):
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            import traceback
            print("Exception ignored in atexit callback:", repr(func), file=_sys.stderr)
            traceback.print_exception(e, file=_sys.stderr)

"""minipy's contextlib: utilities for `with` statements.

Provides contextmanager, ContextDecorator, AbstractContextManager, ExitStack, suppress, closing,
nullcontext, redirect_stdout, redirect_stderr and chdir, behaving as the documentation of
CPython 3.11's contextlib describes (minipy has no async variants). Written for minipy from that
documented behaviour and python3's observable output (tools/diff_contextlib.py compares them);
embedded in the binary and run on first import like the other modules in py/.
"""

import abc as _abc
import sys as _sys

__all__ = ["contextmanager", "ContextDecorator", "AbstractContextManager", "ExitStack",
           "suppress", "closing", "nullcontext", "redirect_stdout", "redirect_stderr", "chdir"]


def _defines(klass, name):
    """True when the first class of klass's MRO that has `name` in its own namespace binds it
    to something other than None (None there means "explicitly switched off")."""
    for k in klass.__mro__:
        ns = vars(k)
        if name in ns:
            return ns[name] is not None
    return False


class AbstractContextManager(_abc.ABC):
    """Base for context managers: __enter__ returns self, __exit__ is abstract (returns None).
    Any class providing both methods is treated as a virtual subclass."""

    def __enter__(self):
        return self

    @_abc.abstractmethod
    def __exit__(self, exc_type, exc_value, tb):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        if _defines(C, "__enter__") and _defines(C, "__exit__"):
            return True
        return NotImplemented


class ContextDecorator:
    """Mixin letting a context manager also decorate a function: each call of the decorated
    function runs inside a `with` of the manager."""

    def _fresh_manager(self):
        # A manager that can be entered once per call; subclasses that are single-use override.
        return self

    def __call__(self, func):
        import functools

        @functools.wraps(func)
        def run_inside(*args, **kwds):
            with self._fresh_manager():
                return func(*args, **kwds)

        return run_inside


class _GeneratorCM(AbstractContextManager, ContextDecorator):
    """What calling a @contextmanager function returns: the generator runs up to its single
    yield on entry; on exit it either resumes or gets the block's exception thrown in."""

    def __init__(self, factory, args, kwds):
        self._factory = factory
        self._call = (args, kwds)
        self.gen = factory(*args, **kwds)
        doc = getattr(factory, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _fresh_manager(self):
        args, kwds = self._call
        return type(self)(self._factory, args, kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, tb):
        gen = self.gen
        if typ is None:
            # Normal end of the block: the generator must finish now.
            for _ in gen:
                try:
                    raise RuntimeError("generator didn't stop")
                finally:
                    gen.close()
            return False
        if value is None:
            # Called as __exit__(SomeError, None, None): make the instance to throw.
            value = typ()
        try:
            gen.throw(typ, value, tb)
        except StopIteration as finished:
            # The generator returned: it handled the exception, unless what stopped it is
            # the very StopIteration the block raised.
            return finished is not value
        except BaseException as err:
            if err is value:
                # Propagated unchanged: let the with statement re-raise the original.
                return False
            if (isinstance(err, RuntimeError) and isinstance(value, StopIteration)
                    and err.__cause__ is value):
                # PEP 479 turned the thrown StopIteration into RuntimeError: report the original.
                return False
            raise
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


def contextmanager(func):
    """Decorator: `func` is a generator function yielding exactly once; calling the result
    gives a context manager whose `as` value is what it yields."""
    import functools

    @functools.wraps(func)
    def make(*args, **kwds):
        return _GeneratorCM(func, args, kwds)

    return make


class suppress(AbstractContextManager):
    """with suppress(*exceptions): an exception of one of the given types ends the block
    quietly; execution resumes after the with statement."""

    def __init__(self, *exceptions):
        self._kinds = exceptions

    def __enter__(self):
        return None

    def __exit__(self, kind, exc, tb):
        return kind is not None and issubclass(kind, self._kinds)


class closing(AbstractContextManager):
    """with closing(thing) as t: t is thing, and thing.close() runs when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `as` gives back enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        return None


def _exit_of(cm, method):
    """Callback shape ExitStack keeps: f(exc_type, exc, tb) calling a manager's __exit__."""

    def bound(exc_type, exc, tb):
        return method(cm, exc_type, exc, tb)

    bound.__self__ = cm
    return bound


def _relink_context(new, previous, outer):
    """`new` was raised by an exit callback while `previous` was the exception in flight. The
    interpreter chained `new` to `outer` (what was being handled when the stack began to unwind);
    make the chain lead to `previous` instead, as if `new` had been raised while handling it."""
    node = new
    hops = 0
    while hops < 10000:
        link = node.__context__
        if link is None or link is previous:
            return
        if link is outer:
            break
        node = link
        hops += 1
    node.__context__ = previous


class ExitStack(AbstractContextManager):
    """Collects context managers and cleanup callbacks, and on exit (or close()) unwinds them
    last-in first-out. Each exit sees the exception left by the ones after it; a true result
    swallows it, and an exception raised by an exit replaces it."""

    def __init__(self):
        self._unwind = []

    def pop_all(self):
        """Move every registered exit to a new stack (returned); this one is left empty."""
        other = type(self)()
        other._unwind, self._unwind = self._unwind, []
        return other

    def push(self, exit):
        """Register an exit: a context manager (its __exit__ is used, __enter__ is not called)
        or any callable taking (exc_type, exc, tb). Returns `exit`, so usable as a decorator."""
        try:
            method = type(exit).__exit__
        except AttributeError:
            self._unwind.append(exit)
        else:
            self._unwind.append(_exit_of(exit, method))
        return exit

    def enter_context(self, cm):
        """Enter `cm` and register its __exit__; returns what __enter__ returned."""
        kind = type(cm)
        try:
            on_enter = kind.__enter__
            on_exit = kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        value = on_enter(cm)
        self._unwind.append(_exit_of(cm, on_exit))
        return value

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on unwinding (its result is ignored)."""

        def call(exc_type, exc, tb):
            callback(*args, **kwds)

        call.__wrapped__ = callback
        self._unwind.append(call)
        return callback

    def close(self):
        """Unwind now, as leaving a with block without an exception would."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        came_with_exc = exc_details[0] is not None
        current = exc_details[1]
        if came_with_exc and current is None:
            current = exc_details[0]()
        outer = _sys.exc_info()[1]
        swallowed = False
        replaced = False
        while self._unwind:
            step = self._unwind.pop()
            if current is None:
                args = (None, None, None)
            else:
                args = (type(current), current, current.__traceback__)
            try:
                verdict = step(*args)
            except BaseException as err:
                if err is not current:
                    _relink_context(err, current, outer)
                current = err
                replaced = True
            else:
                if verdict:
                    current = None
                    swallowed = True
                    replaced = False
        if replaced:
            link = current.__context__
            try:
                raise current
            finally:
                current.__context__ = link
        return came_with_exc and swallowed


class _StreamSwap(AbstractContextManager):
    """Shared by redirect_stdout/redirect_stderr: the `_attr` of sys is replaced for the block;
    re-entrant, each exit restores what its enter replaced."""

    _attr = None

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(_sys, self._attr))
        setattr(_sys, self._attr, self._target)
        return self._target

    def __exit__(self, *unused):
        setattr(_sys, self._attr, self._saved.pop())


class redirect_stdout(_StreamSwap):
    """with redirect_stdout(f): sys.stdout (so print()) is f for the block."""

    _attr = "stdout"


class redirect_stderr(_StreamSwap):
    """with redirect_stderr(f): sys.stderr is f for the block."""

    _attr = "stderr"


class chdir(AbstractContextManager):
    """with chdir(path): the working directory is path for the block, then what it was before
    (re-entrant)."""

    def __init__(self, path):
        self.path = path
        self._back_to = []

    def __enter__(self):
        import os

        self._back_to.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os

        os.chdir(self._back_to.pop())

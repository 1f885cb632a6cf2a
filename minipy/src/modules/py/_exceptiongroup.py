# minipy's BaseExceptionGroup and ExceptionGroup (PEP 654), written from their documentation and
# CPython 3.11's observed behaviour. The interpreter makes them builtins the first time a script
# names them, and runs `except*` through the helpers at the end (eval/stmt.rs).


def _is_sequence(obj):
    if isinstance(obj, (list, tuple)):
        return True
    if isinstance(obj, (dict, set, frozenset, str)):
        return isinstance(obj, str)
    t = type(obj)
    return hasattr(t, "__getitem__") and hasattr(t, "__len__")


class BaseExceptionGroup(BaseException):
    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError(
                "BaseExceptionGroup.__new__() argument 1 must be str, not %s"
                % type(message).__name__
            )
        if not _is_sequence(exceptions):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
        plain = all(isinstance(e, Exception) for e in excs)
        if cls is BaseExceptionGroup:
            if plain:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not plain:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = super().__new__(cls, message, exceptions)
        self._eg_message = message
        self._eg_exceptions = excs
        return self

    def __init__(self, message, exceptions):
        super().__init__(message, exceptions)

    @property
    def message(self):
        return self._eg_message

    @property
    def exceptions(self):
        return self._eg_exceptions

    def __str__(self):
        n = len(self._eg_exceptions)
        return "%s (%d sub-exception%s)" % (self._eg_message, n, "" if n == 1 else "s")

    def derive(self, excs):
        return BaseExceptionGroup(self._eg_message, excs)

    def _derived(self, excs):
        new = self.derive(excs)
        new.__traceback__ = self.__traceback__
        new.__cause__ = self.__cause__
        new.__context__ = self.__context__
        if hasattr(self, "__notes__"):
            new.__notes__ = list(self.__notes__)
        return new

    def _split(self, match):
        if match(self):
            return self, None
        matched = []
        rest = []
        for e in self._eg_exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e._split(match)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            else:
                rest.append(e)
        m = self._derived(matched) if matched else None
        r = self._derived(rest) if rest else None
        return m, r

    def split(self, condition):
        return self._split(_matcher(condition))

    def subgroup(self, condition):
        return self._split(_matcher(condition))[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


BaseExceptionGroup.__module__ = ExceptionGroup.__module__ = "builtins"


def _is_exc_class(c):
    return isinstance(c, type) and issubclass(c, BaseException)


def _matcher(condition):
    if _is_exc_class(condition) or (
        isinstance(condition, tuple) and all(_is_exc_class(c) for c in condition)
    ):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


def _leaves(group, out):
    for e in group.exceptions:
        if isinstance(e, BaseExceptionGroup):
            _leaves(e, out)
        else:
            out.add(id(e))
    return out


# ---- `except*` (eval/stmt.rs) ----


def _star_prepare(exc):
    """The group an `except*` clause matches against: the raised group, or a naked exception
    wrapped in one."""
    if isinstance(exc, BaseExceptionGroup):
        return exc
    group = BaseExceptionGroup("", (exc,))
    group._eg_naked = True
    return group


def _star_split(group, types):
    """(the part of `group` the clause's `types` match, the rest)."""
    classes = types if isinstance(types, tuple) else (types,)
    for c in classes:
        if not _is_exc_class(c):
            raise TypeError(
                "catching classes that do not inherit from BaseException is not allowed"
            )
        if issubclass(c, BaseExceptionGroup):
            raise TypeError(
                "catching ExceptionGroup with except* is not allowed. Use except instead."
            )
    if getattr(group, "_eg_naked", False):
        # A naked exception: its wrapper matches whole (CPython gives the handler the wrapper).
        if isinstance(group.exceptions[0], types):
            return group, None
        return None, group
    return group.split(types)


def _star_finish(orig, group, raised, reraised, rest):
    """What leaves the `try` statement: None, the original exception, the part of it re-raised or
    unhandled (its structure kept), a handler's one new exception if nothing else leaves, or a
    group of the handlers' new exceptions and that part."""
    keep = set()
    for g in reraised + ([rest] if rest is not None else []):
        _leaves(g, keep)
    everything = _leaves(group, set())
    if not keep:
        kept = None
    elif keep == everything:
        kept = orig
    else:
        kept = group._split(
            lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in keep
        )[0]
    if orig is not group:
        # A naked exception: one clause at most ran. What it raised leaves as it is; re-raised,
        # the group it was wrapped in leaves (as in CPython 3.11); unmatched, it leaves as it came.
        if raised:
            return raised[0]
        return reraised[0] if reraised else kept
    if not raised:
        return kept
    if kept is not None:
        raised.append(kept)
    if len(raised) == 1:
        # One new exception and nothing of the original left: it leaves unwrapped.
        return raised[0]
    return BaseExceptionGroup("", raised)

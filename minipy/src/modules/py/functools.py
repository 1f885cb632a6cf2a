# minipy's `functools`, run once on first import (see modules/stdlib.rs). `_update_wrapper` is
# Rust: it copies `__name__` and `__qualname__`, which minipy functions cannot take by assignment.

from collections import namedtuple as _namedtuple

_MISSING = object()


def reduce(function, iterable, *initial):
    if len(initial) > 1:
        raise TypeError("reduce expected at most 3 arguments, got " + str(len(initial) + 2))
    it = iter(iterable)
    if initial:
        value = initial[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += [k + "=" + repr(v) for k, v in self.keywords.items()]
        return "functools.partial(" + ", ".join(parts) + ")"


WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__dict__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return _update_wrapper(wrapper, wrapped)


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped)


CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


class _lru_cache_wrapper:
    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self._func = func
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def _key(self, args, kwargs):
        key = args
        if kwargs:
            key = key + (_MISSING,) + tuple(kwargs.items())
        if self._typed:
            key = key + tuple([type(a) for a in args])
        return key

    def __call__(self, *args, **kwargs):
        key = self._key(args, kwargs)
        cache = self._cache
        value = cache.get(key, _MISSING)
        if value is not _MISSING:
            self._hits += 1
            if self._maxsize is not None:
                del cache[key]
                cache[key] = value
            return value
        self._misses += 1
        value = self._func(*args, **kwargs)
        if self._maxsize is None or self._maxsize > 0:
            cache[key] = value
            if self._maxsize is not None and len(cache) > self._maxsize:
                del cache[next(iter(cache))]
        return value

    def cache_info(self):
        return CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def __repr__(self):
        return "<functools._lru_cache_wrapper object wrapping " + repr(self._func) + ">"


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError("Expected first argument to be an integer, a callable, or None")
    if maxsize is not None and maxsize < 0:
        maxsize = 0
    return partial(_lru_cache_wrapper, maxsize=maxsize, typed=typed)


def cache(user_function):
    return _lru_cache_wrapper(user_function, None, False)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


def _not_op(op):
    return lambda self, other: _negate(op(self, other))


def _negate(r):
    if r is NotImplemented:
        return r
    return not r


def total_ordering(cls):
    defined = [op for op in ("__lt__", "__le__", "__gt__", "__ge__")
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(defined)
    f = getattr(cls, root)
    if root == "__lt__":
        derived = {
            "__gt__": lambda self, other: _and_not_eq(_reflect(f, self, other), self, other),
            "__le__": lambda self, other: _or_eq(f(self, other), self, other),
            "__ge__": _not_op(f),
        }
    elif root == "__le__":
        derived = {
            "__ge__": lambda self, other: _or_eq(_reflect(f, self, other), self, other),
            "__lt__": lambda self, other: _and_not_eq(f(self, other), self, other),
            "__gt__": _not_op(f),
        }
    elif root == "__gt__":
        derived = {
            "__lt__": lambda self, other: _and_not_eq(_reflect(f, self, other), self, other),
            "__ge__": lambda self, other: _or_eq(f(self, other), self, other),
            "__le__": _not_op(f),
        }
    else:
        derived = {
            "__le__": lambda self, other: _or_eq(_reflect(f, self, other), self, other),
            "__gt__": lambda self, other: _and_not_eq(f(self, other), self, other),
            "__lt__": _not_op(f),
        }
    for name, func in derived.items():
        if name not in defined:
            setattr(cls, name, func)
    return cls


def _reflect(f, self, other):
    # a > b is (not a < b) and a != b; a >= b is (not a <= b) or a == b: the reflected forms
    # below are built from these.
    r = f(self, other)
    if r is NotImplemented:
        return r
    return not r


def _and_not_eq(r, self, other):
    if r is NotImplemented:
        return r
    return r and self != other


def _or_eq(r, self, other):
    if r is NotImplemented:
        return r
    return r or self == other


class cached_property:
    """A method turned into an attribute computed once per instance, then kept in the
    instance's __dict__ (which, being a non-data descriptor, this then never shadows)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        cache = instance.__dict__
        if self.attrname in cache:
            return cache[self.attrname]
        val = self.func(instance)
        cache[self.attrname] = val
        return val


def singledispatch(func):
    """Dispatches on the class of the first argument, through its MRO."""
    registry = {object: func}

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return func

    def register(cls, impl=None):
        if impl is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            impl = cls
            ann = getattr(impl, "__annotations__", {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    "Use either `@register(some_class)` or plain `@register` on an annotated function."
                )
            cls = list(ann.values())[0]
        registry[cls] = impl
        return impl

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{getattr(func, '__name__', 'singledispatch function')} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper

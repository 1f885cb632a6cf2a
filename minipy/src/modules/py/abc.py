# minipy's `abc`: ABCMeta computes `__abstractmethods__` when it makes a class and refuses to
# instantiate one that still has some (CPython's object.__new__ check, here in ABCMeta.__call__);
# `register` adds virtual subclasses, held weakly as CPython's _abc registry holds them.

from weakref import WeakSet as _WeakSet


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if isinstance(value, property):
        return _is_abstract(value.fget) if value.fget is not None else False
    if isinstance(value, (staticmethod, classmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return getattr(value, "__isabstractmethod__", False)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = set()
        for key, value in namespace.items():
            if _is_abstract(value):
                abstracts.add(key)
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                value = None
                for klass in cls.__mro__:
                    if key in vars(klass):
                        value = vars(klass)[key]
                        break
                if _is_abstract(value):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = _WeakSet()
        cls._abc_subclasses = _WeakSet()
        for base in cls.__mro__[1:]:
            if isinstance(base, ABCMeta) and "_abc_subclasses" in vars(base):
                base._abc_subclasses.add(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            names = sorted(cls.__abstractmethods__)
            s = "s" if len(names) > 1 else ""
            raise TypeError(
                "Can't instantiate abstract class " + cls.__name__
                + " with abstract method" + s + " " + ", ".join(names)
            )
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if cls in subclass.__mro__:
            return subclass
        cls._abc_registry.add(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for klass in subclass.__mro__:
            for reg in cls._abc_registry:
                if klass is reg or reg in klass.__mro__:
                    return True
        for scls in list(cls._abc_subclasses):
            if issubclass(subclass, scls):
                return True
        return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0

"""Names for the types of builtin objects, and GenericAlias (what `list[int]` makes)."""


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    return repr(obj)


class GenericAlias:
    """`list[int]`: the origin class and its arguments."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        if not self.__args__:
            return _type_repr(self.__origin__) + "[()]"
        return (
            _type_repr(self.__origin__)
            + "["
            + ", ".join([_type_repr(a) for a in self.__args__])
            + "]"
        )

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, item):
        # An alias of concrete types has no parameters left to substitute.
        raise TypeError(repr(self) + " is not a generic class")

    def __getattr__(self, name):
        # As CPython's: what the alias lacks comes from its origin (`list[int].append`).
        if name in ("__origin__", "__args__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)


class SimpleNamespace:
    """Attributes given as keywords, with a repr listing them."""

    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        items = [k + "=" + repr(v) for k, v in self.__dict__.items()]
        return "namespace(" + ", ".join(items) + ")"

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__


def _f():
    pass


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = FunctionType
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
GeneratorType = type((lambda: (yield))())
del _f, _C

import sys as _sys

ModuleType = type(_sys)
del _sys


class MappingProxyType:
    """A read-only view of a mapping."""

    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__"):
            raise TypeError("mappingproxy() argument must be a mapping, not "
                            + type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return "mappingproxy(" + repr(self._mapping) + ")"

    def __str__(self):
        return str(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")


NoneType = type(None)


class UnionType:
    """`int | str`: what `|` between classes makes."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return " | ".join(["None" if a is NoneType else _type_repr(a) for a in self.__args__])

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


def _union_or(a, b):
    args = []
    for x in (a, b):
        if x is None:
            x = NoneType
        if isinstance(x, UnionType):
            parts = x.__args__
        elif isinstance(x, (type, GenericAlias)):
            parts = (x,)
        else:
            return NotImplemented
        for p in parts:
            if p not in args:
                args.append(p)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


MappingProxyType.__name__ = MappingProxyType.__qualname__ = "mappingproxy"
MappingProxyType.__module__ = "builtins"


class _ClassAttribute:
    """What CPython's class namespaces hold under `__dict__` and `__weakref__` (getset
    descriptors); here only for the namespace's keys and repr."""

    __slots__ = ("_name", "_owner", "_kind")

    def __init__(self, name, owner, kind="attribute"):
        self._name = name
        self._owner = owner
        self._kind = kind

    def __repr__(self):
        return "<" + self._kind + " '" + self._name + "' of '" + self._owner + "' objects>"


def _class_namespace(cls, namespace, introduced):
    """`cls.__dict__`: a read-only view of a copy of the class namespace as CPython orders it:
    `__module__`, the body's names, the `__dict__`/`__weakref__` the class introduces, then
    `__doc__` (None without a docstring)."""
    d = {"__module__": cls.__module__}
    d.update(namespace)
    slots = namespace.get("__slots__", ())
    if isinstance(slots, str):
        slots = (slots,)
    for name in sorted(slots):
        if name not in ("__dict__", "__weakref__"):
            d[name] = _ClassAttribute(name, cls.__name__, "member")
    for name in introduced:
        d[name] = _ClassAttribute(name, cls.__name__)
    if "__doc__" not in d:
        d["__doc__"] = None
    return MappingProxyType(d)

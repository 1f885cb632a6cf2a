# minipy's `typing`: enough for annotated scripts to run and print what CPython prints. The
# special forms and aliases are objects whose reprs are CPython's (`typing.Optional[int]`);
# subscripting builds `_GenericAlias`es; `Generic[T]` as a base works through __mro_entries__.
# Nothing here checks types at run time, as in CPython.

import collections as _collections
from types import GenericAlias as _BuiltinAlias, UnionType as _UnionType

TYPE_CHECKING = False
_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if obj is _NoneType or obj is None:
        return "None"
    if isinstance(obj, type(_type_repr)):
        return obj.__qualname__
    if isinstance(obj, list):
        return "[" + ", ".join([_type_repr(a) for a in obj]) + "]"
    return repr(obj)


class ForwardRef:
    """A name in quotes inside a typing subscript: `Optional["Node"]`."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got " + repr(arg))
        self.__forward_arg__ = arg

    def __repr__(self):
        return "ForwardRef(" + repr(self.__forward_arg__) + ")"

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


def _convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class _GenericAlias:
    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple([_convert(a) for a in args])
        self._name = name
        self._inst = inst
        self.__parameters__ = tuple([a for a in self.__args__ if isinstance(a, TypeVar)])

    def __repr__(self):
        if self._name is not None:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return head + "[()]"
        return head + "[" + ", ".join([_type_repr(a) for a in self.__args__]) + "]"

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type " + str(self._name) + " cannot be instantiated; use "
                            + self.__origin__.__name__.lower() + "() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            for b in bases:
                if b is not self and isinstance(b, _GenericAlias) and b.__origin__ is Generic:
                    return ()
            return (self.__origin__,)
        return (self.__origin__,)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        args = tuple([subst.get(a, a) for a in self.__args__])
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _SpecialGenericAlias:
    """`typing.List`: an alias of a builtin class, subscriptable."""

    def __init__(self, origin, name, nparams, inst=True):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Tuple" or self._name == "Callable":
            pass
        elif self._nparams >= 0 and len(params) != self._nparams:
            many = "many" if len(params) > self._nparams else "few"
            raise TypeError("Too " + many + " arguments for typing." + self._name
                            + "; actual " + str(len(params)) + ", expected " + str(self._nparams))
        if self._name == "Callable":
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is ...:
                return _CallableAlias(self.__origin__, (..., result))
            return _CallableAlias(self.__origin__, (list(args), result))
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type " + self._name + " cannot be instantiated; use "
                            + self.__origin__.__name__ + "() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)


class _CallableAlias(_GenericAlias):
    def __init__(self, origin, args):
        self.__origin__ = origin
        self._name = "Callable"
        self._inst = True
        self.__parameters__ = ()
        if args[0] is ...:
            self.__args__ = (..., _convert(args[1]))
        else:
            self.__args__ = tuple([_convert(a) for a in args[0]]) + (_convert(args[1]),)
        self._shown = args

    def __repr__(self):
        a, r = self._shown
        shown = "..." if a is ... else "[" + ", ".join([_type_repr(x) for x in a]) + "]"
        return "typing.Callable[" + shown + ", " + _type_repr(r) + "]"


class _SpecialForm:
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(repr(self) + " is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate " + repr(self))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(repr(self) + " cannot be used with isinstance()")


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[0] if args[1] is _NoneType else args[1]
            return "typing.Optional[" + _type_repr(other) + "]"
        return "typing.Union[" + ", ".join([_type_repr(a) for a in args]) + "]"

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _union_getitem(self, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(params, tuple):
        params = (params,)
    args = []
    for p in params:
        p = _convert(p)
        if isinstance(p, (_UnionAlias, _UnionType)):
            parts = p.__args__
        else:
            parts = (p,)
        for q in parts:
            if q not in args:
                args.append(q)
    if len(args) == 1:
        return args[0]
    return _UnionAlias(Union, tuple(args), "Union")


def _optional_getitem(self, param):
    return Union[param, None]


def _literal_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    alias = _GenericAlias(self, (), "Literal")
    alias.__args__ = params
    alias._shown = params
    return _LiteralAlias(params)


class _LiteralAlias(_GenericAlias):
    def __init__(self, params):
        self.__origin__ = Literal
        self.__args__ = params
        self._name = "Literal"
        self._inst = False
        self.__parameters__ = ()

    def __repr__(self):
        return "typing.Literal[" + ", ".join([repr(a) for a in self.__args__]) + "]"


def _wrapper_getitem(self, param):
    if isinstance(param, tuple) and self._name != "Annotated":
        raise TypeError(repr(self) + " accepts only single type.")
    alias = _GenericAlias(self, param, self._name, False)
    if self._name == "ClassVar":
        alias._minipy_classvar = True
    return alias


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), "Annotated")
        self.__metadata__ = metadata

    def __repr__(self):
        return ("typing.Annotated[" + _type_repr(self.__origin__) + ", "
                + ", ".join([repr(m) for m in self.__metadata__]) + "]")


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(params[0], params[1:])


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
ClassVar = _SpecialForm("ClassVar", _wrapper_getitem)
ClassVar._minipy_classvar = True
Final = _SpecialForm("Final", _wrapper_getitem)
Annotated = _SpecialForm("Annotated", _annotated_getitem)

List = _SpecialGenericAlias(list, "List", 1, False)
Dict = _SpecialGenericAlias(dict, "Dict", 2, False)
Set = _SpecialGenericAlias(set, "Set", 1, False)
FrozenSet = _SpecialGenericAlias(frozenset, "FrozenSet", 1, False)
Tuple = _SpecialGenericAlias(tuple, "Tuple", -1, False)
Type = _SpecialGenericAlias(type, "Type", 1, False)
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, "DefaultDict", 2)
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, "OrderedDict", 2)
Counter = _SpecialGenericAlias(_collections.Counter, "Counter", 1)
Deque = _SpecialGenericAlias(_collections.deque, "Deque", 1)


class _AbstractAlias(_SpecialGenericAlias):
    """`typing.Iterable` and the other abstract collections: subscriptable, not callable."""

    def __init__(self, name, nparams):
        _SpecialGenericAlias.__init__(self, object, name, nparams, False)

    def __getitem__(self, params):
        if self._name == "Callable":
            return _SpecialGenericAlias.__getitem__(self, params)
        if not isinstance(params, tuple):
            params = (params,)
        return _AbstractSubscripted(self._name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Type " + self._name + " cannot be instantiated; use "
                        "collections.abc." + self._name + "() instead")

    def __mro_entries__(self, bases):
        return (_abc_class(self._name),)

    def __instancecheck__(self, obj):
        return isinstance(obj, _abc_class(self._name))

    def __subclasscheck__(self, cls):
        return issubclass(cls, _abc_class(self._name))


def _abc_class(name):
    import collections.abc as abc
    if name == "ContextManager":
        raise TypeError("minipy has no contextlib.AbstractContextManager")
    return getattr(abc, name)


class _AbstractSubscripted(_GenericAlias):
    def __init__(self, name, args):
        _GenericAlias.__init__(self, object, args, name, False)

    def __mro_entries__(self, bases):
        return (_abc_class(self._name),)


Callable = _AbstractAlias("Callable", 2)
Iterable = _AbstractAlias("Iterable", 1)
Iterator = _AbstractAlias("Iterator", 1)
Generator = _AbstractAlias("Generator", 3)
Sequence = _AbstractAlias("Sequence", 1)
MutableSequence = _AbstractAlias("MutableSequence", 1)
Mapping = _AbstractAlias("Mapping", 2)
MutableMapping = _AbstractAlias("MutableMapping", 2)
AbstractSet = _AbstractAlias("AbstractSet", 1)
MutableSet = _AbstractAlias("MutableSet", 1)
Collection = _AbstractAlias("Collection", 1)
Container = _AbstractAlias("Container", 1)
Hashable = _AbstractAlias("Hashable", 0)
Sized = _AbstractAlias("Sized", 0)
Reversible = _AbstractAlias("Reversible", 1)
Awaitable = _AbstractAlias("Awaitable", 1)
Coroutine = _AbstractAlias("Coroutine", 3)
AsyncIterator = _AbstractAlias("AsyncIterator", 1)
AsyncIterable = _AbstractAlias("AsyncIterable", 1)
ItemsView = _AbstractAlias("ItemsView", 2)
KeysView = _AbstractAlias("KeysView", 1)
ValuesView = _AbstractAlias("ValuesView", 1)
ContextManager = _AbstractAlias("ContextManager", 1)


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar("AnyStr", bytes, str)


class ParamSpec(TypeVar):
    def __repr__(self):
        return "~" + self.__name__


class Generic:
    """A base for generic classes: `class Stack(Generic[T])`, then `Stack[int]`."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError("Parameters to Generic[...] must all be type variables")
        return _GenericAlias(cls, params)


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False) if hasattr(cls, "__dict__") else vars(cls).get("_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
            return True
        return cls in type(instance).__mro__


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in vars(base):
            if not attr.startswith("_abc_") and attr not in (
                "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol",
                "_is_runtime_protocol", "__dict__", "__args__", "__slots__", "__next_in_mro__",
                "__parameters__", "__origin__", "__orig_bases__", "__extra__", "__tree_hash__",
                "__doc__", "__subclasshook__", "__init__", "__new__", "__module__",
                "_MutableMapping__marker", "__qualname__", "__init_subclass__",
                "__class_getitem__", "__hash__"):
                if attr not in attrs:
                    attrs.append(attr)
    return attrs


class Protocol(metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in vars(cls):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params)


def runtime_checkable(cls):
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    return _overload_dummy


def final(f):
    return f


def no_type_check(f):
    return f


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: " + repr(arg))


def reveal_type(obj):
    import sys
    print("Runtime type is " + repr(type(obj).__name__), file=sys.stderr)
    return obj


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _BuiltinAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _CallableAlias):
        a, r = tp._shown
        return (a, r) if a is ... else (list(a), r)
    if isinstance(tp, (_GenericAlias, _BuiltinAlias, _UnionType)):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = vars(base).get("__annotations__", {})
            for k, v in ann.items():
                hints[k] = _NoneType if v is None else v
        return hints
    for k, v in getattr(obj, "__annotations__", {}).items():
        hints[k] = _NoneType if v is None else v
    return hints


class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        import sys
        self.__module__ = "__main__"

    def __repr__(self):
        return self.__module__ + "." + self.__qualname__

    def __call__(self, x):
        return x


class _NamedTupleMeta(type):
    def __new__(mcs, typename, bases, ns):
        if ns.get("_root", False):
            return super().__new__(mcs, typename, bases, ns)
        annotations = ns.get("__annotations__", {})
        names = list(annotations)
        defaults = []
        for name in names:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError("Non-default namedtuple field " + name
                                + " cannot follow default field" + ("s" if len(defaults) > 1 else "")
                                + " " + ", ".join(names[names.index(name) - len(defaults):names.index(name)]))
        nm_tpl = _collections.namedtuple(typename, names, defaults=defaults,
                                         module=ns.get("__module__", "__main__"))
        nm_tpl.__annotations__ = dict(annotations)
        for key, value in ns.items():
            if key in ("__module__", "__qualname__", "__annotations__", "_root") or key in names:
                continue
            if key in ("_make", "_asdict", "_replace", "_fields", "__new__", "__init__",
                       "__getnewargs__", "_field_defaults", "_source"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(nm_tpl, key, value)
        return nm_tpl


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True

    def __init_subclass__(cls, **kwargs):
        pass


def _typeddict_new(mcs, name, bases, ns, total=True):
    return None


class _TypedDictMeta(type):
    def __new__(mcs, name, bases, ns, total=True):
        cls = super().__new__(mcs, name, (dict,) if name != "TypedDict" else bases, ns)
        annotations = {}
        for base in bases:
            annotations.update(vars(base).get("__annotations__", {}))
        annotations.update(ns.get("__annotations__", {}))
        cls.__annotations__ = annotations
        cls.__total__ = total
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    __subclasscheck__ = __instancecheck__


class TypedDict(metaclass=_TypedDictMeta):
    pass


Text = str

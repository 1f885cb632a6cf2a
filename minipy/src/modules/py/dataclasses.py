# minipy's `dataclasses`: the decorator reads the class's annotations (and its dataclass bases'
# fields) and adds __init__, __repr__, __eq__, the ordering methods, __hash__ and the frozen
# __setattr__ as CPython would. minipy has no exec(), so the generated methods are closures over
# the field list that bind their arguments themselves, with CPython's error messages.


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = "_FIELD"

    def __repr__(self):
        return (
            "Field(name=" + repr(self.name) + ",type=" + repr(self.type)
            + ",default=" + repr(self.default) + ",default_factory=" + repr(self.default_factory)
            + ",init=" + repr(self.init) + ",repr=" + repr(self.repr)
            + ",hash=" + repr(self.hash) + ",compare=" + repr(self.compare)
            + ",metadata=mappingproxy(" + repr(self.metadata) + ")"
            + ",kw_only=" + repr(self.kw_only) + ",_field_type=" + self._field_type + ")"
        )


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith("ClassVar") or tp.startswith("typing.ClassVar")
    return getattr(tp, "_minipy_classvar", False)


def _plural_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(cls, fields, frozen, has_post_init):
    init_fields = [f for f in fields if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    kw_only = [f for f in init_fields if f.kw_only]
    qualname = cls.__qualname__ + ".__init__"
    n_required = len([f for f in positional
                      if f.default is MISSING and f.default_factory is MISSING])

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            if n_required == len(positional):
                if len(positional) == 0:
                    takes = "takes 1 positional argument"
                else:
                    takes = "takes " + str(len(positional) + 1) + " positional arguments"
            else:
                takes = ("takes from " + str(n_required + 1) + " to "
                         + str(len(positional) + 1) + " positional arguments")
            given = len(args) + 1
            raise TypeError(qualname + "() " + takes + " but " + str(given)
                            + (" were" if given > 1 else " was") + " given")
        values = {}
        for f, a in zip(positional, args):
            values[f.name] = a
        names = [f.name for f in init_fields]
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError(qualname + "() got an unexpected keyword argument " + repr(k))
            if k in values:
                raise TypeError(qualname + "() got multiple values for argument " + repr(k))
            values[k] = v
        missing = [f.name for f in positional if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            s = "s" if len(missing) > 1 else ""
            raise TypeError(qualname + "() missing " + str(len(missing)) + " required positional argument"
                            + s + ": " + _plural_list(missing))
        missing = [f.name for f in kw_only if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            s = "s" if len(missing) > 1 else ""
            raise TypeError(qualname + "() missing " + str(len(missing)) + " required keyword-only argument"
                            + s + ": " + _plural_list(missing))
        for f in fields:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.init:
                value = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__()

    __init__.__qualname__ = qualname
    return __init__


def _cmp_tuple(obj, fields):
    return tuple([getattr(obj, f.name) for f in fields if f.compare])


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    for b in reversed(cls.__mro__[1:]):
        base_fields = getattr(b, "__dataclass_fields__", None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    own = vars(cls)
    annotations = own.get("__annotations__", {})
    kw_only_now = kw_only
    for name, tp in annotations.items():
        if tp is KW_ONLY or tp == "KW_ONLY":
            kw_only_now = True
            continue
        if _is_classvar(tp):
            continue
        default = own.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = tp
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError("mutable default " + str(type(f.default)) + " for field "
                             + name + " is not allowed: use default_factory")
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    for name, value in own.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(repr_(name) + " is a field but has no type annotation")
    cls.__dataclass_fields__ = fields
    all_fields = list(fields.values())
    seen_default = False
    for f in all_fields:
        if f.init and not f.kw_only:
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError("non-default argument " + repr_(f.name) + " follows default argument")
            else:
                seen_default = True
    if frozen:
        for b in cls.__mro__[1:]:
            params = getattr(b, "__dataclass_params__", None)
            if params is not None and not params.frozen:
                raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    if init:
        cls.__init__ = _make_init(cls, all_fields, frozen, hasattr(cls, "__post_init__"))
    if repr and "__repr__" not in own:
        repr_fields = [f for f in all_fields if f.repr]

        def __repr__(self):
            return (type(self).__qualname__ + "("
                    + ", ".join([f.name + "=" + repr_(getattr(self, f.name)) for f in repr_fields])
                    + ")")

        __repr__.__qualname__ = cls.__qualname__ + ".__repr__"
        __repr__._dataclass_generated = True  # pprint formats these field by field
        cls.__repr__ = __repr__
    if eq and "__eq__" not in own:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _cmp_tuple(self, all_fields) == _cmp_tuple(other, all_fields)
            return NotImplemented

        cls.__eq__ = __eq__
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")

        def _order(op_name, op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(_cmp_tuple(self, all_fields), _cmp_tuple(other, all_fields))
                return NotImplemented
            method.__name__ = op_name
            return method

        for op_name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                            ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if op_name in own:
                raise TypeError("Cannot overwrite attribute " + op_name + " in class "
                                + cls.__name__ + ". Consider using functools.total_ordering")
            setattr(cls, op_name, _order(op_name, op))
    if frozen:
        names = [f.name for f in all_fields]

        def __setattr__(self, name, value):
            if type(self) is cls or name in names:
                raise FrozenInstanceError("cannot assign to field " + repr_(name))
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in names:
                raise FrozenInstanceError("cannot delete field " + repr_(name))
            object.__delattr__(self, name)

        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    class_hash = own.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in own))
    hash_fields = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple([getattr(self, f.name) for f in hash_fields]))

    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class " + cls.__name__)
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = __hash__
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    if match_args and "__match_args__" not in own:
        cls.__match_args__ = tuple([f.name for f in all_fields if f.init and not f.kw_only])
    return cls


repr_ = repr


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    if slots:
        raise TypeError("minipy's dataclass does not support slots=True")

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(fs.values())


def _asdict_inner(obj, dict_factory):
    if hasattr(type(obj), "__dataclass_fields__"):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _astuple_inner(obj, tuple_factory):
    if hasattr(type(obj), "__dataclass_fields__"):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def replace(obj, /, **changes):
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError("field " + f.name + " is declared with init=False, "
                                 "it cannot be specified with replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)

# minipy's `enum`: EnumMeta turns the plain names of a class body into members (instances of the
# class, with `_name_` and `_value_`), keeps them in definition order with their aliases, and
# gives the class iteration, `len`, `in`, `Color(value)` and `Color['NAME']`. IntEnum and IntFlag
# members stand for ints through the numeric dunders. A str/float/tuple/bytes mix-in
# (`class Color(str, Enum)`) makes each member an instance of that type, built by its `__new__`.

_auto_null = object()
Enum = None
Flag = None


class auto:
    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return "auto(" + repr(self.value) + ")"


def _is_descriptor(obj):
    return (
        callable(obj)
        or isinstance(obj, (property, staticmethod, classmethod))
        or hasattr(obj, "__get__")
    )


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


class EnumMeta(type):
    def __new__(metacls, cls, bases, classdict, boundary=None, **kwds):
        member_names = []
        member_values = []
        body = {}
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        flag = Flag is not None and any(issubclass(b, Flag) for b in bases)
        last_values = []
        for key, value in classdict.items():
            if key in ignore or key == "_ignore_":
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_descriptor(value):
                body[key] = value
                continue
            if key in member_names:
                raise TypeError("'" + key + "' already defined as " + repr(classdict[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    gen = classdict.get("_generate_next_value_")
                    if gen is not None:
                        value.value = gen(key, 1, len(member_names), last_values[:])
                    elif flag:
                        high = 0
                        for v in last_values:
                            if isinstance(v, int) and v > high:
                                high = v
                        value.value = 1 if not high else 1 << high.bit_length()
                    else:
                        value.value = 1
                        for v in reversed(last_values):
                            if isinstance(v, int):
                                value.value = v + 1
                                break
                value = value.value
            member_names.append(key)
            member_values.append(value)
            last_values.append(value)
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        member_type = object
        for klass in enum_class.__mro__:
            if klass in (str, float, tuple, bytes, int) and not getattr(enum_class, "_minipy_int_like", False):
                member_type = klass
                break
        if member_type is not object:
            # The mix-in's hash and comparisons come before Enum's in the MRO.
            if "__hash__" not in classdict:
                type.__setattr__(enum_class, "__hash__", member_type.__hash__)
            # As CPython's EnumType: the repr, str and format the mix-in type (or object) would
            # give members are Enum's instead, unless the body or a class before the mix-in
            # defines them.
            for name in ("__repr__", "__str__", "__format__"):
                if name in classdict:
                    continue
                for klass in enum_class.__mro__:
                    if klass is member_type or klass is object:
                        type.__setattr__(enum_class, name, getattr(bases[-1], name))
                        break
                    if name in vars(klass):
                        break
        custom_init = None
        for klass in enum_class.__mro__:
            if klass is Enum or klass is object or Enum is None:
                break
            if "__init__" in vars(klass):
                custom_init = vars(klass)["__init__"]
                break
        for name, value in zip(member_names, member_values):
            canonical = None
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
            if canonical is None:
                if member_type is object:
                    member = object.__new__(enum_class)
                else:
                    args = value if isinstance(value, tuple) else (value,)
                    if member_type is tuple:
                        args = (args,)
                    member = member_type.__new__(enum_class, *args)
                member._name_ = name
                member._value_ = value
                if custom_init is not None:
                    args = value if isinstance(value, tuple) else (value,)
                    custom_init(member, *args)
                enum_class._member_names_.append(name)
                try:
                    enum_class._value2member_map_[value] = member
                except TypeError:
                    pass
            else:
                member = canonical
            enum_class._member_map_[name] = member
            type.__setattr__(enum_class, name, member)
        flag = globals().get("Flag")
        if flag is not None and issubclass(enum_class, flag):
            # A Flag class lists (iterates, counts) its canonical members only: single bits,
            # not zero or named combinations, which stay in `__members__` (as in 3.11).
            enum_class._member_names_ = [
                name
                for name in enum_class._member_names_
                if _single_bit(enum_class._member_map_[name]._value_)
            ]
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is not None:
            return cls._create_(value, names, start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)

    def _create_(cls, class_name, names, start):
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        ns = {}
        items = list(names.items()) if isinstance(names, dict) else list(names)
        for i, item in enumerate(items):
            if isinstance(item, str):
                ns[item] = start + i
            else:
                ns[item[0]] = item[1]
        return EnumMeta.__new__(EnumMeta, class_name, (cls,), ns)

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return member._name_ in cls._member_map_
        return any(m._value_ == member for m in cls._member_map_.values())

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag " + repr(cls.__name__) + ">"
        return "<enum " + repr(cls.__name__) + ">"

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        if name in vars(cls).get("_member_map_", {}):
            raise AttributeError("cannot reassign member " + repr(name))
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in vars(cls).get("_member_map_", {}):
            raise AttributeError(cls.__name__ + ": cannot delete Enum member " + repr(name) + ".")
        type.__delattr__(cls, name)

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumType = EnumMeta


class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return "<" + type(self).__name__ + "." + self._name_ + ": " + repr(self._value_) + ">"

    def __str__(self):
        return type(self).__name__ + "." + self._name_

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    pass


def _int_value(x):
    return x._value_ if isinstance(x, Enum) else x


class _IntLike:
    """The int behaviour of IntEnum and IntFlag members (isinstance(m, int) is True)."""

    _minipy_int_like = True

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __eq__(self, other):
        return self._value_ == _int_value(other)

    def __ne__(self, other):
        return self._value_ != _int_value(other)

    def __lt__(self, other):
        return self._value_ < _int_value(other)

    def __le__(self, other):
        return self._value_ <= _int_value(other)

    def __gt__(self, other):
        return self._value_ > _int_value(other)

    def __ge__(self, other):
        return self._value_ >= _int_value(other)

    def __hash__(self):
        return hash(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __add__(self, other):
        return self._value_ + _int_value(other)

    def __radd__(self, other):
        return _int_value(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _int_value(other)

    def __rsub__(self, other):
        return _int_value(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _int_value(other)

    def __rmul__(self, other):
        return _int_value(other) * self._value_

    def __floordiv__(self, other):
        return self._value_ // _int_value(other)

    def __truediv__(self, other):
        return self._value_ / _int_value(other)

    def __mod__(self, other):
        return self._value_ % _int_value(other)

    def __neg__(self):
        return -self._value_


class IntEnum(_IntLike, ReprEnum):
    pass


class StrEnum(ReprEnum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, Enum) else other)

    def __hash__(self):
        return hash(self._value_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


class Flag(Enum):
    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value & ~all_bits:
            return None
        pseudo = object.__new__(cls)
        names = []
        for name in cls._member_names_:
            v = cls._member_map_[name]._value_
            if v and v & value == v and v & (v - 1) == 0:
                names.append(name)
        pseudo._name_ = "|".join(names) if names else None
        pseudo._value_ = value
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __repr__(self):
        if self._name_ is None:
            return "<" + type(self).__name__ + ": " + repr(self._value_) + ">"
        return "<" + type(self).__name__ + "." + self._name_ + ": " + repr(self._value_) + ">"

    def __str__(self):
        if self._name_ is None:
            return type(self).__name__ + "(" + repr(self._value_) + ")"
        return type(self).__name__ + "." + self._name_

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for name in type(self)._member_names_:
            v = type(self)._member_map_[name]._value_
            if v and v & (v - 1) == 0 and v & self._value_ == v:
                yield type(self)._member_map_[name]

    def __len__(self):
        return len(list(self.__iter__()))

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        return type(self)(self._value_ | _int_value(other))

    def __and__(self, other):
        return type(self)(self._value_ & _int_value(other))

    def __xor__(self, other):
        return type(self)(self._value_ ^ _int_value(other))

    def __invert__(self):
        all_bits = 0
        for m in type(self)._member_map_.values():
            all_bits |= m._value_
        return type(self)(all_bits & ~self._value_)


class IntFlag(_IntLike, Flag):
    def __str__(self):
        return str(self._value_)

    def __or__(self, other):
        return type(self)(self._value_ | _int_value(other))

    __ror__ = __or__

    def __and__(self, other):
        return type(self)(self._value_ & _int_value(other))

    __rand__ = __and__

    def __xor__(self, other):
        return type(self)(self._value_ ^ _int_value(other))

    __rxor__ = __xor__

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        pseudo = object.__new__(cls)
        names = []
        for name in cls._member_names_:
            v = cls._member_map_[name]._value_
            if v and v & value == v and v & (v - 1) == 0:
                names.append(name)
        pseudo._name_ = "|".join(names) if names else None
        pseudo._value_ = value
        return pseudo


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join([alias + " -> " + name for alias, name in duplicates])
        raise ValueError("duplicate values found in " + repr(enumeration) + ": " + alias_details)
    return enumeration

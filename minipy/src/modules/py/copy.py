# minipy's `copy`: shallow and deep copies as CPython's Lib/copy.py makes them, for the kinds of
# objects minipy has. Atomic values (numbers, strings, bytes, None, functions, classes, ranges)
# are returned as they are; builtin containers are copied by type; an instance is rebuilt with
# `cls.__new__(cls)` and its state (its `__dict__` and slots, or what `__getstate__` returns,
# given to `__setstate__` if the class defines one), plus the items of a list or dict subclass.
# `__copy__` and `__deepcopy__(memo)` are honoured. `__reduce_ex__` is not: a class that relies
# on it alone for copying is copied by its state as above.


class Error(Exception):
    pass


error = Error

_ATOMIC = (
    type(None),
    type(Ellipsis),
    type(NotImplemented),
    int,
    float,
    bool,
    complex,
    str,
    bytes,
    range,
    type,
    type(len),
    type(lambda: None),
    frozenset,
)


def _is_atomic(x):
    return type(x) in _ATOMIC or isinstance(x, type)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy, so shared and cyclic structure is
    copied once."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that reached itself through a mutable member is in memo by now.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The originals stay alive while the memo lives, so their ids are not reused for other
    # objects during one deepcopy (as CPython's copy._keep_alive).
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _state(x):
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None and getattr(type(x), "__getstate__", None) is not getattr(object, "__getstate__", None):
        return getstate()
    state = dict(x.__dict__) if hasattr(x, "__dict__") else {}
    slots = {}
    for klass in type(x).__mro__:
        names = getattr(klass, "__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if hasattr(x, name):
                slots[name] = getattr(x, name)
    if slots:
        return (state or None, slots)
    return state


def _reconstruct(x, memo):
    deep = memo is not None
    cls = type(x)
    y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = _state(x)
    if deep:
        state = deepcopy(state, memo)
    if hasattr(y, "__setstate__") and getattr(type(y), "__setstate__", None) is not None:
        y.__setstate__(state)
    else:
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        else:
            slots = None
        if state:
            y.__dict__.update(state)
        if slots:
            for name, value in slots.items():
                setattr(y, name, value)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y

# minipy's pprint: pretty-printing of Python values, as CPython 3.11's pprint lays them out
# (the same line breaks, indentation, sorting and recursion markers).
# Left out: collections.UserDict/UserList/UserString (minipy has none). A value is laid out by
# the layout of the class whose __repr__ it uses (a dict subclass with its own __repr__ is
# printed with that repr), found by walking its MRO.

import collections as _collections
import dataclasses as _dataclasses
import re as _re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Print `object` nicely formatted to `stream` (default sys.stdout)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The nicely formatted text of `object`."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint with dictionaries left in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr of `object` that survives recursive containers."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of `object` could be read back by eval."""
    _, readable, recursive = PrettyPrinter()._safe_repr(object, {}, None, 0)
    return readable and not recursive


def isrecursive(object):
    """Whether `object` contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _OrderKey:
    """Sorts values of unlike types too: by type name, then by identity."""

    __slots__ = ["value"]

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            theirs = (str(type(other.value)), id(other.value))
            return mine < theirs


def _item_key(pair):
    return (_OrderKey(pair[0]), _OrderKey(pair[1]))


def _recursion_marker(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


# Types whose repr is always used as it is.
_PLAIN = (str, bytes, bytearray, float, complex, bool, type(None))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # Public interface.

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of `object`; subclasses may override."""
        return self._safe_repr(object, context, maxlevels, level)

    # Layout. `indent` is the column the value starts at, `allowance` the width the closing
    # characters after it need, `context` the ids of the containers being printed.

    def _format(self, obj, stream, indent, allowance, context, level):
        key = id(obj)
        if key in context:
            stream.write(_recursion_marker(obj))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(obj, context, level)
        if len(text) > self._width - indent - allowance:
            layout = _layout_for(type(obj))
            if layout is None and _is_generated_dataclass(obj):
                layout = PrettyPrinter._lay_out_dataclass
            if layout is not None:
                context[key] = 1
                layout(self, obj, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _repr(self, obj, context, level):
        text, readable, recursive = self.format(obj, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _pad(self, stream):
        # Wider indents pad after the opening bracket too.
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))

    def _write_sequence(self, items, stream, indent, allowance, context, level):
        """Items separated by commas, one per line (or packed, when compact)."""
        indent += self._indent_per_level
        self._pad(stream)
        items = list(items)
        newline = ",\n" + " " * indent
        room = self._width - indent + 1  # left on the current line, when compact
        sep = ""
        for i, item in enumerate(items):
            last = i == len(items) - 1
            line_room = self._width - indent + 1 - (allowance if last else 0)
            if last:
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = line_room
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    stream.write(sep)
                    sep = ", "
                    stream.write(text)
                    continue
            stream.write(sep)
            sep = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _write_pairs(self, pairs, stream, indent, allowance, context, level):
        """`key: value` lines, the values lined up after their keys."""
        indent += self._indent_per_level
        pairs = list(pairs)
        for i, (k, v) in enumerate(pairs):
            last = i == len(pairs) - 1
            text = self._repr(k, context, level)
            stream.write(text + ": ")
            self._format(v, stream, indent + len(text) + 2, allowance if last else 1,
                         context, level)
            if not last:
                stream.write(",\n" + " " * indent)

    def _write_fields(self, fields, stream, indent, allowance, context, level):
        """`name=value` lines, as in a namespace or dataclass repr."""
        fields = list(fields)
        for i, (name, v) in enumerate(fields):
            last = i == len(fields) - 1
            stream.write(name + "=")
            if id(v) in context:
                stream.write("...")
            else:
                self._format(v, stream, indent + len(name) + 1, allowance if last else 1,
                             context, level)
            if not last:
                stream.write(",\n" + " " * indent)

    def _sorted_items(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_item_key)
        return mapping.items()

    # One layout per kind of value, chosen by _layout_for.

    def _lay_out_dict(self, obj, stream, indent, allowance, context, level):
        stream.write("{")
        self._pad(stream)
        if len(obj):
            self._write_pairs(self._sorted_items(obj), stream, indent, allowance + 1,
                              context, level)
        stream.write("}")

    def _lay_out_list(self, obj, stream, indent, allowance, context, level):
        stream.write("[")
        self._write_sequence(obj, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _lay_out_tuple(self, obj, stream, indent, allowance, context, level):
        close = ",)" if len(obj) == 1 else ")"
        stream.write("(")
        self._write_sequence(obj, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _lay_out_set(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        if type(obj) is set:
            stream.write("{")
            close = "}"
        else:
            name = type(obj).__name__
            stream.write(name + "({")
            close = "})"
            indent += len(name) + 1
        items = sorted(obj, key=_OrderKey)
        self._write_sequence(items, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _lay_out_str(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        outermost = level == 1
        if outermost:
            # Room for the parentheses that group the pieces.
            indent += 1
            allowance += 1
        pieces = _split_string(obj, self._width - indent, allowance)
        if len(pieces) == 1:
            stream.write(repr(obj))
            return
        _write_pieces(stream, pieces, indent, outermost)

    def _lay_out_bytes(self, obj, stream, indent, allowance, context, level):
        if len(obj) <= 4:
            stream.write(repr(obj))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
        pieces = _split_bytes(obj, self._width - indent, allowance)
        _write_pieces(stream, pieces, indent, outermost)

    def _lay_out_bytearray(self, obj, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._lay_out_bytes(bytes(obj), stream, indent + len("bytearray("), allowance + 1,
                            context, level + 1)
        stream.write(")")

    def _lay_out_mappingproxy(self, obj, stream, indent, allowance, context, level):
        stream.write("mappingproxy(")
        self._format(obj.copy(), stream, indent + len("mappingproxy("), allowance + 1,
                     context, level)
        stream.write(")")

    def _lay_out_namespace(self, obj, stream, indent, allowance, context, level):
        if type(obj) is _types.SimpleNamespace:
            name = "namespace"
        else:
            name = type(obj).__name__
        stream.write(name + "(")
        self._write_fields(obj.__dict__.items(), stream, indent + len(name) + 1, allowance,
                           context, level)
        stream.write(")")

    def _lay_out_dataclass(self, obj, stream, indent, allowance, context, level):
        name = type(obj).__name__
        fields = [(f.name, getattr(obj, f.name))
                  for f in _dataclasses.fields(obj) if f.repr]
        stream.write(name + "(")
        self._write_fields(fields, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(")")

    def _lay_out_ordered_dict(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        name = type(obj).__name__
        stream.write(name + "(")
        self._format(list(obj.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(")")

    def _lay_out_defaultdict(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        name = type(obj).__name__
        factory = self._repr(obj.default_factory, context, level)
        indent += len(name) + 1
        stream.write(name + "(" + factory + ",\n" + " " * indent)
        self._lay_out_dict(obj, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _lay_out_counter(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        name = type(obj).__name__
        stream.write(name + "({")
        self._pad(stream)
        self._write_pairs(obj.most_common(), stream, indent + len(name) + 1, allowance + 2,
                          context, level)
        stream.write("})")

    def _lay_out_chain_map(self, obj, stream, indent, allowance, context, level):
        maps = obj.maps
        if not maps or (len(maps) == 1 and not len(maps[0])):
            stream.write(repr(obj))
            return
        name = type(obj).__name__
        stream.write(name + "(")
        indent += len(name) + 1
        for i, m in enumerate(maps):
            if i < len(maps) - 1:
                self._format(m, stream, indent, 1, context, level)
                stream.write(",\n" + " " * indent)
            else:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(")")

    def _lay_out_deque(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        name = type(obj).__name__
        stream.write(name + "([")
        indent += len(name) + 1
        if obj.maxlen is None:
            self._write_sequence(obj, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._write_sequence(obj, stream, indent, 2, context, level)
            maxlen = self._repr(obj.maxlen, context, level)
            stream.write("],\n" + " " * indent + "maxlen=" + maxlen + ")")

    # The one-line repr, with depth limits and recursion markers:
    # returns (text, readable, recursive).

    def _safe_repr(self, obj, context, maxlevels, level):
        cls = type(obj)
        if cls in _PLAIN:
            return repr(obj), True, False
        own = _repr_owner(cls)
        if issubclass(cls, int) and own is int:
            if self._underscore_numbers:
                return format(obj, "_d"), True, False
            return repr(obj), True, False
        if own is dict:
            if not obj:
                return "{}", True, False
            return self._safe_container(obj, context, maxlevels, level, "{", "}")
        if own is list or own is tuple:
            if not obj:
                return ("[]" if own is list else "()"), True, False
            if own is list:
                return self._safe_container(obj, context, maxlevels, level, "[", "]")
            close = ",)" if len(obj) == 1 else ")"
            return self._safe_container(obj, context, maxlevels, level, "(", close)
        text = repr(obj)
        return text, bool(text) and not text.startswith("<"), False

    def _safe_container(self, obj, context, maxlevels, level, open_, close):
        key = id(obj)
        if maxlevels and level >= maxlevels:
            return open_ + "..." + close, False, key in context
        if key in context:
            return _recursion_marker(obj), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        if isinstance(obj, dict):
            for k, v in self._sorted_items(obj):
                ktext, kread, krec = self.format(k, context, maxlevels, level)
                vtext, vread, vrec = self.format(v, context, maxlevels, level)
                parts.append(ktext + ": " + vtext)
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
        else:
            for item in obj:
                text, read, rec = self.format(item, context, maxlevels, level)
                parts.append(text)
                readable = readable and read
                recursive = recursive or rec
        del context[key]
        return open_ + ", ".join(parts) + close, readable, recursive


def _write_pieces(stream, pieces, indent, parenthesize):
    # Adjacent literals, one per line; at the top level grouped in parentheses.
    if parenthesize:
        stream.write("(")
    stream.write(("\n" + " " * indent).join(pieces))
    if parenthesize:
        stream.write(")")


def _greedy(parts, joined_repr, width, last_width):
    """Pack consecutive parts into pieces whose repr fits `width` (`last_width` for the
    piece holding the final part); returns the reprs of the pieces."""
    pieces = []
    current = parts[0][:0]
    for i, part in enumerate(parts):
        limit = last_width if i == len(parts) - 1 else width
        candidate = current + part
        if len(joined_repr(candidate)) > limit:
            if current:
                pieces.append(joined_repr(current))
            current = part
        else:
            current = candidate
    if current:
        pieces.append(joined_repr(current))
    return pieces


def _split_string(text, width, allowance):
    # Whole lines where they fit, else the line's words (each with its trailing space).
    lines = text.splitlines(True)
    pieces = []
    for i, line in enumerate(lines):
        final = i == len(lines) - 1
        if len(repr(line)) <= width - (allowance if final else 0):
            pieces.append(repr(line))
            continue
        words = _re.findall(r"\S*\s*", line)[:-1]
        pieces.extend(_greedy(words, repr, width, width - allowance if final else width))
    return pieces


def _split_bytes(data, width, allowance):
    # Runs of four bytes; the last run must leave room for the allowance.
    # (CPython applies the allowance only when the last run is shorter than four bytes.)
    quads = [data[i:i + 4] for i in range(0, len(data), 4)]
    last_width = width if len(data) % 4 == 0 else width - allowance
    return _greedy(quads, repr, width, last_width)


def _is_generated_dataclass(obj):
    return (_dataclasses.is_dataclass(obj) and not isinstance(obj, type)
            and obj.__dataclass_params__.repr
            and _generated_repr(type(obj).__repr__))


def _generated_repr(method):
    # minipy's dataclasses marks the __repr__ it writes; CPython's wraps it.
    if getattr(method, "_dataclass_generated", False):
        return True
    wrapped = getattr(method, "__wrapped__", None)
    return wrapped is not None and "__create_fn__" in wrapped.__qualname__


_LAYOUTS = {
    dict: PrettyPrinter._lay_out_dict,
    list: PrettyPrinter._lay_out_list,
    tuple: PrettyPrinter._lay_out_tuple,
    set: PrettyPrinter._lay_out_set,
    frozenset: PrettyPrinter._lay_out_set,
    str: PrettyPrinter._lay_out_str,
    bytes: PrettyPrinter._lay_out_bytes,
    bytearray: PrettyPrinter._lay_out_bytearray,
    _types.MappingProxyType: PrettyPrinter._lay_out_mappingproxy,
    _types.SimpleNamespace: PrettyPrinter._lay_out_namespace,
    _collections.OrderedDict: PrettyPrinter._lay_out_ordered_dict,
    _collections.defaultdict: PrettyPrinter._lay_out_defaultdict,
    _collections.Counter: PrettyPrinter._lay_out_counter,
    _collections.ChainMap: PrettyPrinter._lay_out_chain_map,
    _collections.deque: PrettyPrinter._lay_out_deque,
}


def _repr_owner(cls):
    """The class in cls's MRO whose __repr__ cls uses: the furthest one, going up from cls,
    that still has the same __repr__ (compared with ==: minipy's builtin __repr__ wrappers are
    equal but not identical)."""
    method = cls.__repr__
    owner = cls
    for base in cls.__mro__[1:]:
        if base.__repr__ != method:
            break
        owner = base
    return owner


def _layout_for(cls):
    return _LAYOUTS.get(_repr_owner(cls))

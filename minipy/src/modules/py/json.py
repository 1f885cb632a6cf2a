# minipy's `json`, run once on first import (see modules/stdlib.rs). Decoding is one pass of the
# Rust scanner `_json_scan` (modules/json.rs); strings are escaped by `_json_encode_str`. The
# output matches CPython 3.11's encoder (indent, separators, sort_keys, default, ensure_ascii).

import math as _math

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]


class JSONDecodeError(ValueError):
    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos, lineno=None, colno=None):
        if lineno is None:
            lineno = doc.count("\n", 0, pos) + 1
            colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _floatstr(o, allow_nan=True):
    if _math.isnan(o):
        text = "NaN"
    elif o == _math.inf:
        text = "Infinity"
    elif o == -_math.inf:
        text = "-Infinity"
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    __module__ = "json.encoder"

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        if isinstance(o, str):
            return _json_encode_str(o, self.ensure_ascii)
        chunks = self.iterencode(o)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        if type(self).default is JSONEncoder.default or "default" in self.__dict__:
            # Plain data in one Rust pass; None when it needs this encoder.
            fast = _json_encode_fast(o, self.ensure_ascii, self.allow_nan, indent,
                                     self.item_separator, self.key_separator, self.sort_keys)
            if fast is not None:
                return [fast]
        enc = _Encoder(self, indent)
        enc.encode(o, 0)
        return enc.chunks


class _Encoder:
    def __init__(self, owner, indent):
        self.owner = owner
        self.indent = indent
        self.chunks = []
        self.markers = {} if owner.check_circular else None
        self.ascii = owner.ensure_ascii
        self.allow_nan = owner.allow_nan
        self.item_sep = owner.item_separator
        self.key_sep = owner.key_separator

    def encode(self, o, level):
        out = self.chunks
        if isinstance(o, str):
            out.append(_json_encode_str(o, self.ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_floatstr(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            markers = self.markers
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError("Circular reference detected")
                markers[marker] = o
            o2 = self.owner.default(o)
            self.encode(o2, level)
            if markers is not None:
                del markers[marker]

    def encode_list(self, lst, level):
        out = self.chunks
        if not lst:
            out.append("[]")
            return
        markers = self.markers
        if markers is not None:
            marker = id(lst)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = lst
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = "\n" + indent * level
            separator = self.item_sep + newline_indent
            out.append("[" + newline_indent)
        else:
            newline_indent = None
            separator = self.item_sep
            out.append("[")
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(separator)
            self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            out.append("\n" + indent * level)
        out.append("]")
        if markers is not None:
            del markers[marker]

    def encode_dict(self, dct, level):
        out = self.chunks
        if not dct:
            out.append("{}")
            return
        markers = self.markers
        if markers is not None:
            marker = id(dct)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = dct
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = "\n" + indent * level
            item_separator = self.item_sep + newline_indent
            out.append("{" + newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_sep
            out.append("{")
        first = True
        if self.owner.sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key, self.allow_nan)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.owner.skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
            if first:
                first = False
            else:
                out.append(item_separator)
            out.append(_json_encode_str(key, self.ascii))
            out.append(self.key_sep)
            self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            out.append("\n" + indent * level)
        out.append("}")
        if markers is not None:
            del markers[marker]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


def _hook(v, object_hook, pairs_hook):
    # Applies the hooks bottom-up, in document order, as CPython's decoder calls them.
    if isinstance(v, list):
        for i in range(len(v)):
            v[i] = _hook(v[i], object_hook, pairs_hook)
        return v
    if isinstance(v, tuple):
        items = [(k, _hook(x, object_hook, pairs_hook)) for k, x in v]
        if pairs_hook is not None:
            return pairs_hook(items)
        return object_hook(dict(items))
    if isinstance(v, dict):
        for k in v:
            v[k] = _hook(v[k], object_hook, pairs_hook)
        return object_hook(v)
    return v


class JSONDecoder:
    __module__ = "json.decoder"

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        for name, given in (("parse_float", parse_float), ("parse_int", parse_int),
                            ("parse_constant", parse_constant)):
            if given is not None:
                raise NotImplementedError("json: " + name + "= is not supported by minipy")
        if not strict:
            raise NotImplementedError("json: strict=False is not supported by minipy")
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        pairs = self.object_pairs_hook is not None
        value, error = _json_scan(s, pairs)
        if error is not None:
            msg, pos, lineno, colno = error
            raise JSONDecodeError(msg, s, pos, lineno, colno)
        if pairs or self.object_hook is not None:
            value = _hook(value, self.object_hook, self.object_pairs_hook)
        return value


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, bytes):
        s = s.decode("utf-8")
    elif not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)

# `string.Template`, added to minipy's Rust `string` module (modules/misc.rs) on import. It follows
# CPython 3.11's Lib/string.py; the pattern is built on first use per class (CPython builds it in
# `__init_subclass__`), so `Template.pattern` is None until a subclass sets its own.

import re as _re

_patterns = {}


def _pattern_of(cls):
    p = _patterns.get(cls)
    if p is not None:
        return p
    if cls.pattern is not None:
        p = cls.pattern
        if isinstance(p, str):
            p = _re.compile(p, cls.flags | _re.VERBOSE)
    else:
        delim = _re.escape(cls.delimiter)
        ident = cls.idpattern
        flags = cls.flags
        if ident == Template.idpattern:
            # CPython's (?a:[_a-z][_a-z0-9]*) under IGNORECASE: ASCII letters only.
            ident = r"[_a-zA-Z][_a-zA-Z0-9]*"
        bid = cls.braceidpattern or ident
        pattern = (delim + r"""(?:
          (?P<escaped>""" + delim + r""")  |
          (?P<named>""" + ident + r""")     |
          {(?P<braced>""" + bid + r""")}    |
          (?P<invalid>)
        )""")
        p = _re.compile(pattern, flags | _re.VERBOSE)
    _patterns[cls] = p
    return p


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE
    pattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start("invalid")
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=None, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        pattern = _pattern_of(type(self))

        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                return str(mapping[named])
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                self._invalid(mo)
            raise ValueError("Unrecognized named group in pattern", pattern)

        return pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=None, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        pattern = _pattern_of(type(self))

        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                return mo.group()
            raise ValueError("Unrecognized named group in pattern", pattern)

        return pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in _pattern_of(type(self)).finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if (mo.group("named") is None and mo.group("braced") is None
                    and mo.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", _pattern_of(type(self)))
        return True

    def get_identifiers(self):
        ids = []
        for mo in _pattern_of(type(self)).finditer(self.template):
            named = mo.group("named") or mo.group("braced")
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group("invalid") is None
                    and mo.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", _pattern_of(type(self)))
        return ids


# `string.Formatter`, written for minipy from its documentation and observed behaviour: the
# methods a subclass may override (`parse`, `get_field`, `get_value`, `check_unused_args`,
# `format_field`, `convert_field`) are the steps `vformat` goes through.

_MANUAL_THEN_AUTO = "cannot switch from manual field specification to automatic field numbering"


def _split_field(field):
    """`name!conv:spec` into (name, spec, conv); `[...]` may hold '!' and ':'."""
    depth = 0
    end = len(field)
    for k, ch in enumerate(field):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif depth <= 0 and ch in "!:":
            end = k
            break
    name = field[:end]
    rest = field[end:]
    conv = None
    if rest.startswith("!"):
        if len(rest) < 2:
            raise ValueError("unmatched '{' in format spec")
        conv = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(":"):
            raise ValueError("expected ':' after conversion specifier")
    spec = rest[1:] if rest.startswith(":") else ""
    return name, spec, conv


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._render(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return text

    def _render(self, format_string, args, kwargs, used, depth, auto):
        if depth < 0:
            raise ValueError("Max string recursion exceeded")
        pieces = []
        for literal, name, spec, conv in self.parse(format_string):
            pieces.append(literal)
            if name is None:
                continue
            if name == "":
                # `auto` is the next automatic index, or False once a field was numbered.
                if auto is False:
                    raise ValueError(_MANUAL_THEN_AUTO)
                name = str(auto)
                auto += 1
            elif name.isdigit():
                if auto:
                    raise ValueError(_MANUAL_THEN_AUTO)
                auto = False
            value, key = self.get_field(name, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conv)
            spec, auto = self._render(spec, args, kwargs, used, depth - 1, auto)
            pieces.append(self.format_field(value, spec))
        return "".join(pieces), auto

    def parse(self, format_string):
        s = format_string
        n = len(s)
        literal = ""
        i = 0
        while i < n:
            ch = s[i]
            if ch == "{" and i + 1 < n and s[i + 1] == "{":
                yield literal + "{", None, None, None
                literal = ""
                i += 2
            elif ch == "}" and i + 1 < n and s[i + 1] == "}":
                yield literal + "}", None, None, None
                literal = ""
                i += 2
            elif ch == "}":
                raise ValueError("Single '}' encountered in format string")
            elif ch == "{":
                if i + 1 == n:
                    raise ValueError("Single '{' encountered in format string")
                nest = 1
                j = i + 1
                while j < n:
                    if s[j] == "{":
                        nest += 1
                    elif s[j] == "}":
                        nest -= 1
                        if nest == 0:
                            break
                    j += 1
                if nest:
                    raise ValueError("expected '}' before end of string")
                name, spec, conv = _split_field(s[i + 1 : j])
                yield literal, name, spec, conv
                literal = ""
                i = j + 1
            else:
                literal += ch
                i += 1
        if literal:
            yield literal, None, None, None

    def get_field(self, field_name, args, kwargs):
        cut = len(field_name)
        for k, ch in enumerate(field_name):
            if ch in ".[":
                cut = k
                break
        first = field_name[:cut]
        key = int(first) if first.isdigit() else first
        value = self.get_value(key, args, kwargs)
        rest = field_name[cut:]
        while rest:
            if rest[0] == ".":
                end = len(rest)
                for k in range(1, len(rest)):
                    if rest[k] in ".[":
                        end = k
                        break
                attr = rest[1:end]
                if not attr:
                    raise ValueError("Empty attribute in format string")
                value = getattr(value, attr)
                rest = rest[end:]
            elif rest[0] == "[":
                close = rest.find("]")
                if close < 0:
                    raise ValueError("Missing ']' in format string")
                item = rest[1:close]
                if not item:
                    raise ValueError("Empty attribute in format string")
                value = value[int(item) if item.isdigit() else item]
                rest = rest[close + 1 :]
                if rest and rest[0] not in ".[":
                    raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            else:
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        return value, key

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % conversion)

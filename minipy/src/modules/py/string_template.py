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

# minipy's `re`, run once on first import (see modules/stdlib.rs). Patterns are translated to and
# run by the Rust crate fancy_regex (modules/re.rs: `_re_compile`, `_re_match`, `_re_all`, which
# return character spans and the matched texts). What fancy_regex cannot do as CPython does
# raises NotImplementedError naming it; flags are plain ints (minipy has no int subclasses).

__all__ = ["compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "subn",
           "split", "escape", "purge", "error", "Pattern", "Match", "A", "I", "L", "M", "S",
           "U", "X", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE",
           "VERBOSE", "NOFLAG"]

NOFLAG = 0
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
T = TEMPLATE = 1
DEBUG = 128
A = ASCII = 256

_FLAG_NAMES = [(TEMPLATE, "TEMPLATE"), (IGNORECASE, "IGNORECASE"), (LOCALE, "LOCALE"),
               (MULTILINE, "MULTILINE"), (DOTALL, "DOTALL"), (UNICODE, "UNICODE"),
               (VERBOSE, "VERBOSE"), (DEBUG, "DEBUG"), (ASCII, "ASCII")]


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        Exception.__init__(self, msg)
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


def _flags_repr(flags):
    names = []
    for bit, name in _FLAG_NAMES:
        if flags & bit:
            names.append("re." + name)
            flags &= ~bit
    if flags:
        names.append(hex(flags))
    return "|".join(names)


class Pattern:
    def __init__(self, pattern, flags):
        if isinstance(flags, bool) or not isinstance(flags, int):
            raise TypeError("flags must be an int")
        info = _re_compile(pattern, flags, error)
        self.pattern = pattern
        self._flags = info[3] & ~UNICODE
        self.flags = info[3] | (0 if info[3] & ASCII else UNICODE)
        self.groups = info[0]
        self._names = info[1]
        self._parents = info[2]
        index = {}
        i = 1
        for name in info[1]:
            if name is not None:
                index[name] = i
            i += 1
        self.groupindex = index

    def __repr__(self):
        r = "re.compile(" + repr(self.pattern)[:200]
        shown = self.flags & ~UNICODE
        if shown:
            r += ", " + _flags_repr(shown)
        return r + ")"

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _match(self, string, pos, endpos, mode):
        r = _re_match(self.pattern, self._flags, error, string, pos, endpos, mode)
        if r is None:
            return None
        return Match(self, string, pos, endpos, r[0], r[1])

    def search(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 2)

    def _all(self, string, pos=0, endpos=None, limit=0):
        return _re_all(self.pattern, self._flags, error, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=None):
        found = self._all(string, pos, endpos)[0]
        return iter([Match(self, string, pos, endpos, m[0], m[1]) for m in found])

    def findall(self, string, pos=0, endpos=None):
        found = self._all(string, pos, endpos)[0]
        groups = self.groups
        if groups == 0:
            return [m[1][0] for m in found]
        if groups == 1:
            return [_or_empty(m[1][1]) for m in found]
        return [tuple([_or_empty(t) for t in m[1][1:]]) for m in found]

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        found, tail = self._all(string, 0, None, maxsplit)
        out = []
        for m in found:
            out.append(m[2])
            out.extend(m[1][1:])
        out.append(tail)
        return out

    def subn(self, repl, string, count=0):
        if count < 0:
            return (string, 0)
        found, tail = self._all(string, 0, None, count)
        out = []
        if callable(repl):
            for m in found:
                out.append(m[2])
                r = repl(Match(self, string, 0, None, m[0], m[1]))
                if not isinstance(r, str):
                    raise TypeError("expected str instance, " + type(r).__name__ + " found")
                out.append(r)
        else:
            if not isinstance(repl, str):
                raise TypeError("expected str instance, " + type(repl).__name__ + " found")
            parts = _parse_template(repl, self)
            if len(parts) == 1 and isinstance(parts[0], str):
                lit = parts[0]
                for m in found:
                    out.append(m[2])
                    out.append(lit)
            else:
                for m in found:
                    out.append(m[2])
                    out.append(_expand(parts, m[1]))
        out.append(tail)
        return ("".join(out), len(found))

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


def _or_empty(t):
    if t is None:
        return ""
    return t


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _parse_template(tpl, pattern):
    # A replacement template as a list of literal strs and group numbers.
    if "\\" not in tpl:
        return [tpl]
    parts = []
    lit = []
    chars = list(tpl)
    n = len(chars)
    i = 0
    while i < n:
        c = chars[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern) at position " + str(i))
        c = chars[i + 1]
        group = None
        if c == "g":
            if i + 2 >= n or chars[i + 2] != "<":
                raise error("missing < at position " + str(i + 2))
            j = i + 3
            while j < n and chars[j] != ">":
                j += 1
            if j >= n:
                raise error("missing >, unterminated name at position " + str(i + 3))
            name = "".join(chars[i + 3:j])
            if not name:
                raise error("missing group name at position " + str(i + 3))
            if name.isdigit():
                group = int(name)
                if group > pattern.groups:
                    raise error("invalid group reference " + name + " at position " + str(i + 3))
            elif name in pattern.groupindex:
                group = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError("unknown group name '" + name + "'")
            else:
                raise error("bad character in group name '" + name + "' at position " + str(i + 3))
            i = j + 1
        elif c == "0" or (c in "1234567" and i + 3 < n + 0 and chars[i + 2] in "01234567"
                          and i + 3 < n and chars[i + 3] in "01234567"):
            j = i + 1
            v = 0
            limit = i + 4
            while j < n and j < limit and chars[j] in "01234567":
                v = v * 8 + int(chars[j])
                j += 1
            lit.append(chr(v))
            i = j
            continue
        elif c.isdigit():
            j = i + 1
            while j < n and j < i + 3 and chars[j].isdigit():
                j += 1
            group = int("".join(chars[i + 1:j]))
            if group > pattern.groups:
                raise error("invalid group reference " + str(group) + " at position " + str(i + 1))
            i = j
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
            i += 2
            continue
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\" + c + " at position " + str(i))
        else:
            lit.append("\\" + c)
            i += 2
            continue
        if lit:
            parts.append("".join(lit))
            lit = []
        parts.append(group)
    if lit or not parts:
        parts.append("".join(lit))
    return parts


def _expand(parts, texts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        else:
            t = texts[p]
            if t is not None:
                out.append(t)
    return "".join(out)


class Match:
    def __init__(self, pattern, string, pos, endpos, spans, texts):
        self.re = pattern
        self.string = string
        self.pos = pos
        if endpos is None or endpos > len(string):
            endpos = len(string)
        self.endpos = endpos
        self._spans = spans
        self._texts = texts

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g < len(self._texts):
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def group(self, *args):
        if not args:
            return self._texts[0]
        if len(args) == 1:
            return self._texts[self._index(args[0])]
        return tuple([self._texts[self._index(g)] for g in args])

    def __getitem__(self, g):
        return self._texts[self._index(g)]

    def groups(self, default=None):
        out = []
        for t in self._texts[1:]:
            if t is None:
                out.append(default)
            else:
                out.append(t)
        return tuple(out)

    def groupdict(self, default=None):
        d = {}
        for name, i in self.re.groupindex.items():
            t = self._texts[i]
            d[name] = default if t is None else t
        return d

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple([(self._spans[2 * i], self._spans[2 * i + 1]) for i in range(len(self._texts))])

    @property
    def lastindex(self):
        # The group that closed last: the outermost of those ending last.
        best = None
        best_end = -1
        for i in range(1, len(self._texts)):
            e = self._spans[2 * i + 1]
            if self._texts[i] is not None and e >= best_end:
                best = i
                best_end = e
        if best is None:
            return None
        parents = self.re._parents
        while parents[best - 1]:
            best = parents[best - 1]
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        return self.re._names[i - 1]

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self._texts)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=" + repr(self.span()) + ", match=" + repr(self._texts[0])[:50] + ">"


_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if not isinstance(pattern, str):
            if isinstance(pattern, bytes):
                raise NotImplementedError("re: bytes patterns are not supported")
            raise TypeError("first argument must be string or compiled pattern")
        p = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    if isinstance(pattern, bytes):
        raise NotImplementedError("re: escape of bytes is not supported")
    out = []
    for c in pattern:
        if c in _SPECIAL:
            out.append("\\" + c)
        else:
            out.append(c)
    return "".join(out)

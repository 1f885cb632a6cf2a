# minipy's fnmatch: shell-style wildcard matching (`*`, `?`, `[seq]`, `[!seq]`), written for
# minipy from the module's documentation and CPython 3.11's observable results (translate()
# gives the same regular expression text). Left out: bytes names and patterns, since minipy's
# `re` has no bytes patterns; they raise NotImplementedError.
"""Filename matching with shell patterns (fnmatch, fnmatchcase, filter, translate)."""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# Compiled matchers, keyed by pattern text; emptied when it grows too big.
_matchers = {}
_MATCHERS_LIMIT = 4096


def _refuse_bytes(value):
    if isinstance(value, (bytes, bytearray)):
        raise NotImplementedError("fnmatch: bytes names and patterns are not supported in minipy")


def _matcher(pat):
    found = _matchers.get(pat)
    if found is None:
        if len(_matchers) >= _MATCHERS_LIMIT:
            _matchers.clear()
        found = re.compile(translate(pat)).match
        _matchers[pat] = found
    return found


def fnmatch(name, pat):
    """Test whether NAME matches the shell pattern PAT, after os.path.normcase of both."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """Test whether NAME matches the shell pattern PAT, case taken into account."""
    _refuse_bytes(pat)
    return _matcher(pat)(name) is not None


def filter(names, pat):
    """Return the list of the NAMES that match PAT."""
    # On POSIX normcase leaves strings alone, so only the pattern goes through it (for its
    # type check); the names are matched as they are.
    pat = os.path.normcase(pat)
    _refuse_bytes(pat)
    test = _matcher(pat)
    kept = []
    for one in names:
        if test(one) is not None:
            kept.append(one)
    return kept


# Marker standing for one run of `*` in the list of translated pieces.
_ANY = object()


def _bracket_body(body):
    """The regex piece for a `[...]` whose text between the brackets is BODY."""
    lead = ""
    if body[:1] == "!":
        lead = "!"
        body = body[1:]
    # Read the body as items: a range `x-y`, or one literal character. After a range,
    # a `-` is an ordinary character again; a `-` that closes the body is literal too.
    out = [lead]
    k = 0
    n = len(body)
    while k < n:
        ch = body[k]
        if k + 2 < n and body[k + 1] == "-":
            hi = body[k + 2]
            if ch <= hi:
                out.append(_set_char(ch) + "-" + _set_char(hi))
            # A backwards range such as `z-a` stands for nothing and is dropped.
            k += 3
        else:
            out.append(_set_char(ch))
            k += 1
    # Negation is decided on what is left once empty ranges are gone, so a `!` that ends up
    # first (even one that was not first in the pattern) negates, as in CPython.
    text = "".join(out)
    if not text:
        return "(?!)"
    if text == "!":
        return "."
    if text[0] == "!":
        text = "^" + text[1:]
    elif text[0] in "^[":
        text = "\\" + text
    return "[" + text + "]"


def _set_char(ch):
    # Characters given a backslash inside the set: the backslash itself, `-` (always literal
    # here), and `&`, `~`, `|` (which could start set operations in some regex syntaxes).
    if ch in "\\-&~|":
        return "\\" + ch
    return ch


def translate(pat):
    """Return the regular expression text (not compiled) that matches what PAT matches."""
    size = len(pat)
    _refuse_bytes(pat)
    pieces = []
    pos = 0
    while pos < size:
        ch = pat[pos]
        pos += 1
        if ch == "*":
            if not pieces or pieces[-1] is not _ANY:
                pieces.append(_ANY)
        elif ch == "?":
            pieces.append(".")
        elif ch == "[":
            # The set closes at the first `]` that is not its first character (a leading
            # `!` does not count as first).
            close = pos
            if close < size and pat[close] == "!":
                close += 1
            if close < size and pat[close] == "]":
                close += 1
            close = pat.find("]", close)
            if close < 0:
                pieces.append("\\[")
            else:
                pieces.append(_bracket_body(pat[pos:close]))
                pos = close + 1
        else:
            pieces.append(re.escape(ch))
    return "(?s:" + _join_pieces(pieces) + ")\\Z"


def _join_pieces(pieces):
    # Text before the first star matches as it is. Each stretch between two stars becomes an
    # atomic lazy search `(?>.*?stretch)` so that failing matches do not backtrack through
    # every earlier star; the last star is a plain `.*` followed by the fixed tail.
    groups = [[]]
    for piece in pieces:
        if piece is _ANY:
            groups.append([])
        else:
            groups[-1].append(piece)
    if len(groups) == 1:
        return "".join(groups[0])
    text = "".join(groups[0])
    for middle in groups[1:-1]:
        text += "(?>.*?" + "".join(middle) + ")"
    return text + ".*" + "".join(groups[-1])

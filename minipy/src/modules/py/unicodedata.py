# minipy's unicodedata: `name`, `lookup`, `category`, `normalize`, `is_normalized` and
# `unidata_version`, over Rust helpers (modules/unicodedata.rs). The categories are Unicode
# 14.0's, as CPython 3.11's; names and normalization come from crates that may know characters
# added after 14.0. The rest of the database (`decimal`, `digit`, `numeric`, `bidirectional`,
# `combining`, `east_asian_width`, `mirrored`, `decomposition`) raises NotImplementedError.

unidata_version = "14.0.0"

_MISSING = object()


def _char(func, ch, argument_number=True):
    if not isinstance(ch, str) or len(ch) != 1:
        where = "argument 1" if argument_number else "argument"
        raise TypeError(f"{func}() {where} must be a unicode character, not {type(ch).__name__}")


def name(chr, default=_MISSING):
    _char("name", chr)
    found = _ucd_name(chr)
    if found is None:
        if default is _MISSING:
            raise ValueError("no such name")
        return default
    return found


def lookup(name):
    if not isinstance(name, str):
        raise TypeError(f"lookup() argument must be str, not {type(name).__name__}")
    found = _ucd_lookup(name)
    if found is None:
        raise KeyError(f"undefined character name '{name}'")
    return found


def category(chr):
    _char("category", chr, False)
    return _ucd_category(chr)


def normalize(form, unistr):
    if not isinstance(form, str):
        raise TypeError(f"normalize() argument 1 must be str, not {type(form).__name__}")
    if not isinstance(unistr, str):
        raise TypeError(f"normalize() argument 2 must be str, not {type(unistr).__name__}")
    return _ucd_normalize(form, unistr)


def is_normalized(form, unistr):
    return normalize(form, unistr) == unistr


def _missing(func):
    def missing(*args, **kwargs):
        raise NotImplementedError(f"minipy's unicodedata has no {func}()")
    missing.__name__ = func
    return missing


for _f in ("decimal", "digit", "numeric", "bidirectional", "combining", "east_asian_width",
           "mirrored", "decomposition"):
    globals()[_f] = _missing(_f)
del _f

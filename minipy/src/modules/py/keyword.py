# minipy's keyword: Python 3.11's reserved words and soft keywords, as CPython 3.11's
# module lists them. Nothing is left out.

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

# The reserved words, in sorted order (capitals sort first).
kwlist = sorted(
    """
    False None True and as assert async await break class continue def del elif else
    except finally for from global if import in is lambda nonlocal not or pass raise
    return try while with yield
    """.split()
)

# Words that are keywords only in some contexts (the `match` statement).
softkwlist = ["_", "case", "match"]

_hard_words = frozenset(kwlist)
_soft_words = frozenset(softkwlist)


def iskeyword(word):
    """Whether `word` is one of Python's reserved words."""
    return word in _hard_words


def issoftkeyword(word):
    """Whether `word` is a soft keyword (reserved only inside `match`)."""
    return word in _soft_words

# minipy's `textwrap`: written for minipy from the documented behaviour and python3's output;
# not derived from CPython's source. Text is cut into pieces (whitespace runs and words, words
# optionally split after hyphens) by a hand-written scanner, then the pieces are laid into lines.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The characters textwrap treats as whitespace (ASCII only, as documented).
_SPACES = '\t\n\x0b\x0c\r '
_LOWER = 'abcdefghijklmnopqrstuvwxyz'


def _wordish(ch):
    # what a regex \w accepts
    return ch == '_' or ch.isalnum()


def _alpha(ch):
    # a \w character that is not a decimal digit
    return ch == '_' or (ch.isalnum() and not ch.isdecimal())


def _dash_neighbour(ch):
    # characters after which a run of two or more dashes counts as an em-dash
    return _wordish(ch) or ch in '!"\'&.,?'


def _pieces_plain(s):
    """Whitespace runs and non-whitespace runs, in order."""
    found = []
    n = len(s)
    start = 0
    while start < n:
        blank = s[start] in _SPACES
        stop = start + 1
        while stop < n and (s[stop] in _SPACES) == blank:
            stop += 1
        found.append(s[start:stop])
        start = stop
    return found


def _hyphen_cut_at(s, k):
    # May a word be cut just after the dash at s[k]?
    n = len(s)
    if k < 2 or not _alpha(s[k - 1]):
        return False
    before = _alpha(s[k - 2]) or (s[k - 2] == '-' and k >= 3 and _alpha(s[k - 3]))
    if not before:
        return False
    if k + 2 >= n or not _alpha(s[k + 1]):
        return False
    nxt = s[k + 2]
    if _alpha(nxt):
        return True
    return nxt == '-' and k + 3 < n and _alpha(s[k + 3])


def _long_dash_from(s, k):
    # Is s[k:] two or more dashes followed by a \w character?
    n = len(s)
    j = k
    while j < n and s[j] == '-':
        j += 1
    return j - k >= 2 and j < n and _wordish(s[j])


def _pieces_hyphenated(s):
    found = []
    n = len(s)
    start = 0
    while start < n:
        ch = s[start]
        if ch in _SPACES:
            stop = start + 1
            while stop < n and s[stop] in _SPACES:
                stop += 1
            found.append(s[start:stop])
            start = stop
            continue
        if ch == '-' and start > 0 and _dash_neighbour(s[start - 1]) and _long_dash_from(s, start):
            stop = start
            while s[stop] == '-':
                stop += 1
            found.append(s[start:stop])
            start = stop
            continue
        stop = start + 1
        while True:
            if stop >= n or s[stop] in _SPACES:
                break
            if s[stop] == '-':
                if _hyphen_cut_at(s, stop):
                    stop += 1
                    break
                if _dash_neighbour(s[stop - 1]) and _long_dash_from(s, stop):
                    break
            stop += 1
        found.append(s[start:stop])
        start = stop
    return found


def _ends_sentence(word):
    # lowercase letter, then . ! or ?, then perhaps one quote, at the end of the word
    if word[-1:] in ('"', "'"):
        word = word[:-1]
    return len(word) >= 2 and word[-1] in '.!?' and word[-2] in _LOWER


class TextWrapper:
    """Wraps paragraphs of text; see the module documentation for each option."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- preparing the text ------------------------------------------------------------------

    def _normalise(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join([' ' if ch in _SPACES else ch for ch in text])
        return text

    def _cut(self, text):
        if self.break_on_hyphens:
            parts = _pieces_hyphenated(text)
        else:
            parts = _pieces_plain(text)
        if self.fix_sentence_endings:
            k = 0
            last = len(parts) - 1
            while k < last:
                if parts[k + 1] == ' ' and _ends_sentence(parts[k]):
                    parts[k + 1] = '  '
                    k += 2
                else:
                    k += 1
        return parts

    # -- laying pieces into lines ------------------------------------------------------------

    def _split_long(self, parts, at, line, used, room):
        word = parts[at]
        if room < 1:
            space = 1
        else:
            space = room - used
        if self.break_long_words:
            cut = space
            if self.break_on_hyphens and len(word) > space:
                dash = word.rfind('-', 0, space)
                if dash > 0 and word[:dash].strip('-'):
                    cut = dash + 1
            line.append(word[:cut])
            parts[at] = word[cut:]
            return at
        if not line:
            line.append(word)
            return at + 1
        return at

    def _lines(self, parts):
        width = self.width
        if width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % (width,))
        most = self.max_lines
        if most is not None:
            first = self.subsequent_indent if most > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > width:
                raise ValueError("placeholder too large for max width")
        drop = self.drop_whitespace
        result = []
        at = 0
        count = len(parts)
        while at < count:
            lead = self.subsequent_indent if result else self.initial_indent
            room = width - len(lead)
            if drop and result and not parts[at].strip():
                at += 1
                if at >= count:
                    break
            line = []
            used = 0
            while at < count and used + len(parts[at]) <= room:
                used += len(parts[at])
                line.append(parts[at])
                at += 1
            if at < count and len(parts[at]) > room:
                at = self._split_long(parts, at, line, used, room)
                used = 0
                for p in line:
                    used += len(p)
            if drop and line and not line[-1].strip():
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            left = count - at
            fits = most is None or len(result) + 1 < most
            if not fits and used <= room:
                fits = left == 0 or (drop and left == 1 and not parts[at].strip())
            if fits:
                result.append(lead + ''.join(line))
                continue
            self._finish_with_placeholder(result, line, used, room, lead)
            break
        return result

    def _finish_with_placeholder(self, result, line, used, room, lead):
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                result.append(lead + ''.join(line) + mark)
                return
            used -= len(line[-1])
            line.pop()
        if result:
            prev = result[-1].rstrip()
            if len(prev) + len(mark) <= self.width:
                result[-1] = prev + mark
                return
        result.append(lead + mark.lstrip())

    # -- public interface --------------------------------------------------------------------

    def wrap(self, text):
        """Return the lines of the wrapped text, without final newlines."""
        return self._lines(self._cut(self._normalise(text)))

    def fill(self, text):
        """Return the wrapped text as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    tw = TextWrapper(width=width, max_lines=1, **kwargs)
    return tw.fill(' '.join(text.split()))


def _blank(line):
    # only spaces and tabs (and at least one of them)
    return line != '' and line.strip(' \t') == ''


def _margin_of(line):
    k = 0
    while k < len(line) and line[k] in ' \t':
        k += 1
    return line[:k]


def dedent(text):
    """Remove the whitespace prefix that every non-blank line shares."""
    rows = text.split('\n')
    common = None
    for row in rows:
        if row == '' or _blank(row):
            continue
        pad = _margin_of(row)
        if common is None:
            common = pad
        else:
            k = 0
            top = min(len(common), len(pad))
            while k < top and common[k] == pad[k]:
                k += 1
            common = common[:k]
    cut = len(common) if common else 0
    out = []
    for row in rows:
        if _blank(row):
            out.append('')
        elif cut:
            out.append(row[cut:])
        else:
            out.append(row)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    """Put prefix before the lines for which predicate is true (default: non-blank lines)."""
    out = []
    for line in text.splitlines(True):
        keep = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if keep else line)
    return ''.join(out)

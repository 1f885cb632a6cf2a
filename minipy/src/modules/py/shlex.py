# minipy's shlex: shell-like splitting and quoting, as CPython 3.11's behaves (POSIX and
# classic modes, punctuation_chars, comments, line numbers, push_token).
# Left out: file inclusion (the `source` keyword, sourcehook, push_source/pop_source), the
# `debug` trace, and shlex.split(None) reading standard input; these raise NotImplementedError.

import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_LETTERS = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
# Latin-1 letters count as word characters in POSIX mode.
_LATIN1_LETTERS = (
    "ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ" "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ"
)
_SHELL_PUNCTUATION = "();<>|&"
# With punctuation_chars, these also join words (so paths and globs stay whole).
_EXTRA_WORD_CHARS = "~-./*?="

_BETWEEN = " "  # state: skipping whitespace before a token
_WORD = "a"  # state: inside an unquoted word
_PUNCT = "c"  # state: inside a run of punctuation characters


def _missing(feature):
    raise NotImplementedError("shlex: " + feature + " is not supported by minipy")


class shlex:
    """A lexer reading tokens from a string or a text stream."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            instream = sys.stdin
        self.instream = instream
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = _LETTERS + (_LATIN1_LETTERS if posix else "")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = _BETWEEN
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = _SHELL_PUNCTUATION
        elif not punctuation_chars:
            punctuation_chars = ""
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters read one too far, to be read again.
            self._pushback_chars = deque()
            extra = "".join(c for c in _EXTRA_WORD_CHARS if c not in punctuation_chars)
            self.wordchars += extra

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Make `tok` the next token get_token returns."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        _missing("push_source")

    def pop_source(self):
        _missing("pop_source")

    def sourcehook(self, newfile):
        _missing("sourcehook")

    def get_token(self):
        """The next token (pushed-back ones first), or self.eof at the end."""
        if self.debug:
            _missing("the debug trace")
        if self.pushback:
            return self.pushback.popleft()
        tok = self.read_token()
        if self.source is not None and tok == self.source:
            _missing("the source keyword (file inclusion)")
        return tok

    def error_leader(self, infile=None, lineno=None):
        """A '"file", line N: ' prefix for error messages."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok

    # The tokenizer proper: one character at a time, by state.

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        ch = self.instream.read(1)
        if ch == "\n":
            self.lineno += 1
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _unread(self, ch):
        # A character that ends a word is read again as the start of the next token.
        if self._punctuation_chars:
            self._pushback_chars.append(ch)
        else:
            self.pushback.appendleft(ch)

    def read_token(self):
        """Read the raw next token from the stream (pushed-back tokens aside)."""
        quoted = False
        escaped_from = _BETWEEN  # the state an escape character returns to
        while True:
            ch = self._next_char()
            state = self.state
            if state is None:
                self.token = ""
                break
            if state == _BETWEEN:
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.token or (self.posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                elif self.posix and ch in self.escape:
                    escaped_from = _WORD
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = _WORD
                elif ch in self._punctuation_chars:
                    self.token = ch
                    self.state = _PUNCT
                elif ch in self.quotes:
                    if not self.posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = _WORD
                else:
                    # Any other character is a token on its own.
                    self.token = ch
                    if self.token or (self.posix and quoted):
                        break
            elif state == _WORD or state == _PUNCT:
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    self.state = _BETWEEN
                    if self.token or (self.posix and quoted):
                        break
                elif ch in self.commenters:
                    # A comment ends a POSIX token; a classic-mode one carries on after it.
                    self._skip_comment()
                    if self.posix:
                        self.state = _BETWEEN
                        if self.token or quoted:
                            break
                elif state == _PUNCT:
                    if ch in self._punctuation_chars:
                        self.token += ch
                    else:
                        self._pushback_chars.append(ch)
                        self.state = _BETWEEN
                        break
                elif self.posix and ch in self.quotes:
                    self.state = ch
                elif self.posix and ch in self.escape:
                    escaped_from = _WORD
                    self.state = ch
                elif self._punctuation_chars and ch in self._punctuation_chars:
                    self._pushback_chars.append(ch)
                    self.state = _BETWEEN
                    break
                elif ch in self.wordchars or ch in self.quotes or self.whitespace_split:
                    self.token += ch
                else:
                    self._unread(ch)
                    self.state = _BETWEEN
                    if self.token or (self.posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == state:
                    if self.posix:
                        self.state = _WORD
                    else:
                        # In classic mode the closing quote ends the token.
                        self.token += ch
                        self.state = _BETWEEN
                        break
                elif self.posix and ch in self.escape and state in self.escapedquotes:
                    escaped_from = state
                    self.state = ch
                else:
                    self.token += ch
            elif state in self.escape:
                if not ch:
                    raise ValueError("No escaped character")
                # Inside double quotes a backslash only escapes the quote or itself.
                if escaped_from in self.quotes and ch != state and ch != escaped_from:
                    self.token += state
                self.token += ch
                self.state = escaped_from
        result = self.token
        self.token = ""
        if self.posix and not quoted and result == "":
            result = None
        return result


def split(s, comments=False, posix=True):
    """Split the string `s` as a POSIX shell would."""
    if s is None:
        _missing("split(None) (reading standard input)")
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ""
    return list(lexer)


# Anything but these ASCII characters needs quoting.
_needs_quotes = re.compile(r"[^A-Za-z0-9_@%+=:,./-]").search


def quote(s):
    """Quote `s` for a POSIX shell: single quotes, with ' written as '"'"'."""
    if not s:
        return "''"
    if _needs_quotes(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """The inverse of split: quote each word and join them with spaces."""
    return " ".join(quote(word) for word in split_command)

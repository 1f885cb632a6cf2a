# minipy's `traceback`: the text of an exception's report as the interpreter prints it (a Rust
# helper, `_format_exception`), split into CPython's pieces, and the frames of a traceback
# (`_extract_tb`). Not supported: `limit=` other than None (NotImplementedError), the stack of the
# running code (`print_stack`, `extract_stack`...), `TracebackException`.

import sys

_sentinel = object()


def _no_limit(limit):
    if limit is not None:
        raise NotImplementedError("traceback: limit= is not supported in minipy")


def _value_of(exc, value):
    if value is not _sentinel:
        return value
    return exc


def _split(text):
    # CPython's pieces: each line, except that a `  File` line carries its source line.
    out = []
    for line in text.splitlines(True):
        if line.startswith("    ") and out and out[-1].startswith("  File "):
            out[-1] += line
        else:
            out.append(line)
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    _no_limit(limit)
    value = _value_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    if not chain:
        saved = (value.__cause__, value.__context__)
        value.__cause__ = value.__context__ = None
        try:
            return _split(_format_exception(value))
        finally:
            value.__cause__, value.__context__ = saved
    return _split(_format_exception(value))


def format_exception_only(exc, /, value=_sentinel):
    value = _value_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    saved = (value.__cause__, value.__context__, value.__traceback__)
    value.__cause__ = value.__context__ = value.__traceback__ = None
    try:
        return _split(_format_exception(value))
    finally:
        value.__cause__, value.__context__, value.__traceback__ = saved


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for part in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(part, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    raise NotImplementedError("traceback.print_last is not supported in minipy")


class FrameSummary:
    def __init__(self, filename, lineno, name, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line

    @property
    def line(self):
        return self._line if self._line is not None else ""

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.line == other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    def format(self):
        out = []
        for f in self:
            row = '  File "{}", line {}, in {}\n'.format(f.filename, f.lineno, f.name)
            if f.line:
                row += "    {}\n".format(f.line.strip())
                # CPython 3.11's marker line, drawn by the interpreter (extract_tb entries only).
                marks = getattr(f, "_marks", None)
                if marks:
                    row += marks + "\n"
            out.append(row)
        return out


def extract_tb(tb, limit=None):
    entries = _extract_tb(tb) if tb is not None else []
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    summaries = StackSummary()
    for e in entries:
        s = FrameSummary(*e[:4])
        s._marks = e[4]
        summaries.append(s)
    return summaries


def format_list(extracted_list):
    return StackSummary(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for part in format_tb(tb, limit):
        print(part, file=file, end="")


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _no_stack(*args, **kwargs):
    raise NotImplementedError("traceback: the running stack (print_stack, extract_stack, "
                              "format_stack) is not supported in minipy")


print_stack = extract_stack = format_stack = _no_stack

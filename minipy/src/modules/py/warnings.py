# minipy's warnings: warn, the filters that decide what happens to a warning (ignore, error,
# show once, once per module or location, always) and the showwarning/formatwarning hooks,
# as CPython 3.11's warnings behaves.
# The caller's file, line number and source line come from the interpreter's frames
# (sys._frame_info); the once-per-location registries are kept here per module name (there is no
# __warningregistry__). Left out: -W options (sys.warnoptions is not read), linecache (a
# warn_explicit or formatwarning with no `line` shows no source line) and tracemalloc.

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# Each filter is (action, message regex or None, category, module regex or name or None,
# line number or 0); the first that matches a warning decides its fate.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Bumped whenever the filters change, which empties the registries of warnings already shown.
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class WarningMessage(object):
    """One warning, as passed to the showing hooks and recorded by catch_warnings."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None
        # The caller's source line as the frames know it, shown when `line` is None.
        self._frame_line = None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


# Showing and formatting. The public hooks may be replaced by the program; the private
# _showwarnmsg/_formatwarnmsg route through them when they have been.

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (default sys.stderr)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: 'file:line: Category: message' and the source line."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg_impl(msg):
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    line = msg.line if msg.line is not None else msg._frame_line
    if line:
        text += "  %s\n" % line.strip()
    return text


def _showwarnmsg_impl(msg):
    out = msg.file if msg.file is not None else sys.stderr
    if out is None:
        return  # no stderr to write to
    try:
        out.write(_formatwarnmsg(msg))
    except OSError:
        pass


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# The filter list.

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter: `message` (case-insensitive) and `module` are regular expressions that
    must match the start of the warning's text and module name."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*entry, append):
    # At the front a filter moves there; at the back it is added only if not present.
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (the default action then applies)."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def _decide(text, category, module, lineno):
    for entry in filters:
        action, message_re, cat, module_re, line = entry
        if (_matches(message_re, text) and issubclass(category, cat)
                and _matches(module_re, module) and (line == 0 or line == lineno)):
            return action, entry
    return defaultaction, None


# Issuing warnings.

# The registries of warnings already shown, one per module name.
_registries = {}


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning about the code `stacklevel` frames up from the caller."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    where = sys._frame_info(stacklevel)
    if where is None:
        # Past the outermost frame: CPython blames the `sys` module.
        filename, lineno, frame_line, module = "sys", 1, None, "sys"
    else:
        filename, lineno, frame_line, module = where[0], where[1], where[2], where[3]
    registry = _registries.setdefault(module, {})
    _warn_at(message, category, filename, lineno, module, registry, source, frame_line)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning located at `filename`:`lineno` (in `module`, default the file's
    name without .py), recording it in `registry`."""
    _warn_at(message, category, filename, lineno, module, registry, source, None)


def _warn_at(message, category, filename, lineno, module, registry, source, frame_line):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    here = (text, category, lineno)
    if registry.get(here):
        return
    action, entry = _decide(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[here] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        registry[here] = 1
        anywhere = (text, category, 0)
        if registry.get(anywhere):
            return
        registry[anywhere] = 1
    elif action == "default":
        registry[here] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, entry))
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    msg._frame_line = frame_line
    _showwarnmsg(msg)


def _this_module():
    # The module object itself, whose attributes catch_warnings saves and restores.
    import warnings
    return warnings


class catch_warnings(object):
    """A context manager that restores the filters and showwarning on exit; with
    record=True it collects the warnings in the list `with` gives instead of showing them."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = _this_module() if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not _this_module():
            args.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._showwarnmsg_impl)
        mod.filters = mod.filters[:]
        mod._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._showwarnmsg_impl = self._saved
        mod._filters_mutated()

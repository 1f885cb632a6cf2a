# logging's records and formatters: basicConfig (format, style, level, stream, force,
# handlers), the three format styles, defaults=, validation errors, LogRecord attributes,
# exception() with a traceback, extra=, mapping arguments, FileHandler, NullHandler and
# handleError's report of a bad format call.
import logging
import os
import sys
import tempfile

logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format="%(levelname)-8s|%(name)s|%(module)s.%(funcName)s:%(lineno)d|%(message)s")
logging.info("root at %s", "INFO")
logging.debug("hidden")
logging.basicConfig(level=logging.DEBUG, format="ignored: root has a handler")
logging.debug("still hidden")


def work():
    logging.getLogger("jobs").warning("from a function, %d%%", 50)


work()
logging.basicConfig(force=True, stream=sys.stdout, style="{", level="DEBUG",
                    format="{levelname:<7} {name} {message!r}")
logging.debug("brace style")
logging.basicConfig(force=True, stream=sys.stdout, style="$", format="$levelname ${name}: $message")
logging.warning("dollar style")
logging.basicConfig(force=True, handlers=[logging.StreamHandler(sys.stdout)])
logging.error("the default format")
for bad in [dict(stream=sys.stdout, filename="x.log"), dict(style="?"),
            dict(handlers=[], stream=sys.stdout), dict(force=True, stream=sys.stdout, colour=1)]:
    try:
        logging.basicConfig(**bad)
    except ValueError as e:
        print("ValueError", e)

log = logging.getLogger("rec")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)
log.setLevel(logging.DEBUG)
h.setFormatter(logging.Formatter(
    "%(name)s %(levelno)d %(levelname)s %(filename)s %(module)s %(funcName)s %(msg)r %(args)s "
    "%(threadName)s %(processName)s %(message)s"))
log.info("hello %s and %d", "x", 3)
log.info("%(user)s owes %(amount).2f", {"user": "ann", "amount": 3.5})
log.info(["not", "a", "string"])
h.setFormatter(logging.Formatter("%(message)s %(extra_key)s", defaults={"extra_key": "dflt"}))
log.info("defaults fill in")
log.info("extra overrides", extra={"extra_key": "given"})
try:
    log.info("clash", extra={"message": "no"})
except KeyError as e:
    print("KeyError", e)
h.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("division failed (%s)", "exception()")
    log.error("with exc_info", exc_info=True)
log.warning("an exception object", exc_info=ValueError("given"))
log.critical("last line")

for fmt, style in [("no fields", "%"), ("{broken", "{"), ("{x!z}", "{"), ("$", "$"),
                   ("%(message)s", "{"), ("{message}", "$")]:
    try:
        logging.Formatter(fmt, style=style)
        print("ok", repr(fmt), style)
    except ValueError as e:
        print("ValueError", e)
f = logging.Formatter("%(message)s", validate=False)
record = logging.makeLogRecord({"msg": "made %s", "args": ("up",), "levelno": 40, "name": "mk"})
print(f.format(record), record.levelno, repr(record.levelname), record.getMessage())
r2 = logging.LogRecord("lr", logging.WARNING, "/some/where/file.py", 12, "m %s", ("a",), None,
                       "fn")
print(r2, r2.filename, r2.module, r2.funcName, r2.lineno, r2.levelname, r2.getMessage())
print(logging.Formatter().format(r2), "|", logging.Formatter("{levelname}", style="{").format(r2))
print(logging.Formatter("%(asctime)s").usesTime(), logging.Formatter("%(message)s").usesTime())

null = logging.getLogger("nul")
null.addHandler(logging.NullHandler())
null.propagate = False
null.error("swallowed")
print(repr(logging.NullHandler()), repr(h), repr(logging.StreamHandler()))

path = os.path.join(tempfile.mkdtemp(), "app.log")
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(fh)
log.info("into the file")
log.debug("and again")
fh.close()
log.removeHandler(fh)
print(open(path).read(), end="")
print(repr(fh).startswith("<FileHandler /"), repr(fh).endswith("app.log (NOTSET)>"))

sys.stderr.flush()
logging.shutdown()

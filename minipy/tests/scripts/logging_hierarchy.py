# logging's logger tree: dotted names (created parent-first and child-first), levels and
# effective levels, propagation, handler levels, filters, disable(), the last-resort handler,
# custom level names, LoggerAdapter and getChild.
import logging
import sys

logging.getLogger("quiet").warning("no handlers anywhere: the bare message to stderr")
logging.getLogger("quiet").info("and nothing below WARNING")
sys.stderr.flush()

child = logging.getLogger("svc.api.v1")
parent = logging.getLogger("svc")
mid = logging.getLogger("svc.api")
print(child.parent is mid, mid.parent is parent, parent.parent is logging.getLogger())
print(logging.getLogger("svc.api") is mid, parent.getChild("api.v1") is child)
print(repr(child), repr(logging.root), logging.getLogger() is logging.root)

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s/%(levelname)s: %(message)s"))
parent.addHandler(out)
parent.setLevel(logging.INFO)
for lg in (parent, mid, child):
    print(lg.name, lg.level, lg.getEffectiveLevel(), lg.isEnabledFor(logging.DEBUG),
          lg.hasHandlers())

child.info("reaches svc's handler through propagation")
child.debug("below the effective level")
mid.setLevel("DEBUG")
child.debug("now enabled through svc.api")
errors_only = logging.StreamHandler(sys.stdout)
errors_only.setLevel(logging.ERROR)
errors_only.setFormatter(logging.Formatter("!! %(message)s"))
mid.addHandler(errors_only)
child.warning("one line")
child.error("two lines")
mid.propagate = False
child.error("only svc.api's handler")
mid.propagate = True


class OddOnly(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1


mid.addFilter(OddOnly())
for i in range(4):
    mid.info("number %d", i)
child.info("a logger's filter applies only to its own calls: %d", 2)
out.addFilter(logging.Filter("svc.api"))
parent.info("handler filter drops svc itself")
child.info("but passes svc.api.v1")
out.removeFilter(out.filters[0])

logging.disable(logging.WARNING)
child.warning("disabled")
child.error("still shown")
logging.disable(logging.NOTSET)

logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33),
      logging.getLevelName("ERROR"), logging.getLevelName(logging.WARN))
child.log(25, "a %s-level record", "custom")

adapter = logging.LoggerAdapter(child, {"request": "r-17"})
fmt = logging.StreamHandler(sys.stdout)
fmt.setFormatter(logging.Formatter("[%(request)s] %(message)s"))
child.addHandler(fmt)
child.propagate = False
adapter.warning("through an adapter")
print(repr(adapter), adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel())


class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["tag"], msg), kwargs


Tagged(mid, {"tag": "T"}).error("custom process")
try:
    child.setLevel("LOUD")
except ValueError as e:
    print("ValueError", e)
try:
    child.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
child.removeHandler(fmt)
print(child.handlers, mid.handlers, child.hasHandlers())
nobody = logging.getLogger("nobody")
nobody.propagate = False
nobody.error("the last resort again, even below root")
sys.stderr.flush()
print(logging.getLevelNamesMapping()["WARN"], logging.getLogger("").name)

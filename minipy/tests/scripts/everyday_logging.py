# A small service script's logging: module loggers, levels, handlers and formats.
import logging
import sys

logging.warning("no configuration yet: %s", "root logger")
logging.info("not shown: the root level is WARNING")
logging.getLogger("early").error("a named logger before basicConfig")

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stdout)
log = logging.getLogger("shop.orders")
db = logging.getLogger("shop.db")
print(log.parent, db.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))


def place_order(item, qty):
    log.info("placing order for %d x %s", qty, item)
    if qty <= 0:
        log.error("invalid quantity %r", qty)
        return False
    log.debug("not shown at INFO")
    return True


place_order("apple", 3)
place_order("pear", 0)

db.setLevel(logging.DEBUG)
db.debug("connected to %(host)s:%(port)d", {"host": "localhost", "port": 5432})

audit = logging.getLogger("shop.audit")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(levelname)-8s] %(funcName)s:%(lineno)d %(message)s"))
audit.addHandler(handler)
audit.propagate = False


def refund(amount):
    audit.warning("refund of %.2f", amount)


refund(12.5)
try:
    {}["missing"]
except KeyError:
    audit.exception("lookup failed")

brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter("{name} | {levelname} | {message}", style="{"))
brace.setLevel(logging.ERROR)
audit.addHandler(brace)
audit.warning("only the first handler")
audit.critical("both handlers")
audit.log(25, "custom level %s", logging.getLevelName(25))
logging.addLevelName(25, "NOTICE")
audit.log(25, "custom level %s", logging.getLevelName(25))
print(audit.handlers)

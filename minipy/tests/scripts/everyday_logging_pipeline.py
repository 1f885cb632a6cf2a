"""ETL-ish pipeline with logging to stdout using a custom format."""
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("etl")
parse_log = logging.getLogger("etl.parse")

RECORDS = [
    "id=1;temp=21.5;unit=C",
    "id=2;temp=70.1;unit=F",
    "id=3;temp=abc;unit=C",
    "id=4;unit=C",
    "id=5;temp=300;unit=K",
    "id=6;temp=-5;unit=C",
]


def parse(line):
    fields = dict(part.split("=", 1) for part in line.split(";"))
    parse_log.debug("fields %s", sorted(fields))
    try:
        fields["temp"] = float(fields["temp"])
    except KeyError:
        parse_log.warning("record %s has no temp", fields.get("id"))
        return None
    except ValueError as e:
        parse_log.error("record %s: %s", fields.get("id"), e)
        return None
    return fields


def to_celsius(rec):
    unit = rec["unit"]
    t = rec["temp"]
    if unit == "C":
        return t
    if unit == "F":
        return (t - 32) * 5 / 9
    if unit == "K":
        return t - 273.15
    raise ValueError(unit)


def main():
    log.info("starting with %d records", len(RECORDS))
    good = []
    for line in RECORDS:
        rec = parse(line)
        if rec is None:
            continue
        c = to_celsius(rec)
        log.debug("record %s -> %.2f C", rec["id"], c)
        good.append(c)
    if good:
        log.info("mean %.3f min %.2f max %.2f", sum(good) / len(good), min(good), max(good))
    cold = [c for c in good if c < 0]
    if cold:
        log.warning("%d freezing readings", len(cold))
    log.info("done")
    return len(good)


n = main()
logging.getLogger("etl").setLevel(logging.WARNING)
log.info("this should not show")
log.warning("level now %s", logging.getLevelName(log.getEffectiveLevel()))
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(levelname)s] %(funcName)s:%(message)s"))
other = logging.getLogger("other")
other.propagate = False
other.addHandler(handler)
other.setLevel(logging.INFO)


def helper():
    other.info("from helper")
    try:
        1 / 0
    except ZeroDivisionError:
        other.error("caught division", exc_info=False)


helper()
print("processed", n)
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)

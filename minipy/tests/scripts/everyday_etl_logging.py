"""An ETL pipeline that logs each stage to stdout with the logging module."""
import logging
import sys
import json
from functools import wraps
from collections import Counter

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger("etl")
stage_log = logging.getLogger("etl.stage")


def stage(name):
    def deco(fn):
        @wraps(fn)
        def run(records, *args, **kwargs):
            stage_log.info("start %s with %d record(s)", name, len(records))
            try:
                out = fn(records, *args, **kwargs)
            except Exception:
                stage_log.exception("stage %s crashed", name)
                raise
            stage_log.info("end %s -> %d record(s)", name, len(out))
            return out
        return run
    return deco


RAW_LINES = [
    '{"id": 1, "user": "ana", "amount": "12.50", "country": "pt"}',
    '{"id": 2, "user": "ben", "amount": "7", "country": "PT"}',
    'garbage line',
    '{"id": 3, "user": "", "amount": "3.1", "country": "es"}',
    '{"id": 4, "user": "cy", "amount": "-2", "country": "ES"}',
    '{"id": 5, "user": "dee", "amount": "40.00", "country": "fr"}',
    '{"id": 2, "user": "ben", "amount": "7", "country": "PT"}',
]


@stage("extract")
def extract(lines):
    out = []
    for n, line in enumerate(lines, 1):
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as e:
            log.warning("line %d unparseable: %s", n, e.msg)
    return out


@stage("validate")
def validate(records):
    good, seen = [], set()
    for r in records:
        if r["id"] in seen:
            log.debug("duplicate id %s dropped", r["id"])
            continue
        seen.add(r["id"])
        if not r["user"]:
            log.error("record %(id)s has no user", r)
            continue
        good.append(r)
    return good


@stage("transform")
def transform(records, fx):
    out = []
    for r in records:
        amount = float(r["amount"])
        if amount < 0:
            log.warning("negative amount %.2f for %s; clamped", amount, r["user"])
            amount = 0.0
        out.append({**r, "country": r["country"].upper(), "eur": round(amount * fx, 2)})
    return out


@stage("load")
def load(records, sink):
    sink.extend(records)
    return sink


class CountingHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.counts = Counter()

    def emit(self, record):
        self.counts[record.levelname] += 1


counter = CountingHandler()
logging.getLogger().addHandler(counter)
warehouse = []
data = load(transform(validate(extract(RAW_LINES)), fx=1.0), warehouse)
totals = Counter()
for r in data:
    totals[r["country"]] += r["eur"]
log.info("totals by country: %s", dict(sorted(totals.items())))
quiet = logging.getLogger("etl.quiet")
quiet.setLevel(logging.ERROR)
quiet.warning("this should not appear")
quiet.error("but this should")
try:
    transform([{"id": 9, "user": "x", "amount": "abc", "country": "de"}], fx=1)
except ValueError as e:
    log.critical("pipeline aborted: %s", e)
print("handler counts:", sorted(counter.counts.items()))
print(extract.__name__, log.getEffectiveLevel(), quiet.getEffectiveLevel(), logging.getLevelName(30))

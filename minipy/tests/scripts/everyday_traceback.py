# Reporting errors without stopping: a batch job logs each failure's traceback and carries on.
import sys
import traceback


def parse_record(text):
    name, qty = text.split(":")
    return name.strip(), int(qty)


def load(records):
    good = []
    for rec in records:
        try:
            good.append(parse_record(rec))
        except ValueError:
            print("bad record", repr(rec))
            print(traceback.format_exc().splitlines()[-1])
            etype, value, tb = sys.exc_info()
            print(etype.__name__, "|", value)
            print([(f.name, f.lineno) for f in traceback.extract_tb(tb)])
    return good


print(load(["apples: 3", "pears", "plums: x", "figs: 12"]))
print(sys.exc_info())
print(repr(traceback.format_exc()))


class ConfigError(Exception):
    pass


def read_config(d):
    try:
        return d["path"]
    except KeyError as e:
        raise ConfigError("no path configured") from e


try:
    read_config({})
except ConfigError as err:
    text = "".join(traceback.format_exception(err))
    print(text.count("Traceback (most recent call last):"))
    print("direct cause" in text)
    print(traceback.format_exception_only(err))
    print(traceback.format_exception(type(err), err, err.__traceback__, chain=False)[-1], end="")
    traceback.print_exc(file=sys.stdout)

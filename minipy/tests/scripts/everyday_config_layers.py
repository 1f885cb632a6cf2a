# Layered configuration, as command-line tools do it: defaults < file < environment < flags,
# with ChainMap, a mapping class of one's own passed to dict(), cached_property and
# singledispatch for rendering values.
import collections
import functools

defaults = {"color": "auto", "width": 80, "verbose": False}
from_file = {"width": 100}
from_env = {"color": "never"}
flags = {}
config = collections.ChainMap(flags, from_env, from_file, defaults)
print(config["color"], config["width"], config.get("missing", "-"), len(config), sorted(config))
flags["verbose"] = True
print(dict(config), config.maps[0])
local = config.new_child({"width": 40})
print(local["width"], local.parents["width"], "verbose" in local)
try:
    del config["width"]
except KeyError as e:
    print("KeyError:", e)


class Settings:
    """A read-only mapping: dict() and update() only need keys() and []."""

    def __init__(self, pairs):
        self._pairs = pairs

    def keys(self):
        return [k for k, _ in self._pairs]

    def __getitem__(self, key):
        for k, v in self._pairs:
            if k == key:
                return v
        raise KeyError(key)


merged = dict(Settings([("a", 1), ("b", 2)]))
merged.update(Settings([("b", 20)]), c=3)
print(merged)
for bad in (["ab", "c"], [1]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Report:
    def __init__(self, rows):
        self.rows = rows

    @functools.cached_property
    def total(self):
        print("summing", len(self.rows), "rows")
        return sum(self.rows)


r = Report([3, 4, 5])
print(r.total, r.total, r.__dict__)
del r.total
print(r.total)


@functools.singledispatch
def render(value):
    return repr(value)


@render.register(bool)
def _(value):
    return "yes" if value else "no"


@render.register(int)
def _(value):
    return f"{value:,}"


@render.register(list)
def _(value):
    return ", ".join(render(v) for v in value)


print(render(True), render(1234567), render([1000, False, "x"]), render(2.5))
print(render.dispatch(bool).__name__ == "_", render.registry[object] is render.__wrapped__)

"""Layered config: deep merge of JSON docs, copy vs deepcopy, pprint, env-style overrides."""
import copy
import json
import pprint

DEFAULTS = json.loads("""
{
  "app": {"name": "svc", "debug": false, "workers": 4},
  "db": {"host": "localhost", "port": 5432, "options": {"pool": 5, "timeout": 30.0}},
  "features": ["auth", "metrics"],
  "owner": null
}
""")

PROD = {"app": {"workers": 16}, "db": {"host": "db.prod", "options": {"pool": 50}}, "features": ["auth", "cache"]}
OVERRIDES = ["app.debug=true", "db.options.timeout=12.5", "app.tags=[\"a\", \"b\"]", "owner=\"ops\"", "db.port=6543"]


def deep_merge(base, top):
    out = copy.deepcopy(base)
    for k, v in top.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        elif isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + [x for x in v if x not in out[k]]
        else:
            out[k] = copy.deepcopy(v)
    return out


def apply_override(cfg, spec):
    path, raw = spec.split("=", 1)
    *parents, leaf = path.split(".")
    node = cfg
    for p in parents:
        node = node.setdefault(p, {})
    node[leaf] = json.loads(raw)


def flatten(d, prefix=""):
    for k, v in sorted(d.items()):
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            yield from flatten(v, key + ".")
        else:
            yield key, v


cfg = deep_merge(DEFAULTS, PROD)
for o in OVERRIDES:
    apply_override(cfg, o)
pprint.pprint(cfg, width=60, sort_dicts=True)
for k, v in flatten(cfg):
    print(f"{k:<22} = {json.dumps(v)}")

shallow = copy.copy(DEFAULTS)
deep = copy.deepcopy(DEFAULTS)
shallow["db"]["port"] = 1
deep["db"]["port"] = 2
print("defaults port after edits:", DEFAULTS["db"]["port"], shallow["db"] is DEFAULTS["db"], deep["db"] is DEFAULTS["db"])

print(json.dumps(cfg["db"], separators=(",", ":"), sort_keys=True))
print(json.dumps({"pi": 3.14159, "e": None, "ok": True, "s": "é\n"}, ensure_ascii=True))
print(json.dumps({"s": "é"}, ensure_ascii=False), json.dumps([1, [2, [3]]], indent=None))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError at line", e.lineno, "col", e.colno)
print(pprint.pformat(list(range(30)), width=40, compact=True))
nested = {"z": [1, {"y": (2, 3)}], "a": {"b": {"c": {"d": "deep"}}}}
pprint.pprint(nested, depth=2)
print(json.loads("[1.5e3, -0, 1e-2, \"\\u00e9\"]"))


class Cfg:
    def __init__(self, data):
        self.data = data
        self.cache = {}

    def __deepcopy__(self, memo):
        print("custom deepcopy called")
        return Cfg(copy.deepcopy(self.data, memo))


c2 = copy.deepcopy(Cfg({"x": [1]}))
print(c2.data, c2.cache)

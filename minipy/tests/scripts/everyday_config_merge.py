import json
import copy
from collections import ChainMap

DEFAULTS = json.loads("""
{
  "server": {"host": "0.0.0.0", "port": 8080, "tls": {"enabled": false, "cert": null}},
  "logging": {"level": "INFO", "handlers": ["console"]},
  "features": {"beta": false, "limits": [10, 20]},
  "name": "app"
}
""")

USER = {
    "server": {"port": 9090, "tls": {"enabled": True}},
    "logging": {"handlers": ["file"]},
    "features": {"beta": True, "limits": None},
    "extra": {"x": 1.5},
}


def deep_merge(base, override, path=""):
    result = copy.deepcopy(base)
    changes = []
    for key, val in override.items():
        p = f"{path}.{key}" if path else key
        if key in result and isinstance(result[key], dict) and isinstance(val, dict):
            result[key], sub = deep_merge(result[key], val, p)
            changes.extend(sub)
        elif isinstance(val, list) and isinstance(result.get(key), list):
            result[key] = result[key] + [v for v in val if v not in result[key]]
            changes.append(("extend", p))
        elif val is None:
            if key in result:
                del result[key]
                changes.append(("delete", p))
        else:
            changes.append(("set" if key in result else "add", p))
            result[key] = val
    return result, changes


def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            yield from flatten(v, key + ".")
        else:
            yield key, v


merged, changes = deep_merge(DEFAULTS, USER)
print(json.dumps(merged, indent=2, sort_keys=True))
for kind, path in changes:
    print(f"{kind:>7}: {path}")
print(DEFAULTS["server"]["port"], DEFAULTS["logging"]["handlers"])
flat = dict(flatten(merged))
print(sorted(flat)[:4], flat["server.tls.cert"], len(flat))
env = {"server.port": "7000"}
cm = ChainMap(env, flat)
print(cm["server.port"], cm["server.host"], len(cm), "extra.x" in cm)
print(json.dumps({"a": [1, 2.5, None, True], "b": "é\n"}), json.dumps("é", ensure_ascii=False))
print(json.dumps({"k": 1, "j": [1, 2]}, separators=(",", ":")), json.loads('[1e3, -0.5, "\\u00e9"]'))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError at", e.pos, e.msg)
shallow = copy.copy(DEFAULTS)
shallow["server"]["port"] = 1
print(DEFAULTS["server"]["port"], shallow is DEFAULTS, shallow == DEFAULTS)

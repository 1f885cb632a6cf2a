DEFAULTS = {"host": "localhost", "port": 8080, "debug": False, "workers": 4}

def parse_value(s):
    s = s.strip()
    if s.lower() in ("true", "yes", "on"):
        return True
    if s.lower() in ("false", "no", "off"):
        return False
    try:
        return int(s)
    except ValueError:
        pass
    try:
        return float(s)
    except ValueError:
        return s.strip('"\'')

def parse_config(text):
    config = dict(DEFAULTS)
    section = None
    errors = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        if "=" not in line:
            errors.append(f"line {lineno}: expected key = value, got {line!r}")
            continue
        key, value = line.split("=", 1)
        key = key.strip()
        if section:
            key = f"{section}.{key}"
        config[key] = parse_value(value)
    return config, errors

text = """
# server settings
host = example.com
port = 9000
debug = yes
[db]
name = "prod"
timeout = 2.5
pool=10   # connections
oops
[cache]
enabled = off
"""
config, errors = parse_config(text)
for key in sorted(config):
    print(f"{key:15} {type(config[key]).__name__:6} {config[key]!r}")
print(errors)
print({k: v for k, v in config.items() if k.startswith("db.")})
changed = {k for k in DEFAULTS if DEFAULTS[k] != config[k]}
print(sorted(changed), set(config) - set(DEFAULTS) >= {"db.name"})
merged = DEFAULTS | {"port": 1}
print(merged, list(DEFAULTS.keys())[:2], "port" in DEFAULTS.values())

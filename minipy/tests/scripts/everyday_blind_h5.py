def parse_ini(text):
    data, section = {}, None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = data.setdefault(line[1:-1].strip(), {})
        elif "=" in line:
            if section is None:
                raise ValueError(f"line {lineno}: key outside a section")
            key, _, value = line.partition("=")
            value = value.strip()
            if value.isdigit():
                value = int(value)
            elif value.lower() in ("true", "false"):
                value = value.lower() == "true"
            section[key.strip()] = value
        else:
            raise ValueError(f"line {lineno}: cannot parse {raw!r}")
    return data
cfg = parse_ini("""
# comment
[server]
host = example.com
port = 8080
debug = false
[paths]
root = /var/www   # trailing comment
""")
print(cfg)
print(cfg["server"]["port"] + 1, type(cfg["server"]["debug"]).__name__, list(cfg))
for bad in ["x = 1", "[s]\njunk"]:
    try:
        parse_ini(bad)
    except ValueError as e:
        print("error:", e)

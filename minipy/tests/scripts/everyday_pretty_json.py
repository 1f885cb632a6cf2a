def dump(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f'{pad}  "{k}": {dump(v, indent + 1)}' for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        if all(isinstance(x, (int, float)) for x in obj):
            return "[" + ", ".join(dump(x) for x in obj) + "]"
        items = [pad + "  " + dump(x, indent + 1) for x in obj]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if obj is None:
        return "null"
    if isinstance(obj, str):
        return '"' + obj.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(obj)

data = {
    "name": "widget",
    "tags": ["a", "b"],
    "size": [1, 2.5, 3],
    "meta": {"ok": True, "none": None, "empty": {}, "list": []},
    "nested": [{"x": 1}, {"y": [1, 2]}],
    "quote": 'say "hi"',
}
print(dump(data))

def flatten(obj, prefix=""):
    out = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out.update(flatten(v, f"{prefix}[{i}]"))
    else:
        out[prefix] = obj
    return out

for k, v in flatten(data).items():
    print(f"{k} = {v!r}")
print(repr(data["meta"]))
print(str(data["size"]), data.get("missing", "n/a"))

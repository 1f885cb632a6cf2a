import json
from typing import Any

SCHEMA = {
    "type": "object",
    "required": ["name", "age", "tags"],
    "properties": {
        "name": {"type": "string", "minLength": 2},
        "age": {"type": "integer", "minimum": 0, "maximum": 150},
        "email": {"type": "string", "pattern": r"^[^@\s]+@[^@\s]+\.\w+$"},
        "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
        "address": {"type": "object", "required": ["city"],
                    "properties": {"city": {"type": "string"}, "zip": {"type": "string"}}},
    },
}
TYPES = {"string": str, "integer": int, "array": list, "object": dict, "number": (int, float)}

def validate(value: Any, schema: dict, path: str = "$") -> list[str]:
    import re
    errors = []
    t = schema.get("type")
    if t and (not isinstance(value, TYPES[t]) or (t == "integer" and isinstance(value, bool))):
        return [f"{path}: expected {t}, got {type(value).__name__}"]
    if t == "string":
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: too short ({len(value)})")
        if "pattern" in schema and not re.match(schema["pattern"], value):
            errors.append(f"{path}: does not match pattern")
    elif t == "integer":
        lo, hi = schema.get("minimum"), schema.get("maximum")
        if lo is not None and value < lo:
            errors.append(f"{path}: {value} < {lo}")
        if hi is not None and value > hi:
            errors.append(f"{path}: {value} > {hi}")
    elif t == "array":
        if len(value) > schema.get("maxItems", float("inf")):
            errors.append(f"{path}: too many items")
        for i, v in enumerate(value):
            errors += validate(v, schema.get("items", {}), f"{path}[{i}]")
    elif t == "object":
        for req in schema.get("required", []):
            if req not in value:
                errors.append(f"{path}: missing {req!r}")
        for k, sub in schema.get("properties", {}).items():
            if k in value:
                errors.extend(validate(value[k], sub, f"{path}.{k}"))
    return errors

docs = '''[
 {"name": "Ann", "age": 31, "tags": ["a", "b"], "email": "ann@example.com"},
 {"name": "B", "age": -3, "tags": ["x", 5, "y", "z"]},
 {"name": "Cy", "age": true, "tags": [], "address": {"zip": "12345"}},
 {"age": 200.5, "tags": "none", "email": "bad@addr"},
 {"name": "Dee", "age": 40, "tags": [], "address": {"city": "Oslo", "zip": 1}}
]'''
for i, doc in enumerate(json.loads(docs)):
    errs = validate(doc, SCHEMA)
    print(f"doc {i}: {'OK' if not errs else f'{len(errs)} error(s)'}")
    for e in errs:
        print("   ", e)
print(json.dumps({"b": [1, 2.5, None, True], "a": "é"}, sort_keys=True))
print(json.dumps({"k": [1, {"x": 1}]}, indent=2))
print(json.loads('{"n": 1e3, "s": "\\u00e9\\n"}'))

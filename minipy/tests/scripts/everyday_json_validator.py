"""A tiny JSON-schema-like validator for API payloads."""
import json
from typing import Any


class ValidationError(Exception):
    def __init__(self, path, message):
        super().__init__(f"{path or '$'}: {message}")
        self.path = path
        self.message = message


TYPE_MAP = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "object": dict,
    "array": list,
    "null": type(None),
}


def validate(value: Any, schema: dict, path: str = "") -> list[ValidationError]:
    errors = []
    expected = schema.get("type")
    if expected:
        py = TYPE_MAP[expected]
        ok = isinstance(value, py)
        if expected in ("integer", "number") and isinstance(value, bool):
            ok = False
        if not ok:
            return [ValidationError(path, f"expected {expected}, got {type(value).__name__}")]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(ValidationError(path, f"{value!r} not one of {schema['enum']}"))
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(ValidationError(path, f"shorter than {schema['minLength']}"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        lo, hi = schema.get("minimum"), schema.get("maximum")
        if lo is not None and value < lo:
            errors.append(ValidationError(path, f"{value} < minimum {lo}"))
        if hi is not None and value > hi:
            errors.append(ValidationError(path, f"{value} > maximum {hi}"))
    if isinstance(value, dict):
        for req in schema.get("required", []):
            if req not in value:
                errors.append(ValidationError(path, f"missing required '{req}'"))
        props = schema.get("properties", {})
        for key, sub in value.items():
            if key in props:
                errors.extend(validate(sub, props[key], f"{path}.{key}"))
            elif schema.get("additionalProperties") is False:
                errors.append(ValidationError(path, f"unexpected key '{key}'"))
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors.extend(validate(item, schema["items"], f"{path}[{i}]"))
    return errors


SCHEMA = json.loads("""
{
  "type": "object",
  "required": ["id", "name", "tags"],
  "additionalProperties": false,
  "properties": {
    "id": {"type": "integer", "minimum": 1},
    "name": {"type": "string", "minLength": 2},
    "price": {"type": "number", "minimum": 0, "maximum": 1e4},
    "tags": {"type": "array", "items": {"type": "string", "enum": ["new", "sale", "eco"]}},
    "active": {"type": "boolean"},
    "dims": {"type": "object", "properties": {"w": {"type": "number"}, "h": {"type": "number"}}}
  }
}
""")

payloads = [
    '{"id": 7, "name": "Lamp", "price": 19.99, "tags": ["new"], "active": true}',
    '{"id": 0, "name": "X", "tags": ["sale", "used"], "color": "red"}',
    '{"id": true, "name": "Chair", "tags": "eco"}',
    '{"name": "Desk", "price": -5, "tags": [], "dims": {"w": 1.2, "h": "tall"}}',
    '{"id": 3, "name": "Rug", "tags": [], "price": 12000}',
    '{"id": 4, "name": "Mug", "tags": [1, null]',
]

summary = {"valid": 0, "invalid": 0, "unparseable": 0}
for n, raw in enumerate(payloads, 1):
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        summary["unparseable"] += 1
        print(f"#{n} bad JSON: {exc.msg} (pos {exc.pos})")
        continue
    errs = validate(doc, SCHEMA)
    if errs:
        summary["invalid"] += 1
        print(f"#{n} INVALID ({len(errs)} problem{'s' if len(errs) != 1 else ''})")
        for e in errs:
            print(f"    - {e}")
    else:
        summary["valid"] += 1
        print(f"#{n} ok: {json.dumps(doc, sort_keys=True)}")

print(json.dumps(summary, indent=2))
print(json.dumps({"pi": 3.14159, "list": [1, 2.5, None, True], "s": "caf\u00e9"}))
print(json.dumps({"s": "caf\u00e9", "t": "tab\there"}, ensure_ascii=False, separators=(",", ":")))

import json
from typing import Any, Iterator


CATALOG = """
{
  "store": "Nordic Outdoor",
  "currency": "EUR",
  "categories": [
    {"name": "Tents", "items": [
        {"sku": "T-100", "title": "Dome 2P", "price": 149.9, "tags": ["camping", "light"], "stock": {"oslo": 4, "bergen": 0}},
        {"sku": "T-200", "title": "Tunnel 4P", "price": 329.0, "tags": ["family"], "stock": {"oslo": 1}}
    ]},
    {"name": "Sleeping", "items": [
        {"sku": "S-10", "title": "Down Bag -10\\u00b0C", "price": 289.5, "tags": ["winter", "down"], "stock": {}},
        {"sku": "S-20", "title": "Mat \\"Ultra\\"", "price": 59.95, "tags": [], "stock": {"bergen": 12, "oslo": 3}, "discontinued": true}
    ]},
    {"name": "Stoves", "items": []}
  ],
  "meta": {"version": 3, "updated": null, "ratio": 1e-3}
}
"""


def flatten(obj: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(obj, dict):
        if not obj:
            yield prefix, {}
        for k, v in obj.items():
            yield from flatten(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(obj, list):
        if not obj:
            yield prefix, []
        for i, v in enumerate(obj):
            yield from flatten(v, f"{prefix}[{i}]")
    else:
        yield prefix, obj


def unflatten(pairs):
    root: dict = {}
    for path, value in pairs:
        keys = path.replace("[", ".[").split(".")
        cur = root
        for k, nxt in zip(keys, keys[1:] + [None]):
            key = int(k[1:-1]) if k.startswith("[") else k
            if nxt is None:
                if isinstance(cur, list):
                    cur.append(value)
                else:
                    cur[key] = value
            else:
                container = [] if nxt.startswith("[") else {}
                if isinstance(cur, list):
                    if key >= len(cur):
                        cur.append(container)
                    cur = cur[key]
                else:
                    cur = cur.setdefault(key, container)
    return root


data = json.loads(CATALOG)
flat = dict(flatten(data))
print(f"{len(flat)} leaf paths")
for path, value in list(flat.items())[:12]:
    print(f"  {path:<40} {json.dumps(value, ensure_ascii=False)}")
print("  ...")
print("round trip equal:", unflatten(flat.items()) == data)

items = [it for cat in data["categories"] for it in cat["items"]]
print("total stock:", {it["sku"]: sum(it["stock"].values()) for it in items})
in_stock = [it["title"] for it in items if any(q > 0 for q in it["stock"].values()) and not it.get("discontinued", False)]
print("available:", in_stock)
avg = sum(it["price"] for it in items) / len(items)
print(f"average price {avg:.3f} {data['currency']}")
print("tags:", sorted({t for it in items for t in it["tags"]}))

report = {
    "store": data["store"],
    "counts": {c["name"]: len(c["items"]) for c in data["categories"]},
    "cheapest": min(items, key=lambda i: i["price"])["sku"],
    "empty": [c["name"] for c in data["categories"] if not c["items"]],
    "ratio": data["meta"]["ratio"],
    "updated": data["meta"]["updated"],
}
print(json.dumps(report, indent=2))
print(json.dumps(items[2]["title"]), json.dumps(items[3]["title"], ensure_ascii=False))
print(json.dumps({"b": 1, "a": [1.5, True, None]}, sort_keys=True, separators=(",", ":")))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("bad json:", e.msg, "at line", e.lineno, "col", e.colno)
print(json.loads("[1, 2.0, 3e2, -0.5]"), json.dumps(float("inf")), json.dumps("tab\there"))

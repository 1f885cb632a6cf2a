# A small config/report round trip through json, as scripts do.
import json

config = {
    "name": "inventory",
    "version": 3,
    "ratio": 0.1,
    "items": [
        {"sku": "A-1", "qty": 4, "price": 2.5, "tags": ["red", "small"]},
        {"sku": "B-7", "qty": 0, "price": 10.0, "tags": []},
        {"sku": "C-3", "qty": 12, "price": 0.333, "tags": ["café"]},
    ],
    "active": True,
    "notes": None,
}

text = json.dumps(config, indent=2, sort_keys=True)
print(text)
print(json.dumps(config["items"][2], ensure_ascii=False))
print(json.dumps(config["items"][0], separators=(",", ":")))

back = json.loads(text)
print(back == config)
total = sum(it["qty"] * it["price"] for it in back["items"])
print("total value:", round(total, 3))
in_stock = [it["sku"] for it in back["items"] if it["qty"] > 0]
print("in stock:", in_stock)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps({"path": [Point(0, 0), Point(3, 4)]}, default=encode))
pts = json.loads('[{"x": 1, "y": 2}, {"x": -1.5e3, "y": 0}]', object_hook=lambda d: (d["x"], d["y"]))
print(pts)

for bad in ['{"a": 1,}', "[1, 2", "", "{'single': 1}", '{"a": 1} x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, "at", e.pos, "|", e)

try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([float("inf"), -0.0, 1e100, 12345678901234567890]))

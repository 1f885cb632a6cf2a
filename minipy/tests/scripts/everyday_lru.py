from collections import OrderedDict
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
    def get(self, key, default=None):
        if key not in self.data:
            return default
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        while len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)
    def __contains__(self, key):
        return key in self.data
    def __repr__(self):
        return f"LRU({list(self.data.items())})"
c = LRU(2)
c.put("a", 1); c.put("b", 2)
print(c.get("a"), c)
c.put("c", 3)
print("b" in c, c.get("b", "missing"), c)
for k in "dea":
    c.put(k, ord(k))
print(c, len(c.data))

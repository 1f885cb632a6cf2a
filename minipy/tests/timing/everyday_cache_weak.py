import weakref, gc

class Image:
    loaded = 0
    def __init__(self, name):
        self.name = name
        Image.loaded += 1
    def __repr__(self):
        return f"Image({self.name!r})"

class Cache:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()
        self.hits = self.misses = 0
    def get(self, name):
        img = self._items.get(name)
        if img is None:
            self.misses += 1
            img = Image(name)
            self._items[name] = img
        else:
            self.hits += 1
        return img
    def __len__(self):
        return len(self._items)

cache = Cache()
a = cache.get("cat.png")
b = cache.get("cat.png")
c = cache.get("dog.png")
print(a is b, len(cache), cache.hits, cache.misses)
del a, b
print(len(cache), sorted(cache._items.keys()))
c2 = cache.get("cat.png")
print(Image.loaded, cache.misses)
finalized = []
weakref.finalize(c, finalized.append, "dog gone")
del c
print(finalized, len(cache))
r = weakref.ref(c2, lambda ref: print("callback, dead:", ref() is None))
del c2
gc.collect()
print(r(), len(cache))

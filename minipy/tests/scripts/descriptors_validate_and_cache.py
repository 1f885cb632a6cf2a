# User descriptors: a validating data descriptor (__get__/__set__/__delete__), a caching non-data
# descriptor whose value the instance's own attribute then shadows, and access on the class.
class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "<unset>")

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Item:
    price = Typed("price", float)
    name = Typed("name", str)

    def __init__(self, name, price):
        self.name = name
        self.price = price

    @Lazy
    def label(self):
        print("computing label")
        return f"{self.name} @ {self.price:.2f}"


item = Item("pen", 1.5)
print(item.name, item.price, item.label, item.label)
try:
    item.price = "cheap"
except TypeError as e:
    print("TypeError:", e)
item.__dict__["price"] = 99.0
print(item.price, type(Item.price).__name__, type(Item.label).__name__)
del item.price
print(item.price)
other = Item("cup", 2.0)
print(other.label, vars(other))

# Looking at a class's namespace: C.__dict__ and vars(C) are read-only mappingproxy views.
class Config:
    """Settings."""
    debug = False
    level = 3

    def describe(self):
        return f"debug={self.debug} level={self.level}"


class Strict(Config):
    __slots__ = ("name", "extra")
    level = 5


public = {k: v for k, v in vars(Config).items() if not k.startswith("_") and not callable(v)}
print(public, list(Config.__dict__), list(Strict.__dict__))
print(type(Config.__dict__).__name__, Config.__dict__["level"], "describe" in vars(Config), "debug" in Strict.__dict__)
print(Config.__dict__["__doc__"], Strict.__dict__["__doc__"], Strict.__dict__["name"], Config.__dict__["__dict__"])
Config.verbose = True
print("verbose" in Config.__dict__, vars(Config).get("verbose"), len(vars(Strict)))
try:
    Config.__dict__["level"] = 9
except TypeError as e:
    print("TypeError:", e)


class Point(tuple):
    pass


class Money(int):
    pass


print(list(vars(Point)), list(vars(Money)), vars(Point)["__dict__"])
for name, value in Config.__dict__.items():
    if name.startswith("__"):
        continue
    print(name, type(value).__name__)

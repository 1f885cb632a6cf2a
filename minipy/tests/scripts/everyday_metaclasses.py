# A plugin registry built the way real code does: a metaclass, __init_subclass__,
# descriptors with __set_name__, a __new__ that caches, and generic annotations.
registry = {}


class PluginMeta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            registry[name.lower()] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by = cls.__name__
        return inst

    def describe(cls):
        return f"{cls.__name__} plugin"


class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)


class Plugin(metaclass=PluginMeta):
    level = Field()

    def __init_subclass__(cls, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.priority = priority


class Csv(Plugin, priority=2):
    def __init__(self, level):
        self.level = level


class Json(Plugin):
    pass


print(sorted(registry), type(Csv).__name__, Csv.describe())
c = Csv(5)
print(c.level, c.created_by, Csv.priority, Json.priority)
print(isinstance(Csv, PluginMeta), isinstance(c, Plugin), type(Plugin))


class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, tag):
        self.tag = tag


a, b = Singleton("a"), Singleton("b")
print(a is b, a.tag)


class Weird:
    def __new__(cls):
        return "not an instance"

    def __init__(self):
        print("never runs")


print(Weird())
Point = type("Point", (), {"x": 1, "norm": lambda self: self.x * 10})
print(Point().norm(), Point.__name__, list[int], dict[str, list[int]])


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print(isinstance(4, EvenNumber), isinstance(3, EvenNumber))
try:
    class Bad(keyword=1):
        pass
except TypeError as e:
    print("TypeError:", e)

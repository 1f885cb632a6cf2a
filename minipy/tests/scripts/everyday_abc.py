# An abstract storage interface with two backends, and a virtual subclass.
from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def get(self, key):
        ...

    @abstractmethod
    def put(self, key, value):
        ...

    def get_or(self, key, default):
        value = self.get(key)
        return default if value is None else value


class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}

    def get(self, key):
        return self.data.get(key)

    def put(self, key, value):
        self.data[key] = value


class ReadOnly(Storage):
    def get(self, key):
        return 42


for cls in (Storage, ReadOnly):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

m = MemoryStorage()
m.put("a", 1)
print(m.get("a"), m.get_or("b", "none"), isinstance(m, Storage), issubclass(MemoryStorage, Storage))
print(type(Storage).__name__, sorted(ReadOnly.__abstractmethods__), len(MemoryStorage.__abstractmethods__))


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in vars(B) for B in C.__mro__):
            return True
        return NotImplemented


class Bag:
    def __len__(self):
        return 3


print(isinstance(Bag(), Sized), isinstance(5, Sized), issubclass(Bag, Sized))


class Plugin(ABC):
    pass


class External:
    pass


Plugin.register(External)
print(isinstance(External(), Plugin), issubclass(External, Plugin), isinstance(object(), Plugin))

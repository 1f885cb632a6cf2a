import functools
from abc import ABC, abstractmethod

REGISTRY = {}

def plugin(name=None, *, priority=0):
    def deco(cls):
        key = name or cls.__name__.lower()
        if key in REGISTRY:
            raise KeyError(f"duplicate plugin {key!r}")
        cls.plugin_name = key
        cls.priority = priority
        REGISTRY[key] = cls
        return cls
    return deco

class Transform(ABC):
    @abstractmethod
    def apply(self, text: str) -> str:
        raise NotImplementedError

    def __repr__(self):
        return f"<{self.plugin_name} p={self.priority}>"

@plugin(priority=5)
class Upper(Transform):
    def apply(self, text):
        return text.upper()

@plugin("strip", priority=10)
class Stripper(Transform):
    def apply(self, text):
        return " ".join(text.split())

@plugin(priority=1)
class Reverse(Transform):
    def apply(self, text):
        return text[::-1]

@plugin()
class Rot13(Transform):
    def apply(self, text):
        out = []
        for ch in text:
            if ch.isalpha():
                base = ord("a") if ch.islower() else ord("A")
                out.append(chr((ord(ch) - base + 13) % 26 + base))
            else:
                out.append(ch)
        return "".join(out)

try:
    @plugin("upper")
    class Dup(Transform):
        def apply(self, text):
            return text
except KeyError as e:
    print("KeyError:", e)

print(sorted(REGISTRY))
def pipeline(*names):
    plugins = sorted((REGISTRY[n]() for n in names), key=lambda p: -p.priority)
    print("order:", plugins)
    return lambda text: functools.reduce(lambda acc, p: p.apply(acc), plugins, text)

run = pipeline("upper", "strip", "reverse")
print(repr(run("  hello    plugin   world ")))
print(pipeline("rot13")("Hello, World!"))
print(pipeline("rot13", "rot13")("Round Trip"))
try:
    pipeline("missing")
except KeyError as e:
    print("missing plugin", e)
print(Upper.plugin_name, Stripper.priority, issubclass(Rot13, Transform))
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(max, [3, 9, 2], 0))

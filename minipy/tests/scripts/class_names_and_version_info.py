# sys.version_info as scripts read it (fields, slices, comparisons), and class naming: instances
# of nested and local classes print their qualified names; __name__/__qualname__/__module__ can
# be assigned (decorators and factories rename classes).
import sys

v = sys.version_info
print(v, v.major, v[:2], v[:2] >= (3, 8), v >= (3, 11), v > (3, 12), len(v), v[0])
major, minor, *rest = v
print(major, minor, rest, f"{v.major}.{v.minor}", type(v).__name__, "%d.%d" % v[:2])
print(v == (3, 11, 7, "final", 0), hash(v) == hash(tuple(v)), sorted([v[:2], (2, 7)]))


class Outer:
    class Inner:
        pass

    def make(self):
        class Local:
            pass

        return Local()


print(repr(Outer.Inner()).split(" at ")[0], repr(Outer().make()).split(" at ")[0])


def renamed(name):
    def deco(cls):
        cls.__name__ = name
        cls.__qualname__ = "Renamed." + name
        cls.__module__ = "plugins"
        return cls

    return deco


@renamed("Widget")
class _Impl:
    pass


print(_Impl, _Impl.__name__, _Impl.__qualname__, _Impl.__module__, repr(_Impl()).split(" at ")[0])
try:
    _Impl.__name__ = 3
except TypeError as e:
    print("TypeError:", e)

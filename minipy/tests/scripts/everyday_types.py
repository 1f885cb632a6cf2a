# Settings objects with types: SimpleNamespace, a read-only MappingProxyType of defaults,
# a typed list subclass via list[int], and checks with FunctionType/MethodType/ModuleType.
import sys
import types

DEFAULTS = types.MappingProxyType({"debug": False, "level": 2, "name": "app"})


def load(**overrides):
    values = dict(DEFAULTS)
    values.update(overrides)
    return types.SimpleNamespace(**values)


class Scores(list[int]):
    def top(self, n):
        return sorted(self, reverse=True)[:n]


class Greeter:
    def hello(self):
        return "hello"


cfg = load(level=5)
print(cfg, cfg.level, DEFAULTS["name"], len(DEFAULTS), "debug" in DEFAULTS, DEFAULTS)
try:
    DEFAULTS["debug"] = True
except TypeError as e:
    print("TypeError:", e)
cfg.extra = [1]
print(cfg == load(level=5), vars(cfg)["extra"], sorted(vars(cfg)))
s = Scores([3, 9, 4, 7])
s.append(8)
print(s.top(2), isinstance(s, list), Scores.__orig_bases__, list[int], dict[str, list[int]])
print(isinstance(load, types.FunctionType), isinstance(Greeter().hello, types.MethodType),
      isinstance(sys, types.ModuleType), isinstance(len, types.BuiltinFunctionType))
print(type(lambda: 0) is types.LambdaType, types.NoneType, int | None, str | list[int])

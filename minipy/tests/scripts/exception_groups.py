# ExceptionGroup / BaseExceptionGroup (construction, members, subgroup, split, derive, nesting)
# and except*.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [ValueError(2), KeyError("k")])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
print(type(eg).__mro__[1].__name__, isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)

for args in [(1, [ValueError()]), ("m", ValueError()), ("m", []), ("m", [1]), ("m", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def shape(g):
    if g is None:
        return None
    if isinstance(g, BaseExceptionGroup):
        return (g.message, [shape(e) for e in g.exceptions])
    return repr(g)


print(shape(eg.subgroup(ValueError)))
print(shape(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError), eg.subgroup(ExceptionGroup) is eg)
m, r = eg.split((TypeError, KeyError))
print(shape(m), shape(r))
eg.add_note("a note")
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__ is eg.__notes__)
try:
    eg.split(42)
except TypeError as e:
    print(e)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)


mg = MyGroup("mine", [ValueError(3), TypeError(4)])
print(type(mg.subgroup(ValueError)).__name__, mg.subgroup(ValueError).message)


def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("  ValueError part:", shape(e))
    except* (TypeError, KeyError) as e:
        print("  Type/KeyError part:", shape(e))


print("naked:")
run(ValueError("v"))
print("group:")
run(eg)
print("partial:")
try:
    try:
        raise ExceptionGroup("two", [ValueError(1), OSError(2)])
    except* ValueError:
        print("  handled the ValueError")
except ExceptionGroup as e:
    print("  left:", shape(e))

print("naked unhandled keeps its identity:")
err = OSError("disk")
try:
    try:
        raise err
    except* ValueError:
        pass
except OSError as e:
    print(" ", e is err)

print("re-raise and new raise:")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError as e:
        raise RuntimeError("from handler")
except BaseExceptionGroup as e:
    print(" ", shape(e))
    print(" ", type(e.exceptions[0].__context__).__name__)

try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)

print("a naked exception's handler raising:")
try:
    try:
        raise ValueError("x")
    except* ValueError:
        raise TypeError("y")
except TypeError as e:
    print(" ", repr(e), repr(e.__context__))

# The boxed traceback display of an uncaught group is pinned by a unit test in
# runtime/exceptions.rs (its file line is not normalised away by compare.py).

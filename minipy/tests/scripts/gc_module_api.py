# The gc module's callbacks, stats, debug flags, DEBUG_SAVEALL garbage and is_finalized.
# Background collections are off (gc.disable()), so only gc.collect() runs the callbacks.
import gc
import weakref

gc.disable()
log = []


def cb(phase, info):
    log.append((phase, info["generation"], info["uncollectable"], sorted(info)))


gc.callbacks.append(cb)
before = gc.get_stats()[2]["collections"]
gc.collect()
print(log)
print(gc.get_stats()[2]["collections"] - before)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]), gc.get_stats()[2]["uncollectable"])
print(type(gc.callbacks).__name__, len(gc.callbacks))
gc.callbacks.remove(cb)
gc.collect()
print(len(log))


# A callback's info says what the collection found.
class Noisy:
    pass


def report(phase, info):
    print(phase, info["generation"], info["collected"] > 0)


n = Noisy()
n.me = n
del n
gc.callbacks.append(report)
gc.collect()
gc.callbacks.remove(report)


# A failing callback is reported and the others still run; a nested collect does nothing.
def bad(phase, info):
    raise ValueError("callback failed " + phase)


def nested(phase, info):
    print("nested collect", gc.collect())


gc.callbacks.extend([bad, nested])
gc.collect()
gc.callbacks.clear()

# Debug flags and DEBUG_SAVEALL.
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)


class Node:
    pass


gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = Node()
b = Node()
a.other = b
b.other = a
a.name = "a"
b.name = "b"
del a, b
gc.collect()
saved = sorted(o.name for o in gc.garbage if isinstance(o, Node))
print(saved)
gc.set_debug(0)
gc.garbage.clear()
gc.collect()
print(len(gc.garbage))


# is_finalized: true once __del__ ran (here it resurrects the object).
class Lazarus:
    def __del__(self):
        global risen
        risen = self


x = Lazarus()
print(gc.is_finalized(x), gc.is_finalized(1))
del x
gc.collect()
print(gc.is_finalized(risen))

# Argument errors as CPython words them.
for call in [lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
             lambda: gc.set_threshold("a"), lambda: gc.set_debug(),
             lambda: gc.is_finalized(), lambda: gc.get_stats(1), lambda: gc.collect(3),
             lambda: gc.collect(-1), lambda: gc.freeze(1),
             lambda: gc.set_threshold(threshold0=5)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

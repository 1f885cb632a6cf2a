# minipy's `random`, the part in Python: `Random`, a generator with a state of its own. The
# module's functions are Rust (modules/random.rs) over one shared generator; an instance's method
# swaps its state in for the call and back out after, so instances and the module functions
# never disturb each other, and `Random(x)` draws what `seed(x)` then the function would.


class Random:
    """A random number generator with its own state (minipy's xoshiro256**, not CPython's
    Mersenne Twister: seeded sequences differ from CPython's)."""

    def __init__(self, x=None):
        self.seed(x)

    def seed(self, a=None, version=2):
        shared = getstate()
        try:
            seed(a)
            self._state = getstate()
        finally:
            setstate(shared)

    def getstate(self):
        return self._state

    def setstate(self, state):
        shared = getstate()
        try:
            setstate(state)
        finally:
            setstate(shared)
        self._state = state


def _with_own_state(function):
    def method(self, *args, **kwargs):
        shared = getstate()
        setstate(self._state)
        try:
            return function(*args, **kwargs)
        finally:
            self._state = getstate()
            setstate(shared)

    method.__name__ = method.__qualname__ = function.__name__
    return method


for _f in (random, uniform, randint, randrange, choice, choices, shuffle, sample, gauss,
           getrandbits):
    setattr(Random, _f.__name__, _with_own_state(_f))
del _f


class SystemRandom(Random):
    """Random numbers from the shared generator, seeded from the clock (minipy has no
    `os.urandom`-backed generator here); `seed` is ignored, as CPython's ignores it."""

    def __init__(self, x=None):
        Random.__init__(self, None)

    def seed(self, *args, **kwargs):
        Random.seed(self, None)

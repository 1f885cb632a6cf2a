# minipy's `random`, the part in Python: `Random`, a generator with a state of its own. The
# module's functions are Rust (modules/random.rs) over one shared generator; an instance's method
# swaps its state in for the call and back out after, so instances and the module functions
# never disturb each other, and `Random(x)` draws what `seed(x)` then the function would.


import math as _math


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


# The continuous distributions, as textbook transforms of `random()` (inverse CDFs where they
# are closed-form, Box-Muller for the normal, Marsaglia and Tsang for the gamma, Best and Fisher
# for the von Mises). Their parameter errors are CPython's; their draws, like every seeded draw
# here, are not CPython's numbers.

_TWO_PI = 2.0 * _math.pi


def expovariate(lambd=1.0):
    """Exponential distribution with rate `lambd` (mean 1/lambd)."""
    return -_math.log(1.0 - random()) / lambd


def normalvariate(mu=0.0, sigma=1.0):
    """Normal distribution: mean `mu`, standard deviation `sigma`."""
    u = 1.0 - random()  # in (0, 1], so the logarithm is finite
    return mu + sigma * _math.sqrt(-2.0 * _math.log(u)) * _math.cos(_TWO_PI * random())


def lognormvariate(mu, sigma):
    """Log normal distribution: its logarithm is normal with mean `mu` and deviation `sigma`."""
    return _math.exp(normalvariate(mu, sigma))


def triangular(low=0.0, high=1.0, mode=None):
    """Triangular distribution between `low` and `high` peaking at `mode` (default: midway)."""
    u = random()
    if mode is None:
        c = 0.5
    elif high == low:
        return low  # as given: no draw can differ from it
    else:
        c = (mode - low) / (high - low)
    if u > c:
        u, c, low, high = 1.0 - u, 1.0 - c, high, low
    return low + (high - low) * _math.sqrt(u * c)


def gammavariate(alpha, beta):
    """Gamma distribution with shape `alpha` and scale `beta` (mean alpha * beta)."""
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError("gammavariate: alpha and beta must be > 0.0")
    # Marsaglia and Tsang (2000); a shape below 1 draws at shape + 1 and scales by U ** (1/alpha).
    boost = 1.0
    if alpha < 1.0:
        boost = (1.0 - random()) ** (1.0 / alpha)
        alpha += 1.0
    d = alpha - 1.0 / 3.0
    c = 1.0 / _math.sqrt(9.0 * d)
    while True:
        x = normalvariate()
        v = (1.0 + c * x) ** 3
        if v <= 0.0:
            continue
        u = 1.0 - random()
        if _math.log(u) < 0.5 * x * x + d - d * v + d * _math.log(v):
            return d * v * boost * beta


def betavariate(alpha, beta):
    """Beta distribution on [0, 1] with shapes `alpha` and `beta`."""
    x = gammavariate(alpha, 1.0)
    if x == 0.0:
        return 0.0
    return x / (x + gammavariate(beta, 1.0))


def paretovariate(alpha):
    """Pareto distribution with shape `alpha` (values from 1 up)."""
    return (1.0 - random()) ** (-1.0 / alpha)


def weibullvariate(alpha, beta):
    """Weibull distribution with scale `alpha` and shape `beta`."""
    return alpha * (-_math.log(1.0 - random())) ** (1.0 / beta)


def vonmisesvariate(mu, kappa):
    """Von Mises distribution: angles around `mu` with concentration `kappa`, in [0, 2*pi)."""
    if kappa <= 1e-6:
        return _TWO_PI * random()
    # Best and Fisher (1979).
    tau = 1.0 + _math.sqrt(1.0 + 4.0 * kappa * kappa)
    rho = (tau - _math.sqrt(2.0 * tau)) / (2.0 * kappa)
    r = (1.0 + rho * rho) / (2.0 * rho)
    while True:
        z = _math.cos(_math.pi * random())
        f = (1.0 + r * z) / (r + z)
        c = kappa * (r - f)
        u = random()
        if c * (2.0 - c) > u or _math.log(c / u) + 1.0 >= c:
            break
    theta = _math.acos(f)
    if random() > 0.5:
        theta = -theta
    return (mu + theta) % _TWO_PI


def randbytes(n):
    """`n` random bytes."""
    if n < 0:
        raise ValueError("number of bits must be non-negative")
    return getrandbits(n * 8).to_bytes(n, "little")


for _f in (random, uniform, randint, randrange, choice, choices, shuffle, sample, gauss,
           getrandbits, expovariate, normalvariate, lognormvariate, triangular, gammavariate,
           betavariate, paretovariate, weibullvariate, vonmisesvariate, randbytes):
    setattr(Random, _f.__name__, _with_own_state(_f))
del _f


class SystemRandom(Random):
    """Random numbers from the shared generator, seeded from the clock (minipy has no
    `os.urandom`-backed generator here); `seed` is ignored, as CPython's ignores it."""

    def __init__(self, x=None):
        Random.__init__(self, None)

    def seed(self, *args, **kwargs):
        Random.seed(self, None)

# minipy's `random`, the part in Python: `Random`, a generator with a state of its own, and the
# distributions. The module's functions are Rust (modules/random.rs) over one shared Mersenne
# Twister; an instance keeps its state in a bytearray and swaps it with the shared one around
# each call (`_swap_state`, a copy of 2.5 kB each way), so instances and the module functions
# never disturb each other, and `Random(x)` draws what `seed(x)` then the function would.


import math as _math


class Random:
    """A random number generator with its own state (CPython's Mersenne Twister: a seeded
    instance draws CPython's numbers)."""

    def __init__(self, x=None):
        self._state = bytearray()
        self.seed(x)

    def seed(self, a=None, version=2):
        _swap_state(self._state)
        try:
            seed(a)
        finally:
            _swap_state(self._state)

    def getstate(self):
        _swap_state(self._state)
        try:
            return getstate()
        finally:
            _swap_state(self._state)

    def setstate(self, state):
        _swap_state(self._state)
        try:
            setstate(state)
        finally:
            _swap_state(self._state)


def _with_own_state(function):
    def method(self, *args, **kwargs):
        _swap_state(self._state)
        try:
            return function(*args, **kwargs)
        finally:
            _swap_state(self._state)

    method.__name__ = method.__qualname__ = function.__name__
    return method


# The continuous distributions, as transforms of `random()`. `expovariate`, `triangular`,
# `paretovariate` and `weibullvariate` are the closed-form inverses CPython uses too, and
# `normalvariate` is Kinderman and Monahan's ratio of uniforms, as CPython's: seeded, they draw
# CPython's numbers. The gamma family (`gammavariate`, `betavariate`) uses Marsaglia and Tsang and
# `vonmisesvariate` Best and Fisher: the right distributions, other numbers than CPython's.

_TWO_PI = 2.0 * _math.pi


def expovariate(lambd=1.0):
    """Exponential distribution with rate `lambd` (mean 1/lambd)."""
    return -_math.log(1.0 - random()) / lambd


def normalvariate(mu=0.0, sigma=1.0):
    """Normal distribution: mean `mu`, standard deviation `sigma`."""
    # Kinderman and Monahan (1977): a ratio of uniforms, accepted under the normal's density.
    bound = 4.0 * _math.exp(-0.5) / _math.sqrt(2.0)
    while True:
        u1 = random()
        u2 = 1.0 - random()
        z = bound * (u1 - 0.5) / u2
        if z * z / 4.0 <= -_math.log(u2):
            return mu + z * sigma


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
    """Random numbers from a generator seeded from the clock at each `seed` (minipy has no
    `os.urandom`-backed generator); `seed` ignores its argument, as CPython's does."""

    def __init__(self, x=None):
        Random.__init__(self, None)

    def seed(self, *args, **kwargs):
        Random.seed(self, None)

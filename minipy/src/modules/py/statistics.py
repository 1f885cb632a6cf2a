# minipy's `statistics`, written for minipy from the documented behaviour; not derived from
# CPython's source. Observed behaviour of python3 3.11 is the reference: means and variances are
# computed exactly (every finite value becomes an integer ratio, summed as a Fraction) and only
# the result is converted back to the data's kind, so results print as CPython's; standard
# deviations are the correctly rounded square roots of the exact variances.
# Run once on first import (see modules/stdlib.rs).

import math as _math
from fractions import Fraction
from decimal import Decimal, getcontext as _getcontext

__all__ = ["StatisticsError", "fmean", "geometric_mean", "harmonic_mean", "mean", "median",
           "median_high", "median_low", "mode", "multimode", "pstdev", "pvariance", "quantiles",
           "stdev", "variance"]


class StatisticsError(ValueError):
    pass


# The four kinds of number the exact functions accept (bool counts as int), named as CPython's
# coercion errors name them.
_INT, _FLOAT, _FRACTION, _DECIMAL = "int", "float", "Fraction", "Decimal"


def _kind_of(value):
    if isinstance(value, int):
        return _INT
    if isinstance(value, float):
        return _FLOAT
    if isinstance(value, Fraction):
        return _FRACTION
    if isinstance(value, Decimal):
        return _DECIMAL
    raise TypeError(f"can't convert type '{type(value).__name__}' to numerator/denominator")


def _merge_kinds(have, new):
    """The kind a result takes when values of kinds `have` and `new` meet."""
    if have == new or new == _INT:
        return have
    if have == _INT:
        return new
    if _DECIMAL in (have, new):
        if _FRACTION in (have, new):
            raise TypeError("don't know how to coerce Decimal and Fraction")
        raise TypeError(f"don't know how to coerce {have} and {new}")
    return _FLOAT  # float with Fraction


def _ratio(value):
    """A finite number as (numerator, denominator)."""
    if isinstance(value, (int, Fraction)):
        return value.numerator, value.denominator
    return value.as_integer_ratio()


def _combine(parts):
    """The Fraction sum of numerator/denominator for {denominator: numerator} `parts`, over one
    common denominator (integer arithmetic, one Fraction at the end)."""
    num, den = 0, 1
    for d, n in parts.items():
        if d == den:
            num += n
        elif den % d == 0:
            num += n * (den // d)
        elif d % den == 0:
            num = num * (d // den) + n
            den = d
        else:
            num, den = num * d + n * den, den * d
    return Fraction(num, den)


class _Tally:
    """An exact running sum. Finite values are kept as integer numerators summed per
    denominator; infinities and NaNs are added natively (in the order met) so that they
    propagate, or raise, as plain arithmetic would: `augmented` adds them with `+=`, whose
    TypeError CPython's variances report, where its mean reports `+`'s. The kinds met are merged
    only at the end (`kind`), in the order first met."""

    __slots__ = ("kinds", "parts", "odd", "count", "augmented")

    def __init__(self, augmented=False):
        self.kinds = []
        self.parts = {}
        self.odd = None
        self.count = 0
        self.augmented = augmented

    def add(self, value):
        kind = _kind_of(value)
        if kind not in self.kinds:
            self.kinds.append(kind)
        self.count += 1
        if not _finite(value):
            if self.odd is None:
                self.odd = 0 + value
            elif self.augmented:
                # minipy words a failed `+=` as `+`; say `+=` as CPython does.
                try:
                    self.odd += value
                except TypeError:
                    raise TypeError("unsupported operand type(s) for +=: "
                                    f"'{_type_name(self.odd)}' and '{_type_name(value)}'") from None
            else:
                self.odd = self.odd + value
        else:
            n, d = _ratio(value)
            self.parts[d] = self.parts.get(d, 0) + n
        return self

    def extend(self, values):
        for value in values:
            self.add(value)
        return self

    @property
    def exact(self):
        return _combine(self.parts)

    @property
    def kind(self):
        kind = _INT
        for new in self.kinds:
            kind = _merge_kinds(kind, new)
        return kind


def _as_kind(ratio, kind):
    """The Fraction `ratio` as a number of `kind`."""
    n, d = ratio.numerator, ratio.denominator
    if kind == _INT:
        return n if d == 1 else n / d
    if kind == _FLOAT:
        return n / d
    if kind == _DECIMAL:
        return Decimal(n) / Decimal(d)
    return ratio


def _squared_deviations(data, centre):
    """(kind, exact sum of squared deviations or a non-finite value, count). Without `centre`
    the deviations are from the exact mean of `data`; with it each square is
    `(value - centre) ** 2` in the data's own arithmetic, summed exactly."""
    if centre is None:
        tally = _Tally(augmented=True).extend(data)
        kind = tally.kind
        if tally.odd is not None or not tally.count:
            return kind, tally.odd, tally.count
        # With the mean p/q, a value a/b deviates by (aq - pb)/(bq): sum the squared numerators
        # per denominator b, in integers, and divide once per denominator.
        mu = tally.exact / tally.count
        p, q = mu.numerator, mu.denominator
        squares = {}
        for value in data:
            a, b = _ratio(value)
            dev = a * q - p * b
            squares[b * b * q * q] = squares.get(b * b * q * q, 0) + dev * dev
        return kind, _combine(squares), tally.count
    tally = _Tally(augmented=True)
    for value in data:
        dev = value - centre
        tally.add(dev * dev)
    kind = tally.kind
    return kind, (tally.exact if tally.odd is None else tally.odd), tally.count


def _finite(value):
    if isinstance(value, float):
        return _math.isfinite(value)
    if isinstance(value, Decimal):
        return value.is_finite()
    return True


def _variance(data, centre, ddof, what, least):
    data = list(data)
    kind, ss, n = _squared_deviations(data, centre)
    if n < least:
        raise StatisticsError(f"{what} requires at least "
                              + ("two data points" if least == 2 else "one data point"))
    if not isinstance(ss, Fraction):
        return kind, ss
    return kind, Fraction(ss) / (n - ddof)


def _float_root(ratio):
    """The float nearest to sqrt(ratio), ratio a non-negative Fraction."""
    n, d = ratio.numerator, ratio.denominator
    if not n:
        return 0.0
    # Scale by 4**k so the integer root has at least 55 bits, then fold whatever the root lost
    # into its lowest bit: rounding that integer to a float is then rounding the true root.
    k = (114 - (n.bit_length() - d.bit_length())) // 2
    if k >= 0:
        num, den = n << (2 * k), d
    else:
        num, den = n, d << (-2 * k)
    root = _math.isqrt(num // den)
    if root * root * den != num:
        root |= 1
    try:
        return _math.ldexp(float(root), -k)
    except OverflowError:
        raise OverflowError("integer division result too large for a float") from None


def _decimal_root(ratio):
    """sqrt(ratio) as a Decimal correctly rounded to the context's precision."""
    n, d = ratio.numerator, ratio.denominator
    if not n:
        return Decimal("0.0")
    plain = (Decimal(n) / Decimal(d)).sqrt()
    prec = _getcontext().prec
    # Find e with 10**(prec-1) <= sqrt(n/d) / 10**e < 10**prec, then round the root of
    # n / d / 100**e to the nearest integer (ties to even) with integer arithmetic.
    e = (len(str(n)) - len(str(d))) // 2 - prec
    while True:
        if e >= 0:
            num, den = n, d * 10 ** (2 * e)
        else:
            num, den = n * 10 ** (-2 * e), d
        q = _math.isqrt(num // den)
        if q >= 10 ** prec:
            e += 1
        elif q < 10 ** (prec - 1):
            e -= 1
        else:
            break
    # q = floor(root); the root is at least q + 1/2 when 4 num >= (2q + 1)**2 den (a tie only
    # on equality, which goes to the even neighbour).
    upper = (2 * q + 1) ** 2 * den
    if 4 * num > upper or 4 * num == upper and q % 2:
        q += 1
        if q == 10 ** prec:
            q //= 10
            e += 1
    best = Decimal(f"{q}E{e}")
    if plain == best:
        return plain
    return best


def _root_of(kind, value):
    if not isinstance(value, Fraction):
        name = "decimal.Decimal" if kind == _DECIMAL else type(value).__name__
        raise AttributeError(f"'{name}' object has no attribute 'numerator'")
    if kind == _DECIMAL:
        return _decimal_root(value)
    return _float_root(value)


def mean(data):
    """The arithmetic mean, computed exactly and given in the data's kind of number."""
    tally = _Tally().extend(data)
    if not tally.count:
        raise StatisticsError("mean requires at least one data point")
    kind = tally.kind
    if tally.odd is not None:
        return tally.odd
    return _as_kind(tally.exact / tally.count, kind)


def _type_name(value):
    return "decimal.Decimal" if isinstance(value, Decimal) else type(value).__name__


def _real(value):
    """`value` as math's functions take it: minipy's Rust math does not call __float__, so
    Fractions and Decimals become floats here (as CPython's math converts them)."""
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (Fraction, Decimal)) or hasattr(type(value), "__float__"):
        return float(value)
    raise TypeError(f"must be real number, not {type(value).__name__}")


def _fsum(values):
    """math.fsum over `values`, failing at the first one that is not a real number."""
    return _math.fsum(map(_real, values))


def fmean(data, weights=None):
    """The mean as a float, fast: math.fsum over the values (weighted when `weights`)."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        total = _fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    data = list(data)
    weights = list(weights)
    num = _fsum(x * w for x, w in zip(data, weights))
    if len(data) != len(weights):
        raise StatisticsError("data and weights must be the same length")
    den = _fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """The geometric mean, as a float, through the mean of the logarithms."""
    try:
        return _math.exp(fmean([_math.log(_real(x)) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing "
                              "positive numbers") from None


_NEGATIVE = "harmonic mean does not support negative values"


def harmonic_mean(data, weights=None):
    """The (weighted) harmonic mean: 0 as soon as a weighted value is 0."""
    data = list(data)
    n = len(data)
    if not n:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if weights is None:
        if n == 1:
            x = data[0]
            if not isinstance(x, (int, float, Fraction, Decimal)):
                raise TypeError("unsupported type")
            if x < 0:
                raise StatisticsError(_NEGATIVE)
            return x
        weights = [1] * n
        weight_sum = Fraction(n)
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        for w in weights:
            if w < 0:
                raise StatisticsError(_NEGATIVE)
        wt = _Tally().extend(weights)
        weight_sum = wt.exact if wt.odd is None else wt.odd
    tally = _Tally()
    for x, w in zip(data, weights):
        if x < 0:
            raise StatisticsError(_NEGATIVE)
        if not w:
            continue
        if x == 0:
            return 0
        tally.add(w / x)
    kind = tally.kind
    if tally.odd is not None:
        if isinstance(weight_sum, Fraction):
            weight_sum = _as_kind(weight_sum, _kind_of(tally.odd))
        return weight_sum / tally.odd
    if tally.exact <= 0:
        raise StatisticsError("Weighted sum must be positive")
    if not isinstance(weight_sum, Fraction):
        return weight_sum / _as_kind(tally.exact, kind)
    return _as_kind(weight_sum / tally.exact, kind)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    half = n // 2
    if n % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """The middle value, or the lower of the two middle values."""
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data[(len(data) - 1) // 2]


def median_high(data):
    """The middle value, or the higher of the two middle values."""
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data[len(data) // 2]


def _frequencies(data):
    seen = {}
    for value in data:
        seen[value] = seen.get(value, 0) + 1
    return seen


def mode(data):
    """The most common value; the first met of those tied."""
    seen = _frequencies(data)
    if not seen:
        raise StatisticsError("no mode for empty data")
    best, top = None, 0
    for value, count in seen.items():
        if count > top:
            best, top = value, count
    return best


def multimode(data):
    """Every most common value, in the order first met."""
    seen = _frequencies(data)
    if not seen:
        return []
    top = max(seen.values())
    return [value for value, count in seen.items() if count == top]


def _cut_points(n):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return range(1, n)


def quantiles(data, *, n=4, method="exclusive"):
    """The n - 1 cut points dividing the sorted data into n groups of equal probability,
    interpolating between neighbours ('exclusive': positions i(N+1)/n; 'inclusive': the
    data's ends are the 0th and 100th percentiles)."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError("must have at least two data points")
    cuts = []
    if method == "inclusive":
        span = size - 1
        for i in _cut_points(n):
            lo, part = divmod(i * span, n)
            cuts.append((data[lo] * (n - part) + data[lo + 1] * part) / n)
        return cuts
    if method == "exclusive":
        span = size + 1
        for i in _cut_points(n):
            lo = min(max(i * span // n, 1), size - 1)
            part = i * span - lo * n
            cuts.append((data[lo - 1] * (n - part) + data[lo] * part) / n)
        return cuts
    raise ValueError(f"Unknown method: {method!r}")


def variance(data, xbar=None):
    """The sample variance (n - 1 in the denominator), about `xbar` when given."""
    kind, value = _variance(data, xbar, 1, "variance", 2)
    return _as_kind(value, kind) if isinstance(value, Fraction) else value


def pvariance(data, mu=None):
    """The population variance, about `mu` when given."""
    kind, value = _variance(data, mu, 0, "pvariance", 1)
    return _as_kind(value, kind) if isinstance(value, Fraction) else value


def stdev(data, xbar=None):
    """The square root of the sample variance, correctly rounded."""
    return _root_of(*_variance(data, xbar, 1, "stdev", 2))


def pstdev(data, mu=None):
    """The square root of the population variance, correctly rounded."""
    return _root_of(*_variance(data, mu, 0, "pstdev", 1))


# Relations between two variables and the normal distribution (3.10-3.11 additions), written for
# minipy from the documented behaviour: float arithmetic with `math.fsum`, so results agree with
# CPython's to the last digit or close to it.

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f"{what} requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError(f"{what} requires at least two data points")
    return n


def _centred(values, n):
    centre = _math.fsum(values) / n
    return [v - centre for v in values], centre


def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    n = _paired(x, y, "covariance")
    dx, _ = _centred(x, n)
    dy, _ = _centred(y, n)
    return _math.fsum(a * b for a, b in zip(dx, dy)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs."""
    n = _paired(x, y, "correlation")
    dx, _ = _centred(x, n)
    dy, _ = _centred(y, n)
    sxy = _math.fsum(a * b for a, b in zip(dx, dy))
    sxx = _math.fsum(a * a for a in dx)
    syy = _math.fsum(b * b for b in dy)
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


class LinearRegression(tuple):
    """`(slope, intercept)`, as the named tuple CPython returns."""

    __slots__ = ()
    _fields = ("slope", "intercept")

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    slope = property(lambda self: self[0])
    intercept = property(lambda self: self[1])

    def __repr__(self):
        return f"LinearRegression(slope={self[0]!r}, intercept={self[1]!r})"

    def _asdict(self):
        return {"slope": self[0], "intercept": self[1]}


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through the points `(x[i], y[i])`
    (through the origin when `proportional`)."""
    n = _paired(x, y, "linear regression")
    if proportional:
        sxy = _math.fsum(a * b for a, b in zip(x, y))
        sxx = _math.fsum(a * a for a in x)
    else:
        dx, xbar = _centred(x, n)
        dy, ybar = _centred(y, n)
        sxy = _math.fsum(a * b for a, b in zip(dx, dy))
        sxx = _math.fsum(a * a for a in dx)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


def median_grouped(data, interval=1):
    """The median of continuous data grouped in classes `interval` wide around each value:
    the 50th percentile by interpolation within the median's class."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    for value in (x, interval):
        if isinstance(value, (str, bytes)):
            raise TypeError(f"expected number but got {value!r}")
    lower_limit = x - interval / 2
    below = 0
    while below < n and data[below] < x:
        below += 1
    same = below
    while same < n and data[same] == x:
        same += 1
    return lower_limit + interval * (n / 2 - below) / (same - below)


# Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988): rational approximations of
# the normal quantile, relative error about 1e-16, in three ranges of p. The coefficients are the
# paper's, highest power first for Horner's rule.
_AS241_CENTRAL = (
    (2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
     45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
     133.14166789178437745, 3.387132872796366608),
    (5226.495278852545925, 28729.085735721942674, 39307.89580009271061,
     21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
     42.313330701600911252, 1.0),
)
_AS241_NEAR_TAIL = (
    (7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
     1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
     4.6303378461565452959, 1.42343711074968357734),
    (1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
     0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494,
     2.05319162663775882187, 1.0),
)
_AS241_FAR_TAIL = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
     0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
     5.4637849111641143699, 6.6579046435011037772),
    (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
     7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
     0.59983220655588793769, 1.0),
)


def _horner(coefficients, r):
    total = 0.0
    for c in coefficients:
        total = total * r + c
    return total


def _normal_quantile(p):
    """The standard normal's `p` quantile, 0 < p < 1 (AS 241)."""
    q = p - 0.5
    if abs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _AS241_CENTRAL
        return q * _horner(num, r) / _horner(den, r)
    r = _math.sqrt(-_math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r -= 1.6
        num, den = _AS241_NEAR_TAIL
    else:
        r -= 5.0
        num, den = _AS241_FAR_TAIL
    x = _horner(num, r) / _horner(den, r)
    return -x if q < 0.0 else x


class NormalDist:
    """The normal distribution with mean `mu` and standard deviation `sigma`."""

    __slots__ = ("_mu", "_sigma")

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        data = list(data)
        return cls(fmean(data), stdev(data))

    def samples(self, n, *, seed=None):
        import random
        generator = random.Random(seed)
        return [generator.gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        d = x - self._mu
        return _math.exp(d * d / (-2.0 * variance)) / _math.sqrt(_math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + _math.erf((x - self._mu) / (self._sigma * _math.sqrt(2.0))))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return self._mu + self._sigma * _normal_quantile(p)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area shared by the two densities (the overlapping coefficient)."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = Y_var - X_var
        dm = abs(Y._mu - X._mu)
        if not dv:
            return 1.0 - _math.erf(dm / (2.0 * X._sigma * _math.sqrt(2.0)))
        # The densities cross at two points; the shared area is what lies under the lower one.
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * _math.sqrt(dm * dm + dv * _math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (abs(Y.cdf(x1) - X.cdf(x1)) + abs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, _math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, _math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * abs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / abs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state


__all__ += ["NormalDist", "correlation", "covariance", "linear_regression", "median_grouped"]

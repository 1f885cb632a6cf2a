# minipy's `time`, the part in Python: `struct_time` and the calendar functions over it. The
# clock functions (`time`, `perf_counter`, `sleep`, ...) are Rust. Local time is UTC, as
# `datetime` assumes: minipy reads no time-zone database.

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
           "tm_isdst")

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")


class struct_time(tuple):
    """The time value sequence gmtime(), localtime() and strptime() return: nine fields, also
    readable by name, plus tm_zone and tm_gmtoff by name only."""

    def __new__(cls, seq, _extra=None):
        items = tuple(seq)
        if len(items) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(items))
        if len(items) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(items))
        self = tuple.__new__(cls, items[:9])
        self._zone = items[9] if len(items) > 9 else None
        self._gmtoff = items[10] if len(items) > 10 else None
        return self

    def __repr__(self):
        parts = ", ".join("%s=%r" % (name, value) for name, value in zip(_FIELDS, self))
        return "time.struct_time(" + parts + ")"

    def __reduce__(self):
        return (struct_time, (tuple(self), {}))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0


struct_time.__module__ = "time"


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


_CUMULATIVE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def gmtime(secs=None):
    if secs is None:
        secs = time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        secs = int(secs // 1)
    elif not isinstance(secs, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    days, rem = divmod(secs, 86400)
    hour, rem = divmod(rem, 3600)
    minute, sec = divmod(rem, 60)
    # Day 0 is 1970-01-01, a Thursday; find the year by counting 400-year cycles, then years.
    n = days + _days_before_year(1970)
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        year -= 1
        n = 365
    yday = n + 1
    leap = _is_leap(year)
    month = 12
    while month > 1:
        start = _CUMULATIVE[month - 1] + (1 if leap and month > 2 else 0)
        if n >= start:
            break
        month -= 1
    mday = n - (_CUMULATIVE[month - 1] + (1 if leap and month > 2 else 0)) + 1
    wday = (days + 3) % 7
    return struct_time((year, month, mday, hour, minute, sec, wday, yday, 0, "UTC", 0))


def localtime(secs=None):
    return gmtime(secs)


def mktime(t):
    t = _check(t, "mktime")
    y, mo, d, hh, mi, ss = t[0], t[1], t[2], t[3], t[4], t[5]
    days = _days_before_year(y) - _days_before_year(1970) + _CUMULATIVE[mo - 1] + d - 1
    if mo > 2 and _is_leap(y):
        days += 1
    return float(days * 86400 + hh * 3600 + mi * 60 + ss)


def _check(t, who):
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % who)
    return struct_time(t)


def asctime(t=None):
    t = localtime() if t is None else _check(t, "asctime")
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    import datetime
    t = localtime() if t is None else _check(t, "strftime")
    return datetime._strftime(format, t[0], t[1], t[2], t[3], t[4], t[5], 0, t[6], t[7])


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    import datetime
    return datetime.datetime.strptime(string, format).timetuple()

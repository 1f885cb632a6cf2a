# minipy's `datetime`: date, time, datetime and timedelta as CPython 3.11 computes and prints them
# (proleptic Gregorian ordinals, normalised timedeltas), with `tzinfo` and the fixed-offset
# `timezone`. The local time zone is UTC: now()/today() read the clock as UTC, and a naive
# datetime converted with astimezone() or timestamp() counts as UTC. Run once on first import
# (see modules/stdlib.rs).

import time as _time
import math as _math
from fractions import Fraction as _Fraction
from collections import namedtuple as _namedtuple

__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR",
           "UTC"]

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _isoweek1monday(year):
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


def _check_int(value):
    if isinstance(value, int) and not isinstance(value, bool) or value is True or value is False:
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    raise TypeError("an integer is required (got type " + type(value).__name__ + ")")


def _check_date_fields(year, month, day):
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_fold(fold):
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return fold


def _checked_offset(what, off):
    # What a tzinfo's utcoffset() or dst() returned: None or a timedelta under a day.
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (what, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % off)
    return off


def _checked_name(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _ask_zone(tz, what, dt):
    # A time's or datetime's utcoffset(), dst() or tzname(): None when naive, else its zone's
    # answer, checked as CPython checks it.
    if tz is None:
        return None
    answer = getattr(tz, what)(dt)
    return _checked_name(answer) if what == "tzname" else _checked_offset(what, answer)


def _compared_keys(x, y, equality, kinds):
    # The keys two times (or two datetimes) compare by: their fields when they share a zone or
    # an offset, else their moments in UTC; None when a naive and an aware one meet in ==.
    if x._tzinfo is y._tzinfo:
        return x._key(), y._key()
    a, b = x.utcoffset(), y.utcoffset()
    if a == b:
        return x._key(), y._key()
    if a is None or b is None:
        if equality:
            return None
        raise TypeError("can't compare offset-naive and offset-aware " + kinds)
    return x._to_us() - a._to_us(), y._to_us() - b._to_us()


def _format_offset(off, sep=":"):
    # "+05:30" (isoformat) or "+0530" (%z); seconds and microseconds only when not zero.
    if off is None:
        return ""
    us = off._to_us()
    sign = "-" if us < 0 else "+"
    hh, rest = divmod(abs(us), 3600000000)
    mm, rest = divmod(rest, 60000000)
    ss, us = divmod(rest, 1000000)
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        text += "%s%02d" % (sep, ss)
        if us:
            text += ".%06d" % us
    return text


def _parse_offset(text, whole):
    # "Z", "+HH", "+HH:MM", "+HHMM", "+HH:MM:SS[.ffffff]" (fromisoformat's time zone part).
    bad = ValueError("Invalid isoformat string: " + repr(whole))
    if text == "Z":
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    body = text[1:]
    if ":" in body:
        parts = body.split(":")
    else:
        parts = [body[i:i + 2] for i in range(0, min(len(body), 6), 2)]
        if len(body) > 6:
            parts[-1] += body[6:]
    if not 1 <= len(parts) <= 3:
        raise bad
    try:
        hh = int(parts[0])
        mm = int(parts[1]) if len(parts) > 1 else 0
        ss, us = 0, 0
        if len(parts) > 2:
            sec = parts[2]
            if "." in sec:
                sec, frac = sec.split(".")
                if len(frac) not in (3, 6) or not frac.isdigit():
                    raise bad
                us = int(frac) * (1000 if len(frac) == 3 else 1)
            ss = int(sec)
    except ValueError:
        raise bad from None
    if any(len(p) < 2 for p in parts[:2]) or hh > 23 or mm > 59 or ss > 59:
        raise bad
    off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    if not off:
        return timezone.utc
    return timezone(off if sign > 0 else -off)


def _split_offset(tstr):
    # A time's text and its UTC offset's ("" when naive).
    if tstr.endswith("Z"):
        return tstr[:-1], "Z"
    for i in range(len(tstr) - 1, -1, -1):
        if tstr[i] in "+-":
            return tstr[:i], tstr[i:]
    return tstr, ""


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _strftime(fmt, y, mo, d, hh, mi, ss, us, weekday, yday, z="", zname=""):
    out = []
    i = 0
    n = len(fmt)
    chars = list(fmt)
    while i < n:
        c = chars[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        code = chars[i + 1]
        i += 2
        if code == "Y":
            out.append(str(y) if y >= 1000 else "%d" % y)
        elif code == "y":
            out.append("%02d" % (y % 100))
        elif code == "m":
            out.append("%02d" % mo)
        elif code == "d":
            out.append("%02d" % d)
        elif code == "e":
            out.append("%2d" % d)
        elif code == "H":
            out.append("%02d" % hh)
        elif code == "I":
            out.append("%02d" % (hh % 12 or 12))
        elif code == "M":
            out.append("%02d" % mi)
        elif code == "S":
            out.append("%02d" % ss)
        elif code == "f":
            out.append("%06d" % us)
        elif code == "p":
            out.append("AM" if hh < 12 else "PM")
        elif code == "b" or code == "h":
            out.append(_MONTHNAMES[mo])
        elif code == "B":
            out.append(_FULLMONTHNAMES[mo])
        elif code == "a":
            out.append(_DAYNAMES[weekday])
        elif code == "A":
            out.append(_FULLDAYNAMES[weekday])
        elif code == "w":
            out.append(str((weekday + 1) % 7))
        elif code == "u":
            out.append(str(weekday + 1))
        elif code == "j":
            out.append("%03d" % yday)
        elif code == "U":
            out.append("%02d" % ((yday + 6 - (weekday + 1) % 7) // 7))
        elif code == "W":
            out.append("%02d" % ((yday + 6 - weekday) // 7))
        elif code == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAYNAMES[weekday], _MONTHNAMES[mo], d, hh, mi, ss, y))
        elif code == "x":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif code == "X":
            out.append("%02d:%02d:%02d" % (hh, mi, ss))
        elif code == "D":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif code == "F":
            out.append("%d-%02d-%02d" % (y, mo, d))
        elif code == "T":
            out.append("%02d:%02d:%02d" % (hh, mi, ss))
        elif code == "R":
            out.append("%02d:%02d" % (hh, mi))
        elif code == "z":
            out.append(z)
        elif code == "Z":
            out.append(zname)
        elif code == "%":
            out.append("%")
        else:
            raise NotImplementedError("datetime: strftime code %" + code + " is not supported by minipy")
    return "".join(out)


class timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        exact = True
        for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if isinstance(v, float):
                exact = False
            elif not isinstance(v, int):
                raise TypeError("unsupported type for timedelta component: " + type(v).__name__)
        if exact:
            us = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000 \
                + milliseconds * 1000 + microseconds
        else:
            total = (_Fraction(weeks) * 7 + _Fraction(days)) * 86400000000 \
                + _Fraction(hours) * 3600000000 + _Fraction(minutes) * 60000000 \
                + _Fraction(seconds) * 1000000 + _Fraction(milliseconds) * 1000 \
                + _Fraction(microseconds)
            us = round(total)
        self._set(us)

    def _set(self, us):
        s, self._microseconds = divmod(us, 1000000)
        self._days, self._seconds = divmod(s, 86400)
        if not -999999999 <= self._days <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % self._days)

    @classmethod
    def _from_us(cls, us):
        td = cls()
        td._set(us)
        return td

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "datetime.timedelta(" + ", ".join(args) + ")"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = ("%d day%s, " % (self._days, plural)) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


def _divide_and_round(a, b):
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    def __init__(self, year, month=None, day=None):
        self._year, self._month, self._day = _check_date_fields(year, month, day)

    @classmethod
    def today(cls):
        t = datetime._utc_now()
        return cls(t._year, t._month, t._day)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(s) == 10 and s[4] == "-" and s[7] == "-":
            try:
                return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
            except ValueError:
                pass
        if len(s) == 8 and s.isdigit():
            return cls(int(s[0:4]), int(s[4:6]), int(s[6:8]))
        raise ValueError("Invalid isoformat string: " + repr(s))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        out_of_range = week < 1 or week > 52
        if out_of_range and week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
        if not 0 < day < 8:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
        day_1 = _isoweek1monday(year)
        return cls.fromordinal(day_1 + (week - 1) * 7 + day - 1)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def _yday(self):
        return _days_before_month(self._year, self._month) + self._day

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self._year, self._month, self._day)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def ctime(self):
        return self.strftime("%c")

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(), self._yday())

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday(), -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def _cmp_check(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return True
        return False

    def __lt__(self, other):
        if self._cmp_check(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._cmp_check(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._cmp_check(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._cmp_check(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


_MAXORDINAL = 3652059


def _iso_repr(self):
    return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % (self.year, self.week, self.weekday)


# A named tuple (minipy cannot subclass tuple), with CPython's repr.
IsoCalendarDate = _namedtuple("IsoCalendarDate", "year week weekday")
IsoCalendarDate.__repr__ = _iso_repr


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_tzinfo(tzinfo)
        self._hour, self._minute, self._second, self._microsecond = \
            _check_time_fields(hour, minute, second, microsecond)
        self._tzinfo = tzinfo
        self._fold = _check_fold(fold)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # A time's zone is asked with no datetime (CPython passes None).
    def utcoffset(self):
        return _ask_zone(self._tzinfo, "utcoffset", None)

    def dst(self):
        return _ask_zone(self._tzinfo, "dst", None)

    def tzname(self):
        return _ask_zone(self._tzinfo, "tzname", None)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compared(self, other, equality):
        return _compared_keys(self, other, equality, "times")

    def _to_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def isoformat(self, timespec="auto"):
        return (_format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % self._tzinfo
        return "datetime.time(%d, %d%s)" % (self._hour, self._minute, s)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        text, off = _split_offset(s)
        tz = _parse_offset(off, s) if off else None
        try:
            fields = _parse_isotime(text)
        except ValueError:
            raise ValueError("Invalid isoformat string: " + repr(s)) from None
        return cls(*fields, tzinfo=tz)

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                         0, 1, _format_offset(self.utcoffset(), ""), self.tzname() or "")

    def __format__(self, fmt):
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __eq__(self, other):
        if isinstance(other, time):
            keys = self._compared(other, True)
            return keys is not None and keys[0] == keys[1]
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            a, b = self._compared(other, False)
            return a < b
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            a, b = self._compared(other, False)
            return a <= b
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            a, b = self._compared(other, False)
            return a > b
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            a, b = self._compared(other, False)
            return a >= b
        return NotImplemented

    def __hash__(self):
        off = self.utcoffset()
        if not off:
            return hash(self._key())
        return hash(self._to_us() - off._to_us())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _parse_isotime(s):
    bad = ValueError("Invalid isoformat string: " + repr(s))
    parts = s.split(":")
    if not 1 <= len(parts) <= 3:
        raise bad
    try:
        hh = int(parts[0])
        mm = int(parts[1]) if len(parts) > 1 else 0
        us = 0
        if len(parts) > 2:
            sec = parts[2]
            if "." in sec or "," in sec:
                sec, frac = sec.replace(",", ".").split(".")
                if len(frac) not in (3, 6) or not frac.isdigit():
                    raise bad
                us = int(frac) * (1000 if len(frac) == 3 else 1)
            ss = int(sec)
        else:
            ss = 0
    except ValueError:
        raise bad from None
    return hh, mm, ss, us


class datetime(date):
    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                 tzinfo=None, *, fold=0):
        _check_tzinfo(tzinfo)
        self._year, self._month, self._day = _check_date_fields(year, month, day)
        self._hour, self._minute, self._second, self._microsecond = \
            _check_time_fields(hour, minute, second, microsecond)
        self._tzinfo = tzinfo
        self._fold = _check_fold(fold)

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _utc_now(cls):
        ns = _time.time_ns()
        return datetime(1970, 1, 1) + timedelta(microseconds=ns // 1000)

    @classmethod
    def _from_utc(cls, t, tz):
        # The naive UTC datetime `t` as `cls`, naive (local time is UTC) or in `tz`.
        if tz is None:
            return cls(t._year, t._month, t._day, t._hour, t._minute, t._second, t._microsecond)
        if not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        return tz.fromutc(cls(t._year, t._month, t._day, t._hour, t._minute, t._second,
                              t._microsecond, tz))

    @classmethod
    def now(cls, tz=None):
        return cls._from_utc(cls._utc_now(), tz)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        return cls.now()

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        us = round(_Fraction(t) * 1000000)
        return cls._from_utc(datetime(1970, 1, 1) + timedelta(microseconds=us), tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    def timestamp(self):
        off = self.utcoffset()
        naive = self._to_us() - (off._to_us() if off is not None else 0)
        return (naive - _EPOCH_US) / 1000000

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        if tzinfo is True:
            tzinfo = t.tzinfo
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tzinfo,
                   fold=t.fold)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        dstr = s[0:10]
        tstr = s[11:]
        if len(s) > 10 and s[10] not in "T ":
            raise ValueError("Invalid isoformat string: " + repr(s))
        try:
            d = date.fromisoformat(dstr)
        except ValueError:
            raise ValueError("Invalid isoformat string: " + repr(s)) from None
        tz = None
        if tstr:
            tstr, off = _split_offset(tstr)
            if off:
                tz = _parse_offset(off, s)
            try:
                hh, mm, ss, us = _parse_isotime(tstr)
            except ValueError:
                raise ValueError("Invalid isoformat string: " + repr(s)) from None
        else:
            hh = mm = ss = us = 0
        return cls(d.year, d.month, d.day, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        return _ask_zone(self._tzinfo, "utcoffset", self)

    def dst(self):
        return _ask_zone(self._tzinfo, "dst", self)

    def tzname(self):
        return _ask_zone(self._tzinfo, "tzname", self)

    def astimezone(self, tz=None):
        if tz is None:
            tz = _LOCAL
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not "
                            + type(tz).__name__)
        if self._tzinfo is tz:
            return self
        off = self.utcoffset()
        utc = self._naive() - (off if off is not None else timedelta(0))
        return tz.fromutc(type(self)(utc._year, utc._month, utc._day, utc._hour, utc._minute,
                                     utc._second, utc._microsecond, tz))

    def _naive(self):
        return datetime(self._year, self._month, self._day, self._hour, self._minute,
                        self._second, self._microsecond)

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _to_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def _compared(self, other, equality):
        return _compared_keys(self, other, equality, "datetimes")

    def isoformat(self, sep="T", timespec="auto"):
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second,
             self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "datetime.datetime(" + ", ".join(map(str, L))
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % self._tzinfo
        return s + ")"

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self.weekday(), self._yday(),
                         _format_offset(self.utcoffset(), ""), self.tzname() or "")

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else 1 if dst else 0
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(), self._yday(), isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        t = self._naive() - off if off else self
        return _time.struct_time((t._year, t._month, t._day, t._hour, t._minute,
                                  t._second, t.weekday(), t._yday(), 0))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __eq__(self, other):
        if isinstance(other, datetime):
            keys = self._compared(other, True)
            return keys is not None and keys[0] == keys[1]
        if isinstance(other, date):
            return False
        return NotImplemented

    def _cmp_check(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            raise TypeError("can't compare datetime.datetime to " + type(other).__name__)
        return False

    def __lt__(self, other):
        if self._cmp_check(other):
            a, b = self._compared(other, False)
            return a < b
        return NotImplemented

    def __le__(self, other):
        if self._cmp_check(other):
            a, b = self._compared(other, False)
            return a <= b
        return NotImplemented

    def __gt__(self, other):
        if self._cmp_check(other):
            a, b = self._compared(other, False)
            return a > b
        return NotImplemented

    def __ge__(self, other):
        if self._cmp_check(other):
            a, b = self._compared(other, False)
            return a >= b
        return NotImplemented

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash(self._key())
        return hash(self._to_us() - off._to_us())

    def __add__(self, other):
        if isinstance(other, timedelta):
            us = self._to_us() + other._to_us()
            days, us = divmod(us, 86400000000)
            if not 0 < days <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(days)
            s, us = divmod(us, 1000000)
            mi, s = divmod(s, 60)
            h, mi = divmod(mi, 60)
            return type(self)(y, m, d, h, mi, s, us, self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return timedelta._from_us(self._to_us() - other._to_us())
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            a = a._to_us() if a is not None else 0
            b = b._to_us() if b is not None else 0
            return timedelta._from_us((self._to_us() - a) - (other._to_us() - b))
        return NotImplemented


class tzinfo:
    """The base of time zone information: subclasses say a datetime's UTC offset and zone name."""

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        # `dt`'s fields are UTC; answers the same moment in this zone's local time, given that
        # utcoffset() = standard offset + dst() (the rule the documentation states).
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        standard = off - saving
        if standard:
            dt += standard
            saving = dt.dst()
            if saving is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + saving


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    _utc = None

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not "
                            + type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not " + type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % offset)
        if name is None and not offset and cls._utc is not None:
            return cls._utc
        return object.__new__(cls)

    def __init__(self, offset, name=None):
        self._offset = offset
        self._name = name

    def _check_dt(self, what, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        self._check_dt("dst", dt)
        return None

    def tzname(self, dt):
        self._check_dt("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is timezone._utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % self._offset
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


timezone._utc = timezone(timedelta(0))
timezone.utc = timezone._utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc
# The local time zone, as astimezone() with no argument names it: minipy's is UTC.
_LOCAL = timezone(timedelta(0), "UTC")


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH_US = datetime(1970, 1, 1)._to_us()


def _strptime(cls, s, fmt):
    import re
    fields = {}
    parts = []
    order = []
    i = 0
    chars = list(fmt)
    n = len(chars)
    names = {"Y": r"(\d{4})", "m": r"(1[0-2]|0[1-9]|[1-9])", "d": r"(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
             "H": r"(2[0-3]|[0-1]\d|\d)", "I": r"(1[0-2]|0[1-9]|[1-9])", "M": r"([0-5]\d|\d)",
             "S": r"(6[0-1]|[0-5]\d|\d)", "f": r"(\d{1,6})", "y": r"(\d\d)", "p": r"(am|pm)",
             "b": "(" + "|".join(_MONTHNAMES[1:]) + ")", "B": "(" + "|".join(_FULLMONTHNAMES[1:]) + ")",
             "a": "(" + "|".join(_DAYNAMES) + ")", "A": "(" + "|".join(_FULLDAYNAMES) + ")",
             "j": r"(36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])"}
    while i < n:
        c = chars[i]
        if c == "%" and i + 1 < n:
            code = chars[i + 1]
            i += 2
            if code == "%":
                parts.append("%")
            elif code in names:
                parts.append(names[code])
                order.append(code)
            else:
                raise NotImplementedError("datetime: strptime code %" + code + " is not supported by minipy")
        elif c.isspace():
            parts.append(r"\s+")
            i += 1
        else:
            parts.append(re.escape(c))
            i += 1
    m = re.match("".join(parts), s, re.IGNORECASE)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (s, fmt))
    if m.end() != len(s):
        raise ValueError("unconverted data remains: " + s[m.end():])
    year, month, day, hour, minute, second, us = 1900, 1, 1, 0, 0, 0, 0
    pm = None
    yday = None
    for k, code in enumerate(order):
        v = m.group(k + 1)
        if code == "Y":
            year = int(v)
        elif code == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif code == "m":
            month = int(v)
        elif code == "d":
            day = int(v)
        elif code == "H":
            hour = int(v)
        elif code == "I":
            hour = int(v)
        elif code == "M":
            minute = int(v)
        elif code == "S":
            second = min(int(v), 59)
        elif code == "f":
            us = int(v + "0" * (6 - len(v)))
        elif code == "p":
            pm = v.lower() == "pm"
        elif code == "b":
            month = [x.lower() if x else x for x in _MONTHNAMES].index(v.lower())
        elif code == "B":
            month = [x.lower() if x else x for x in _FULLMONTHNAMES].index(v.lower())
        elif code == "j":
            yday = int(v)
    if pm is not None and "I" in order:
        if pm and hour != 12:
            hour += 12
        elif not pm and hour == 12:
            hour = 0
    if yday is not None and "m" not in order and "d" not in order and "b" not in order and "B" not in order:
        d = date.fromordinal(_ymd2ord(year, 1, 1) + yday - 1)
        month, day = d.month, d.day
    return cls(year, month, day, hour, minute, second, us)

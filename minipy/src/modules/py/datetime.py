# minipy's `datetime`: naive date, time, datetime and timedelta as CPython 3.11's Lib/datetime.py
# computes and prints them (proleptic Gregorian ordinals, normalised timedeltas). Time zones are
# not supported: a tzinfo argument raises NotImplementedError, and now()/today() read the clock
# as UTC. Run once on first import (see modules/stdlib.rs).

import time as _time
import math as _math
from fractions import Fraction as _Fraction
from collections import namedtuple as _namedtuple

__all__ = ["date", "datetime", "time", "timedelta", "MINYEAR", "MAXYEAR"]

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


def _no_tz(tzinfo):
    if tzinfo is not None:
        raise NotImplementedError("datetime: time zones (tzinfo) are not supported by minipy")


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


def _strftime(fmt, y, mo, d, hh, mi, ss, us, weekday, yday):
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
        elif code == "z" or code == "Z":
            pass
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
        _no_tz(tzinfo)
        self._hour, self._minute, self._second, self._microsecond = \
            _check_time_fields(hour, minute, second, microsecond)

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
        return None

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def isoformat(self, timespec="auto"):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        return "datetime.time(%d, %d%s)" % (self._hour, self._minute, s)

    @classmethod
    def fromisoformat(cls, s):
        return cls(*_parse_isotime(s))

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 1)

    def __format__(self, fmt):
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

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
        _no_tz(tzinfo)
        self._year, self._month, self._day = _check_date_fields(year, month, day)
        self._hour, self._minute, self._second, self._microsecond = \
            _check_time_fields(hour, minute, second, microsecond)

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo

    @classmethod
    def _utc_now(cls):
        ns = _time.time_ns()
        return datetime(1970, 1, 1) + timedelta(microseconds=ns // 1000)

    @classmethod
    def now(cls, tz=None):
        _no_tz(tz)
        t = cls._utc_now()
        return cls(t._year, t._month, t._day, t._hour, t._minute, t._second, t._microsecond)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        return cls.now()

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _no_tz(tz)
        us = round(_Fraction(t) * 1000000)
        return cls(1970, 1, 1) + timedelta(microseconds=us)

    utcfromtimestamp = fromtimestamp

    def timestamp(self):
        return (self - datetime(1970, 1, 1)).total_seconds()

    @classmethod
    def combine(cls, d, t, tzinfo=None):
        _no_tz(tzinfo)
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond)

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
        if tstr:
            if tstr.endswith("Z") or "+" in tstr or "-" in tstr:
                raise NotImplementedError("datetime: UTC offsets are not supported by minipy")
            try:
                hh, mm, ss, us = _parse_isotime(tstr)
            except ValueError:
                raise ValueError("Invalid isoformat string: " + repr(s)) from None
        else:
            hh = mm = ss = us = 0
        return cls(d.year, d.month, d.day, hh, mm, ss, us)

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _to_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def isoformat(self, sep="T", timespec="auto"):
        return "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second,
             self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        return "datetime.datetime(" + ", ".join(map(str, L)) + ")"

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self.weekday(), self._yday())

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(), self._yday(), -1))

    def utctimetuple(self):
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(), self._yday(), 0))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._key() == other._key()
        if isinstance(other, date):
            return False
        return NotImplemented

    def _cmp_check(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            raise TypeError("can't compare datetime.datetime to " + type(other).__name__)
        return False

    def __hash__(self):
        return hash(self._key())

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
            return type(self)(y, m, d, h, mi, s, us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


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

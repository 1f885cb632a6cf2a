#!/usr/bin/env python3
"""Differential check of minipy's calendar against python3's.

usage: tools/diff_calendar.py MINIPY [--module PATH] [N_CASES] [SEED]

Generates N random cases (default 1500): isleap, leapdays, weekday (years 1-9999 and outside),
monthrange (bad months), monthcalendar, timegm, the Calendar iterators (itermonthdates /
days / days2 / days3 / days4, iterweekdays) and month/year tables for every firstweekday
(including values outside 0-6), TextCalendar's formatmonth / formatyear / formatweek /
formatweekheader / formatmonthname / formatday with random w, l, c, m, HTMLCalendar's
formatmonth / formatyear / formatyearpage, the module-level month / calendar / week /
weekheader / setfirstweekday (bad weekdays), the name sequences, and the error classes'
messages. See tools/diffcases.py for the driver and --module.
"""
import random
import sys

import diffcases

PRE = '''import calendar
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print('raised', type(e).__name__, str(e))
'''


def year(rng):
    return rng.choice([1, 2, 4, 100, 1600, 1900, 1970, 2000, 2023, 2024, 2100, 9999, rng.randint(1, 9999)])


def case(rng):
    y = year(rng)
    m = rng.choice([1, 2, 3, 6, 9, 12, rng.randint(1, 12)])
    fw = rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 7, -1, 13])
    r = rng.random()
    if r < 0.15:
        e = rng.choice(['calendar.isleap(%d)' % y, 'calendar.leapdays(%d, %d)' % (y, year(rng)),
                        'calendar.weekday(%d, %d, %d)' % (rng.choice([y, 0, -5, 10000, 12345]), m, rng.randint(1, 28)),
                        'calendar.monthrange(%d, %d)' % (y, rng.choice([m, 0, 13, -1])),
                        'calendar.monthcalendar(%d, %d)' % (y, m),
                        'calendar.timegm((%d, %d, %d, %d, %d, %d, 0, 0, 0))' % (rng.choice([1970, 2000, 1969, 2038, 1]), m, rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 61)),
                        'calendar.weekday(%d, 2, 30)' % y])
        return PRE + 'show(lambda: %s)\n' % e
    if r < 0.4:
        meth = rng.choice(['list(c.itermonthdates(%d, %d))', 'list(c.itermonthdays(%d, %d))',
                           'list(c.itermonthdays2(%d, %d))', 'list(c.itermonthdays3(%d, %d))',
                           'list(c.itermonthdays4(%d, %d))', 'c.monthdayscalendar(%d, %d)',
                           'c.monthdays2calendar(%d, %d)', 'c.monthdatescalendar(%d, %d)'])
        if rng.random() < 0.15:
            y = rng.choice([1, 9999])
            m = rng.choice([1, 12])
        e = meth % (y, m)
        if rng.random() < 0.2:
            e = rng.choice(['c.yeardayscalendar(%d, %d)', 'c.yeardays2calendar(%d, %d)', 'c.yeardatescalendar(%d, %d)']) % (y, rng.choice([1, 2, 3, 4, 5, 12]))
        return PRE + 'c = calendar.Calendar(%d)\nshow(lambda: (c.firstweekday, c.getfirstweekday(), list(c.iterweekdays())))\nshow(lambda: %s)\n' % (fw, e)
    if r < 0.7:
        w = rng.choice([0, 1, 2, 3, 4, 9, 10])
        l = rng.choice([0, 1, 2])
        e = rng.choice(['t.formatmonth(%d, %d, %d, %d)' % (y, m, w, l),
                        't.formatmonth(%d, %d)' % (y, m),
                        't.formatyear(%d, %d, %d, %d, %d)' % (y, w, l, rng.choice([0, 1, 2, 6, 8]), rng.choice([1, 2, 3, 4, 6, 12])),
                        't.formatyear(%d)' % y,
                        't.formatweekheader(%d)' % rng.choice([1, 2, 3, 5, 9, 12]),
                        't.formatweekday(%d, %d)' % (rng.randint(0, 6), rng.choice([1, 2, 3, 5, 9, 12])),
                        't.formatmonthname(%d, %d, %d, %s)' % (y, m, rng.choice([5, 10, 20, 30]), rng.choice(['True', 'False'])),
                        't.formatday(%d, %d, %d)' % (rng.choice([0, 1, 9, 31]), rng.randint(0, 6), rng.choice([1, 2, 3, 5])),
                        't.formatweek(t.monthdays2calendar(%d, %d)[0], %d)' % (y, m, w)])
        return PRE + 't = calendar.TextCalendar(%d)\nshow(lambda: %s)\n' % (fw, e)
    if r < 0.85:
        e = rng.choice(['h.formatmonth(%d, %d)' % (y, m), 'h.formatmonth(%d, %d, withyear=False)' % (y, m),
                        'h.formatyear(%d, %d)' % (y, rng.choice([0, 1, 2, 3, 4, 5])),
                        'h.formatyearpage(%d)' % y, 'h.formatyearpage(%d, 4, None, "ascii")' % y,
                        'h.formatweekheader()', 'h.formatday(0, 3)', 'h.formatday(5, 6)',
                        'h.formatmonthname(%d, %d)' % (y, m)])
        return PRE + 'h = calendar.HTMLCalendar(%d)\nshow(lambda: %s)\n' % (fw % 7, e)
    e = rng.choice(['calendar.month(%d, %d)' % (y, m), 'calendar.calendar(%d)' % y,
                    'calendar.week(calendar.monthcalendar(%d, %d)[1] and list(zip(calendar.monthcalendar(%d, %d)[1], range(7))), 2)' % (y, m, y, m),
                    'calendar.weekheader(%d)' % rng.choice([1, 2, 3, 9]),
                    '(calendar.setfirstweekday(%d), calendar.firstweekday(), calendar.month(%d, %d))' % (fw, y, m),
                    'list(calendar.day_name)', 'list(calendar.day_abbr)', 'list(calendar.month_name)',
                    'list(calendar.month_abbr)', 'len(calendar.month_name)', 'calendar.month_name[-1]',
                    'calendar.day_abbr[7]', 'calendar.month_abbr[1:4]',
                    'str(calendar.IllegalMonthError(13))', 'str(calendar.IllegalWeekdayError(9))',
                    'calendar.mdays', '(calendar.MONDAY, calendar.SUNDAY, calendar.EPOCH)',
                    'calendar.formatstring(["a", "bb"], 5, 2)', 'calendar.error',
                    'issubclass(calendar.IllegalMonthError, ValueError)'])
    return PRE + 'show(lambda: %s)\n' % e


def cases(rng, n):
    return [case(rng) for _ in range(n)]


if __name__ == '__main__':
    sys.exit(diffcases.main('calendar', cases, 1500))

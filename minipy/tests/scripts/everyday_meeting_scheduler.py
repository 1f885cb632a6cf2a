"""Meeting scheduler: datetime, timedelta, finding free slots, calendar formatting."""
from datetime import date, datetime, time, timedelta
import calendar

WORK_START = time(9, 0)
WORK_END = time(17, 30)

BUSY = [
    ("2024-03-11 09:30", "2024-03-11 10:15", "standup+"),
    ("2024-03-11 12:00", "2024-03-11 13:00", "lunch"),
    ("2024-03-11 13:00", "2024-03-11 14:30", "design review"),
    ("2024-03-11 16:45", "2024-03-11 18:00", "on call"),
    ("2024-03-12 09:00", "2024-03-12 11:00", "workshop"),
]


def parse(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def free_slots(day, busy, min_len=timedelta(minutes=30)):
    start = datetime.combine(day, WORK_START)
    end = datetime.combine(day, WORK_END)
    cursor = start
    slots = []
    for b0, b1, _ in sorted(busy):
        if b1 <= cursor or b0.date() != day:
            continue
        if b0 - cursor >= min_len:
            slots.append((cursor, b0))
        cursor = max(cursor, b1)
    if end - cursor >= min_len:
        slots.append((cursor, end))
    return slots


busy = [(parse(a), parse(b), name) for a, b, name in BUSY]
for day in (date(2024, 3, 11), date(2024, 3, 12)):
    print(day.strftime("%A %d %B %Y"), "| weekday", day.weekday(), "| iso", day.isocalendar()[1])
    for s, e in free_slots(day, busy):
        mins = int((e - s).total_seconds() // 60)
        print(f"  free {s:%H:%M}-{e:%H:%M} ({mins // 60}h{mins % 60:02d}m)")

total = sum((b - a for a, b, _ in busy), timedelta())
print("total busy:", total, "| in hours:", total.total_seconds() / 3600)
print("longest:", max(busy, key=lambda t: t[1] - t[0])[2])

d = date(2024, 1, 31)
for _ in range(4):
    y, m = (d.year, d.month + 1) if d.month < 12 else (d.year + 1, 1)
    last = calendar.monthrange(y, m)[1]
    d = date(y, m, min(31, last))
    print("month end:", d.isoformat(), calendar.isleap(y))

dt = datetime(2024, 2, 28, 23, 59, 30)
print(dt + timedelta(seconds=45), (dt + timedelta(days=1)).date(), dt.replace(year=2023).strftime("%j"))
print(datetime.fromisoformat("2024-07-04T12:30:00").isoformat(sep=" "))
print(repr(timedelta(days=1, hours=3, minutes=5)), timedelta(hours=-1))
print((date(2025, 1, 1) - date(2024, 1, 1)).days, date(2024, 3, 11).toordinal())
print(calendar.month(2024, 2))
print(calendar.day_name[0], calendar.month_abbr[12], list(calendar.Calendar().iterweekdays())[:3])
